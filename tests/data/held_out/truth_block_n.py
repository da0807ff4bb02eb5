"""Held-out question block N for ``bench_truth``: written blind on 2026-12-02 (tenth batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F, G, H, I, J, K, L and M: a
named activity, person or place is the subject even next to a feeling word (the person when a
person and an activity are both named); with two feelings the one asked about wins (the object
of helps / affects / makes / drains / wears out, else the outcome asked after, so lying awake
from being snowed under is sleep); negations, comparisons, time windows and second person keep
the topic, but "since I started X" and "since I took up X" name X; tired, drained, exhausted,
worn out, wiped out, no energy, running on fumes, sluggish, knackered, shattered, done in,
zonked, flagging, dead on my feet and totally spent are energy, waking, nights and tossing and
turning are sleep, workload, deadlines, things piling up, the pressure and stretched thin are
stress, worry, nerves, panic, jittery, on edge, twitchy, the what-ifs, antsy and keyed up are
anxiety, hopeless, flat, low, grey, blue, glum, heavy, meh and a funk are low mood; a thing the
journal may not hold is still the subject, written as the person wrote it; a question about the
app or the world is unknown, even when it names a feeling. Canonical activity names are only
those blocks D to M use (exercise for running, jogging and swimming, nature for the woods,
forest and trees, screen late for late phone use, music for playing an instrument, cooking for
making a meal, alcohol for wine, red and pints, yoga). "When was the last time" and "how long
since I last" are last_time; with a feeling they take that feeling's topic as the subject, with
an activity its canonical name, and with a person the person.

People (the lead's convention, which is the app's, as in blocks L and M): a family word or title
before a name gives the NAME alone as the subject ("Uncle Dev" is Dev, "Dr Okafor" is Okafor,
"Granny Maeve" is Maeve, "Auntie Ros" is Ros); a family word alone is the person as written
("Nanna" is Nanna). A named person still beats a feeling or an activity in the same question.
No question says "my nan" or "my uncle", whose subject would be unclear.

New in this block: dragging myself till five, lethargic, running on empty, wrung out and
bone-tired are energy; my mind running through every worst case, my chest going tight, my
stomach churning, uneasy, edgy, fretful, dread and my heart racing are anxiety; nothing seeming
worth doing, bleak, deflated, miserable and in a rut are low mood; up to my eyeballs, overloaded
and snowed under are stress; staring at the ceiling at two, buzzing at 3am, lying awake and
dropping off again are sleep; swimming, lengths in the pool and lengths at the leisure centre
pool are exercise, an amble through the pine woods is nature, Netflix on my phone in bed till
1am is screen late, sitting down at the piano is music, a big pot of stew is cooking, a few
pints at the local is alcohol, and a yin yoga class is yoga. Crochet, fencing, pottery and kite
flying are not canonical and stay as written; printing off my entries for a counsellor is a
question about the app.
"""

from __future__ import annotations

