"""Question blocks written blind by someone else from the twenty-seventh batch on (AE-AG), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_6``,
which holds AB-AD, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-04 by a new writer (twenty-seventh batch, kept out of this file then),
# measured twice untouched (88 % and 90 % with MiniLM and the learned topic classifier, 10 no-data
# questions per seed and none answered with items either time), studied in round 42 and tuned on
# like D-AD. Its writer's conventions are AD's; the new wordings it brought: insides flipping over
# when the letting agent's number flashes up, jittery and twitchy all week, dreading stuff, a chest
# buzzing from the minute one gets up, pins and needles about a hospital letter and a worry spiral
# as anxiety; everything pointless and grey since the clocks went back, a bleak old day, low and
# mopey, the heaviest-hearted days of June and July, down in myself after being anxious and weepy
# and flat for a fortnight as low mood; sapped with legs full of sand, running on fumes after a bad
# mood, zero oomph and what doesn't perk me up when totally whacked as energy; surfacing at ten
# past four, not nodding off before two, a run of broken nights, dropping off sooner and money
# worries keeping me up as sleep; the school run, a tax form and a father's physio on one morning,
# swamped at work and stretched thin by everyone as stress; lunchtime jogs (exercise), pottering
# about in a pine forest (nature), ambles round the estate after tea (walk), the Friday bottle of
# red (alcohol), YouTube videos back to back in bed past midnight (screen late), a fat fantasy
# paperback (reading), thumping out rhythms on the drums in the garage (music), a counsellor at the
# GP surgery (therapy), dumplings rolled out from scratch (cooking), evenings at my mates' flat
# (friends), video calls with my folks back home (family), hatha on the lounge floor (yoga) and
# jotting the day down in a notebook at bedtime (journaling) as the canonical activities; an
# evening on the allotment weighed against the gym (allotment, the first named); a natter over tea
# with Uncle Segun, car boot sales with my sister Hannah and seeing Granny as the person; archery
# ("since I took up X") and fly fishing on the river not canonical, as written; caravan holidays
# down at Tenby a place; a password on one entry, cold water swimming and the immune system, and a
# Tenby beach's rules for dogs unknown; "how many weeks has it been since I woke up feeling
# genuinely refreshed", "Aunty Bisi came round ages ago, when exactly was that" and "which Sunday
# did I last manage a swim" as last time, with the feeling kind, the person and the activity.
BLOCK_AE: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "whenever the letting agent's number flashes up my insides flip over. anything that's "
        "calmed that?",
        "anxiety",
        "",
    ),
    (
        "everything's felt a bit pointless and grey since the clocks went back. anything I did "
        "that lifted it?",
        "low_mood",
        "",
    ),
    (
        "completely sapped by mid-afternoon, like my legs are full of sand. what's given me a "
        "boost before",
        "energy",
        "",
    ),
    (
        "the school run, the tax form and my dad's physio all on one morning. what's eased "
        "days like that?",
        "stress",
        "",
    ),
    # typos and texting
    ("jittery n twitchy all wk wat helps", "anxiety", ""),
    ("feelin rly low n mopey, wat worked b4", "low_mood", ""),
    ("cant nod off b4 2 most nights wat helps", "sleep", ""),
    # very short moods
    ("dreading stuff again", "anxiety", ""),
    ("bleak old day", "low_mood", ""),
    ("zero oomph", "energy", ""),
    # long stories ending in a question
    (
        "My brother moved to Perth in the spring and the kids are back at school now, and for "
        "no reason I can name my chest has been buzzing from the minute I get up. What got me "
        "through the last time I was this keyed up?",
        "anxiety",
        "",
    ),
    (
        "Work's fine, my partner's fine, the flat's finally sorted after the leak, yet I've "
        "been weepy and flat for a fortnight and can't say why. What's worked for me when I've "
        "been like this?",
        "low_mood",
        "",
    ),
    # two feelings
    ("when I'm anxious am I also more down in myself afterwards", "low_mood", ""),
    ("does a bad mood the night before leave me running on fumes", "energy", ""),
    ("does being wound up about money keep me up at night", "sleep", ""),
    # second person
    (
        "when you're all pins and needles about a hospital letter, what usually settles you",
        "anxiety",
        "",
    ),
    ("when you've had a run of broken nights what usually fixes it", "sleep", ""),
    # time windows
    ("what got me through the heaviest-hearted days back in June and July?", "low_mood", ""),
    ("in the last three weeks, has anything helped me drop off sooner?", "sleep", ""),
    # negations
    ("what doesn't help when the worry spiral starts", "anxiety", ""),
    ("things that DON'T perk me up when I'm totally whacked?", "energy", ""),
    # everyday words for stress and sleep
    ("swamped at work to the point I can't see straight, what's helped", "stress", ""),
    (
        "feeling stretched thin by everyone wanting something, what did I do that worked",
        "stress",
        "",
    ),
    ("keep surfacing at ten past four and can't get back off, any pattern?", "sleep", ""),
    # comparison
    ("is an evening on the allotment better for me than the gym", "activity", "allotment"),
    # people by the app's convention
    ("is a natter over tea with Uncle Segun good for me?", "activity", "Segun"),
    (
        "my sister Hannah always drags me to car boot sales, are those weeks better for me",
        "activity",
        "Hannah",
    ),
    ("does seeing Granny lift me", "activity", "Granny"),
    # places
    ("the caravan holidays down at Tenby, were they good for me?", "activity", "Tenby"),
    # canonical activities in new words
    ("do my lunchtime jogs help with the 3pm slump?", "activity", "exercise"),
    (
        "pottering about in the pine forest at the weekend, does that help my head?",
        "activity",
        "nature",
    ),
    ("are my ambles round the estate after tea doing me any good", "activity", "walk"),
    ("is the Friday bottle of red making my weekends worse?", "activity", "alcohol"),
    (
        "YouTube videos back to back in bed past midnight, does that knock me sideways next day",
        "activity",
        "screen late",
    ),
    ("curling up with a fat fantasy paperback, does it help on bad days?", "activity", "reading"),
    ("thumping out rhythms on my drums in the garage, does that calm me down", "activity", "music"),
    (
        "have the sessions with my counsellor at the GP surgery made any difference",
        "activity",
        "therapy",
    ),
    ("rolling out dumplings from scratch, am I calmer those evenings?", "activity", "cooking"),
    ("do evenings at my mates' flat lift my mood", "activity", "friends"),
    ("video calls with my folks back home, do they settle me?", "activity", "family"),
    ("half an hour of hatha on the lounge floor, worth it for my sleep?", "activity", "yoga"),
    ("does jotting the day down in a notebook at bedtime help", "activity", "journaling"),
    # activities the journal may not hold
    ("since I took up archery have my anxious days eased off", "activity", "archery"),
    ("does fly fishing on the river settle me", "activity", "fly fishing"),
    # questions about the app or the world
    ("can I put a password on one entry and not the rest", "unknown", ""),
    ("is it true cold water swimming boosts your immune system", "unknown", ""),
    ("is the harbour beach at Tenby dog-friendly in August", "unknown", ""),
    # when did I last / how long since
    (
        "how many weeks has it been since I woke up feeling genuinely refreshed",
        "last_time",
        "sleep",
    ),
    ("Aunty Bisi came round for jollof ages ago, when exactly was that", "last_time", "Bisi"),
    ("which Sunday did I last manage a swim", "last_time", "exercise"),
)


# Written blind on 2026-12-04 by a new writer (twenty-eighth batch, kept out of this file then),
# measured twice untouched (88 % both times with MiniLM and the learned topic classifier, 11
# no-data questions per seed and 3 of them answered with items both times), studied in round 43 and
# tuned on like D-AE. Its writer's conventions are AE's; the new wordings it brought: a stomach
# doing somersaults when a group chat goes quiet, on a knife edge since redundancy rumours, a pulse
# going mad in a supermarket queue, twitchy as anything before the dentist, imagining every
# disaster that could happen to your kids (second person) and a sick sense of dread creeping up
# since October against the summer as anxiety; everything a bit beige, down in the mouth since a
# birthday, hollow days, a heavy blue mood hanging round, gloomier on Sundays and near enough to
# tears most evenings as low mood; running on empty by three, batteries charging again when
# flagging by midweek, wrung out like a dishcloth after the depot and lethargic from the alarm on
# as energy; jolting awake at ten to three, sleep choppier in the weeks a mood dips (the outcome
# asked after), decent kip since a heatwave, a brain like a browser with forty tabs open and
# staring at the ceiling as sleep; invoices and a tax return, work piling on top of the kids'
# things and three projects with a reorg as stress; 7am swims before the office, Saturdays among
# the beech trees behind the village, canal towpath strolls, the odd pint after work, a phone under
# the duvet till gone one, a chunky crime novel a week, plonking away on the ukulele, a
# psychologist on Zoom, weekend sourdough, nights out with old school mates, Sunday lunches at my
# parents', a Thursday vinyasa flow at a church hall and morning pages on three sides of A4 as the
# canonical activities; tea and gossip at Auntie Comfort's, my cousin Farah kipping on the sofa all
# week and a day pottering about with Grandad as the person; trips up to the Lake District a place;
# bouldering ("since taking up X"), crochet evenings and paddleboarding on the estuary (weighed
# against the gym, the first named) not canonical, as written; a printable copy of everything
# written since January, magnesium for sleep and how the app decides a good day unknown; the last
# visit to Jess's, the most recent week without feeling stressed out and the last time pen went to
# paper in a diary as last time.
BLOCK_AF: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why does my stomach do somersaults every time the group chat goes quiet", "anxiety", ""),
    (
        "on a knife edge since the redundancy rumours, what takes the edge off",
        "anxiety",
        "",
    ),
    ("my pulse goes mad out of nowhere in the supermarket queue, what calms that", "anxiety", ""),
    ("dentist tmrw n im twitchy as anything, wat usually sorts me out", "anxiety", ""),
    (
        "when you keep imagining every disaster that could happen to your kids, what's worked",
        "anxiety",
        "",
    ),
    (
        "has that sick sense of dread been creeping up since October compared with the summer",
        "anxiety",
        "",
    ),
    ("everything feels a bit beige lately, what used to lift it", "low_mood", ""),
    ("proper down in the mouth since my birthday, what pulls me out", "low_mood", ""),
    ("what helps on the days I just feel hollow", "low_mood", ""),
    ("a heavy blue mood's been hanging round for days, any pattern?", "low_mood", ""),
    ("am I gloomier on Sundays", "low_mood", ""),
    ("not in tears but near enough most evenings, anything that helped", "low_mood", ""),
    ("I'm running on empty by 3pm every day, what perks me up", "energy", ""),
    ("what gets my batteries charging again when I'm flagging by midweek", "energy", ""),
    ("wrung out like a dishcloth by the time I'm home from the depot, what helps", "energy", ""),
    (
        "been lethargic from the moment the alarm goes this fortnight, is there a reason",
        "energy",
        "",
    ),
    (
        "I jolt awake at ten to three most nights and can't get back under, any clue why",
        "sleep",
        "",
    ),
    ("is my sleep any choppier in the weeks my mood dips", "sleep", ""),
    ("since the heatwave kicked off have I actually been getting any decent kip", "sleep", ""),
    ("brain like a browser with forty tabs open at bedtime, what helps me drop off", "sleep", ""),
    ("lie there staring at the ceiling for hours, what works", "sleep", ""),
    ("snowed under with invoices and the tax return, what keeps me sane", "stress", ""),
    ("how do I cope when work piles on top of the kids' stuff", "stress", ""),
    (
        "juggling three projects and a reorg at the office, what's kept me from cracking before",
        "stress",
        "",
    ),
    # activities with canonical names, in new words
    ("do the 7am swims before the office set me up for a better day", "activity", "exercise"),
    (
        "Saturdays among the beech trees up behind the village, do they quieten my nerves",
        "activity",
        "nature",
    ),
    ("do my strolls down the canal towpath after dinner make a difference", "activity", "walk"),
    ("what does the odd pint after work do to my sleep", "activity", "alcohol"),
    (
        "is being on my phone under the duvet till gone one what's wrecking me",
        "activity",
        "screen late",
    ),
    ("has getting through a chunky crime novel each week helped", "activity", "reading"),
    ("has plonking away on the ukulele in the evenings done me any good", "activity", "music"),
    ("since I started seeing a psychologist on zoom has anything changed", "activity", "therapy"),
    ("does baking sourdough at the weekend lift me", "activity", "cooking"),
    ("do nights out with my old school mates help", "activity", "friends"),
    ("do sunday lunches at my parents' make me feel better", "activity", "family"),
    (
        "is the Thursday vinyasa flow at the church hall making any dent in my worrying",
        "activity",
        "yoga",
    ),
    (
        "morning pages, the scribbling three sides of A4 thing, is it doing anything",
        "activity",
        "journaling",
    ),
    # people and places
    (
        "is my mood any brighter the day after tea and gossip at Auntie Comfort's",
        "activity",
        "Comfort",
    ),
    ("my cousin Farah kipped on our sofa all week, was I cheerier for it", "activity", "Farah"),
    ("am I in better spirits after a day pottering about with Grandad", "activity", "Grandad"),
    ("am I calmer when we go up to the Lake District", "activity", "Lake District"),
    # things the journal may not hold
    (
        "since taking up bouldering at the climbing centre, any change in how low I get",
        "activity",
        "bouldering",
    ),
    ("do my crochet evenings with a film on help me unwind", "activity", "crochet"),
    (
        "paddleboarding out on the estuary versus a session at the gym, what's better for my head",
        "activity",
        "paddleboarding",
    ),
    # the app or the world
    (
        "can this thing spit out a printable copy of everything I've written since January",
        "unknown",
        "",
    ),
    ("is it true that magnesium helps you sleep", "unknown", ""),
    ("how does the app decide what counts as a good day", "unknown", ""),
    # when did I last …
    (
        "Jess keeps asking when I'll next pop round, how long ago was my last visit to hers",
        "last_time",
        "Jess",
    ),
    (
        "what was the most recent week I got through without feeling stressed out",
        "last_time",
        "stress",
    ),
    (
        "how many days has it been since I last put pen to paper in my diary",
        "last_time",
        "journaling",
    ),
)


# Written blind on 2026-12-05 by a new writer (twenty-ninth batch, kept out of this file then),
# measured twice untouched (86 % both times with MiniLM and the learned topic classifier, 9 no-data
# questions per seed and 1 of them answered with items both times), studied in round 44 and tuned
# on like D-AF. Its writer's conventions are AF's; the new wordings it brought: a fizzing tightness
# behind the ribs when the school rings, jumpy as a cat since a landlord talked of selling, a
# worried knot before driving lessons, collywobbles since Tuesday, a mind rehearsing what might go
# wrong at an interview (second person) and anxiety in the run-up to payday as anxiety; everything
# washed out since a funeral, a little grey rain cloud following me round, Monday teatime dragging
# me under, what makes no difference when gloomy and weepy (a negation), feeling empty for weeks
# behind a brother's move to Dubai and a sad heavy feeling in stressed weeks (the outcome asked
# after) as low mood; legs like lead by lunchtime, a battery running out quicker the day after a
# low day, zero get-up-and-go and nothing left in the tank after the school run as energy; eyes
# pinging open at 4.30, sleep going to pot before a deadline, tossing and turning, nights in a
# fortnight off work and a head that won't switch off as sleep; a boss, an MOT and hospital
# appointments in one week, up to my neck in it and under the cosh with year-end accounts as
# stress; lengths at the leisure centre (exercise), oaks and bracken (nature), a wander round the
# houses once the plates are cleared (walk), cans on a Friday (alcohol), TikTok binges under the
# duvet past 2am (screen late), a crime thriller (reading), choir practice at the community hall
# (music), six sessions with the counsellor (therapy), a curry from scratch (cooking), the lads
# from uni (friends), weekends back at my mum and dad's (family), sun salutations on the mat (yoga)
# and a diary each night (journaling) as the canonical activities; coffee with Uncle Ravi, evenings
# in with my flatmate Priya and Grandma's Sunday natter as the person; long weekends in Aviemore a
# place; jigsaws, volunteering ("since I started X") and woodwork weighed against the telly (the
# first named) not canonical, as written; entries surviving a new laptop, caffeine before bed for
# most people and whether the app sends anything to a GP unknown; the last time Marcus and I met,
# the panicky feeling last hitting this hard and the last run while the trainers gather dust as
# last time.
BLOCK_AG: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "the second I see the school ringing I get this fizzing tightness behind my ribs, "
        "anything in my entries that eases it",
        "anxiety",
        "",
    ),
    (
        "jumpy as a cat since the landlord mentioned selling up, what's helped with that before",
        "anxiety",
        "",
    ),
    ("wht helps w the worried knot in my belly b4 driving lessons", "anxiety", ""),
    ("proper collywobbles since tuesday", "anxiety", ""),
    (
        "when your mind keeps rehearsing everything that might go wrong at the interview, "
        "what helps you",
        "anxiety",
        "",
    ),
    ("is my anxiety any worse in the run-up to payday than just after it", "anxiety", ""),
    (
        "everything's felt washed out and pointless since the funeral, what lifts it even a bit",
        "low_mood",
        "",
    ),
    (
        "there's a little grey rain cloud following me round today, what has cleared it before",
        "low_mood",
        "",
    ),
    ("why does Monday teatime always drag me under", "low_mood", ""),
    ("which things make no difference at all when I'm gloomy and weepy", "low_mood", ""),
    (
        "long story, my brother moved out to Dubai in the spring, work is fine, the flat is fine, "
        "but I've just felt empty for weeks. what has lifted that before?",
        "low_mood",
        "",
    ),
    ("is the sad heavy feeling worse in the weeks I'm stressed at work", "low_mood", ""),
    ("legs like lead by lunchtime, what gives me a lift", "energy", ""),
    ("after a low day, does my battery run out quicker the following day", "energy", ""),
    ("zero get-up-and-go this week", "energy", ""),
    ("what helps when you've got nothing left in the tank after the school run", "energy", ""),
    ("4.30 on the dot every morning my eyes ping open and that's me done, ideas?", "sleep", ""),
    ("my sleep goes to pot whenever I've got a deadline, how do I fix it", "sleep", ""),
    ("tossing and turning", "sleep", ""),
    ("were my nights any better in the fortnight I was off work", "sleep", ""),
    ("can't switch my head off at bedtime, anything that helps me nod off", "sleep", ""),
    (
        "the boss, the car MOT and my mum's hospital appointments all in one week, what helps "
        "when it piles up like that",
        "stress",
        "",
    ),
    ("up to my neck in it at work, what's made it easier before", "stress", ""),
    ("feeling under the cosh with the year-end accounts, what helps", "stress", ""),
    # activities with canonical names, in new words
    (
        "do my early morning lengths at the leisure centre actually help my mood",
        "activity",
        "exercise",
    ),
    (
        "are Sunday afternoons out among the oaks and bracken doing me any good",
        "activity",
        "nature",
    ),
    ("once the plates are cleared, does a wander round the houses settle me", "activity", "walk"),
    ("be honest, are the cans on a Friday making my weekends worse", "activity", "alcohol"),
    (
        "could it be the TikTok binges under the duvet past 2am that leave me so ratty",
        "activity",
        "screen late",
    ),
    (
        "on nights I lose myself in a crime thriller, am I brighter the next day",
        "activity",
        "reading",
    ),
    ("Tuesday choir practice at the community hall, is it good for my mood", "activity", "music"),
    ("six sessions in with the counsellor, can you see any change in me", "activity", "therapy"),
    (
        "does knocking up a curry from scratch on a weeknight help me switch off",
        "activity",
        "cooking",
    ),
    ("afternoons catching up with the lads from uni, good for me or not", "activity", "friends"),
    (
        "the weekends I drive back to my mum and dad's, do I come back in a better place",
        "activity",
        "family",
    ),
    ("ten minutes of sun salutations on the mat before I log on, worth it?", "activity", "yoga"),
    ("has scribbling my thoughts in a diary each night helped at all", "activity", "journaling"),
    # people and places
    ("am I happier after a coffee with Uncle Ravi", "activity", "Ravi"),
    ("when I'm low, do evenings in with my flatmate Priya pull me out of it", "activity", "Priya"),
    (
        "Grandma rings every Sunday for a natter, does my week go better after",
        "activity",
        "Grandma",
    ),
    ("long weekends up in Aviemore, do they leave me happier", "activity", "Aviemore"),
    # things the journal may not hold
    ("do the 1000-piece jigsaws help me wind down", "activity", "jigsaws"),
    (
        "since I started volunteering on Saturdays, am I less flat",
        "activity",
        "volunteering",
    ),
    ("is woodwork in the shed better for my head than the telly", "activity", "woodwork"),
    # the app or the world
    ("will my entries survive if I swap to a new laptop", "unknown", ""),
    ("how much caffeine is too much before bed for most people", "unknown", ""),
    ("does this app send anything to my GP", "unknown", ""),
    # when did I last …
    (
        "Marcus and me used to meet up every week, when did we last actually see each other",
        "last_time",
        "Marcus",
    ),
    ("when did the panicky feeling last hit me this hard", "last_time", "anxiety"),
    (
        "my trainers have been gathering dust, which day did I last go out for a run",
        "last_time",
        "exercise",
    ),
)
