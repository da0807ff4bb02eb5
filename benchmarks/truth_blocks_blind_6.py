"""Question blocks written blind by someone else from the twenty-fourth batch on (AB-AC), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_5``,
which holds Y-AA, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-04 by a new writer (twenty-fourth batch, kept out of this file then),
# measured twice untouched (82 % and 82 % with MiniLM and the learned topic classifier, 10 no-data
# questions per seed and one answered with items both times), studied in round 39 and tuned on
# like D-AA. Its writer's conventions are AA's; the new wordings it brought: a heart going like
# the clappers, the shakes before an interview, nerves jangling, catastrophising and uneasiness
# after a rubbish night's kip as anxiety; a deflated balloon, a heaviness that won't shift,
# moping about, the doldrums and November against June as low mood; wading through treacle, no
# puff left by teatime and worn out after a day on edge as energy; jolting awake round three,
# waking at five and not getting back under and counting the cracks in the ceiling as sleep;
# three deadlines landing at once and drowning in admin before the tax deadline as stress;
# banjo practice against the gym, kettlebells in the shed, the larch plantation, a loop round
# the park before work, prosecco on a Tuesday, Facebook Marketplace in bed at midnight, chunky
# crime paperbacks, a psychologist on Thursdays, layering up a lasagne, nights in with old
# school pals, weekends at my folks' place, vinyasa on a Saturday and a few lines in the diary
# by the bed as the canonical activities; a pint with Uncle Baz and Grandma's phone calls as the
# person; roller skating and lino printing not canonical, as written; Tynemouth a place;
# separate logins on one laptop, hours in bed in one's fifties and rain on the Hull ferry
# unknown.
BLOCK_AB: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what settles me when my heart's going like the clappers for no reason", "anxiety", ""),
    ("feel like a deflated balloon lately, has anything ever lifted me", "low_mood", ""),
    ("it's like wading through treacle every afternoon, what gets me going", "energy", ""),
    # typos and texting
    ("hw do i calm the shakes b4 a job interview", "anxiety", ""),
    ("cant shift this heaviness, wat helps", "low_mood", ""),
    ("y am i so wrecked after work lately", "energy", ""),
    ("keep jolting awake round 3 any pattern??", "sleep", ""),
    # very short moods
    ("Nerves jangling.", "anxiety", ""),
    ("Downhearted, all of it", "low_mood", ""),
    ("Sleep shocking again", "sleep", ""),
    ("no puff left by teatime", "energy", ""),
    # long stories ending in a question
    (
        "My best friend moved to Perth last year and my nephew has just gone off to uni, so the "
        "house is dead quiet and I've been moping about most evenings feeling sorry for myself. "
        "What's pulled me out of that before?",
        "low_mood",
        "",
    ),
    (
        "The landlord's selling, my manager wants the audit by the 14th and the car failed its "
        "MOT, all three deadlines landing at once. What got me through a stretch like this "
        "before?",
        "stress",
        "",
    ),
    # two feelings
    ("does a day spent on edge leave me more worn out the next morning", "energy", ""),
    ("after a rubbish night's kip, is the uneasiness worse next day", "anxiety", ""),
    # second person
    ("when your mind won't stop catastrophising, what's helped in the past", "anxiety", ""),
    ("what helps when you wake at five and can't get back under", "sleep", ""),
    # time windows
    ("the last fourteen days, have the nerves eased off or not", "anxiety", ""),
    ("how was my sleep in the run-up to Christmas", "sleep", ""),
    # negations
    ("in the doldrums, which things do nothing for me", "low_mood", ""),
    ("what's NOT helped when work piles on", "stress", ""),
    # comparison
    ("November versus June, which finds me gloomier", "low_mood", ""),
    ("banjo practice vs the gym, which leaves me happier", "activity", "music"),
    # people by the app's convention
    ("whenever Aunty Folake pops round, am I brighter for it", "activity", "Folake"),
    ("my stepdad Gareth, are my days better after I've seen him", "activity", "Gareth"),
    ("is my mood any different after a pint with Uncle Baz", "activity", "Baz"),
    ("Grandma's Thursday phone calls, do they lift me", "activity", "Grandma"),
    # places
    ("do trips to Tynemouth help my head", "activity", "Tynemouth"),
    # canonical activities in new words
    ("do my kettlebell sessions in the shed help with the stress", "activity", "exercise"),
    ("does mooching about the larch plantation do me any good", "activity", "nature"),
    ("is a loop round the park before work worth getting up for", "activity", "walk"),
    ("a bottle of prosecco between two on a Tuesday, is that hurting me", "activity", "alcohol"),
    (
        "scrolling Facebook Marketplace in bed at midnight, does it wreck me",
        "activity",
        "screen late",
    ),
    ("do those chunky crime paperbacks actually help me unwind", "activity", "reading"),
    ("are the Thursday sessions with my psychologist making a difference", "activity", "therapy"),
    ("layering up a lasagne for the week ahead, does that settle me", "activity", "cooking"),
    ("nights in with my old school pals, do they do me good", "activity", "friends"),
    ("weekends at my folks' place, better or worse for me", "activity", "family"),
    ("is vinyasa on a Saturday morning helping at all", "activity", "yoga"),
    ("scribbling a few lines in the diary by the bed, any use", "activity", "journaling"),
    # activities the journal may not hold
    (
        "Sunday roller skating down the promenade, making any difference",
        "activity",
        "roller skating",
    ),
    ("lino printing at the community hall, worth keeping up?", "activity", "lino printing"),
    # questions about the app or the world
    ("can me and my partner have separate logins on the one laptop", "unknown", ""),
    ("is there a rule of thumb for how long folk in their fifties need in bed", "unknown", ""),
    ("will it chuck it down on the Hull ferry crossing Friday", "unknown", ""),
    # when did I last / how long since
    ("that last full-blown panic attack, roughly what month did it hit", "last_time", "anxiety"),
    ("how long ago was my last session with the psychologist", "last_time", "therapy"),
    (
        "the last time I went to Tynemouth, was that before or after the clocks changed",
        "last_time",
        "Tynemouth",
    ),
    # indirect and emotional, continued
    ("drowning in admin before the tax deadline, what's helped me cope", "stress", ""),
    ("what helps on nights I just lie there counting the cracks in the ceiling", "sleep", ""),
)


# Written blind on 2026-12-04 by a new writer (twenty-fifth batch, kept out of this file then),
# measured twice untouched (86 % and 88 % with MiniLM and the learned topic classifier, 10 no-data
# questions per seed and none answered with items either time), studied in round 40 and tuned on
# like D-AB. Its writer's conventions are AB's; the new wordings it brought: a chest tight and
# buzzy before a meeting, grinding teeth and jumping at notifications, twitchy and wired, a heart
# fluttering all morning, butterflies for days before the dentist and waking in a panic as anxiety;
# the colour draining out of things, a gloomy Sunday, hollow and teary evenings and sadness sitting
# on you as low mood; running on empty by eleven, zero juice left by lunch and the most
# get-up-and-go as energy; a mind that won't switch off at night, sleep going to pot over bills and
# wide awake again by half two as sleep; work eating me alive and deadlines stacked three deep as
# stress; a punchbag in the garage and an early swim at the baths, a bluebell wood, mooching round
# the block, a gin and tonic on a school night, Reddit rabbit holes in bed past one, cosy
# mysteries, cello practice weighed against the gym, a CBT lady on Mondays, pierogi from scratch,
# brunch with the girls from uni, Sundays round at my parents', a yin class at the leisure centre
# and three things I'm grateful for before lights out as the canonical activities; crochet and
# ringing the church bells with the tower team (bell ringing) not canonical, as written; trips down
# to Whitstable a place; a partner reading the entries on a shared tablet, a teenager's sleep and
# the tide at Whitstable unknown; "how many weeks since", "what Friday was it that ... last" and
# "which date did I last" as last time.
BLOCK_AC: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what used to settle me when my chest went tight and buzzy before a meeting", "anxiety", ""),
    (
        "the days where the colour drains out of everything and I can't be bothered to answer "
        "texts, what pulled me out of those",
        "low_mood",
        "",
    ),
    (
        "I keep grinding my teeth and jumping at every notification, has anything helped with that",
        "anxiety",
        "",
    ),
    (
        "running on empty by eleven every morning lately, what's made a difference before",
        "energy",
        "",
    ),
    # typos and texting
    ("mind wont switch off at nite n i just lie there, wat do i do", "sleep", ""),
    ("y am i so twitchy n wired abt evrything lately", "anxiety", ""),
    ("got zero juice left by lunch every day, wat fixed it b4", "energy", ""),
    # very short moods
    ("gloomy sunday again, what works", "low_mood", ""),
    ("heart fluttering all morning. help?", "anxiety", ""),
    ("work's eating me alive", "stress", ""),
    # long stories ending in a question
    (
        "My flatmate moved to Dundee in the summer and my brother's been in and out of hospital "
        "in Cardiff, and since then I've been waking at four every night with my mind racing. "
        "Has anything I've logged helped me sleep through?",
        "sleep",
        "",
    ),
    (
        "Work's been fine and the kids are fine, my mum's over from Lagos for a month, but I've "
        "felt hollow and teary most evenings. What's lifted that before?",
        "low_mood",
        "",
    ),
    # two feelings
    ("when the bills are piling up, does my sleep go to pot", "sleep", ""),
    ("on days my nerves are bad, am I more sluggish after", "energy", ""),
    ("after a broken night, what lifts my spirits", "low_mood", ""),
    # second person
    ("when you're lying there wide awake at 2 what actually helps", "sleep", ""),
    ("what do you do when the sadness just sits on you all day", "low_mood", ""),
    # time windows
    ("how's my anxiety been over the last three weeks and what eased it", "anxiety", ""),
    (
        "over the past four weeks, which days did I have the most get-up-and-go and why",
        "energy",
        "",
    ),
    # negations
    ("which of my habits did nothing for me when the job was piling up", "stress", ""),
    ("which things made no difference to my low days", "low_mood", ""),
    # comparison
    ("does cello practice or the gym do more for my nerves", "activity", "music"),
    # people by the app's convention
    ("phone calls with Auntie Mariam, am I brighter afterwards", "activity", "Mariam"),
    ("are my weeks calmer when my cousin Tomasz stays over", "activity", "Tomasz"),
    ("visits to Grandad, do they lift me or drag me down", "activity", "Grandad"),
    # places
    ("those trips down to Whitstable, do my nights improve after", "activity", "Whitstable"),
    # canonical activities in new words
    ("does a session on the punchbag in the garage help my stress", "activity", "exercise"),
    ("is an afternoon in the bluebell wood good for me", "activity", "nature"),
    (
        "mooching round the block after dinner, does that do anything for my mood",
        "activity",
        "walk",
    ),
    (
        "a gin and tonic or two on a school night, is it costing me the next morning",
        "activity",
        "alcohol",
    ),
    (
        "Reddit rabbit holes in bed past one, are they wrecking my mornings",
        "activity",
        "screen late",
    ),
    ("do my cosy mystery novels help me wind down", "activity", "reading"),
    ("my Monday sessions with the CBT lady, are they helping", "activity", "therapy"),
    ("making pierogi from scratch on a Sunday, good for me or not", "activity", "cooking"),
    ("brunch with the girls from uni, does it lift my week", "activity", "friends"),
    ("Sundays round at my parents', do they help or not", "activity", "family"),
    ("the yin class at the leisure centre, worth keeping up for my anxiety?", "activity", "yoga"),
    (
        "writing down three things I'm grateful for before lights out, has it changed anything",
        "activity",
        "journaling",
    ),
    ("does my early swim at the baths help when I'm anxious", "activity", "exercise"),
    # activities the journal may not hold
    ("has picking up crochet calmed me down at all", "activity", "crochet"),
    (
        "ringing the church bells with the tower team, does it do my head any good",
        "activity",
        "bell ringing",
    ),
    # questions about the app or the world
    ("can my partner read my entries if she opens the app on our tablet", "unknown", ""),
    ("how much sleep does a teenager need", "unknown", ""),
    ("is the tide high at Whitstable tomorrow", "unknown", ""),
    # when did I last / how long since
    ("how many weeks since I woke up in a panic", "last_time", "anxiety"),
    ("what Friday was it that Tomasz last came round", "last_time", "Tomasz"),
    ("the yin class, which date did I last make it to one", "last_time", "yoga"),
    # indirect and emotional, continued
    (
        "butterflies in my stomach for days before the dentist, what calmed that down last time",
        "anxiety",
        "",
    ),
    (
        "I drop off easily enough but I'm wide awake again by half two, any pattern there",
        "sleep",
        "",
    ),
    (
        "deadlines stacked three deep and the boiler's gone, what got me through a week like that",
        "stress",
        "",
    ),
)
