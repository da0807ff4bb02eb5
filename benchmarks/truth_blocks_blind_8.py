"""Question blocks written blind by someone else from the thirtieth batch on (AH), for
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
