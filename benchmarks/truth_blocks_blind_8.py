"""Question blocks written blind by someone else from the thirtieth batch on (AH-AL), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_7``,
which holds AE-AG, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-05 by a new writer (thirtieth batch, kept out of this file then),
# measured twice untouched (88 % both times with MiniLM and the learned topic classifier, 11
# no-data questions per seed and 2 of them answered with items both times), studied in round 45 and
# tuned on like D-AG. Its writer's conventions are AG's; the new wordings it brought: clammy palms
# when a banking app buzzes, on tenterhooks over Dad's results (the father only background), a bag
# of nerves the night before a court date, a heart hammering for no reason (second person), edgy
# and fretful all week and worry worse on Sundays as anxiety; flat and colourless since a divorce,
# like a wet weekend, in the doldrums through February, heavier low patches in weeks of running on
# nothing (the outcome asked after), what is a waste of time trying when down in the dumps (a
# negation) and blue-ish for a third day as low mood; zapped by 2pm, no spark, "totaly wiped" all
# week (typos) and sluggish the day after being anxious as energy; wide awake at quarter past
# three, sleep on manic work weeks, kip all over the place since a baby, stress stopping me nodding
# off and nights rated across three weeks as sleep; snowed under with a house sale and exams, the
# end of my rope and too many plates as stress; circuit training on Tuesday nights (exercise),
# birch trees by a reservoir (nature), a stroll before work (walk), Saturday G&Ts (alcohol),
# Instagram in bed till the small hours (screen late), long Tudor novels (reading), banging away on
# the piano (music), a psychotherapist since March (therapy), soup from scratch (cooking), evenings
# at my best mates' (friends), a Sunday-night ring round to my mam and dad (family), downward dog
# and cobra at bedtime (yoga) and three good things written each evening (journaling) as the
# canonical activities; Auntie Meena's cuppas and gossip, a week with my cousin Declan and
# afternoons with Grandpa as the person; weekends away in Whitby a place; sea kayaking ("since I
# started"), mornings birdwatching on the marsh and salsa dancing weighed against the gym (the
# first named) not canonical, as written; a forgotten password, blue light and melatonin for
# everyone and a green leaf in the screen's corner unknown; the date of the last truly relaxed day,
# the weeks since Tomasz and I met up and the most recent cinema trip as last time.
BLOCK_AH: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "clammy palms whenever my banking app buzzes, anything in here that's eased it?",
        "anxiety",
        "",
    ),
    (
        "on tenterhooks since the hospital rang about Dad's results, what calms it",
        "anxiety",
        "",
    ),
    ("the night before my court date I'm a bag of nerves, what's calmed me before", "anxiety", ""),
    (
        "when your heart's hammering for no reason at all, what do you usually do that helps?",
        "anxiety",
        "",
    ),
    ("edgy and fretful all week. anything help?", "anxiety", ""),
    ("does the worry get worse on Sundays than on other days", "anxiety", ""),
    ("everything's felt a bit flat and colourless since the divorce went through", "low_mood", ""),
    ("feeling like a wet weekend in human form, what's lifted me before", "low_mood", ""),
    (
        "I was in the doldrums for most of February, what did I do that got me out of it",
        "low_mood",
        "",
    ),
    ("on weeks I'm running on nothing, are my low patches heavier?", "low_mood", ""),
    ("when I'm down in the dumps what's a waste of time trying", "low_mood", ""),
    ("feeling blue-ish, 3rd day running", "low_mood", ""),
    ("zapped by 2pm every single day, is there a pattern", "energy", ""),
    ("no spark in me at all this week, what usually gets me going", "energy", ""),
    ("totaly wiped, been like it al week, any ideas", "energy", ""),
    ("am I more sluggish the day after I've been anxious", "energy", ""),
    (
        "wide awake at quarter past three most nights, anything that helps me get back off?",
        "sleep",
        "",
    ),
    ("on manic work weeks is my sleep rubbish?", "sleep", ""),
    ("kip's all over the place since the baby arrived, anything that's helped", "sleep", ""),
    ("is stress the thing stopping me nodding off", "sleep", ""),
    ("rate my nights across the last three weeks", "sleep", ""),
    (
        "snowed under with the house sale and the kids' exams, what helped me cope last time",
        "stress",
        "",
    ),
    ("work this month has me at the end of my rope, what eased it in the past", "stress", ""),
    ("juggling too many plates again, what took the edge off before", "stress", ""),
    # activities with canonical names, in new words
    (
        "circuit training on Tuesday nights, does it do anything for my anxiety?",
        "activity",
        "exercise",
    ),
    ("does wandering among the birch trees by the reservoir help my head", "activity", "nature"),
    ("is a stroll before work actually good for me", "activity", "walk"),
    ("Saturday G&Ts, are they doing me any favours", "activity", "alcohol"),
    (
        "scrolling Instagram in bed till the small hours, does it wreck my next day",
        "activity",
        "screen late",
    ),
    ("do long Tudor novels settle me down at all", "activity", "reading"),
    ("banging away on the piano after work, any effect on my stress", "activity", "music"),
    (
        "since I started seeing a psychotherapist in March have I felt any better",
        "activity",
        "therapy",
    ),
    (
        "making a big pot of soup from scratch on Sundays, does it help my mood",
        "activity",
        "cooking",
    ),
    ("evenings round at my best mates', do they help", "activity", "friends"),
    ("Sunday-night ring round to my mam and dad, good for my mood?", "activity", "family"),
    (
        "ten minutes of downward dog and cobra pose at bedtime, worth it for sleep?",
        "activity",
        "yoga",
    ),
    (
        "scribbling three things that went well every evening, has it made a difference",
        "activity",
        "journaling",
    ),
    # people and places
    ("Auntie Meena's cuppas and gossip, good for me or not", "activity", "Meena"),
    ("my cousin Declan stayed over for a week, did that help or not", "activity", "Declan"),
    ("afternoons with Grandpa, are they good for me", "activity", "Grandpa"),
    ("weekends away in Whitby always seem to reset me, is that true?", "activity", "Whitby"),
    # things the journal may not hold
    ("has sea kayaking made me any less wound up since I started", "activity", "sea kayaking"),
    ("do my mornings birdwatching on the marsh settle my nerves", "activity", "birdwatching"),
    ("is it salsa dancing or the gym that puts me in a better mood", "activity", "salsa dancing"),
    # the app or the world
    ("if I forget my password is everything gone for good?", "unknown", ""),
    ("is it true blue light from phones stops melatonin for everyone", "unknown", ""),
    ("the green leaf thing in the corner of the screen, what's it for", "unknown", ""),
    # when did I last …
    ("what was the date of my last truly relaxed, untroubled day", "last_time", "anxiety"),
    ("Tomasz, how many weeks since we actually met up?", "last_time", "Tomasz"),
    ("my most recent cinema trip, when was it", "last_time", "cinema"),
)


# Written blind on 2026-12-05 by a new writer (thirty-first batch, kept out of this file then),
# measured twice untouched (86 % both times with MiniLM and the learned topic classifier, 12
# no-data questions per seed and 1 of them answered with items both times), studied in round 46 and
# tuned on like D-AH. Its writer's conventions are AH's; the new wordings it brought: a stomach
# flipping whenever the phone rings, a knot in the throat before Monday meetings (a day), convinced
# something awful is coming (second person), jumpier after weeks of hardly any sleep (the outcome
# asked after), nervy and twitchy all through the holidays (a time window) and dreading the week on
# Sunday evenings as anxiety; grey and pointless since the clocks went back, hollow and teary most
# of last month, down spells heavier in weeks of being snowed under (the outcome asked after), what
# "shouldnt i bother with" when "all rubbish n weepy" (a negation, typos), "proper meh week tbh"
# (very short) and a slump since Christmas as low mood; no oomph left by 3 o'clock, too wiped out
# for the stairs, "compleatly knackerd" after work (typos) and get-up-and-go vanishing the morning
# after a night of panicking (the outcome asked after) as energy; eyes open at 4.40, what messes
# with my kip when I've been anxious (the object of the effect verb), tossing and turning all
# through October, nights going to pieces when work stacks up (the outcome asked after) and nights
# since the move as sleep; drowning in invoices and school forms, up to my eyeballs at the office
# and too much on with a Friday deadline (second person) as stress; a spin class before breakfast
# (exercise), afternoons among the pine woods on the ridge (nature), ambling down to the shop and
# back (walk), a couple of ciders on a Friday (alcohol), YouTube in bed past midnight (screen
# late), epic fantasy trilogies (reading), thumping the drum kit to let off steam (music), CBT
# since June (therapy), a slow-cooked Sunday casserole (cooking), nights round at my pals'
# (friends), Saturdays back at my folks' place (family), pigeon and child's pose before bed (yoga)
# and emptying my head onto paper before lights out (journaling) as the canonical activities;
# popping in on Aunty Bisi, a day out with my cousin Niamh and the days Nana phones as the person
# (Bisi, Niamh, and the bare "Nana" as written); long weekends in Tenby a place; rowing on the
# river ("since I started"), geocaching on a Thursday evening and tai chi in the park weighed
# against the gym (the first named) not canonical, as written; getting the entries into Excel,
# cheese and nightmares for everyone and a little moon icon on some days unknown; the most recent
# stretch with zero nerves (anxiety), how many weeks since Kofi and I grabbed a coffee (Kofi, the
# person beating the coffee) and ages since a night at the theatre as last time.
BLOCK_AI: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what's worth doing when my stomach flips every time my phone rings", "anxiety", ""),
    ("knot in my throat before Monday team meetings, what eases it", "anxiety", ""),
    (
        "when you're convinced something awful is about to happen for no reason, what's helped?",
        "anxiety",
        "",
    ),
    ("do weeks of hardly any sleep leave me jumpier than usual", "anxiety", ""),
    ("nervy and twitchy all through the holidays, what settled me before?", "anxiety", ""),
    (
        "Sunday evenings I dread the whole week ahead, has anything taken the edge off",
        "anxiety",
        "",
    ),
    ("feeling a bit grey and pointless since the clocks went back", "low_mood", ""),
    ("hollow and teary most of last month, what pulled me up?", "low_mood", ""),
    ("do my down spells get heavier in weeks I've been snowed under", "low_mood", ""),
    ("nothin works when im all rubbish n weepy, wat shouldnt i bother with", "low_mood", ""),
    ("proper meh week tbh", "low_mood", ""),
    ("stuck in a slump since Christmas, what lifted it before", "low_mood", ""),
    ("no oomph left by 3 o'clock, what gives me a boost", "energy", ""),
    ("so wiped out I can barely get up the stairs", "energy", ""),
    ("compleatly knackerd after work evry day this week", "energy", ""),
    ("the morning after I've been panicking all night, does my get-up-and-go vanish", "energy", ""),
    ("eyes wide open at 4.40 most mornings, what's helped me drop off again", "sleep", ""),
    ("what messes with my kip when i've been anxious", "sleep", ""),
    ("tossing and turning all through October", "sleep", ""),
    ("when work's stacking up do my nights go to pieces", "sleep", ""),
    ("nights have been dreadful since the move, what's helped", "sleep", ""),
    ("drowning in invoices and school forms, what brings the pressure down", "stress", ""),
    ("up to my eyeballs at the office this fortnight", "stress", ""),
    ("what helps when you've got way too much on and the deadline's Friday", "stress", ""),
    # activities with canonical names, in new words
    ("does a spin class before breakfast lift me at all", "activity", "exercise"),
    ("afternoons among the pine woods up on the ridge, do they help?", "activity", "nature"),
    ("is ambling down to the shop and back worth it for my head", "activity", "walk"),
    ("what happens to my mood after a couple of ciders on a Friday", "activity", "alcohol"),
    ("scrolling YouTube in bed past midnight, is that hurting me", "activity", "screen late"),
    ("do epic fantasy trilogies help me unwind", "activity", "reading"),
    ("does thumping the drum kit let off steam for me", "activity", "music"),
    ("is the CBT I've had since June making any difference", "activity", "therapy"),
    ("a slow-cooked Sunday casserole, does it set my week up", "activity", "cooking"),
    ("do nights round at my pals' do me any good", "activity", "friends"),
    ("Saturdays back at my folks' place, do they lift me or not", "activity", "family"),
    ("pigeon pose and child's pose before bed, do they help me settle", "activity", "yoga"),
    ("emptying my head onto paper before lights out, worth it?", "activity", "journaling"),
    # people and places
    ("does popping in on Aunty Bisi perk me up", "activity", "Bisi"),
    ("how am I after a day out with my cousin Niamh", "activity", "Niamh"),
    ("is my mood any different on days Nana phones", "activity", "Nana"),
    ("long weekends in Tenby, good for me?", "activity", "Tenby"),
    # things the journal may not hold
    ("has rowing on the river helped since I started", "activity", "rowing"),
    ("has geocaching on a Thursday evening been any use to me", "activity", "geocaching"),
    ("tai chi in the park or the gym, which suits me better", "activity", "tai chi"),
    # the app or the world
    ("can the entries go into Excel somehow", "unknown", ""),
    ("is it true that cheese gives everyone nightmares", "unknown", ""),
    ("why does a little moon icon show up on some days", "unknown", ""),
    # when did I last …
    ("the most recent stretch with zero nerves, when was that", "last_time", "anxiety"),
    ("how many weeks since Kofi and I grabbed a coffee", "last_time", "Kofi"),
    ("been ages since a night at the theatre, when was it", "last_time", "theatre"),
)


# Written blind on 2026-12-05 by a new writer (thirty-second batch, kept out of this file then),
# measured twice untouched (86 % both times with MiniLM and the learned topic classifier, 11
# no-data questions per seed and 1 of them answered with items both times), studied in round 47 and
# tuned on like D-AI. Its writer's conventions are AI's; the new wordings it brought: shaky hands
# before ringing the council, heart in my mouth before the school run all term (a time window), the
# jitters on Thursday mornings (a day), replaying every conversation in case you upset someone
# (second person), jitterier after a string of rough nights (the outcome asked after) and "nervus
# b4 seeing ppl" (typos) as anxiety; everything beige and far away since a funeral (the funeral
# only background), "feelin rly crap n cant stop cryin" (typos), "so glum rn" (very short), gloomy
# stretches dragging on when I'm exhausted (the outcome asked after), what doesn't shift the grey
# fog (a negation) and flatter than usual across August (a time window) as low mood; running on
# fumes by lunchtime, legs like lead by mid-morning, "constantly knakerd for no reasn" (typos) and
# more worn out the day after a stressful one (the outcome asked after) as energy; awake at ten to
# five, what knocks my nights sideways on down days (the object asked after), nights rubbish since
# the heatwave, Sundays against the rest of the week (a day) and money worries chewing up my nights
# (the object) as sleep; buried under marking and parents' evening, three deadlines on one Friday
# (second person) and pulled in ten directions at work this month as stress; HIIT in the garage
# (exercise), poking about in the bluebell woods (nature), an evening wander with the dog (walk),
# rosé on a Saturday (alcohol), Reddit under the covers till 1 (screen late), cosy mysteries before
# bed (reading), belting out power ballads on the motorway (music), a psychologist since September
# (therapy), bread from scratch at weekends (cooking), bouncing back after seeing my crew
# (friends), staying over at my parents' for the bank holiday (family), vinyasa flow on a Wednesday
# (yoga) and morning pages over coffee (journaling) as the canonical activities; Uncle Dev's
# visits, a weekend with my cousin Aoife and the days I see Grandad as the person (Dev, Aoife, and
# the bare "Grandad" as written); long weekends in Llandudno a place; jiu-jitsu classes ("since I
# started"), beachcombing for sea glass on Sunday mornings and table tennis weighed against the gym
# (the first named) not canonical, as written; one journal shared across two laptops, dreaming more
# after giving up drink for everyone and a little orange dot beside some dates unknown; the last
# week with no work pressure (stress), when I last went swimming (exercise) and the last proper
# catch-up with Hamza as last time.
BLOCK_AJ: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why do my hands go shaky every time I have to ring the council", "anxiety", ""),
    ("heart in my mouth before every school run this term, what settles it?", "anxiety", ""),
    ("what's behind the jitters I get on Thursday mornings", "anxiety", ""),
    (
        "when you keep replaying every conversation in case you upset someone, what calms it?",
        "anxiety",
        "",
    ),
    ("am I jitterier after a string of rough nights", "anxiety", ""),
    ("y do i get so nervus b4 seeing ppl", "anxiety", ""),
    (
        "everything's felt beige and far away since the funeral, what's helped me before?",
        "low_mood",
        "",
    ),
    ("wat helps when im feelin rly crap n cant stop cryin", "low_mood", ""),
    ("so glum rn", "low_mood", ""),
    ("do my gloomy stretches drag on longer when I'm exhausted", "low_mood", ""),
    ("which things don't shift the grey fog I get into", "low_mood", ""),
    ("was I flatter than usual across the whole of August", "low_mood", ""),
    ("running on fumes by lunchtime, any idea why", "energy", ""),
    ("legs like lead and no get-up by mid-morning, what's going on", "energy", ""),
    ("constantly knakerd for no reasn, y", "energy", ""),
    ("am I more worn out the day after a really stressful one", "energy", ""),
    ("awake at ten to five again, what's going on", "sleep", ""),
    ("on my down days, what knocks my nights sideways?", "sleep", ""),
    ("my nights have been rubbish since the heatwave, why", "sleep", ""),
    ("how do I sleep on Sundays compared to the rest of the week", "sleep", ""),
    ("do money worries chew up my nights", "sleep", ""),
    ("buried under marking and parents' evening, what helped last time", "stress", ""),
    ("when you've got three deadlines on the same Friday, what's worked?", "stress", ""),
    ("pulled in ten directions at work this month, anything that helped?", "stress", ""),
    # activities with canonical names, in new words
    ("do my HIIT sessions in the garage actually help my mood", "activity", "exercise"),
    ("does poking about in the bluebell woods lift me", "activity", "nature"),
    ("my evening wander with the dog, does it do me any good", "activity", "walk"),
    ("a few glasses of rosé on a Saturday, good or bad for me?", "activity", "alcohol"),
    ("scrolling Reddit under the covers till 1, is that why I'm rough", "activity", "screen late"),
    ("does getting lost in cosy mysteries before bed help", "activity", "reading"),
    ("belting out power ballads on the motorway, any use for my mood?", "activity", "music"),
    (
        "have my sessions with the psychologist since September made a difference",
        "activity",
        "therapy",
    ),
    ("making bread from scratch at weekends, is it good for me", "activity", "cooking"),
    ("do I bounce back quicker after seeing my crew", "activity", "friends"),
    ("staying over at my parents' for the bank holiday, did it help", "activity", "family"),
    ("does vinyasa flow on a Wednesday calm me down", "activity", "yoga"),
    ("writing morning pages over coffee, worth it for my mood?", "activity", "journaling"),
    # people and places
    ("do I perk up after Uncle Dev visits", "activity", "Dev"),
    ("the weekend with my cousin Aoife, did it help my mood", "activity", "Aoife"),
    ("am I calmer on the days I see Grandad", "activity", "Grandad"),
    ("long weekends in Llandudno, do they do me good", "activity", "Llandudno"),
    # things the journal may not hold
    ("have I been less jumpy since I started jiu-jitsu classes", "activity", "jiu-jitsu"),
    ("beachcombing for sea glass on Sunday mornings, does it help", "activity", "beachcombing"),
    ("table tennis or the gym, which perks me up more", "activity", "table tennis"),
    # the app or the world
    ("can my partner and I share one journal across two laptops", "unknown", ""),
    ("is it normal to dream more when you give up drinking", "unknown", ""),
    ("why is there a little orange dot next to some dates", "unknown", ""),
    # when did I last …
    ("the last week with no work pressure at all, when was it?", "last_time", "stress"),
    ("swimming, when did I last actually go?", "last_time", "exercise"),
    ("last time me and Hamza had a proper catch-up?", "last_time", "Hamza"),
)


# Written blind on 2026-12-05 by a new writer (thirty-third batch, kept out of this file then),
# measured twice untouched (84 % before and 86 % after the round with MiniLM and the learned topic
# classifier, 11 no-data questions per seed and none of them answered with items either time),
# studied in round 48 and tuned on like D-AJ. Its writer's conventions are AJ's; the new wordings
# it brought: clammy hands before opening a payslip, a stomach in knots before the Wednesday huddle
# (a day), going back to check the door is locked five times (second person), nerves worse after a
# few nights of barely any kip (the outcome asked after), "hands shakin n heart racin evry nite
# shift" (typos) and fretting through the school holidays (a time window) as anxiety; life drained
# of colour since a redundancy (the redundancy only background), "proper down in the mouth today"
# (very short), crying at adverts and not getting dressed, sad patches hanging about longer when
# worn out (the outcome asked after), what hasn't made a dent at rock bottom (a negation) and
# downcast most of November (a time window) as low mood; a battery at 2 % by lunchtime, dragging
# myself about like a zombie, "so shatterd evry arvo" (typos) and running out of steam the day
# after a low one (the outcome asked after) as energy; awake at twenty past four, what wrecks my
# nights in stressful weeks (the object), nights broken since a puppy arrived (the puppy only
# background), Fridays against weekdays (a day, a comparison) and fretting about the mortgage
# keeping me up (the object of the effect verb) as sleep; juggling a house move with end-of-year
# reports, two presentations and a tax return in one week (second person) and stretched thin at
# work all autumn (a time window) as stress; kettlebell swings in the living room (exercise),
# hedgerows and fields past the village (nature), a lap round the block at lunch (walk), a pint of
# Guinness most evenings (alcohol), doomscrolling in bed at one in the morning (screen late),
# chunky sci-fi paperbacks on the bus (reading), strumming a ukulele (music), a counsellor since
# April (therapy), curry from scratch on Sundays (cooking), having the girls round (friends), a
# roast at Mum and Dad's every other week (family), a bit of hatha before work (yoga) and a little
# diary on the train home (journaling) as the canonical activities; natters with Auntie Yemi,
# staying over at my cousin Tadhg's and afternoons with a bare "Mamó" as the person (Yemi, Tadhg,
# and "Mamó" as written); a few days in Tobermory a place; orienteering ("since I took up"), making
# stained glass on Saturday mornings and lawn bowls weighed against the gym (the first named) not
# canonical, as written; syncing with Google Docs, magnesium for everyone and a tiny star on a few
# entries unknown; the last day without feeling blue (low_mood), the date of my most recent jog
# (exercise) and the last dinner out with Kenji as last time.
BLOCK_AK: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why do my hands go clammy before I even open my payslip", "anxiety", ""),
    ("stomach tied in knots before the Wednesday huddle, what helps", "anxiety", ""),
    (
        "when you keep going back to check the door's locked five times, what calms that",
        "anxiety",
        "",
    ),
    ("do my nerves get worse once I've had a few nights of barely any kip", "anxiety", ""),
    ("hands shakin n heart racin evry nite shift wat do i do", "anxiety", ""),
    ("fretting non-stop right through the school holidays, what eased it", "anxiety", ""),
    ("life's felt drained of colour ever since the redundancy", "low_mood", ""),
    ("proper down in the mouth today", "low_mood", ""),
    (
        "crying at adverts and not bothering to get dressed, what pulled me up before",
        "low_mood",
        "",
    ),
    ("do my sad patches hang about longer when I'm worn out", "low_mood", ""),
    ("what hasn't made a dent when I'm at rock bottom", "low_mood", ""),
    ("downcast most of November, anything that lifted it?", "low_mood", ""),
    ("battery at 2 % by lunchtime every single day", "energy", ""),
    ("why am I dragging myself about like a zombie", "energy", ""),
    ("so shatterd evry arvo for no reasn", "energy", ""),
    ("do I run out of steam more the day after I've been low", "energy", ""),
    ("awake at twenty past four with my brain going", "sleep", ""),
    ("what wrecks my nights in stressful weeks", "sleep", ""),
    ("nights all broken up since the puppy arrived", "sleep", ""),
    ("are my Fridays better for sleeping than weekdays", "sleep", ""),
    ("does fretting about the mortgage keep me up", "sleep", ""),
    ("juggling a house move and end-of-year reports at once", "stress", ""),
    ("when you've two presentations and a tax return due the same week", "stress", ""),
    ("stretched thin at work all autumn, what kept me going", "stress", ""),
    # activities with canonical names, in new words
    ("do kettlebell swings in the living room do anything for my mood", "activity", "exercise"),
    ("those hedgerows and fields out past the village", "activity", "nature"),
    ("is a lap round the block at lunch worth it", "activity", "walk"),
    ("a pint of Guinness most evenings", "activity", "alcohol"),
    ("doomscrolling in bed at one in the morning, how bad is it for me", "activity", "screen late"),
    ("chunky sci-fi paperbacks on the bus, do they help", "activity", "reading"),
    ("strumming my ukulele when I'm wound up", "activity", "music"),
    ("has seeing a counsellor since April made a difference", "activity", "therapy"),
    ("making curry from scratch on Sundays", "activity", "cooking"),
    ("do I perk up once I've had the girls round", "activity", "friends"),
    ("going home to see Mum and Dad for a roast every other week", "activity", "family"),
    ("a bit of hatha on the mat before I leave for work", "activity", "yoga"),
    ("keeping a little diary on the train home", "activity", "journaling"),
    # people and places
    ("do natters with Auntie Yemi perk me up", "activity", "Yemi"),
    ("what am I like after staying over at my cousin Tadhg's place", "activity", "Tadhg"),
    ("afternoons Mamó spends with us", "activity", "Mamó"),
    ("few days over in Tobermory, does that settle me", "activity", "Tobermory"),
    # things the journal may not hold
    ("anything different since I took up orienteering", "activity", "orienteering"),
    ("making stained glass on Saturday mornings", "activity", "stained glass"),
    ("does lawn bowls do more for me than the gym does", "activity", "lawn bowls"),
    # the app or the world
    ("could this sync with Google Docs", "unknown", ""),
    ("does magnesium help everyone sleep", "unknown", ""),
    ("why do a few entries have a tiny star on them", "unknown", ""),
    # when did I last …
    ("last day I wasn't feeling blue at all, when was that", "last_time", "low_mood"),
    ("what was the date of my most recent jog", "last_time", "exercise"),
    ("last time Kenji and I went out for dinner?", "last_time", "Kenji"),
)


# Written blind on 2026-12-05 by a new writer (thirty-fourth batch, kept out of this file then),
# measured twice untouched (82 % before and 84 % after the round with MiniLM and the learned topic
# classifier, 11 no-data questions per seed, 2 then 1 of them answered with items), studied in
# round 49 and tuned on like D-AK. Its writer's conventions are AK's; the new wordings it brought:
# a flutter in my chest before the dentist, jumpy as a cat on Sunday nights (a day), rehearsing a
# phone call in your head for an hour (second person), more wound up and twitchy after sleeping in
# fits and starts (the outcome asked after), "heart goin like the clappers evry time the fone
# rings" (typos) and dread over the last fortnight of term (a time window) as anxiety; the world
# grey and muffled since my dog died (the dog only background), "everything's a bit pants n teary
# today" (short, texting), leaving texts unanswered and the curtains shut, heavy days dragging on
# longer when running on empty (the outcome asked after), what doesn't shift the sadness at its
# worst (a negation) and down all through February (a time window) as low mood; a
# phone-on-1%-by-teatime feeling, sluggish and heavy-limbed all weekend, "so drainned evry evenin
# aftr wrk" (typos) and the day after a panicky one a write-off with no puff (the outcome asked
# after) as energy; wide awake at quarter to four, worrying about a son's exams cutting into my
# sleep (the object), choppy nights since the baby came (the baby only background), Saturdays
# against weekdays (a day, a comparison) and dread about the commute keeping me tossing and turning
# (the object of the effect verb) as sleep; an MOT, a kid's birthday party and a work audit on one
# Friday (second person), swamped at the office right through spring (a time window) and frazzled
# by the tax deadline as stress; press-ups and burpees on the landing (exercise), time among the
# bracken and gorse up on the fells (nature), a wee dander along the seafront after tea (walk), a
# couple of G&Ts on a Friday, with a negation (alcohol), bingeing box sets on a tablet under the
# covers till gone 1 (screen late), getting lost in a crime novel with a cuppa (reading), singing
# along to ABBA while hoovering (music), a psychotherapist every other week (therapy), a big pot of
# chilli to freeze for the week (cooking), Sunday brunch with the lads (friends), going home to see
# my parents every couple of months (family), a few sun salutations when I get up (yoga) and three
# lines in a gratitude log each night (journaling) as the canonical activities; Auntie Funmi
# popping round for a coffee, my cousin Eilidh staying over and afternoons with a bare "Babcia" as
# the person (Funmi, Eilidh, and "Babcia" as written); the Whitstable trip in May a place; Morris
# dancing ("since I took up"), metal detecting along the tideline and curling at the ice rink
# weighed against the gym (the first named) not canonical, as written; putting my entries on a
# Kindle, coffee after 2pm for everyone and a blue tick the app puts by some entries unknown; a
# whole day with no jitters (anxiety), my last long canal-side walk (walk) and the last proper
# catch-up with Tomasz as last time.
BLOCK_AL: tuple[tuple[str, str, str], ...] = (
    ("what settles the flutter in my chest before a dentist appointment?", "anxiety", ""),
    ("Sunday nights I'm jumpy as a cat, why's that", "anxiety", ""),
    (
        "when you keep rehearsing a phone call in your head for an hour, what eases that?",
        "anxiety",
        "",
    ),
    ("am I more wound up and twitchy after I've slept in fits and starts?", "anxiety", ""),
    ("heart goin like the clappers evry time the fone rings wat helps", "anxiety", ""),
    ("what eased the dread over the last fortnight of term?", "anxiety", ""),
    (
        "the world's felt grey and muffled since my dog died, what lifts it even a bit?",
        "low_mood",
        "",
    ),
    ("everything's a bit pants n teary today", "low_mood", ""),
    (
        "leaving texts unanswered and the curtains shut all day, what's that tied to?",
        "low_mood",
        "",
    ),
    ("do the heavy days drag on longer when I'm running on empty?", "low_mood", ""),
    ("what doesn't shift the sadness when it's at its very worst", "low_mood", ""),
    ("why was I so down all through February?", "low_mood", ""),
    ("that phone-on-1%-by-teatime feeling, what's behind it?", "energy", ""),
    ("sluggish and heavy-limbed the whole weekend, any pattern there?", "energy", ""),
    ("y am i so drainned evry evenin aftr wrk", "energy", ""),
    ("after a panicky day is the next one a write-off, no puff at all?", "energy", ""),
    ("wide awake at quarter to four again, what's behind that?", "sleep", ""),
    ("does worrying about my son's exams cut into my sleep?", "sleep", ""),
    ("nights have been choppy since the baby came, anything that helps?", "sleep", ""),
    ("Saturdays versus weekdays, which nights do I sleep better?", "sleep", ""),
    ("does dread about the commute keep me tossing and turning?", "sleep", ""),
    (
        "you've got an MOT, a kid's birthday party and a work audit all on the same Friday,"
        " what keeps you afloat?",
        "stress",
        "",
    ),
    ("swamped at the office right through spring, what got me through?", "stress", ""),
    ("frazzled by the tax deadline, what worked last time round?", "stress", ""),
    ("do press-ups and burpees on the landing before work do anything?", "activity", "exercise"),
    ("time out among the bracken and gorse up on the fells, good for me?", "activity", "nature"),
    ("a wee dander along the seafront after my tea, does it help?", "activity", "walk"),
    ("do a couple of G&Ts on a Friday not actually help?", "activity", "alcohol"),
    (
        "bingeing box sets on my tablet under the covers till gone 1, bad idea?",
        "activity",
        "screen late",
    ),
    ("getting lost in a crime novel with a cuppa, good for me?", "activity", "reading"),
    ("singing along to ABBA while hoovering, does it help my mood", "activity", "music"),
    (
        "has talking things through with a psychotherapist every other week helped?",
        "activity",
        "therapy",
    ),
    (
        "making a big pot of chilli to freeze for the week, does it settle me?",
        "activity",
        "cooking",
    ),
    ("what does Sunday brunch with the lads do for my head?", "activity", "friends"),
    (
        "going home to see my parents every couple of months, what does it do for me?",
        "activity",
        "family",
    ),
    ("a few sun salutations when I get up, worth keeping?", "activity", "yoga"),
    ("writing three lines in a gratitude log each night, any use?", "activity", "journaling"),
    ("what are my days like when Auntie Funmi pops round for a coffee?", "activity", "Funmi"),
    ("when my cousin Eilidh stays over am I calmer?", "activity", "Eilidh"),
    ("afternoons with Babcia, do they perk me up?", "activity", "Babcia"),
    ("was I any brighter after the Whitstable trip in May?", "activity", "Whitstable"),
    ("have I been happier since I took up Morris dancing?", "activity", "Morris dancing"),
    ("metal detecting along the tideline, is it good for my head?", "activity", "metal detecting"),
    (
        "does curling at the ice rink beat the gym for my mood?",
        "activity",
        "curling",
    ),
    ("can I put my journal entries on a Kindle?", "unknown", ""),
    ("is coffee after 2pm bad for everyone's sleep?", "unknown", ""),
    ("the app puts a blue tick by some entries, what's that for?", "unknown", ""),
    (
        "a whole day with no jitters, when did that last happen?",
        "last_time",
        "anxiety",
    ),
    ("my last long canal-side walk, which day was it?", "last_time", "walk"),
    ("Tomasz and I haven't had a proper catch-up in forever, when was it?", "last_time", "Tomasz"),
)
