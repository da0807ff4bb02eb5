"""Held-out question block H for ``bench_truth``: written blind on 2026-12-01 (fourth batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F and G: a named activity,
person or place is the subject even next to a feeling word (the person when a person and an
activity are both named); with two feelings the one asked about wins (the object of helps /
affects / makes, else the outcome asked after); negations, comparisons, time windows and second
person keep the topic, but "since I started X" names X; "tired" / "drained" / "exhausted" is
energy, waking and nights are sleep, workload and deadlines are stress, worry and panic are
anxiety, hopeless and flat are low mood; a thing the journal may not hold is still the subject,
written as the person wrote it; a question about the app or the world is unknown, even when it
names sleep. Canonical activity names are only those blocks D, F and G use (exercise for
running, jogging and swimming, nature for the woods, screen late for late phone use, music,
cooking, alcohol).
"""

from __future__ import annotations

BLOCK_H: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "everything's gone grey and flat lately, what pulled me out of it last winter?",
        "low_mood",
        "",
    ),
    (
        "my heart's racing before every shift and I can't settle it, what worked before",
        "anxiety",
        "",
    ),
    ("I can barely drag myself off the sofa after work these days, what's going on", "energy", ""),
    (
        "3 nights now replaying every stupid conversation at 4am, anything in here that got me "
        "sleeping again?",
        "sleep",
        "",
    ),
    (
        "work deadlines, the house move and dad's operation all in the same month, what got me "
        "through last time everything stacked up",
        "stress",
        "",
    ),
    ("why am I so jumpy and on guard around people at the moment", "anxiety", ""),
    # typos and texting
    ("y do i feel so drainned evry afternoon", "energy", ""),
    ("im so strssed w wrk rn wat helpd b4", "stress", ""),
    ("is swiming actualy doing anything for my mood", "activity", "exercise"),
    ("cnt stop worryin bout evrything", "anxiety", ""),
    # very short
    ("panicky", "anxiety", ""),
    ("overloaded", "stress", ""),
    ("down in the dumps", "low_mood", ""),
    # long and rambling
    (
        "ok so I've been doing twelve hour days on the ward, then coming home to do tea and bath "
        "and bedtime for the kids, and by Thursday I'm a zombie and can barely keep my eyes open "
        "at the wheel, what helped last time I was this exhausted",
        "energy",
        "",
    ),
    (
        "not sure how to say this but since the breakup I've stopped answering messages, I don't "
        "go out, I just sit in my room and nothing seems to matter, have I been like this before "
        "and what got me out of it",
        "low_mood",
        "",
    ),
    (
        "my boss moved our one-to-one to Friday and ever since I've had this fluttery sick "
        "feeling in my stomach and I keep imagining what she's going to say, is this a pattern "
        "for me and what calmed me down before",
        "anxiety",
        "",
    ),
    # two feelings
    ("does worrying keep me awake", "sleep", ""),
    ("am I more on edge after a bad night", "anxiety", ""),
    ("what helps me get off to sleep when I'm stressed out", "sleep", ""),
    ("does being exhausted make me feel low", "low_mood", ""),
    ("when I'm anxious, what gives me a bit of energy back?", "energy", ""),
    # second person
    ("how do you stop feeling so hopeless", "low_mood", ""),
    ("what do you do when you keep waking at 4am", "sleep", ""),
    # time windows, negations and comparisons
    ("have I been more anxious since Christmas", "anxiety", ""),
    ("what didn't work for my low moods", "low_mood", ""),
    ("is my energy worse on Mondays than on Fridays", "energy", ""),
    ("have I slept better since I started yoga", "activity", "yoga"),
    ("was work less stressful over the summer", "stress", ""),
    # people
    (
        "Oluwaseun rang last night and I felt loads lighter after, is that a thing for me?",
        "activity",
        "Oluwaseun",
    ),
    ("am I more stressed on the weeks I see Marcus", "activity", "Marcus"),
    ("does playing tennis with Priyanka cheer me up", "activity", "Priyanka"),
    ("is Dervla the reason I'm so wound up", "activity", "Dervla"),
    # places
    ("am I calmer when I'm up in Edinburgh", "activity", "Edinburgh"),
    ("was my mood better the fortnight we were in Crete", "activity", "Crete"),
    ("do I get anxious every time I'm in London", "activity", "London"),
    # activities with canonical names
    ("do long walks in the woods settle me", "activity", "nature"),
    ("does a jog in the evening help me sleep", "activity", "exercise"),
    ("is being on my phone till midnight wrecking my sleep", "activity", "screen late"),
    ("do I sleep worse after a few glasses of wine", "activity", "alcohol"),
    ("does listening to music help when I'm anxious", "activity", "music"),
    ("on nights I cook a proper meal from scratch, am I more relaxed?", "activity", "cooking"),
    # things the journal may not hold
    ("has pottery made any difference to how stressed I've been", "activity", "pottery"),
    ("is birdwatching good for my head", "activity", "birdwatching"),
    ("does knitting calm me down", "activity", "knitting"),
    # the app or the world
    ("how do I export my entries to a PDF", "unknown", ""),
    ("what time should a teenager go to bed", "unknown", ""),
    ("who won the match last night", "unknown", ""),
    # when did I last …
    ("when did I last get out to the woods", "last_time", "nature"),
    ("how long's it been since I saw Tendai", "last_time", "Tendai"),
    ("last time I felt this anxious?", "last_time", "anxiety"),
)
