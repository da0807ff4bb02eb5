"""Question blocks written blind by someone else from the eighteenth batch on (V-), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_3``,
which holds R-U, only so no module passes 700 lines). The conventions they were labelled by are
in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-03 by a new writer (eighteenth batch, kept out of this file then),
# measured twice untouched (82 % and 84 % with MiniLM and the learned topic classifier, 1 no-data
# case per seed answered with items both times), studied in round 33 and tuned on like D-U since.
# Its writer's conventions are U's, with a fluttery sick feeling before clinic days, jittery before
# a shift, wired and restless, the stomach flipping when the phone rings and the dread creeping in
# on a Sunday night as anxiety; everything tasting of cardboard, blue again, in the dumps, flat and
# tearful and nothing feeling worth doing as low mood; running on empty, too wrung out to lift the
# remote, sluggish at 3pm and drained the day after feeling anxious as energy; broken nights, wide
# awake at 4 and nodding off as sleep; swamped, the pressure of deadlines and everything too much
# at once at work as stress. A spin class and a swim exercise, mooching about under the pines
# nature, evening ambles round the estate walk, gin and tonics alcohol, scrolling Reddit in bed
# past midnight screen late, fortnightly sessions with a counsellor therapy, a fantasy trilogy
# reading, strumming the ukulele music, batch-cooking soups cooking, nights out with the
# five-a-side lads friends, downward dog yoga, scribbling in a notebook before bed journaling;
# pilates, pottery and birdwatching not canonical, as written; Whitby as a place; a backup to a USB
# stick, magnesium for sleep in general and the Eurostar timetable unknown.
BLOCK_V: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "Is there anything I do that takes the edge off this fluttery sick feeling before "
        "clinic days?",
        "anxiety",
        "",
    ),
    (
        "Food's tasted like cardboard for a fortnight and I can't be bothered with anyone, "
        "which of my habits dragged me up out of that last winter?",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat helps wen im jittery af b4 a shift", "anxiety", ""),
    ("eyes wide open at 2 AGAIN smh, wot got me kippin properly b4", "sleep", ""),
    ("batterys flat by elevenses evry day lol any fix in my data", "energy", ""),
    # very short moods
    ("Glum, glum, glum. Ideas?", "low_mood", ""),
    ("Wired and restless.", "anxiety", ""),
    ("Up to my eyeballs in it.", "stress", ""),
    # long stories ending in a question
    (
        "My sister moved to Dundee in the summer and the flat's been very quiet, the job's "
        "fine, the cat's fine, but I've been feeling low most evenings since the clocks went "
        "back. What's lifted me on evenings like that before?",
        "low_mood",
        "",
    ),
    (
        "Had the boiler man round, then my manager rang about the audit, then the school "
        "called about Ollie's shoes, and by nine I was so wrung out I couldn't lift the "
        "remote. What gives me my oomph back?",
        "energy",
        "",
    ),
    # two feelings
    ("When I'm stressed out about the mortgage, does my sleep suffer?", "sleep", ""),
    ("If I've had a nervy evening, do I wake up with nothing in the tank?", "energy", ""),
    # second person
    (
        "You've read every entry I've made, so what actually steadies me the week before I "
        "have to fly?",
        "anxiety",
        "",
    ),
    ("Tell me what you reckon perks me up when I'm in the dumps.", "low_mood", ""),
    # time windows
    ("Looking only at October, which evenings ended with me drifting off easily?", "sleep", ""),
    ("Since half-term, what's eased the pressure of deadlines?", "stress", ""),
    # negations
    (
        "Which of my habits make no difference to that mid-afternoon heaviness when my eyelids "
        "droop and my legs won't go?",
        "energy",
        "",
    ),
    ("Isn't there anything that stops the dread creeping in on a Sunday night?", "anxiety", ""),
    # comparisons
    ("Is pilates better than a run for my mood?", "activity", "pilates"),
    # people by the app's convention
    ("Do visits to Auntie Folake cheer me up?", "activity", "Folake"),
    (
        "After appointments with Dr Adeyemi, am I steadier for the rest of the day?",
        "activity",
        "Adeyemi",
    ),
    ("How do I tend to feel after time with my stepdad Marek?", "activity", "Marek"),
    ("Do Sunday roasts round at Gran's put me in better spirits?", "activity", "Gran"),
    # places
    (
        "Whenever I've had a blowy afternoon in Whitby, was I less down afterwards?",
        "activity",
        "Whitby",
    ),
    # canonical activities in new words
    ("Does a spin class do anything for my anxiety?", "activity", "exercise"),
    ("Is pottering beneath tall Scots pines doing my head any good?", "activity", "nature"),
    ("Do evening ambles round the estate do me good?", "activity", "walk"),
    ("Is the G&T habit on weeknights making my mornings grim?", "activity", "alcohol"),
    (
        "Am I worse off for doomscrolling Reddit under the duvet till gone one?",
        "activity",
        "screen late",
    ),
    (
        "Two months of seeing the counsellor every other Tuesday, has it shifted anything?",
        "activity",
        "therapy",
    ),
    (
        "Does disappearing into a thick dragon-and-wizard saga help me wind down?",
        "activity",
        "reading",
    ),
    ("Does strumming the ukulele calm me down?", "activity", "music"),
    ("Does making a vat of leek soup to freeze for the week lift me?", "activity", "cooking"),
    ("Are nights out with the five-a-side lads good for me?", "activity", "friends"),
    ("Does downward dog first thing help?", "activity", "yoga"),
    (
        "Does jotting a page of scrawl into a spiral notebook at lights-out clear my mind?",
        "activity",
        "journaling",
    ),
    # activities the journal may not hold
    (
        "Has throwing pots at the evening pottery class made me less wound up?",
        "activity",
        "pottery",
    ),
    (
        "Might a bit of birdwatching from the kitchen window brighten my days, judging by my data?",
        "activity",
        "birdwatching",
    ),
    # questions about the app or the world
    ("Is there a way to copy everything in NeuroLeaf onto a memory stick?", "unknown", ""),
    ("Do magnesium tablets generally help adults sleep, medically speaking?", "unknown", ""),
    ("Which platform does the Sunday Eurostar go from at St Pancras?", "unknown", ""),
    # indirect and emotional, continued
    (
        "Everything at the office landed on me at once and work's a pressure cooker, what's "
        "got me through weeks like this?",
        "stress",
        "",
    ),
    (
        "My stomach lurches whenever an unknown number rings, what has calmed that fear in the "
        "past?",
        "anxiety",
        "",
    ),
    ("Feeling a bit flat and tearful this week, what brought me round?", "low_mood", ""),
    ("Nothing feels worth doing lately, what's got me out of a rut?", "low_mood", ""),
    ("My nights are all broken up, what helps me stay asleep?", "sleep", ""),
    (
        "Why do I keep surfacing at four on the dot and lying there till the alarm, and what's "
        "fixed that before?",
        "sleep",
        "",
    ),
    # when did I last / how long since
    ("When was the last time I got in the water for a proper swim?", "last_time", "exercise"),
    ("How many weeks has it been since Uncle Dayo and I last caught up?", "last_time", "Dayo"),
    ("What date was my last properly jittery, heart-racing day?", "last_time", "anxiety"),
)
