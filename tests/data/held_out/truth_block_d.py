"""Held-out question block D for ``bench_truth``: written blind on 2026-12-01, before the
round-13 changes, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) by the rules in ``truth_blocks``' docstring and ``bench_truth``'s "voices" comment
before anything was run: a named activity, person or place is the subject even next to a
feeling word (the first one named when there are two); with two feelings the one asked about
wins; negations, comparisons, time windows and second person keep the topic; a thing the
journal may not hold is still the subject, written as the person wrote it; a question about
the app or the world is unknown. Canonical activity names are only those the earlier blocks
use (exercise for running and swimming, nature for the woods, screen late for late phone use).
"""

from __future__ import annotations

BLOCK_D: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("why does everything feel so heavy lately", "low_mood", ""),
    ("I feel like I'm sinking again, what pulled me up last time?", "low_mood", ""),
    ("what helps with the dread I get on sunday nights", "anxiety", ""),
    ("lying awake at 2am with my brain buzzing, what's helped before?", "sleep", ""),
    (
        "everything's on top of me at work and at home, what helped last time it got like this",
        "stress",
        "",
    ),
    ("I've been snapping at everyone this week, what's going on with me?", "low_mood", ""),
    # typos
    ("wat halps wen im overwelmed", "stress", ""),
    ("why am i so exaustd after wrk", "energy", ""),
    ("is swimming any gud for my anxeity", "activity", "exercise"),
    # very short
    ("lonely", "low_mood", ""),
    ("insomnia?", "sleep", ""),
    ("panic", "anxiety", ""),
    ("burnout", "stress", ""),
    # long and rambling
    (
        "ok this is going to sound silly but ever since the clocks went back I've felt like I'm "
        "wading through treacle, I drag myself through the day, I'm useless by three in the "
        "afternoon and I can't face anything in the evenings, has this happened before and "
        "what did I do about it",
        "energy",
        "",
    ),
    (
        "my partner's been in hospital for two weeks and I'm holding everything together for "
        "the kids, I'm not sleeping much but honestly the worst bit is the knot in my chest "
        "every time the phone rings, what has helped me calm that down before",
        "anxiety",
        "",
    ),
    (
        "so I started a new job in september and I thought it'd settle down but I'm still "
        "working till nine most nights and answering emails at the weekend and my head feels "
        "fried, I'm wondering what's actually helped me when work got like this before",
        "stress",
        "",
    ),
    # two feelings
    ("does being lonely make my sleep worse?", "sleep", ""),
    ("am I more down on days after a bad night?", "low_mood", ""),
    ("does worrying wear me out?", "energy", ""),
    ("I'm tired and low, what's helped my mood before?", "low_mood", ""),
    ("when I'm stressed do I end up drinking more?", "activity", "alcohol"),
    # second person
    ("what do you do when the panic hits out of nowhere", "anxiety", ""),
    ("when you're running on empty, what gets you going again?", "energy", ""),
    # time windows
    ("how have my nights been since the baby arrived?", "sleep", ""),
    ("was I more anxious in the run-up to the wedding?", "anxiety", ""),
    ("how's my mood been since I started running?", "activity", "exercise"),
    # people
    ("does seeing Bea help when I'm low?", "activity", "Bea"),
    ("am I calmer after staying with Nana?", "activity", "Nana"),
    ("how am i after talking to oisín", "activity", "Oisín"),
    ("do Kwame and Lily stress me out?", "activity", "Kwame"),
    # places
    ("did Cornwall do me good?", "activity", "Cornwall"),
    ("was I less anxious when I lived in Glasgow?", "activity", "Glasgow"),
    # activities with canonical names
    ("does listening to music before bed help me drop off?", "activity", "music"),
    ("do I feel better on days I cook from scratch?", "activity", "cooking"),
    ("is my late-night phone scrolling wrecking my sleep", "activity", "screen late"),
    ("does a pint after work help me unwind or make it worse?", "activity", "alcohol"),
    ("are the woods good for me", "activity", "nature"),
    # things the journal may not hold
    ("does pilates help my mood", "activity", "pilates"),
    ("does open water swimming calm me down?", "activity", "open water swimming"),
    ("is birdwatching doing anything for me", "activity", "birdwatching"),
    # the app or the world
    ("can I lock the journal with a PIN?", "unknown", ""),
    ("what's a normal resting heart rate", "unknown", ""),
    ("is there a full moon tonight", "unknown", ""),
    # when did I last …
    ("when did I last go for a run", "last_time", "exercise"),
    ("when did I last catch up with Femi", "last_time", "Femi"),
    ("when did i last feel like myself", "last_time", "low_mood"),
    ("when did I last sleep more than seven hours", "last_time", "sleep"),
    ("when was I last this swamped at work", "last_time", "stress"),
    ("when did I last go a whole week without wine", "last_time", "alcohol"),
    ("when did I last go to the sauna", "last_time", "sauna"),
)
