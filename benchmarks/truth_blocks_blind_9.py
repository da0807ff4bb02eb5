"""Question blocks written blind by someone else from the thirty-fifth batch on (AM-AQ), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_8``,
which holds AH-AL, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-05 by a new writer (thirty-fifth batch, kept out of this file then),
# measured twice untouched (88 % both times with MiniLM and the learned topic classifier, 11
# no-data questions per seed, 1 of them answered with items per seed both times), studied in round
# 50 and tuned on like D-AL. Its writer's conventions are AL's; the new wordings it brought: a
# fizzing stomach before a landlord's inspection, pacing the hall every Monday night (a day), your
# brain running worst cases about the kids (second person), more panicky in weeks of being wrecked
# tired (the outcome asked after), "so antsy n shakey b4 calls" (typos) and jittery right through
# the Easter break (a time window) as anxiety; everything washed out since Nan's house was sold
# (the sale only background), "weepy n mopey all morning" (short, texting), not answering the door
# or opening post for days, the sadness sitting heavier after nights of barely sleeping (the
# outcome asked after), what is pointless even trying that deep in the pit (a negation) and
# miserable the whole back end of last year (a time window) as low mood; no go in me by elevenses,
# "wy am i so wrn out all wkend" (typos), more wiped out in stressful fortnights (the outcome asked
# after) and zonked from the minute I get in the door as energy; waking when the heating clicks on
# at 5, dread about a driving test ruining my nights (the object), nights all over the place since
# a new shift pattern (the rota only background), Thursday nights as the worst (a day) and sleep
# rubbish this past fortnight (a time window) as sleep; a loft conversion and a new job at once, an
# inbox at 300 and a report due by noon (second person) and under the cosh at work since September
# (a time window) as stress; the weights room at the leisure centre (exercise), sitting among the
# oak trees up the lane (nature), a little evening stroll round the cul-de-sac (walk), a few
# tinnies after work (alcohol), reels in bed till 2 (screen late), a chapter of a historical
# romance before lights out (reading), sawing away at my cello (music), talking-therapy sessions
# since the summer (therapy), dumplings from scratch with the kids (cooking), curry nights with the
# old gang from uni (friends), dinner at my mum and dad's on a Wednesday (family), a few asanas
# first thing (yoga) and a page of scribbles in a notebook before bed (journaling) as the canonical
# activities; Aunty Precious dropping by, the week my cousin Rhiannon was over from Cardiff
# (Cardiff only background) and doing the crossword of an afternoon with a bare "Nain" (the person
# beating the crossword) as the person (Precious, Rhiannon, and "Nain" as written); Keswick in
# October a place; fencing ("since I took up"), life drawing on a Thursday evening and disc golf
# weighed against the gym (the first named) not canonical, as written; a separate PIN for single
# entries, late eating and bad dreams for everyone and a flame icon on certain dates unknown; the
# most recent night without waking at all (sleep), a while since I laced up the trainers and went
# running (exercise) and the last time Ifeoma came round for dinner as last time.
BLOCK_AM: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("my stomach fizzes for days before the landlord's inspection, what settles it", "anxiety", ""),
    ("pacing the hall every Monday night, what calmed that down before", "anxiety", ""),
    ("when your brain keeps running worst cases about the kids, what's helped you", "anxiety", ""),
    ("do I get more panicky in weeks when I'm wrecked tired", "anxiety", ""),
    ("so antsy n shakey b4 calls wat helps", "anxiety", ""),
    ("jittery right through the Easter break, what helped", "anxiety", ""),
    ("since Nan's house got sold everything feels washed out, what lifted me", "low_mood", ""),
    ("weepy n mopey all morning", "low_mood", ""),
    ("not answering the door or opening my post for days, what got me out of that", "low_mood", ""),
    ("does the sadness sit heavier after nights I barely sleep", "low_mood", ""),
    ("what's pointless even trying when I'm that deep in the pit", "low_mood", ""),
    ("miserable the whole back end of last year, what shifted it", "low_mood", ""),
    ("no go in me at all by elevenses, what gives me a lift", "energy", ""),
    ("wy am i so wrn out all wkend", "energy", ""),
    ("do I get more wiped out in stressful fortnights", "energy", ""),
    ("zonked from the minute I get in the door, what helps", "energy", ""),
    ("I keep waking when the heating clicks on at 5, did anything help", "sleep", ""),
    ("is dread about the driving test what's ruining my nights", "sleep", ""),
    ("nights are all over the place since the new shift pattern, what helped", "sleep", ""),
    ("are Thursday nights my worst for sleep", "sleep", ""),
    ("sleep's been rubbish this past fortnight, what used to help", "sleep", ""),
    ("juggling a loft conversion and a new job, what kept me sane", "stress", ""),
    ("when the inbox is at 300 and a report is due by noon, what works for you", "stress", ""),
    ("under the cosh at work since September, what took the edge off", "stress", ""),
    # activities with canonical names, in new words
    (
        "does a session in the weights room at the leisure centre help my mood",
        "activity",
        "exercise",
    ),
    ("does sitting among the oak trees up the lane help when I'm low", "activity", "nature"),
    ("a little evening stroll round the cul-de-sac, any good for me?", "activity", "walk"),
    ("a few tinnies after work, good or bad for me", "activity", "alcohol"),
    ("is it the reels in bed till 2 that's messing me up", "activity", "screen late"),
    ("does a chapter of a historical romance before lights out help", "activity", "reading"),
    ("does sawing away at my cello lift my mood", "activity", "music"),
    (
        "have the talking-therapy sessions I started in the summer made a difference",
        "activity",
        "therapy",
    ),
    ("making dumplings from scratch with the kids, does it help", "activity", "cooking"),
    ("curry nights with the old gang from uni, do they pick me up", "activity", "friends"),
    ("dinner at my mum and dad's on a Wednesday, does it help", "activity", "family"),
    ("a few asanas first thing, worth it?", "activity", "yoga"),
    ("a page of scribbles in a notebook before bed, worth keeping up?", "activity", "journaling"),
    # people and places
    ("am I happier on the days Aunty Precious drops by", "activity", "Precious"),
    (
        "the week my cousin Rhiannon was over from Cardiff, how did that go for me",
        "activity",
        "Rhiannon",
    ),
    ("Nain and me doing her crossword of an afternoon, is that good for me", "activity", "Nain"),
    ("Keswick in October, was I any calmer while we were up there", "activity", "Keswick"),
    # things the journal may not hold
    ("has my mood changed since I took up fencing", "activity", "fencing"),
    ("does life drawing on a Thursday evening help", "activity", "life drawing"),
    ("disc golf or the gym, which leaves me feeling better", "activity", "disc golf"),
    # the app or the world
    ("can I lock single entries with their own PIN", "unknown", ""),
    ("does eating late give everyone bad dreams", "unknown", ""),
    ("the app puts a flame icon on certain dates, what does it mean", "unknown", ""),
    # when did I last …
    ("find me the most recent night where I didn't wake at all", "last_time", "sleep"),
    (
        "been a while since I laced up the trainers and went running, when was it",
        "last_time",
        "exercise",
    ),
    ("when did Ifeoma last come round for dinner", "last_time", "Ifeoma"),
)


# Written blind on 2026-12-05 by a new writer (thirty-sixth batch, kept out of this file then),
# measured twice untouched (84 % both times with MiniLM and the learned topic classifier, 11
# no-data questions per seed, 1 of them answered with items per seed both times), studied in round
# 51 and tuned on like D-AM. Its writer's conventions are AM's; the new wordings it brought: a
# fluttery stomach before team meetings, on tenterhooks every Sunday evening (a day), your head
# spinning what-ifs about the future (second person), more on edge after skipping meals for a week
# or so (the outcome asked after), "so jumpy n nervy latley" (typos) and nervy right through half
# term (a time window) as anxiety; everything grey since the flat purchase fell through (the flat
# only background), "glum n teary" (short, texting), lower after weeks of poor sleep (the outcome
# asked after), which stuff doesn't work when I'm proper low (a negation), pointless getting up for
# anything lately and down in the mouth most of November (a time window) as low mood; running on
# fumes by three, "y so shattrd evry monday" (typos, a day), more sluggish when the job's manic
# (the outcome asked after) and what drains the battery out of me at weekends as energy; waking
# when the bin lorry comes past, worry about Mum's operation wrecking my nights (the object),
# nights patchy since a new puppy (the puppy only background), Sunday nights the worst for dropping
# off (a day) and sleep poor all this month (a time window) as sleep; a house move and a promotion
# in one month, forty jobs on your list and a report due at five (second person) and buried under
# the workload since New Year's (a time window) as stress; circuits at the community hall
# (exercise), ferny mossy spots up the glen (nature), a loop of the park with the pram (walk), a
# couple of ciders on a school night (alcohol), TikTok under the duvet past midnight (screen late),
# a thriller on the e-reader at lunch (reading), bashing out tunes on a keyboard (music), the
# cognitive behavioural stuff started in March (therapy), making my own soup instead of opening
# tins (cooking), board-game nights with my pals (friends), the weekly roast at my folks' place
# (family), downward dog and child's pose (yoga) and jotting three lines in a diary at bedtime
# (journaling) as the canonical activities; Auntie Kemi coming over for tea, afternoons with my
# cousin Ruairí and Ouma having been to stay as the person (Kemi, Ruairí, and "Ouma" as written);
# that week in Portrush a place; kite flying on the beach ("since I started"), knotting macramé
# plant hangers on a Sunday and archery weighed against the gym (the first named) not canonical, as
# written; the app printing the journal as a booklet, chocolate lifting everyone's mood and giving
# entries different colours unknown; the last stress-free day (stress), how many weeks since
# swimming lengths at the leisure pool (exercise) and the last coffee with Dermot as last time.
BLOCK_AN: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what sets off the fluttery feeling in my stomach before team meetings", "anxiety", ""),
    ("on tenterhooks every sunday evening, whats going on there", "anxiety", ""),
    ("why does your head keep spinning what-ifs about the future", "anxiety", ""),
    ("does skipping meals for a week or so leave me more on edge", "anxiety", ""),
    ("so jumpy n nervy latley y tho", "anxiety", ""),
    ("was I nervy right through half term", "anxiety", ""),
    ("everything's felt grey since the flat purchase fell through", "low_mood", ""),
    ("glum n teary", "low_mood", ""),
    ("do I feel lower after weeks of poor sleep", "low_mood", ""),
    ("which stuff doesn't work for me when I'm proper low", "low_mood", ""),
    ("feels pointless getting up for anything lately, what shifted that before", "low_mood", ""),
    ("down in the mouth most of November, why", "low_mood", ""),
    ("running on fumes by three every afternoon", "energy", ""),
    ("y so shattrd evry monday, wots that", "energy", ""),
    ("am I more sluggish when the job's manic", "energy", ""),
    ("what drains the battery out of me at weekends", "energy", ""),
    ("keep waking when the bin lorry comes past", "sleep", ""),
    ("does worrying about mum's operation wreck my nights", "sleep", ""),
    ("nights have been patchy since we got the new puppy", "sleep", ""),
    ("why are sunday nights always the worst for dropping off", "sleep", ""),
    ("sleep's been poor all this month", "sleep", ""),
    ("a house move and a promotion in the same month, what helps with the pressure", "stress", ""),
    ("when you've forty jobs on your list and a report due at five", "stress", ""),
    ("buried under the workload ever since New Year's", "stress", ""),
    # activities with canonical names, in new words
    ("does circuits at the community hall help my mood", "activity", "exercise"),
    ("do the ferny mossy spots up the glen do me any good", "activity", "nature"),
    ("does a loop of the park with the pram help in the mornings", "activity", "walk"),
    ("do a couple of ciders on a school night make me worse", "activity", "alcohol"),
    ("tiktok under the duvet past midnight, is that hurting me", "activity", "screen late"),
    ("does a thriller on my e-reader at lunch lift me", "activity", "reading"),
    ("does bashing out tunes on the keyboard help my head", "activity", "music"),
    ("is the cognitive behavioural stuff I started in March working", "activity", "therapy"),
    ("is making my own soup instead of opening tins doing me good", "activity", "cooking"),
    ("board game nights with my pals, good for me or not", "activity", "friends"),
    ("the weekly roast round at my folks' place, how does that leave me", "activity", "family"),
    ("a few rounds of downward dog and child's pose, worth it for my nerves", "activity", "yoga"),
    ("jotting three lines in a diary at bedtime, is there any point", "activity", "journaling"),
    # people and places
    ("does Auntie Kemi coming over for tea lift me", "activity", "Kemi"),
    ("afternoons with my cousin Ruairí, do they help", "activity", "Ruairí"),
    ("how am I once Ouma has been to stay", "activity", "Ouma"),
    ("was I calmer that week in Portrush", "activity", "Portrush"),
    # things the journal may not hold
    (
        "has kite flying on the beach done anything for me since I started",
        "activity",
        "kite flying",
    ),
    ("knotting macramé plant hangers on a sunday, does that settle me", "activity", "macramé"),
    ("is archery better for my nerves than the gym", "activity", "archery"),
    # the app or the world
    ("could the app print my whole journal out as a booklet", "unknown", ""),
    ("is it true chocolate lifts everyone's mood", "unknown", ""),
    ("can I give entries different colours", "unknown", ""),
    # when did I last …
    ("stress-free day, when did I last actually have one", "last_time", "stress"),
    ("swimming lengths at the leisure pool, how many weeks has it been", "last_time", "exercise"),
    ("last time Dermot and I got a coffee, when was that", "last_time", "Dermot"),
)


# Written blind on 2026-12-05 by a new writer (thirty-seventh batch, kept out of this file then),
# measured twice untouched (82 % then 82 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 1 then 1 of them answered with items per seed), studied in round 52 and tuned
# on like D-AN. Its writer's conventions are AN's; the new wordings it brought: the dentist's
# waiting room tying my stomach in knots, on pins and needles every Wednesday night (a day), your
# heart racing over nothing at the checkout (second person), more rattled in weeks of not sleeping
# right (the outcome asked after), "so panicy n frettin al week" (typos) and fretful all through
# Advent (a time window) as anxiety; properly flat since my best mate moved to Perth (Perth only
# background), "miserable af rn" (short, texting), sadder in weeks of being run ragged (the outcome
# asked after), what doesn't shift the gloom (a negation), not wanting to see anyone or pick up the
# phone (indirect) and down in the dumps the whole of January (a time window) as low mood; sapped
# by mid-afternoon, "y do i feel so wiped on fridays evry wk" (typos, a day), more drained in my
# low weeks (the outcome asked after) and no oomph left after the school run as energy; waking at 4
# when a neighbour's car alarm goes, the worry over bills costing me sleep (the object), broken
# nights since the baby started teething (the baby only background), Tuesday nights the worst for
# dropping off (a day) and sleep all over the shop since the clocks changed (a time window) as
# sleep; a wedding to plan and a new manager in one month, fifty emails and a presentation at nine
# (second person) and swamped ever since the merger in spring (a time window) as stress;
# kettlebells out in the garage before work (exercise), wandering through the bluebells in the
# copse (nature), an after-tea amble round the estate (walk), a few pints of bitter on a Thursday
# (alcohol), YouTube Shorts in bed till the small hours (screen late), a paperback whodunnit on the
# bus (reading), strumming a mandolin of an evening (music), a counsellor every other Thursday
# since autumn (therapy), batch-cooking lentil stew on Sundays (cooking), quiz nights down the pub
# with my mates (friends), driving over to my parents every other weekend (family), hatha stretches
# on the lounge rug before bed (yoga) and morning pages with my first coffee (journaling) as the
# canonical activities; Auntie Ngozi popping in for a natter, evenings with my cousin Siobhán and a
# bare "Dziadek" coming round on a Sunday as the person (Ngozi, Siobhán, and "Dziadek" as written);
# that long weekend up in Ayr a place; paddleboarding since June (a time window, the hobby the
# subject), crocheting blankets on weeknights (crochet) and lawn bowls on a Wednesday weighed
# against the gym (the first named) not canonical, as written; opening the diary with a thumbprint,
# cold water calming people in general and a nudge at bedtime for a forgotten entry unknown; the
# latest day with my nerves totally quiet (anxiety), how long since I dragged myself to a spin
# class (exercise) and how long ago Priyanka and I had lunch, just the two of us, as last time.
BLOCK_AO: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("the dentist's waiting room ties my stomach in knots, what has settled me", "anxiety", ""),
    (
        "on pins and needles every Wednesday night, what was different on the calmer ones",
        "anxiety",
        "",
    ),
    (
        "when your heart's racing over nothing at the checkout, what tends to settle it",
        "anxiety",
        "",
    ),
    ("am I more rattled in the weeks I'm not sleeping right", "anxiety", ""),
    ("so panicy n frettin al week wat helps", "anxiety", ""),
    ("been fretful all through Advent, did anything ease it", "anxiety", ""),
    ("been properly flat since my best mate moved to Perth, what's lifted me", "low_mood", ""),
    ("miserable af rn", "low_mood", ""),
    ("do I get sadder in weeks when I'm run ragged", "low_mood", ""),
    ("what doesn't shift the gloom once it settles in", "low_mood", ""),
    (
        "not wanting to see anyone or pick up the phone again, what got me out of it before",
        "low_mood",
        "",
    ),
    ("down in the dumps the whole of January, what helped back then", "low_mood", ""),
    ("completely sapped by mid-afternoon, what gives me a lift", "energy", ""),
    ("y do i feel so wiped on fridays evry wk", "energy", ""),
    ("do my low weeks leave me more drained than usual", "energy", ""),
    ("no oomph left after the school run, what's made a difference", "energy", ""),
    ("waking at 4 every time the neighbour's car alarm goes off, what helps", "sleep", ""),
    ("is the worry over bills what's costing me sleep lately", "sleep", ""),
    ("broken nights ever since the baby started teething, anything that helped", "sleep", ""),
    ("Tuesday nights I can barely drop off, why is that", "sleep", ""),
    ("sleep's been all over the shop since the clocks changed", "sleep", ""),
    ("a wedding to plan and a new manager in the same month, what kept me sane", "stress", ""),
    ("when you've got fifty emails and a presentation at nine, what helps", "stress", ""),
    ("swamped at work ever since the merger in spring", "stress", ""),
    # activities with canonical names, in new words
    ("kettlebells out in the garage before work, any good for my head", "activity", "exercise"),
    ("wandering through the bluebells in the copse, does it lift me", "activity", "nature"),
    ("does an after-tea amble round the estate do anything for me", "activity", "walk"),
    ("what do a few pints of bitter on a Thursday do to me", "activity", "alcohol"),
    ("YouTube Shorts in bed till the small hours, is that hurting me", "activity", "screen late"),
    ("does a paperback whodunnit on the bus help my head", "activity", "reading"),
    ("strumming my mandolin of an evening, does it calm me down", "activity", "music"),
    (
        "seeing a counsellor every other Thursday since autumn, has it made a dent",
        "activity",
        "therapy",
    ),
    ("batch-cooking lentil stew on Sundays, good for me or not", "activity", "cooking"),
    ("quiz nights down the pub with my mates, do they perk me up", "activity", "friends"),
    ("driving over to see my parents every other weekend, does it help", "activity", "family"),
    ("hatha stretches on the lounge rug before bed, do they help at all", "activity", "yoga"),
    ("writing morning pages with my first coffee, is it doing anything", "activity", "journaling"),
    # people and places
    ("how am I after Auntie Ngozi pops in for a natter", "activity", "Ngozi"),
    ("evenings with my cousin Siobhán, good for me?", "activity", "Siobhán"),
    ("when Dziadek comes round on a Sunday, am I brighter after", "activity", "Dziadek"),
    ("that long weekend up in Ayr, was I any happier", "activity", "Ayr"),
    # things the journal may not hold
    ("I've been out paddleboarding since June, any change in me", "activity", "paddleboarding"),
    ("crocheting blankets on weeknights, does it settle me", "activity", "crochet"),
    ("lawn bowls on a Wednesday or the gym, which leaves me happier", "activity", "lawn bowls"),
    # the app or the world
    ("is there a way to open the diary with a thumbprint instead of a password", "unknown", ""),
    ("is it true cold water makes people less anxious in general", "unknown", ""),
    ("will it nudge me at bedtime if I forget to make an entry", "unknown", ""),
    # when did I last …
    ("a day with my nerves totally quiet, how far back was the latest one", "last_time", "anxiety"),
    ("spin class: how long's it been since I last dragged myself to one", "last_time", "exercise"),
    ("Priyanka and me, lunch, just the two of us: how long ago now", "last_time", "Priyanka"),
)


# Written blind on 2026-12-06 by a new writer (thirty-eighth batch, kept out of this file then),
# measured twice untouched (86 % then 86 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 0 then 0 of them answered with items per seed), studied in round 53 and tuned
# on like D-AO. Its writer's conventions are AO's; the new wordings it brought: a tight chest
# before parents' evening, keyed up every Monday morning (a day), your mind rehearsing rows that
# never happen (second person), twitchier in weeks short on sleep (the outcome asked after), "y am
# i so anxous n on edje b4 wrk" (typos) and uneasy through the whole Christmas run-up (a time
# window) as anxiety; in a slump since my daughter went off to uni in Leeds (Leeds only
# background), "gutted n teary tbh" (short, texting), gloomier in weeks when work is through the
# roof (the outcome asked after), what never lifts the hopelessness (a negation), curtains shut all
# weekend with no appetite for anything (indirect) and heavy-hearted right through last spring (a
# time window) as low mood; running on empty by half twelve on a workday, "y am i so knackerd evry
# saturday" (typos, a day), less get-up-and-go the morning after a panic (the outcome asked after)
# and nothing left in the tank once the kids are in bed as energy; woken at 3 by screaming foxes,
# worry over the house sale messing with my sleep (the object), nights broken up since my husband
# started weeks on the rigs out of Aberdeen (the rigs only background), Friday nights the hardest
# to drop off (a day) and kipping better or worse these three weeks gone (a time window) as sleep;
# a newborn and a new role in one spring, a tax return due with sixty unread messages (second
# person) and under the pump since the restructure in August (a time window) as stress; lunchtime
# treadmill sessions (exercise), an hour under the Scots pines (nature), pottering round the lanes
# on foot after supper (walk), two glasses of red midweek (alcohol), Instagram in bed past one
# (screen late), a fantasy paperback on my lunch break (reading), plonking away on the piano after
# work (music), the psychologist I have seen since Easter (therapy), kneading my own loaves on a
# Saturday morning (cooking), brunch with my girlfriends (friends), ringing Mum and Dad of a Sunday
# evening (family), a sun salutation or two on waking (yoga) and jotting whatever is in my head
# into a notebook before lights out (journaling) as the canonical activities; Uncle Femi dropping
# in on Saturdays, weekends with my cousin Gráinne and a bare "Yiayia" coming to stay as the person
# (Femi, Gráinne, and "Yiayia" as written); those few days in Kinsale a place; calligraphy ("ever
# since I got into"), clog dancing on a Tuesday and croquet on the lawn weighed against the gym
# (the first named) not canonical, as written; a dark theme for the diary, the app reading entries
# aloud and full moons making people restless unknown; the most recent day with pep in my step
# (energy), how many weeks since the guitar was out of its case (music) and how long ago Margaret
# and I had a cuppa at the garden centre (the person, not the place) as last time.
BLOCK_AP: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what's worked before when my chest goes tight ahead of parents' evening", "anxiety", ""),
    ("why am I so keyed up on Monday mornings, what settles it", "anxiety", ""),
    ("when your mind keeps rehearsing rows that never happen, what calms it down", "anxiety", ""),
    ("do I get twitchier in the weeks I'm short on sleep", "anxiety", ""),
    ("y am i so anxous n on edje b4 wrk", "anxiety", ""),
    ("I was uneasy through the whole Christmas run-up, what helped then", "anxiety", ""),
    (
        "been in a slump ever since my daughter went off to uni in Leeds, what lifts it",
        "low_mood",
        "",
    ),
    ("gutted n teary tbh", "low_mood", ""),
    ("am I gloomier in weeks when work is through the roof", "low_mood", ""),
    ("what never lifts the hopelessness when I'm in it", "low_mood", ""),
    (
        "curtains shut all weekend and no appetite for anything, what got me out of that before",
        "low_mood",
        "",
    ),
    ("heavy-hearted right through last spring, what made it lighter", "low_mood", ""),
    ("by half twelve on a workday I'm running on empty, what perks me up", "energy", ""),
    ("y am i so knackerd evry saturday", "energy", ""),
    ("is my get-up-and-go lower the morning after I've been in a panic", "energy", ""),
    ("nothing left in the tank once the kids are in bed, what helps", "energy", ""),
    ("woken at 3 by screaming foxes again, what's helped me get back off", "sleep", ""),
    ("is the worry over the house sale messing with my sleep", "sleep", ""),
    (
        "my husband's started doing weeks on the rigs out of Aberdeen and my nights are all "
        "broken up, what helps",
        "sleep",
        "",
    ),
    ("Friday nights are the hardest to drop off, why", "sleep", ""),
    ("these three weeks gone, have I been kipping any better or worse", "sleep", ""),
    ("newborn plus starting a new role, both in one spring, how did I keep my head", "stress", ""),
    (
        "when you've got a tax return due and sixty unread messages, what takes the edge off",
        "stress",
        "",
    ),
    ("under the pump at work since the restructure in August, what's helped", "stress", ""),
    # activities with canonical names, in new words
    ("are the lunchtime treadmill sessions any use on my low days", "activity", "exercise"),
    ("an hour under the Scots pines, is that what calms me", "activity", "nature"),
    ("pottering round the lanes on foot after supper, any good for me", "activity", "walk"),
    ("red wine midweek, two glasses, is it dragging me down", "activity", "alcohol"),
    ("is Instagram in bed past one wrecking my mood", "activity", "screen late"),
    ("does a fantasy paperback on my lunch break calm me down", "activity", "reading"),
    ("plonking away on the piano after work, does it help", "activity", "music"),
    (
        "the psychologist I've been seeing since Easter, is it paying off",
        "activity",
        "therapy",
    ),
    (
        "making my own loaves on a Saturday morning, all that kneading, does it lift me",
        "activity",
        "cooking",
    ),
    ("is brunch with my girlfriends good for my head", "activity", "friends"),
    ("is ringing Mum and Dad of a Sunday evening good for me", "activity", "family"),
    ("does a sun salutation or two when I wake up do anything", "activity", "yoga"),
    (
        "jotting whatever's in my head into a notebook just before lights out, worth keeping up",
        "activity",
        "journaling",
    ),
    # people and places
    ("how am I on the Saturdays Uncle Femi drops in", "activity", "Femi"),
    ("weekends with my cousin Gráinne, do they pick me up", "activity", "Gráinne"),
    ("am I calmer when Yiayia comes to stay", "activity", "Yiayia"),
    ("how was my mood during those few days in Kinsale", "activity", "Kinsale"),
    # things the journal may not hold
    ("ever since I got into calligraphy, has my mood shifted", "activity", "calligraphy"),
    ("clog dancing on a Tuesday, does it do me any good", "activity", "clog dancing"),
    ("croquet on the lawn or a session at the gym, which leaves me happier", "activity", "croquet"),
    # the app or the world
    ("is there a dark theme for this diary so it doesn't blind me at night", "unknown", ""),
    ("can the app read my entries aloud to me", "unknown", ""),
    ("do full moons make people restless in general", "unknown", ""),
    # when did I last …
    ("pep in my step, proper bounce, which date was the most recent", "last_time", "energy"),
    ("guitar, how many weeks since I last had it out of the case", "last_time", "music"),
    (
        "Margaret and I had a cuppa at the garden centre, how long ago was that",
        "last_time",
        "Margaret",
    ),
)


# Written blind on 2026-12-06 by a new writer (thirty-ninth batch, kept out of this file then),
# measured twice untouched (84 % then 84 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 0 then 0 of them answered with items per seed), studied in round 54 and tuned
# on like D-AP. Its writer's conventions are AP's ("Auntie Bronagh" is Bronagh, "my neighbour
# Harpreet" is Harpreet, "my cousin Tadhg" is Tadhg, a bare "Tutu" as written; a best mate
# emigrated to Perth, Derry, Manila and a baby moved into her own room only a story's background);
# the new wordings it brought: two feelings (more nervous after a row with my sister, sadder after
# fretting over money, wiped out after a day of worrying, a mother's biopsy results keeping me
# awake), second person, time windows, days of the week, negations, a comparison (padel against
# the gym), a place (Aldeburgh last summer), canonical activities in new words (an exercise bike in
# the spare room, beech trees at the country park, a stroll to the harbour wall after dinner, a
# bottle of pink midweek, YouTube Shorts past midnight, a whodunnit on the commuter train, a
# harmonica on the back step, fortnightly counselling since spring, a Sunday dal batch, Friday dim
# sum with my mates, video calls to parents in Manila, a slow yoga flow on the bedroom floor,
# writing my day in a notebook on the bus), activities the journal may not hold (kintsugi, hula,
# padel), questions about the app or the world (a bigger font, rainy weather and everybody's
# temper, the app locking itself when left open) and last times (the last week not wound up about
# work, weeks since a jog along the prom, when my cousin Tadhg last came round for tea).
BLOCK_AQ: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("my stomach does somersaults ahead of any trip to the dentist, what eases it", "anxiety", ""),
    ("when your heart races every time the phone rings, what's worth a try", "anxiety", ""),
    ("after a row with my sister am I more nervous for the next few days", "anxiety", ""),
    ("y do i get so anxius b4 meetins wit my manager", "anxiety", ""),
    ("nervy n twitchy rn", "anxiety", ""),
    ("which things never take the edge off my nerves", "anxiety", ""),
    # low mood
    (
        "can't be bothered to shower or answer texts for days at a time, what gets me out of it",
        "low_mood",
        "",
    ),
    ("meh n lonely", "low_mood", ""),
    ("does fretting over money leave me sadder afterwards", "low_mood", ""),
    ("down in the dumps all through February, what did I try", "low_mood", ""),
    ("which bits of my routine are useless when I'm blue", "low_mood", ""),
    ("everything's been grey since my best mate emigrated to Perth", "low_mood", ""),
    # energy
    ("what drains me so badly by mid-Wednesday", "energy", ""),
    ("cant stop yawnin n feel dead tierd all wk", "energy", ""),
    ("when I've been worrying all day, am I wiped out by the evening", "energy", ""),
    ("no oomph for anything once I'm home from the shift", "energy", ""),
    # sleep
    ("have my nights gone downhill since the dark evenings started", "sleep", ""),
    ("Sunday nights I just can't drop off", "sleep", ""),
    ("is stressing over my mum's biopsy results keeping me awake", "sleep", ""),
    ("up at 4am wide awake with the seagulls, any pattern there", "sleep", ""),
    ("broken sleep ever since we moved the baby into her own room", "sleep", ""),
    # stress
    ("with a sick toddler at home and three things due, what keeps you going", "stress", ""),
    ("under pressure at work since the audit kicked off in October", "stress", ""),
    ("moving house and stepping up to team lead all at once, how did I cope", "stress", ""),
    # activity: canonical, in new words
    (
        "does a spin on the exercise bike in the spare room before work do anything for me",
        "activity",
        "exercise",
    ),
    ("how am I after an afternoon under the beech trees at the country park", "activity", "nature"),
    ("strolling out to the harbour wall and back after dinner, does that help", "activity", "walk"),
    ("a bottle of pink shared midweek, how does it leave me", "activity", "alcohol"),
    (
        "bingeing YouTube Shorts past midnight, does it wreck the next day",
        "activity",
        "screen late",
    ),
    ("a whodunnit on the commuter train, does it lift me", "activity", "reading"),
    ("blowing into my harmonica on the back step, any effect", "activity", "music"),
    ("my fortnightly counselling since spring, any difference to me", "activity", "therapy"),
    ("Sunday dal batch for the week ahead, good for my head", "activity", "cooking"),
    ("Friday dim sum with my mates, am I happier after", "activity", "friends"),
    ("video calls home to my parents in Manila, do they perk me up", "activity", "family"),
    ("does a slow stretchy yoga flow on the bedroom floor help my mood", "activity", "yoga"),
    ("writing my day down in a notebook on the bus home, worth it", "activity", "journaling"),
    # activity: people, a place, things the journal may not hold
    ("weekends when Auntie Bronagh comes down from Derry, how do I feel", "activity", "Bronagh"),
    (
        "am I calmer after a natter over the fence with my neighbour Harpreet",
        "activity",
        "Harpreet",
    ),
    ("what are days with Tutu at the care home like for me", "activity", "Tutu"),
    ("Aldeburgh last summer, what was I like while we were there", "activity", "Aldeburgh"),
    ("ever since I started mending bowls with kintsugi, am I steadier", "activity", "kintsugi"),
    ("hula class on a Monday, does it do me good", "activity", "hula"),
    ("padel versus the gym, which one sorts my head out more", "activity", "padel"),
    # unknown
    ("can I make the font bigger in this thing", "unknown", ""),
    ("does rainy weather make everybody grumpy", "unknown", ""),
    ("will the app lock itself if I leave it open", "unknown", ""),
    # last time
    ("which was the last week I wasn't wound up about work", "last_time", "stress"),
    ("it's been ages since a jog along the prom, how many weeks", "last_time", "exercise"),
    ("when did my cousin Tadhg last come round for a cup of tea", "last_time", "Tadhg"),
)
