"""Held-out question block F for ``bench_truth``: written blind on 2026-12-01 (second batch),
by someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) by the rules in ``truth_blocks``' docstring and ``bench_truth``'s "voices" comment
before anything was run, with the same conventions as block D: a named activity, person or
place is the subject even next to a feeling word (the first one named when there are two, the
person when a person and an activity are both named); with two feelings the one asked about
wins; negations, comparisons, time windows and second person keep the topic, but "since I
started X" names X; a thing the journal may not hold is still the subject, written as the
person wrote it; a question about the app or the world is unknown. Canonical activity names
are only those block D uses (exercise for running and swimming, nature for the woods, screen
late for late phone use, music, cooking, alcohol).
"""

from __future__ import annotations

BLOCK_F: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("everything I used to enjoy feels pointless, has it been like this before?", "low_mood", ""),
    ("my heart keeps racing for no reason, what settles it?", "anxiety", ""),
    ("I keep waking at 4 and can't get back off, what's worked before", "sleep", ""),
    ("I've got nothing left in the tank by lunchtime, why?", "energy", ""),
    (
        "too many plates spinning at once, what helped last time I felt this stretched",
        "stress",
        "",
    ),
    ("why do I feel on edge every time my phone buzzes", "anxiety", ""),
    # typos
    ("y do i feel so flat all the tym", "low_mood", ""),
    ("cant stop worying about evrything, wat helps", "anxiety", ""),
    ("does cookin help me relax", "activity", "cooking"),
    ("hw many deadlins have i had this month, feel swamped", "stress", ""),
    # very short
    ("drained", "energy", ""),
    ("worried", "anxiety", ""),
    ("nightmares?", "sleep", ""),
    ("overloaded", "stress", ""),
    # long and rambling
    (
        "so my dad's moving into a home next month and I'm the one sorting the house, the "
        "forms, the money, and I'm also trying to keep on top of a new team at work, and every "
        "evening I sit down and my mind just keeps listing jobs, what has actually helped me "
        "cope when I've been this stretched",
        "stress",
        "",
    ),
    (
        "I don't really know how to put this but since the winter I've stopped texting people "
        "back, I've stopped going out, I just come home and sit, and the days blur together, is "
        "this a pattern for me and what's got me out of it before",
        "low_mood",
        "",
    ),
    (
        "I've been lying in bed scrolling till gone 1 most nights because it's the only time "
        "the house is quiet, and then I'm wrecked at work and snapping at the kids, is that "
        "phone habit actually what's messing up my sleep",
        "activity",
        "screen late",
    ),
    (
        "ever since I had covid in the spring I get to about 3 in the afternoon and it's like "
        "someone's pulled the plug, I can't concentrate, I can barely get up the stairs, and "
        "I'm wondering whether anything I've tried has made a difference to how wiped out I feel",
        "energy",
        "",
    ),
    # two feelings
    ("does being stressed at work wreck my sleep?", "sleep", ""),
    ("am I more anxious after a rough night?", "anxiety", ""),
    ("does feeling low drain my energy", "energy", ""),
    ("what helps my nerves when I'm worn out", "anxiety", ""),
    # second person
    ("how do you get back to sleep when you wake at 3", "sleep", ""),
    ("when you're totally overwhelmed by work what actually helps", "stress", ""),
    # time windows, negations and comparisons
    ("how's my energy been since the clocks changed?", "energy", ""),
    ("was I more stressed during the house move?", "stress", ""),
    ("how's my sleep been since I started swimming", "activity", "exercise"),
    ("what doesn't help when I'm feeling down", "low_mood", ""),
    ("do I sleep worse in summer than in winter?", "sleep", ""),
    # people
    ("does time with Priya lift me up?", "activity", "Priya"),
    ("am I more on edge after calls with Declan?", "activity", "Declan"),
    ("do walks with Tomasz help my mood", "activity", "Tomasz"),
    ("do Rhiannon and Sol wind me up", "activity", "Rhiannon"),
    # places
    ("was I happier in Lisbon?", "activity", "Lisbon"),
    ("does going up to the Lake District reset me", "activity", "Lake District"),
    # activities with canonical names
    ("is music any good for my mood when I'm low", "activity", "music"),
    ("am I happier on evenings I cook a proper meal", "activity", "cooking"),
    ("does a couple of hours in the woods sort my head out", "activity", "nature"),
    ("am I worse the day after a few glasses of wine", "activity", "alcohol"),
    # things the journal may not hold
    ("does knitting help my anxiety", "activity", "knitting"),
    ("is bouldering good for me", "activity", "bouldering"),
    ("does gardening help when I'm low", "activity", "gardening"),
    # the app or the world
    ("how do I export my entries to PDF", "unknown", ""),
    ("what time does the sun set today", "unknown", ""),
    ("how much caffeine is in a flat white", "unknown", ""),
    # when did I last …
    ("when was the last time I cooked for friends", "last_time", "cooking"),
    ("when did I last see Priya", "last_time", "Priya"),
    ("when did I last have a good night's sleep", "last_time", "sleep"),
    ("last time I felt this low?", "last_time", "low_mood"),
    ("when was I last out in the woods", "last_time", "nature"),
)