BLOCK_N: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what settles me when my mind starts running through every worst case", "anxiety", ""),
    ("what lifts me on the days when nothing seems worth doing", "low_mood", ""),
    (
        "after lunch I'm basically dragging myself till five, has anything perked me up before",
        "energy",
        "",
    ),
    ("what gets me off when I'm still staring at the ceiling at two", "sleep", ""),
    (
        "with the office and the family all pulling at me and me up to my eyeballs, "
        "what has eased it",
        "stress",
        "",
    ),
    ("what has helped before when I felt bleak for days on end", "low_mood", ""),
    # typos and texting
    ("chest gone all tight agen n breathin funny, wot helpd wiv that", "anxiety", ""),
    ("3am n still buzzin, wot got me back 2 kip b4", "sleep", ""),
    ("dose swimmin actualy make me feel beter", "activity", "exercise"),
    ("y am i so lethargic lately wat helps", "energy", ""),
    # very short
    ("weirdly uneasy tonight", "anxiety", ""),
    ("bone-tired", "energy", ""),
    ("deflated today", "low_mood", ""),
    # long and rambling
    (
        "work has been non-stop since the merger, my inbox is a disaster, I'm covering for two "
        "people and the kids need lifts everywhere, honestly I'm overloaded, so what's actually "
        "helped me before when it's all this much",
        "stress",
        "",
    ),
    (
        "had the appraisal on Friday and it went fine really, but ever since I keep replaying "
        "it and my stomach is churning and I check my emails every ten minutes in case, what's "
        "calmed that down before",
        "anxiety",
        "",
    ),
    (
        "the baby next door cries most nights and then I'm wide awake, and even when it stops "
        "I just lie there listening to the boiler and the traffic until it gets light, has "
        "anything helped me drop off again",
        "sleep",
        "",
    ),
    # two feelings
    ("when I'm snowed under at work, do I lie awake more", "sleep", ""),
    ("does feeling edgy all day leave me wrung out by the evening", "energy", ""),
    ("after a bad night, am I more miserable the next day", "low_mood", ""),
    # second person
    (
        "from what you've read of me, what settles my heart racing before a big meeting",
        "anxiety",
        "",
    ),
    ("you've seen my entries, what gets me out of a rut", "low_mood", ""),
    # time windows, negations and comparisons
    ("compared with last month, have I been more fretful lately", "anxiety", ""),
    ("what didn't help on the nights I was lying awake", "sleep", ""),
    (
        "over this past fortnight of being snowed under with invoices, "
        "did anything take the edge off",
        "stress",
        "",
    ),
    ("since I took up crochet, am I any less on edge", "activity", "crochet"),
    ("did anything help back in January when I was running on empty", "energy", ""),
    # people
    ("do I feel more settled after a visit from Uncle Dev", "activity", "Dev"),
    ("does talking things over with Dr Okafor help when the dread builds", "activity", "Okafor"),
    ("do Sunday dinners at Granny Maeve's lift me at all", "activity", "Maeve"),
    ("am I in a better mood on the days I see Ines", "activity", "Ines"),
    ("do the afternoons round at Nanna's cheer me up", "activity", "Nanna"),
    # places
    ("did I come back from the long weekend in Tenby any brighter", "activity", "Tenby"),
    ("was I calmer in Kraków than I usually am at home", "activity", "Kraków"),
    ("was I in better spirits in the days after the Snowdonia trip", "activity", "Snowdonia"),
    # activities with canonical names
    ("do lengths at the leisure centre pool clear my head", "activity", "exercise"),
    (
        "do I come home lighter from an amble through the pine woods behind the estate",
        "activity",
        "nature",
    ),
    ("does watching Netflix on my phone in bed till 1am mess me up", "activity", "screen late"),
    ("am I less wound up on evenings I sit down at the piano", "activity", "music"),
    ("does making a big pot of stew on a Sunday lift me", "activity", "cooking"),
    ("do a few pints at the local make the rest of my week worse", "activity", "alcohol"),
    ("is the Wednesday yin yoga class worth keeping up for my head", "activity", "yoga"),
    # things the journal may not hold
    ("does going to fencing club help when I'm all tense", "activity", "fencing"),
    ("is my mood any different on the weeks I make it to pottery", "activity", "pottery"),
    ("does kite flying on the beach with the kids perk me up", "activity", "kite flying"),
    # the app or the world
    ("can this app diagnose whether I've got depression", "unknown", ""),
    ("my neighbour says magnesium tablets cure anxiety, is that true or just hype", "unknown", ""),
    ("is there a way to print off everything I wrote last spring for my counsellor", "unknown", ""),
    # when did I last …
    ("when did I last spend a proper afternoon with Auntie Ros", "last_time", "Ros"),
    ("when was the last stretch where I felt as bone-tired as this week", "last_time", "energy"),
    (
        "how many weeks has it been since I was last in the pool doing lengths",
        "last_time",
        "exercise",
    ),
)
