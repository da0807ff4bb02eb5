"""Question blocks written blind by someone else from block BA on (BA-BD), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_11``,
which holds AW-AZ, only so no module passes 600 lines). The conventions they were
labelled by are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-07 by a new writer (forty-ninth batch, kept out of this file then),
# measured twice untouched (78 % then 78 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 1 then 1 of them answered with items), studied in round 66 and tuned on like
# D-AZ. Its writer's conventions are AZ's ("my great-uncle Bartholomew" is Bartholomew, "my old
# neighbour Philomena" is Philomena, a bare "Evander" as written, "my stepsister Leocadia" is
# Leocadia; a tribunal at work, a mother's move into a care home, a loft conversion with builders
# who never turn up, finals, a flooded allotment, early shifts from January, a row with a partner
# and the school ringing only a story's background); the new wordings it brought: two feelings
# (edgier the day after a row, lower after snapping at the kids, more sluggish when lonely, worse
# sleep when cranky and fed up), second person, time windows, days of the week, negations, a
# comparison (diamond painting against a walk with the dog), a place (Southwold for a fortnight in
# August), canonical activities in new words (lunges and mountain climbers on the decking, dippers
# on the stones in a river, a wander round the churchyard and back, bottles of pale ale in front of
# the telly, old cup final goals under the covers till 2am, a short story over breakfast, dad's old
# records on the turntable, a bereavement counsellor every Wednesday, a fish pie from scratch, a
# card night with the old Sunday league lot, crazy golf with a brother's boys, happy baby and a
# forward fold on the bedroom floor, the day's ups and downs on the back of a receipt), activities
# the journal may not hold (sashiko mending, punch needle, diamond painting), questions about the
# app or the world (mood charts switched off, a husband's own private diary on the same laptop,
# magnesium and anyone's sleep), and birdsong in the garden, a record listened to properly and my
# stepsister Leocadia as last time.
BLOCK_BA: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "the night before the tribunal my stomach churns like a washing machine, what settles it",
        "anxiety",
        "",
    ),
    (
        "if your throat tightens every time the school's number flashes up, what can you do",
        "anxiety",
        "",
    ),
    ("the day after a row with my partner, am I edgier", "anxiety", ""),
    ("heart in my mouth all arvo 4 no reason, wot helps", "anxiety", ""),
    ("across the spring term, which things steadied my nerves the most", "anxiety", ""),
    ("what hasn't quietened my racing thoughts at all since new year", "anxiety", ""),
    # low mood
    (
        "I've been in a slump since the allotment flooded in October, has anything brightened me",
        "low_mood",
        "",
    ),
    ("sooo flat lately nuthin feels fun, wat do i do", "low_mood", ""),
    ("on days I snap at the kids, do I feel lower afterwards", "low_mood", ""),
    ("when the world looks grey and you can't face people, what helps lift it", "low_mood", ""),
    ("why do Monday evenings always sink my mood", "low_mood", ""),
    (
        "since the start of summer, what's made not a jot of difference to my low mood",
        "low_mood",
        "",
    ),
    # energy
    ("what's leaving me so drained by midday I can barely lift my head", "energy", ""),
    ("when I'm lonely am I more sluggish", "energy", ""),
    ("Sundays I'm completely wiped, what's that about", "energy", ""),
    ("tired af all wk even after 9hrs kip, y", "energy", ""),
    # sleep
    (
        "staring at the ceiling till nearly 4 replaying every conversation, how do I switch off",
        "sleep",
        "",
    ),
    ("since I started the early shifts in January, how's my sleep been", "sleep", ""),
    ("when I'm cranky and fed up, do I sleep badly", "sleep", ""),
    ("if you keep waking up sweaty around 3, is anything worth trying", "sleep", ""),
    ("cnt get off b4 3 most nites, wot shd i do", "sleep", ""),
    # stress
    (
        "a tribunal at work and mum moving into a care home the same month, how did I cope",
        "stress",
        "",
    ),
    (
        "the loft conversion dragging on with builders who never show, what's helped me cope",
        "stress",
        "",
    ),
    ("the fortnight of my finals, what got me through", "stress", ""),
    # activity: canonical, in new words
    (
        "lunges and mountain climbers on the decking before breakfast, am I livelier after",
        "activity",
        "exercise",
    ),
    (
        "watching the dippers bob about on the stones in the river, does it lift my mood",
        "activity",
        "nature",
    ),
    ("a wander round the churchyard and back, is it good for me", "activity", "walk"),
    (
        "a few bottles of pale ale in front of the telly, how am I the next morning",
        "activity",
        "alcohol",
    ),
    (
        "replaying old cup final goals under the covers till 2am, is that why I'm so ragged",
        "activity",
        "screen late",
    ),
    ("a short story over breakfast, does it set me up for the day", "activity", "reading"),
    ("putting dad's old records on the turntable, does it cheer me", "activity", "music"),
    (
        "seeing the bereavement counsellor every Wednesday, has it helped me at all",
        "activity",
        "therapy",
    ),
    (
        "a fish pie made from scratch at the weekend, am I calmer once it's in the oven",
        "activity",
        "cooking",
    ),
    (
        "a card night with the old Sunday league lot, what's my mood like after",
        "activity",
        "friends",
    ),
    ("crazy golf with my brother's boys, does it brighten me up", "activity", "family"),
    ("happy baby and a forward fold on the bedroom floor, worth doing", "activity", "yoga"),
    (
        "scribbling the day's ups and downs on the back of a receipt, does it help",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my great-uncle Bartholomew rings, am I cheerier", "activity", "Bartholomew"),
    ("tea and cake with my old neighbour Philomena, does it do me good", "activity", "Philomena"),
    ("Evander dropping round after work, does my mood lift", "activity", "Evander"),
    ("how was my mood that fortnight in Southwold in August", "activity", "Southwold"),
    (
        "stitching sashiko patches onto my old jeans, am I more settled for it",
        "activity",
        "sashiko mending",
    ),
    ("punch needle on the sofa, good for my mood or not", "activity", "punch needle"),
    (
        "an evening of diamond painting against a walk with the dog, which leaves me calmer",
        "activity",
        "diamond painting",
    ),
    # unknown
    ("can I switch off the mood charts, I only want to write", "unknown", ""),
    (
        "my husband wants his own diary in here too, can we each have a private one on this laptop",
        "unknown",
        "",
    ),
    ("is there any truth in magnesium tablets helping folk nod off", "unknown", ""),
    # last time
    ("when did I last sit out in the garden just listening to the birds", "last_time", "nature"),
    ("how long since I put a record on and really listened to it", "last_time", "music"),
    ("when did I last give my stepsister Leocadia a ring", "last_time", "Leocadia"),
)


# Written blind on 2026-12-07 by a new writer (fiftieth batch, kept out of this file then), measured
# twice untouched (78 % then 78 % with MiniLM and the learned topic classifier, 11 no-data questions
# per seed, 1 then 1 of them answered with items), studied in round 67 and tuned on like D-BA. Its
# writer's conventions are BA's ("my godmother Euphemia" is Euphemia, "my old flatmate Cosmo" is
# Cosmo, a bare "Torquil" as written, "Lysander, my half-brother" is Lysander; a redundancy
# consultation, a falling-out with a best mate, a house sale fallen through in June, a mother's knee
# operation with a visa interview, a roof left leaking by a landlord, nights from March and a
# stocktake at work only a story's background); the new wordings it brought: two feelings (jumpier
# after a falling-out, gloomier after cancelling plans, more lethargic when left out, tossing and
# turning when grumpy and on edge), second person, time windows, days of the week, negations, a
# comparison (brass rubbing against an afternoon in the charity shops), a place (Bamburgh for a week
# at Easter), canonical activities in new words (squat thrusts on the landing, ducks on the
# millpond, a dawdle up to the crossroads and back, shandies on the patio, true crime documentaries
# on the laptop till gone one, a few pages of poetry before lights out, northern soul through
# headphones, a group therapy circle on Thursday nights, a lamb tagine on a Saturday, a monthly
# supper club with the girls from school, a kickabout with stepsons, cat stretches and thread the
# needle on the rug, worries onto sticky notes before bed), activities the journal may not hold
# (paper marbling, rag rug making, brass rubbing), questions about the app or the world (a screen
# reader, a renamed laptop, tart cherry juice and anyone's sleep), and swifts round the rooftops,
# singing along in the car and Lysander, a half-brother, as last time.
BLOCK_BB: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "redundancy consultation on Thursday and I can't get a full breath in, what can I do",
        "anxiety",
        "",
    ),
    ("if your palms go clammy every time the group chat pings, what can you try", "anxiety", ""),
    ("after I've fallen out with my best mate, am I jumpier for days", "anxiety", ""),
    ("belly all in knots since brekkie dunno y, wat calms it", "anxiety", ""),
    ("over the autumn half term, what did most for my worrying", "anxiety", ""),
    ("which things have done nothing for my jitters since bonfire night", "anxiety", ""),
    # low mood
    (
        "ever since the house sale fell through in June, has anything cheered me even a bit",
        "low_mood",
        "",
    ),
    ("been proper down in the dumps 4 wks now, wot lifts u out of it", "low_mood", ""),
    ("on days I cancel plans at the last minute, am I gloomier after", "low_mood", ""),
    (
        "when everything feels heavy and you can't be bothered with anyone, what picks you up",
        "low_mood",
        "",
    ),
    ("how come Thursday afternoons always drag me down", "low_mood", ""),
    ("since Easter, what's been useless against feeling flat", "low_mood", ""),
    # energy
    ("what is it that has me flagging by mid-afternoon most days", "energy", ""),
    ("on days I feel left out, am I more lethargic", "energy", ""),
    ("Saturdays I'm a zombie, why's that", "energy", ""),
    ("knackered 24/7 even w/ early nights, wots going on", "energy", ""),
    # sleep
    ("lying awake till past three going over tomorrow's list, how do I stop", "sleep", ""),
    ("since I went onto nights in March, how has my sleep held up", "sleep", ""),
    ("when I'm grumpy and on edge, do I toss and turn more", "sleep", ""),
    ("if you keep jolting awake just before dawn, is there anything to try", "sleep", ""),
    ("lie there wide awake till 2ish nearly every nite, help", "sleep", ""),
    # stress
    (
        "mum's knee op and my visa interview in the same fortnight, how did I hold up",
        "stress",
        "",
    ),
    (
        "the roof leaking for months and the landlord ignoring me, what's helped me get through",
        "stress",
        "",
    ),
    ("stocktake week at work with everyone snapping, how did I manage it", "stress", ""),
    # activity: canonical, in new words
    ("squat thrusts on the landing before work, do they perk me up", "activity", "exercise"),
    ("watching the ducks on the millpond, is it good for my head", "activity", "nature"),
    ("a dawdle up to the crossroads and back, does it help", "activity", "walk"),
    (
        "a couple of shandies on the patio, how do I feel the morning after",
        "activity",
        "alcohol",
    ),
    (
        "true crime documentaries on the laptop till gone one, does that wreck the next day",
        "activity",
        "screen late",
    ),
    ("a few pages of poetry before lights out, does it settle me", "activity", "reading"),
    ("northern soul through my headphones, does it lift me", "activity", "music"),
    (
        "the group therapy circle on Thursday nights, is it making a difference",
        "activity",
        "therapy",
    ),
    (
        "a lamb tagine bubbling away on a Saturday, am I more relaxed while it cooks",
        "activity",
        "cooking",
    ),
    (
        "the monthly supper club with the girls from school, how am I after",
        "activity",
        "friends",
    ),
    ("a kickabout in the park with my stepsons, does it cheer me", "activity", "family"),
    (
        "cat stretches and thread the needle on the rug before bed, any good for me",
        "activity",
        "yoga",
    ),
    (
        "scribbling worries on sticky notes and binning them at bedtime, is it worth it",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my godmother Euphemia comes to stay, am I brighter", "activity", "Euphemia"),
    ("a pint with my old flatmate Cosmo, does it do me any good", "activity", "Cosmo"),
    ("does having Torquil round for Sunday lunch put me in better spirits", "activity", "Torquil"),
    ("Bamburgh at Easter for the week, was I any happier up there", "activity", "Bamburgh"),
    ("swirling inks for paper marbling, am I calmer for it", "activity", "paper marbling"),
    (
        "I've been hooking a rag rug most evenings, is it doing me good",
        "activity",
        "rag rug making",
    ),
    (
        "brass rubbing at old churches against an afternoon in the charity shops, which leaves me"
        " happier",
        "activity",
        "brass rubbing",
    ),
    # unknown
    ("will this work with my screen reader, my eyes are going", "unknown", ""),
    ("if I rename my laptop will the journal still open", "unknown", ""),
    ("does tart cherry juice actually help anyone sleep", "unknown", ""),
    # last time
    (
        "when did I last stand and watch the swifts screaming round the rooftops",
        "last_time",
        "nature",
    ),
    ("how long since I sang along to something in the car", "last_time", "music"),
    ("Lysander, my half-brother, when did we last speak", "last_time", "Lysander"),
)


# Written blind on 2026-12-07 by a new writer (fifty-first batch, kept out of this file then),
# measured twice untouched (76 % then 76 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 0 then 0 of them answered with items), studied in round 68 and tuned on like
# D-BB. Its writer's conventions are BB's ("my old boss Barnaby" is Barnaby, "my sister-in-law
# Clementine" is Clementine, a bare "Horatio" as written, "my stepdad Ambrose" is Ambrose; a
# disciplinary hearing, a father's dementia diagnosis, night feeds from September, a court date with
# a burst pipe, an insurance claim after a crash and an inspection week at school only a story's
# background); the new wordings it brought: two feelings (twitchier after words with a father,
# glummer after a weekend indoors, more run-down on worrying days, sleep when snappy and down),
# second person, time windows, days of the week, negations, a comparison (building a terrarium
# against an hour at the garden centre), a place (Padstow for a long weekend in May), canonical
# activities in new words (pull-ups on a doorway bar, goldfinches on a bird feeder, meandering to
# the end of the lane, gin fizzes on a Friday, cat videos on a tablet past midnight, a murder
# mystery on the train home, Bollywood hits while hoovering, a trauma therapist every other Friday,
# fresh pasta rolled on a Sunday, a catch-up with old uni mates, Monopoly with the in-laws, half
# moon and a low lunge in the lounge, the day jotted on an index card), activities the journal may
# not hold (shibori dyeing, decoupage, terrarium building), questions about the app or the world
# (printing entries for a GP, a second user, cold showers and people's mood), and a sunset, an album
# on full blast and Ambrose, a stepdad, as last time.
BLOCK_BC: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "disciplinary hearing on Monday and my hands won't stop trembling, how do I calm down",
        "anxiety",
        "",
    ),
    ("if your heart starts hammering whenever the doorbell goes, what can you do", "anxiety", ""),
    ("after I've had words with my dad, am I twitchier the next day", "anxiety", ""),
    ("proper jittery all eve n cant say y, ne tips", "anxiety", ""),
    ("through the Christmas holidays, what eased my nerves best", "anxiety", ""),
    ("what's done zilch for my anxiety since pancake day", "anxiety", ""),
    # low mood
    (
        "since dad's dementia diagnosis in the spring, has anything lifted me at all",
        "low_mood",
        "",
    ),
    ("been weepy n miserable since sat, wat do i do abt it", "low_mood", ""),
    ("when I've stayed indoors all weekend, am I glummer on Monday", "low_mood", ""),
    (
        "if getting up feels pointless and you'd rather hide from everyone, what lifts that",
        "low_mood",
        "",
    ),
    ("why are Tuesday mornings always the bleakest for me", "low_mood", ""),
    ("since Burns Night, which things haven't shifted my low mood one bit", "low_mood", ""),
    # energy
    ("what's wiping me out by teatime every single day", "energy", ""),
    ("on days I'm worrying a lot, am I more run-down", "energy", ""),
    ("why am I running on nothing every Wednesday", "energy", ""),
    ("shattered even after a lie in, whats up w me", "energy", ""),
    # sleep
    ("wide awake at 3 with the bills going round my head, how do I drop back off", "sleep", ""),
    ("since the night feeds started in September, how's my sleep been", "sleep", ""),
    ("on evenings I'm snappy and down, do I sleep worse after", "sleep", ""),
    ("if you wake at five every morning and can't get back under, what's worth a go", "sleep", ""),
    ("up till 3am every nite cant switch my brain off, wat do i try", "sleep", ""),
    # stress
    (
        "the court date and the burst pipe landing in the same week, how did I keep it together",
        "stress",
        "",
    ),
    (
        "the insurance claim after the crash dragging on for months, what helped me through",
        "stress",
        "",
    ),
    ("inspection week at school, how did I get to the end of it", "stress", ""),
    # activity: canonical, in new words
    ("pull-ups on the bar in the doorway first thing, do they wake me up", "activity", "exercise"),
    ("watching the goldfinches on the bird feeder, does it calm me", "activity", "nature"),
    ("meandering down to the end of the lane, is it doing me good", "activity", "walk"),
    ("a couple of gin fizzes on a Friday, what am I like on Saturday", "activity", "alcohol"),
    (
        "cat videos on the tablet in bed till past midnight, is that why I'm wrecked",
        "activity",
        "screen late",
    ),
    ("a murder mystery on the train home, does it help me unwind", "activity", "reading"),
    ("cranking up Bollywood hits while I hoover, do they lift me", "activity", "music"),
    ("my trauma therapist every other Friday, is it helping", "activity", "therapy"),
    ("rolling fresh pasta on a Sunday, do I feel more relaxed", "activity", "cooking"),
    ("a catch-up over pizza with my old uni mates, how am I afterwards", "activity", "friends"),
    ("Monopoly with the in-laws, am I happier for it", "activity", "family"),
    ("a low lunge into half moon on the lounge carpet, any benefit", "activity", "yoga"),
    (
        "jotting the day down on an index card before bed, is it worth keeping up",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    ("when my old boss Barnaby takes me for lunch, am I more upbeat", "activity", "Barnaby"),
    ("coffee with my sister-in-law Clementine, is it good for me", "activity", "Clementine"),
    ("does Horatio popping over on a Friday put me in better form", "activity", "Horatio"),
    ("that long weekend in Padstow in May, did it do me any good", "activity", "Padstow"),
    ("shibori dyeing in the back yard, am I calmer after", "activity", "shibori dyeing"),
    ("decoupage on old trays of an evening, does it settle me", "activity", "decoupage"),
    (
        "building a terrarium against an hour at the garden centre, which leaves me more content",
        "activity",
        "terrarium building",
    ),
    # unknown
    ("can I print my entries out to take to my GP", "unknown", ""),
    ("can my daughter have her own login on this journal", "unknown", ""),
    ("do cold showers really make people feel better or is that a myth", "unknown", ""),
    # last time
    ("a sunset, when was the last one I actually stopped for", "last_time", "nature"),
    ("how long since I put my favourite album on at full blast", "last_time", "music"),
    ("when did I last pop round to see my stepdad Ambrose", "last_time", "Ambrose"),
)


# Written blind on 2026-12-07 by a new writer (fifty-second batch, kept out of this file then),
# measured twice untouched (72 % then 72 % with MiniLM and the learned topic classifier, 11 no-data
# questions per seed, 1 then 1 of them answered with items), studied in round 69 and tuned on like
# D-BC. Its writer's conventions are BC's ("my old landlady Winifred" is Winifred, "my godson
# Peregrine" is Peregrine, a bare "Fenwick" as written, "my stepmum Honoria" is Honoria; a
# consultation about job cuts, a best mate moving abroad, diggers outside from seven since October,
# packing up a house while a mother is in for an operation, a planning appeal and an office move
# only a story's background); the new wordings it brought: two feelings (jumpier and fretful after
# the in-laws visit, lower after a week without company, out of steam earlier on crabby days, sleep
# on tearful and tense days), second person, time windows, days of the week, negations, a comparison
# (painting pysanky eggs against an afternoon at a craft fair), a place (Hay-on-Wye over the bank
# holiday), canonical activities in new words (wall sits while the kettle boils, frogspawn in the
# pond, a plod round the cricket ground, shandies at Sunday lunch, a K-drama binge till 2am, a cosy
# crime novel in the bath, old reggae records on a Saturday, a counsellor over Teams on Tuesdays,
# naan dough kneaded on a weeknight, dominoes down the pub with mates, a cuppa with my nan, a
# reclined bound angle and a supine twist on the rug, a few lines in a jotter on the commute),
# activities the journal may not hold (lampwork bead making, needle felting, pysanky), questions
# about the app or the world (a large-print setting, a nudge at 9pm, forest bathing and people's
# stress), and a band played live, a rainbow and Honoria, a stepmum, as last time.
BLOCK_BD: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "consultation meeting about job cuts on Thursday and my chest is tight, what settles me",
        "anxiety",
        "",
    ),
    ("if you dread opening every message in case it's bad news, what calms you", "anxiety", ""),
    ("after the in-laws have visited, am I jumpier and more fretful", "anxiety", ""),
    ("so on edge 2day n dunno y, wot helps", "anxiety", ""),
    ("over the summer holidays, what calmed my worrying most", "anxiety", ""),
    ("what's made no dent in my nerves since Halloween", "anxiety", ""),
    # low mood
    (
        "since my best mate moved abroad in June, has anything cheered me up",
        "low_mood",
        "",
    ),
    ("feelin proper low since tues, wat shud i do", "low_mood", ""),
    ("a whole week without company, does it leave me lower by the end of it", "low_mood", ""),
    (
        "if nothing feels worth doing and you just want to stay under the covers, what helps",
        "low_mood",
        "",
    ),
    ("why do Sunday evenings always feel so heavy for me", "low_mood", ""),
    (
        "since the clocks changed, which things have done nothing for my mood",
        "low_mood",
        "",
    ),
    # energy
    ("what's draining me flat by mid-afternoon", "energy", ""),
    ("on crabby days, do I run out of steam earlier", "energy", ""),
    ("why do I drag myself through every Thursday", "energy", ""),
    ("slept 9 hrs n still shattered, y", "energy", ""),
    # sleep
    (
        "lying awake at 2 replaying tomorrow's presentation, how do I nod back off",
        "sleep",
        "",
    ),
    ("with the diggers outside from seven since October, how am I sleeping", "sleep", ""),
    ("on days I'm tearful and tense, do I sleep badly that night", "sleep", ""),
    ("if you keep waking at four with your heart racing, what's worth trying", "sleep", ""),
    ("cant drop off til 2 every nite, ne ideas", "sleep", ""),
    # stress
    (
        "packing up the house while mum was in for her operation, what got me through",
        "stress",
        "",
    ),
    ("the planning appeal dragging on all year, what kept me going", "stress", ""),
    ("the week of the office move, how did I get through it", "stress", ""),
    # activity: canonical, in new words
    (
        "a set of wall sits while the kettle boils, does it wake me up",
        "activity",
        "exercise",
    ),
    ("checking the pond for frogspawn every morning, does it lift me", "activity", "nature"),
    ("a slow plod round the cricket ground after tea, does it help", "activity", "walk"),
    ("a couple of shandies at Sunday lunch, how am I on Monday", "activity", "alcohol"),
    (
        "a K-drama binge on my phone till 2am, is that why I'm a zombie",
        "activity",
        "screen late",
    ),
    ("a cosy crime novel in the bath, does it help me switch off", "activity", "reading"),
    (
        "old reggae records on a Saturday morning, do they put me in a good mood",
        "activity",
        "music",
    ),
    ("my counsellor over Teams every Tuesday, is it doing anything for me", "activity", "therapy"),
    ("kneading dough for naan on a weeknight, am I calmer for it", "activity", "cooking"),
    ("dominoes down the pub with my mates, how do I feel after", "activity", "friends"),
    ("a cuppa with my nan on a Saturday, does it cheer me up", "activity", "family"),
    (
        "a reclined bound angle and a supine twist on the rug at night, any use",
        "activity",
        "yoga",
    ),
    (
        "a few lines in a jotter on my commute, should I keep it going",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    (
        "when my old landlady Winifred has me round for tea, am I brighter",
        "activity",
        "Winifred",
    ),
    ("a phone call with my godson Peregrine, does it lift me", "activity", "Peregrine"),
    ("Fenwick coming by for a brew, is it good for me", "activity", "Fenwick"),
    ("that week in Hay-on-Wye over the bank holiday, was I happier", "activity", "Hay-on-Wye"),
    (
        "melting glass into beads at the torch in the shed, am I calmer after",
        "activity",
        "lampwork bead making",
    ),
    (
        "needle felting little animals in the evenings, does it settle me",
        "activity",
        "needle felting",
    ),
    (
        "painting pysanky eggs against an afternoon at a craft fair, which leaves me happier",
        "activity",
        "pysanky",
    ),
    # unknown
    ("is there a large-print setting, I squint at everything on here", "unknown", ""),
    ("can the app nudge me at 9pm if I haven't written anything", "unknown", ""),
    ("does forest bathing actually lower people's stress or is it hype", "unknown", ""),
    # last time
    (
        "the last time I stood in a crowd watching a band play live, when was that",
        "last_time",
        "music",
    ),
    ("a rainbow, how long since I actually stopped to look at one", "last_time", "nature"),
    ("my stepmum Honoria, when did I last ring her", "last_time", "Honoria"),
)
