"""Held-out question block J for ``bench_truth``: written blind on 2026-12-01 (sixth batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F, G, H and I: a named
activity, person or place is the subject even next to a feeling word (the person when a person
and an activity are both named); with two feelings the one asked about wins (the object of
helps / affects / makes, else the outcome asked after, so bad nights from stress are sleep);
negations, comparisons, time windows and second person keep the topic, but "since I started X"
and "since I took up X" name X; "tired" / "drained" / "exhausted" / "worn out" / "wiped out" /
"no energy" / eyelids going at the desk is energy, waking and nights are sleep, workload,
deadlines and everything landing at once are stress, worry, nerves, panic, fretting and being
keyed up are anxiety, hopeless, flat, low, mopey and pointless are low mood; a thing the journal
may not hold is still the subject, written as the person wrote it; a question about the app or
the world is unknown, even when it names sleep. Canonical activity names are only those blocks
D, F, G, H and I use (exercise for running, jogging and swimming lengths, nature for the woods
and forest, screen late for late phone use such as an app at 1am, music for playing an
instrument, cooking for making a meal, alcohol for wine). "When was the last time" and "how long
since I last" are last_time; with a feeling they take that feeling's topic as the subject, as
block I's "when was I last under this much pressure" took stress.
"""

from __future__ import annotations

BLOCK_J: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    (
        "the second my phone buzzes with a work message my chest seizes up, what got me through "
        "that before",
        "anxiety",
        "",
    ),
    (
        "nothing seems to matter to me since the move, was there anything that brought me "
        "round before",
        "low_mood",
        "",
    ),
    ("by eleven my eyelids are going at my desk, why", "energy", ""),
    (
        "keep coming round at 4 and that's me done for the night, what got me sleeping through "
        "before",
        "sleep",
        "",
    ),
    (
        "the rota, the inspection and my dissertation all land in the same fortnight, what did I "
        "do when it was like this before",
        "stress",
        "",
    ),
    (
        "can't be bothered with anyone or anything lately, what helped me last winter",
        "low_mood",
        "",
    ),
    # typos and texting
    ("wat helpd wen i was panickin b4 my exams", "anxiety", ""),
    ("no kip agen, wot sorted it last time", "sleep", ""),
    ("cookn tea evry nite any gud 4 my head or nah", "activity", "cooking"),
    ("ive got zero enrgy this wk", "energy", ""),
    # very short
    ("keyed up and twitchy", "anxiety", ""),
    ("wiped out", "energy", ""),
    ("mopey and glum", "low_mood", ""),
    # long and rambling
    (
        "so the landlord's selling up and I've got two months to find somewhere, the car needs a "
        "new clutch and we're a person down at work so I'm covering all the lates, what did I do "
        "last time everything landed at once",
        "stress",
        "",
    ),
    (
        "my driving test is Thursday and I've failed the last two, I keep picturing the roundabout "
        "by the station and my palms go clammy just thinking about it, what helped with the "
        "nerves before",
        "anxiety",
        "",
    ),
    (
        "twelve-hour days at the farm shop then the kids' tea and baths and by nine I'm flat out "
        "on the sofa and can't move, has anything given me more get-up-and-go before",
        "energy",
        "",
    ),
    # two feelings
    ("do my frazzled weeks show up as bad nights", "sleep", ""),
    ("does feeling anxious leave me more tired the next day", "energy", ""),
    ("never mind the insomnia for now, what helps when I'm this flat", "low_mood", ""),
    # second person
    ("in your view, what's my best fix when work's burying me", "stress", ""),
    ("tell me straight, what picks me up when I'm flat", "low_mood", ""),
    # time windows, negations and comparisons
    ("what eased my anxiety back in the spring", "anxiety", ""),
    ("what made no difference at all to my sleep", "sleep", ""),
    ("is my tiredness worse Monday to Friday or the same on Saturdays and Sundays", "energy", ""),
    ("have things been any calmer since I took up yoga at the community hall", "activity", "yoga"),
    ("over the past month what got me through the low days", "low_mood", ""),
    # people
    ("Tomasz came round twice this month, was I brighter afterwards", "activity", "Tomasz"),
    ("Auntie Grace on the phone, does that cheer me up", "activity", "Auntie Grace"),
    ("when I'm fretting, is an afternoon with Farida any use", "activity", "Farida"),
    ("Oksana rings every Sunday, am I steadier afterwards", "activity", "Oksana"),
    (
        "I've been doing the canal loop with Declan on Tuesdays, has it taken the edge off "
        "work pressure",
        "activity",
        "Declan",
    ),
    # places
    ("nights at the caravan in Tenby, do I actually get any rest there", "activity", "Tenby"),
    ("that weekend in Edinburgh, what was I like after it", "activity", "Edinburgh"),
    ("does a trip to Bruges lift me", "activity", "Bruges"),
    # activities with canonical names
    ("the mornings I swim lengths before my shift, am I in better spirits", "activity", "exercise"),
    ("do forest walks do anything for my worrying", "activity", "nature"),
    ("is it TikTok at 1am that's messing my nights up", "activity", "screen late"),
    ("the morning after a couple of glasses of wine, am I worse", "activity", "alcohol"),
    ("when I sit at the piano of an evening, am I better for it", "activity", "music"),
    ("evenings I make a curry from scratch, am I less wound up", "activity", "cooking"),
    ("jogging round the park of an evening, worth it mood-wise?", "activity", "exercise"),
    # things the journal may not hold
    ("any sign that the knitting settles me when I'm worked up", "activity", "knitting"),
    ("has the pottery course on Wednesdays done me any good", "activity", "pottery"),
    ("what about kayaking, does it do me any good", "activity", "kayaking"),
    # the app or the world
    ("can this thing print my journal out for my therapist", "unknown", ""),
    ("is it going to chuck it down in Cardiff on Saturday", "unknown", ""),
    ("is seven hours enough kip for someone my age, generally speaking", "unknown", ""),
    # when did I last …
    ("how long's it been since Rhiannon and I had a proper catch-up", "last_time", "Rhiannon"),
    ("last time my nerves were this shot, when was that", "last_time", "anxiety"),
    (
        "my last swim at the leisure centre, how many weeks back was that",
        "last_time",
        "exercise",
    ),
)
