"""Held-out question block I for ``bench_truth``: written blind on 2026-12-01 (fifth batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F, G and H: a named
activity, person or place is the subject even next to a feeling word (the person when a person
and an activity are both named); with two feelings the one asked about wins (the object of
helps / affects / makes, else the outcome asked after); negations, comparisons, time windows and
second person keep the topic, but "since I started X" names X; "tired" / "drained" /
"exhausted" / "worn out" is energy, waking and nights are sleep, workload and deadlines are
stress, worry, nerves and panic are anxiety, hopeless, flat and low are low mood; a thing the
journal may not hold is still the subject, written as the person wrote it; a question about the
app or the world is unknown, even when it names sleep. Canonical activity names are only those
blocks D, F, G and H use (exercise for running, jogging and swimming, nature for the woods and
forest, screen late for late phone use, music, cooking, alcohol).
"""

from __future__ import annotations

BLOCK_I: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("my stomach's in knots about the hospital results, what settled me last time", "anxiety", ""),
    (
        "it's like someone turned the colour down on everything since October, did anything "
        "lift it before",
        "low_mood",
        "",
    ),
    ("by 2pm I'm running on fumes and the whole afternoon just vanishes, why", "energy", ""),
    (
        "lying there till the birds start most nights, what got me back to proper nights before?",
        "sleep",
        "",
    ),
    (
        "three reports due, the audit and parents' evening all in one week, how did I cope "
        "the last time it piled up like this",
        "stress",
        "",
    ),
    ("nothing seems worth getting up for at the minute, what helped before", "low_mood", ""),
    # typos and texting
    ("cant get 2 sleep b4 3 evry nite wat helps", "sleep", ""),
    ("feelin so anxus lately wat do i do", "anxiety", ""),
    ("does runnin evn help my mood tbh", "activity", "exercise"),
    ("so knackerd all the tme", "energy", ""),
    # very short
    ("jittery", "anxiety", ""),
    ("swamped", "stress", ""),
    ("feeling blue", "low_mood", ""),
    # long and rambling
    (
        "right so the boiler went, then the car, then my manager dumped the whole quarterly "
        "review on me with a week to go and I've been at the laptop till midnight every night "
        "trying to keep up, what did I do last time it all got too much at work",
        "stress",
        "",
    ),
    (
        "my sister's wedding is on Saturday and I'm giving a speech in front of a hundred and "
        "fifty people, I've been rehearsing it to the cat all week and every time I picture "
        "standing up my hands go clammy and my heart pounds, what helped my nerves last time",
        "anxiety",
        "",
    ),
    (
        "since the clocks went back I leave work in the dark, have toast for tea and I'm too "
        "worn out to even ring my mum back, it's been like this for a month, is there "
        "anything in my entries about what perks me up",
        "energy",
        "",
    ),
    # two feelings
    ("when I'm stressed I can't sleep, what helps the sleep side of it", "sleep", ""),
    ("after a day of worrying, am I more tired the next morning?", "energy", ""),
    ("I'm low and worried both, but mainly what helps the worry", "anxiety", ""),
    # second person
    ("what do you reckon helps me when I'm panicking", "anxiety", ""),
    ("when you feel like nothing will ever get better, what helps", "low_mood", ""),
    # time windows, negations and comparisons
    ("was I less anxious in the summer than I am now?", "anxiety", ""),
    ("have I been sleeping any worse over the last fortnight", "sleep", ""),
    ("since I started pilates has my mood changed at all", "activity", "pilates"),
    ("why am I not as drained as I was back in spring", "energy", ""),
    ("is my workload heavier this month than last", "stress", ""),
    # people
    ("does seeing Mairead always lift me or does it just feel that way", "activity", "Mairead"),
    ("I always seem on edge after Brendan comes round, is that real", "activity", "Brendan"),
    ("am I calmer on the days I talk to Kemi and go swimming", "activity", "Kemi"),
    ("is Siobhan a good influence on my anxiety", "activity", "Siobhan"),
    ("what happens to my sleep when Jonas stays over", "activity", "Jonas"),
    # places
    ("do I feel better after weekends in Galway", "activity", "Galway"),
    ("was Lisbon where I was happiest this year", "activity", "Lisbon"),
    ("I always come back from Cornwall feeling flat, is that right?", "activity", "Cornwall"),
    # activities with canonical names
    ("does a swim before work take the edge off my stress", "activity", "exercise"),
    ("are the walks in the forest doing me any good", "activity", "nature"),
    ("scrolling in bed till 1am, is that why I'm shattered", "activity", "screen late"),
    ("is it the Friday pints that leave me so low by Saturday afternoon", "activity", "alcohol"),
    ("is music in the evenings helping me wind down", "activity", "music"),
    ("does making a proper dinner from scratch help my mood", "activity", "cooking"),
    ("is my morning jog helping my sleep", "activity", "exercise"),
    # things the journal may not hold
    ("I've taken up crochet, any sign it settles me?", "activity", "crochet"),
    ("has tai chi done anything for my nerves", "activity", "tai chi"),
    ("how is my mood on bouldering nights", "activity", "bouldering"),
    # the app or the world
    ("how many entries have I written this year", "unknown", ""),
    ("how much sleep is an adult supposed to get", "unknown", ""),
    ("can I export my journal as a PDF", "unknown", ""),
    # when did I last …
    ("when did Ngozi and I last meet up", "last_time", "Ngozi"),
    ("when was I last under this much pressure", "last_time", "stress"),
    ("when was the last time I went running", "last_time", "exercise"),
)
