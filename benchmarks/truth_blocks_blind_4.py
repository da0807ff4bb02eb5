"""Question blocks written blind by someone else in the eighteenth to twentieth batches
(V-X), for ``bench_truth``; ``truth_blocks`` re-exports them (kept apart from
``truth_blocks_blind_3``, which holds R-U, and ``truth_blocks_blind_5``, which holds Y-, only so
no module passes 600 lines). The conventions they were labelled by are in the comment above each
block.
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

# Written blind on 2026-12-03 by a new writer (nineteenth batch, kept out of this file then),
# measured twice untouched (68 % and 68 % with MiniLM and the learned topic classifier, 1 no-data
# case per seed answered with items both times), studied in round 34 and tuned on like D-V since.
# Its writer's conventions are V's, with a fizzy chest when the family group chat pings, jumpy,
# guts all churny, a heart thumping before a phone call, panicky spells and dread since a move as
# anxiety; everything a bit pointless, a bit down, moping about, miserable, flat after empty
# weekends and glum in the dark months as low mood; dead on my feet by eleven, zero pep, wiped out
# the day after a nervy day and hitting a wall every afternoon as energy; a brain whirring at 3,
# not dropping off before 1, no decent kip since half term and four hours a night as sleep; work
# grinding me down, up to my neck in invoices and permission slips and stretched to snapping point
# as stress. Hitting the squat rack exercise, tramping through a larch plantation nature, a wee
# dander round the houses walk, a whisky nightcap alcohol, Facebook on the laptop in bed after
# midnight screen late, a chunky historical novel reading, noodling on the bass music, video calls
# with the therapist therapy, a Sunday tray bake and a homemade loaf cooking, curry nights with the
# old rugby lot friends, Sunday roasts at my folks' family, cat-cow stretches yoga, a bullet
# journal journaling; line dancing and bowls not canonical, as written; Llandudno as a place;
# moving entries to a new phone, sunrise in Inverness and a Wrexham score unknown.
BLOCK_W: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why does my chest go fizzy every time the family group chat pings", "anxiety", ""),
    ("everything feels a bit pointless this week, is there a pattern to it?", "low_mood", ""),
    ("why am I dead on my feet by eleven in the morning", "energy", ""),
    ("keep waking at 3 with my brain whirring, whats going on", "sleep", ""),
    ("is work grinding me down more than it used to", "stress", ""),
    # typos and texting
    ("whats been makin me so jumpy lately??", "anxiety", ""),
    ("zero pep lately, whats up w me", "energy", ""),
    ("why cant i drop off b4 1 anymore", "sleep", ""),
    ("does noodlin on the bass help when im wound up", "activity", "music"),
    # very short moods
    ("Guts all churny today, how come?", "anxiety", ""),
    ("Bit down. Why", "low_mood", ""),
    # long stories ending in a question
    (
        (
            "My sister's just had her baby in Dundee and I couldn't get up there because work "
            "wouldn't let me swap, and I've been moping about the flat since Tuesday. Is that "
            "what's dragging me down or was I already low before?"
        ),
        "low_mood",
        "",
    ),
    (
        (
            "We had the roofers in all week, the dog's been barking at them from seven, my "
            "partner's away in Cork for a conference and I've been doing every school run. Up "
            "to my neck in invoices and permission slips on top. When does this ease off?"
        ),
        "stress",
        "",
    ),
    # two feelings
    ("on the days I'm running on fumes, am I also more miserable?", "low_mood", ""),
    ("Does a nervy day leave me wiped out the next?", "energy", ""),
    # second person
    (
        "what usually settles you down when your heart starts thumping before a phone call?",
        "anxiety",
        "",
    ),
    ("how do you stop hitting a wall every single afternoon", "energy", ""),
    # time windows
    ("over the past fortnight, when did the panicky spells hit hardest?", "anxiety", ""),
    ("how many nights this month did I sleep badly", "sleep", ""),
    ("which weeks since September had me stretched to snapping point", "stress", ""),
    # negations
    ("Why haven't I been able to shake this dread since the move?", "anxiety", ""),
    ("haven't had a decent night's kip since half term, why", "sleep", ""),
    (
        "I'm not getting more than four hours a night, since when has that been going on?",
        "sleep",
        "",
    ),
    ("why do I go so flat after weekends with nothing planned", "low_mood", ""),
    # comparisons
    ("am I more glum from November to February than in the long June evenings?", "low_mood", ""),
    (
        "am I in better form after a wee dander round the houses or after a pint?",
        "activity",
        "walk",
    ),
    # people by the app's convention
    ("Aunty Bisi's visits - do they perk me up or not", "activity", "Bisi"),
    ("how am I in the days after sessions with Coach Henderson", "activity", "Henderson"),
    ("is my brother-in-law Rafael the reason I'm so on edge", "activity", "Rafael"),
    ("Do I feel calmer after a phone call with Granny?", "activity", "Granny"),
    # places
    ("that caravan week in Llandudno, was I in better spirits there?", "activity", "Llandudno"),
    # canonical activities in new words
    ("does hitting the squat rack before work help my mood", "activity", "exercise"),
    ("am I calmer after tramping through the larch plantation", "activity", "nature"),
    ("does a nightcap of whisky mess with me the day after", "activity", "alcohol"),
    (
        "is Facebook on the laptop in bed after midnight why I'm so grumpy",
        "activity",
        "screen late",
    ),
    ("does curling up with a chunky historical novel help me unwind", "activity", "reading"),
    ("are my video calls with the therapist actually doing anything", "activity", "therapy"),
    ("does making a tray bake on a Sunday cheer me up", "activity", "cooking"),
    ("do curry nights with the old rugby lot help when I'm low", "activity", "friends"),
    (
        "cat-cow stretches first thing, are they worth it for my back and my head",
        "activity",
        "yoga",
    ),
    (
        "is filling in my bullet journal each night worth the bother for my head",
        "activity",
        "journaling",
    ),
    ("do Sunday roasts at my folks' leave me better or worse", "activity", "family"),
    # activities the journal may not hold
    ("does line dancing on a Wednesday help my nerves", "activity", "line dancing"),
    ("am I less wound up after a game of bowls", "activity", "bowls"),
    # questions about the app or the world
    ("can I move my entries over to a new phone", "unknown", ""),
    ("when's sunrise in Inverness around Christmas", "unknown", ""),
    ("what was the Wrexham score at the weekend", "unknown", ""),
    # when did I last / how long since
    ("how many weeks since I last had a catch-up with Cousin Ifeoma?", "last_time", "Ifeoma"),
    ("which was my most recent really bad low day?", "last_time", "low_mood"),
    ("my last go at a homemade loaf, which week was that", "last_time", "cooking"),
)

# Written blind on 2026-12-03 by a new writer (twentieth batch, kept out of this file then),
# measured twice untouched (76 % and 78 % with MiniLM and the learned topic classifier, 2 no-data
# cases per seed answered with items both times), studied in round 35 and tuned on like D-W since.
# Its writer's conventions are W's, with a chest tight and prickly when the landlord emails,
# jitters before the motorway, nervs before a driving test, on edge, jumpy and a stomach flipping
# before a hospital letter as anxiety; a wet weekend in Rhyl, meh n mopey, a sorrowful sort of day,
# blue patches, dishwater-coloured since the clocks went back and Sunday teatimes scooped out and
# teary as low mood; sapped of go by Thursdays, zero battery, washed out by teatime and never
# rested as energy; wide eyed at 2ish, jolting awake around five, kip wrecked by feeling low and
# flip-flopping under the duvet till the blackbirds start as sleep; invoices and school forms
# piling up like snowdrifts, covering for two people after a restructure and everyone wanting a bit
# of me at once as stress. Pedalling on the exercise bike exercise, rambling under oaks and hollies
# and a tramp along the cliff path nature, Friday pints with the neighbours and not drinking in the
# week alcohol, reels in bed till gone one screen late, a thick crime novel reading, old hymns on
# the keyboard music, chats with a clinical psychologist therapy, board-game night with the old
# choir gang friends, Sunday lunches at my mum and dad's family, three lines in a diary before
# lights out journaling; sketching, sea kayaking and a bouldering gym not canonical, as written;
# Tenby as a place; keeping a teenager out of the diary on the phone, hours of sleep for a
# fifty-year-old and an Ashes score unknown.
BLOCK_X: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "my chest goes all tight and prickly whenever the landlord emails, anything in "
        "here that settles that?",
        "anxiety",
        "",
    ),
    (
        "whats been going on the weeks I feel like a wet weekend in Rhyl",
        "low_mood",
        "",
    ),
    (
        "Why am I so sapped of go by Thursdays?",
        "energy",
        "",
    ),
    (
        "what eases the jitters before I have to drive on the motorway",
        "anxiety",
        "",
    ),
    (
        "the invoices and school forms are piling up like snowdrifts, what got me through"
        " it last time",
        "stress",
        "",
    ),
    # typos and texting
    (
        "wats gud 4 me when im still lyin there wide eyed at 2ish",
        "sleep",
        "",
    ),
    (
        "y do i feel so meh n mopey this month tbh",
        "low_mood",
        "",
    ),
    (
        "hw do i stop the nervs b4 my driving test",
        "anxiety",
        "",
    ),
    # very short moods
    (
        "sorrowful sort of day",
        "low_mood",
        "",
    ),
    (
        "zero battery",
        "energy",
        "",
    ),
    (
        "on edge.",
        "anxiety",
        "",
    ),
    # long stories ending in a question
    (
        "My son moved to Calgary in the spring and the house has been so quiet, I keep "
        "telling myself the family's fine and it's just the dark evenings, but I wake at "
        "half three most nights and can't get back off. What's helped me sleep through "
        "before?",
        "sleep",
        "",
    ),
    (
        "Since the restructure at work I've been covering for two people, the inbox never"
        " empties and my manager keeps adding 'quick jobs'. Last spring was similar. What"
        " did I do then that took the edge off the pressure?",
        "stress",
        "",
    ),
    (
        "Went to my old friend Hamid's barbecue on Saturday, first time I'd been out in "
        "weeks, and came home feeling lighter than I have all month. Is seeing Hamid one "
        "of the things that lifts me?",
        "activity",
        "Hamid",
    ),
    # two feelings
    (
        "on my fretful days do I end up more washed out by teatime?",
        "energy",
        "",
    ),
    (
        "when I'm feeling low does it wreck the way I kip?",
        "sleep",
        "",
    ),
    # second person
    (
        "what do you see in my entries about why I'm so jumpy",
        "anxiety",
        "",
    ),
    (
        "can you tell me if sketching at the kitchen table does anything for me",
        "activity",
        "sketching",
    ),
    # time windows
    (
        "over the past fortnight or so, what has been sitting behind my blue patches?",
        "low_mood",
        "",
    ),
    (
        "these last three weeks, why do I keep jolting awake around five?",
        "sleep",
        "",
    ),
    # negations
    (
        "why haven't I felt rested in weeks even when I get eight hours",
        "energy",
        "",
    ),
    (
        "is it true that not drinking in the week helps me feel less anxious?",
        "activity",
        "alcohol",
    ),
    # comparison
    (
        "which is better for my head, a tramp along the cliff path or a session on the "
        "rowing machine?",
        "activity",
        "nature",
    ),
    # people by the app's convention
    (
        "After a natter over tea with Auntie Precious am I brighter?",
        "activity",
        "Precious",
    ),
    (
        "Does Uncle Dariusz stress me out or is it just Christmas?",
        "activity",
        "Dariusz",
    ),
    (
        "what's my headspace like the day after I've been round at my stepdad Colm's",
        "activity",
        "Colm",
    ),
    (
        "do Sunday phone calls with Nanna perk me up or flatten me",
        "activity",
        "Nanna",
    ),
    # places
    (
        "does a day at Tenby beach pick me up",
        "activity",
        "Tenby",
    ),
    # canonical activities in new words
    (
        "does pedalling away on the exercise bike on Saturdays do me any good",
        "activity",
        "exercise",
    ),
    (
        "does rambling about under the old oaks and hollies help when I'm low",
        "activity",
        "nature",
    ),
    (
        "are the Friday pints with the neighbours bad for my sleep",
        "activity",
        "alcohol",
    ),
    (
        "does watching reels in bed till gone one wreck the next day",
        "activity",
        "screen late",
    ),
    (
        "does getting stuck into a thick crime novel calm me down",
        "activity",
        "reading",
    ),
    (
        "do I feel better after an hour on the keyboard playing old hymns",
        "activity",
        "music",
    ),
    (
        "are the fortnightly chats with my clinical psychologist shifting anything",
        "activity",
        "therapy",
    ),
    (
        "is board-game night with the old choir gang good for me",
        "activity",
        "friends",
    ),
    (
        "do the Sunday lunches at my mum and dad's help my mood",
        "activity",
        "family",
    ),
    (
        "does writing three lines in my diary before lights out help",
        "activity",
        "journaling",
    ),
    # activities the journal may not hold
    (
        "is paddling the sea kayak round the bay good for the worry",
        "activity",
        "sea kayaking",
    ),
    # questions about the app or the world
    (
        "is there a way to stop my teenager opening this diary thing on my phone",
        "unknown",
        "",
    ),
    (
        "how many hours of sleep should a fifty year old get",
        "unknown",
        "",
    ),
    (
        "what was the score in the Ashes test this morning",
        "unknown",
        "",
    ),
    # indirect and emotional, continued
    (
        "what steadies me when my stomach flips before a hospital letter",
        "anxiety",
        "",
    ),
    (
        "everyone wants a bit of me at once, at work and at home, what helps with that squeeze",
        "stress",
        "",
    ),
    (
        "since the clocks went back it's all dishwater-coloured and I can't be bothered "
        "with anything, what pulled me out last year",
        "low_mood",
        "",
    ),
    (
        "how come Sunday teatimes leave me feeling scooped out and teary",
        "low_mood",
        "",
    ),
    (
        "what do my notes say about the nights I'm flip-flopping under the duvet till the"
        " blackbirds start up",
        "sleep",
        "",
    ),
    # when did I last / how long since
    (
        "which was the last day I got from breakfast to bed with no jitters at all",
        "last_time",
        "anxiety",
    ),
    (
        "the bouldering gym by the station, when was I last in there",
        "last_time",
        "bouldering gym",
    ),
    (
        "which week did I last see Marguerite",
        "last_time",
        "Marguerite",
    ),
)
