"""Held-out question block K for ``bench_truth``: written blind on 2026-12-01 (seventh batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F, G, H, I and J: a named
activity, person or place is the subject even next to a feeling word (the person when a person
and an activity are both named); with two feelings the one asked about wins (the object of
helps / affects / makes / drains, else the outcome asked after, so worse sleep from worry is
sleep); negations, comparisons, time windows and second person keep the topic, but "since I
started X" and "since I took up X" name X; "tired" / "drained" / "exhausted" / "worn out" /
"wiped out" / "no energy" is energy, waking and nights are sleep, workload, deadlines and
everything landing at once are stress, worry, nerves, panic, fretting and being keyed up are
anxiety, hopeless, flat, low, mopey and pointless are low mood; a thing the journal may not
hold is still the subject, written as the person wrote it; a question about the app or the
world is unknown, even when it names a feeling. Canonical activity names are only those blocks
D to J use (exercise for running, jogging and swimming lengths, nature for the woods and forest,
screen late for late phone use, music for playing an instrument, cooking for making a meal,
alcohol for wine, yoga). "When was the last time" and "how long since I last" are last_time;
with a feeling they take that feeling's topic as the subject, and with an activity its
canonical name.

New in this block: "running on fumes" / "running on empty" / sluggish are energy; jittery,
edgy, on edge and a held breath before the inbox are anxiety; grey, blue, "a low" and going
quiet on friends are low mood; a to-do list with its own to-do list, things piling up and "the
pressure" are stress; pints are alcohol, a jog and laps at the pool are exercise, strumming a
guitar is music, knocking up a stew is cooking, the trees in the park are nature, the phone
under the duvet past midnight is screen late, and sun salutations and the yoga mat are yoga. A
title stays as written ("Nana Rose", "Uncle Tevita", "Dr Okonjo"), and a named person beats a
feeling or an activity in the same question (fishing with Uncle Tevita, sessions with Dr
Okonjo and sleep). "My last catch-up with X, was that before Easter" is last_time / X.
"""

from __future__ import annotations

BLOCK_K: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "I catch myself holding my breath every time I open my inbox, has anything settled "
        "that before",
        "anxiety",
        "",
    ),
    (
        "everything's gone a bit grey, even the stuff I normally look forward to, what "
        "brought the colour back last winter",
        "low_mood",
        "",
    ),
    (
        "by Tuesday lunchtime I'm running on fumes, what's given me a bit of oomph in the past",
        "energy",
        "",
    ),
    (
        "the clock says 4:12 most nights when I look at it, what's kept me under till the "
        "alarm before",
        "sleep",
        "",
    ),
    (
        "my to-do list has its own to-do list, how have I coped when things piled up like this",
        "stress",
        "",
    ),
    (
        "I've stopped answering my friends and can't really say why, what pulled me out of "
        "that before",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat sorts me out wen im jittery the nite b4 smthn big", "anxiety", ""),
    ("cnt drop off agn 2nite, wat workd b4??", "sleep", ""),
    ("tbh is jogin even doin anythin 4 my head or nah", "activity", "exercise"),
    ("sooo knackered lol wat gives me get up n go", "energy", ""),
    # very short
    ("edgy.", "anxiety", ""),
    ("running on empty", "energy", ""),
    ("bit blue today", "low_mood", ""),
    # long and rambling
    (
        "the landlord's selling so we've got eight weeks to find somewhere, my manager's off "
        "so I'm doing her rota as well as mine, and the car failed its MOT on Saturday, how "
        "did I get through a month like this before",
        "stress",
        "",
    ),
    (
        "the hospital rang to say they want to repeat the scan and they wouldn't tell me why on "
        "the phone, it's not till the 19th and I keep googling things I shouldn't, what's "
        "calmed me down while waiting for results before",
        "anxiety",
        "",
    ),
    (
        "the new neighbours have a baby who screams from two till four and the walls are like "
        "paper, I've tried earplugs and the sofa in the front room, what's actually got me "
        "some proper nights in the past",
        "sleep",
        "",
    ),
    # two feelings
    ("when I'm worried about money do my nights get worse", "sleep", ""),
    ("does stress at work drain the life out of me by the evening", "energy", ""),
    (
        "what's helped with the low that hits me after a really stressful day",
        "low_mood",
        "",
    ),
    # second person
    ("you've seen my entries, what usually calms my nerves", "anxiety", ""),
    ("if you had to guess, what lifts me on the flat days", "low_mood", ""),
    # time windows, negations and comparisons
    ("over the last fortnight, what's made me feel less on edge", "anxiety", ""),
    ("this month, has anything helped me sleep through", "sleep", ""),
    ("weeks with no Saturday shift, is the pressure any lighter", "stress", ""),
    ("is my mood better or worse since I took up gardening", "activity", "gardening"),
    ("I wasn't sluggish at all in the spring, what was different then", "energy", ""),
    # people
    ("Sunday dinners at Nana Rose's, do they lift me or not really", "activity", "Nana Rose"),
    ("ringing Kwame on the way home, does it settle me", "activity", "Kwame"),
    ("the morning after a night out with Bronagh, better or worse", "activity", "Bronagh"),
    ("has going fishing with Uncle Tevita done me any good", "activity", "Uncle Tevita"),
    ("do my sessions with Dr Okonjo make a difference to my sleep", "activity", "Dr Okonjo"),
    # places
    ("does a weekend in Whitby lift me", "activity", "Whitby"),
    ("how am I after the trips to Galway", "activity", "Galway"),
    ("did Lisbon do me any good or was I just tired the whole time", "activity", "Lisbon"),
    # activities with canonical names
    ("does doing laps at the pool help my head", "activity", "exercise"),
    ("walking under the trees in the big park, does that help when I'm low", "activity", "nature"),
    ("phone under the duvet till gone 1, is that why I'm a wreck", "activity", "screen late"),
    ("does strumming the guitar after work settle me", "activity", "music"),
    ("when I knock up a stew on a Sunday am I happier after", "activity", "cooking"),
    ("are a few pints on a Friday doing me more harm than good", "activity", "alcohol"),
    ("sun salutations before breakfast, worth it or not", "activity", "yoga"),
    # things the journal may not hold
    ("has archery helped my concentration", "activity", "archery"),
    ("does bouldering take my mind off things", "activity", "bouldering"),
    ("is crochet good for me when I'm anxious", "activity", "crochet"),
    # the app or the world
    ("does this app keep my entries private", "unknown", ""),
    ("how many steps a day should a person my age be doing", "unknown", ""),
    ("is it normal for everyone to feel low in January", "unknown", ""),
    # when did I last …
    ("my last catch-up with Imogen, was that before or after Easter", "last_time", "Imogen"),
    ("not been this wiped out in ages, how far back was the last time", "last_time", "energy"),
    ("how many weeks since I rolled out the yoga mat", "last_time", "yoga"),
)
