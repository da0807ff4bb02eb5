"""Question blocks written blind by someone else from the twenty-fourth batch on (AB-), for
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
