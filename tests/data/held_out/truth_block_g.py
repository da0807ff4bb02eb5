"""Held-out question block G for ``bench_truth``: written blind on 2026-12-01 (third batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) by the rules in ``truth_blocks``' docstring and ``bench_truth``'s "voices" comment
before anything was run, with the conventions of blocks D and F: a named activity, person or
place is the subject even next to a feeling word (the first one named when there are two, the
person when a person and an activity are both named); with two feelings the one asked about
wins (the object of helps / affects, else the outcome asked after); negations, comparisons,
time windows and second person keep the topic, but "since I started X" names X; a thing the
journal may not hold is still the subject, written as the person wrote it; a question about
the app or the world is unknown, even when it names sleep. Canonical activity names are only
those blocks D and F use (exercise for running and swimming, nature for the woods, screen late
for late phone use, music, cooking, alcohol).
"""

from __future__ import annotations

BLOCK_G: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("I can't see the point in anything this week, what got me out of it before?", "low_mood", ""),
    (
        "my chest goes tight every time I think about Monday, what's eased that before",
        "anxiety",
        "",
    ),
    ("I'm running on fumes by mid-afternoon every day, what's going on?", "energy", ""),
    ("I keep lying there till the birds start, what's helped me drop off before", "sleep", ""),
    (
        "juggling the kids, mum's care and a new job, what helped last time it all piled up",
        "stress",
        "",
    ),
    ("I feel like something bad is about to happen all the time, why", "anxiety", ""),
    # typos
    ("wy am i so knackerd all teh time", "energy", ""),
    ("cant get 2 sleep agen, wat wrked b4", "sleep", ""),
    ("dose walkin in the forrest help me", "activity", "nature"),
    ("feelin rly stresd wit all my exams", "stress", ""),
    # very short
    ("shattered", "energy", ""),
    ("on edge", "anxiety", ""),
    ("swamped", "stress", ""),
    ("gloomy", "low_mood", ""),
    # long and rambling
    (
        "so basically since the new manager started I've been bringing work home every night, "
        "answering emails in bed, short with the kids, and I don't even enjoy weekends anymore, "
        "is there anything in here about what helped when work got like this before",
        "stress",
        "",
    ),
    (
        "I don't really know how to put this but for a few weeks now I've been waking up with a "
        "knot of dread in my stomach before anything has even happened and it takes till lunch "
        "to shift, has that happened before and what did I do about it",
        "anxiety",
        "",
    ),
    (
        "long story but I used to look forward to things and now I just sit in with the curtains "
        "shut and can't be bothered with anything or anyone, when did this start and what "
        "helped last time",
        "low_mood",
        "",
    ),
    # two feelings
    ("does being anxious wreck my sleep", "sleep", ""),
    ("am I more tired on the days I'm stressed", "energy", ""),
    ("what helps my mood when I'm worn out", "low_mood", ""),
    ("does stress at work make me sleep worse", "sleep", ""),
    ("I'm wiped out and low, what helped the low bit before?", "low_mood", ""),
    # second person
    ("what should you do when you can't stop worrying", "anxiety", ""),
    ("how do you get your energy back after a rough week", "energy", ""),
    # time windows, negations and comparisons
    ("has my sleep got worse since October", "sleep", ""),
    ("what hasn't helped my stress", "stress", ""),
    ("am I more down in the dark months than in summer", "low_mood", ""),
    ("has my energy been better since I started swimming", "activity", "exercise"),
    ("was I less anxious last month than this month", "anxiety", ""),
    # people
    ("do I feel better after seeing Aisling", "activity", "Aisling"),
    ("am I calmer on days I talk to Ruth", "activity", "Ruth"),
    ("does going climbing with Mateusz lift my mood", "activity", "Mateusz"),
    ("is Joel part of why I've been so stressed", "activity", "Joel"),
    # places
    ("do I sleep better when I'm in Galway", "activity", "Galway"),
    ("was I happier the week we spent in Porto", "activity", "Porto"),
    ("am I more anxious when I'm back in Birmingham", "activity", "Birmingham"),
    # activities with canonical names
    ("does a run before work help my head", "activity", "exercise"),
    ("is scrolling my phone in bed keeping me up", "activity", "screen late"),
    ("do I feel worse after a night on the beers", "activity", "alcohol"),
    ("does putting a record on help when I'm wound up", "activity", "music"),
    # things the journal may not hold
    ("does crochet help me unwind", "activity", "crochet"),
    ("is tai chi doing me any good", "activity", "tai chi"),
    ("does volunteering help my mood", "activity", "volunteering"),
    # the app or the world
    ("can I switch the app to dark mode", "unknown", ""),
    ("what's the weather doing tomorrow", "unknown", ""),
    ("how many hours of sleep does an adult need", "unknown", ""),
    # when did I last …
    ("when did I last go for a swim", "last_time", "exercise"),
    ("when was the last time I rang Kofi", "last_time", "Kofi"),
    ("when was I last this stressed", "last_time", "stress"),
    ("last time I slept right through the night?", "last_time", "sleep"),
)
