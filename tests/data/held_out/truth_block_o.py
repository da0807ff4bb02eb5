"""Held-out question block O for ``bench_truth``: written blind on 2026-12-02 (eleventh batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F, G, H, I, J, K, L, M and N:
a named activity, person or place is the subject even next to a feeling word (the person when a
person and an activity are both named); with two feelings the one asked about wins (the object
of helps / affects / makes / drains / wears out, else the outcome asked after, so lying awake
from being snowed under is sleep); negations, comparisons, time windows and second person keep
the topic, but "since I started X" and "since I took up X" name X; tired, drained, exhausted,
worn out, wiped out, no energy, running on fumes, sluggish, knackered, shattered, done in,
zonked, flagging, dead on my feet, totally spent, dragging myself, lethargic, running on empty,
wrung out and bone-tired are energy, waking, nights, tossing and turning, lying awake and
dropping off are sleep, workload, deadlines, things piling up, the pressure, stretched thin, up
to my eyeballs, overloaded and snowed under are stress, worry, nerves, panic, jittery, on edge,
twitchy, the what-ifs, antsy, keyed up, a churning stomach, a racing heart, uneasy, edgy,
fretful and dread are anxiety, hopeless, flat, low, grey, blue, glum, heavy, meh, a funk, bleak,
deflated, miserable and in a rut are low mood; a thing the journal may not hold is still the
subject, written as the person wrote it; a question about the app or the world is unknown, even
when it names a feeling. Canonical activity names are only those blocks D to N use (exercise for
running, jogging and swimming, nature for the woods, forest and trees, screen late for late
phone use, music for playing an instrument, cooking for making a meal, alcohol for wine, red and
pints, yoga). "When was the last time" and "how long since I last" are last_time; with a feeling
they take that feeling's topic as the subject, with an activity its canonical name, and with a
person the person. People and places are topic ``activity`` with the name as the subject.

People (the lead's convention, which is the app's, as in blocks L, M and N): a family word or
title before a name gives the NAME alone as the subject ("Cousin Farid" is Farid, "Professor
Lindqvist" is Lindqvist, "Aunty Bisi" is Bisi, "Uncle Tomasz" is Tomasz); a family word alone is
the person as written ("Grandad" is Grandad). A named person still beats a feeling or an
activity in the same question. No question says "my nan" or "my uncle", whose subject would be
unclear.

New in this block: no oomph, nodding off at my desk, no spark and sapped are energy; wired at
bedtime, thoughts that won't switch off at night and restless nights are sleep; a fluttery feeling,
a knot in my stomach, jumpy and the Sunday-night dread are anxiety; nothing tasting of anything,
down in the dumps, a fog of sadness and gloomy are low mood; swamped and an inbox at 400 with the
quarter closing are stress; a jog along the seafront and lengths at the pool before work are
exercise, strumming my guitar is music, whipping up a curry from scratch is cooking, a couple of
glasses of rosé is alcohol, scrolling TikTok in bed past midnight is screen late, a wander under
the oaks is nature, and hatha yoga is yoga. Bouldering, birdwatching, volunteering and calligraphy
are not canonical and stay as written; a nudge at 8pm for tablets and copying the journal onto a
USB stick are questions about the app, and whether anxiety when the clocks go back is normal is a
question about the world. "When was I last", "when did we last actually meet up" and "how long
has it actually been" since something are last_time too; the bouldering wall at the old chapel
is bouldering.
"""

from __future__ import annotations

BLOCK_O: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what calms the fluttery feeling before I ring the letting agent", "anxiety", ""),
    ("what got me through the weeks when nothing tasted of anything", "low_mood", ""),
    ("how do I get my spark back in the afternoons", "energy", ""),
    ("what helped when my thoughts wouldn't switch off at bedtime", "sleep", ""),
    ("what cleared the fog of sadness back in October", "low_mood", ""),
    ("before the panel interview my stomach was one big knot, what eased that", "anxiety", ""),
    # typos and texting
    ("wat helps wen im sooo wired at bedtime n cant sleep", "sleep", ""),
    ("anxius agian wat did i do last tme", "anxiety", ""),
    ("ugh knackerd again by 3pm, wat gave me a boost last time??", "energy", ""),
    # very short moods
    ("bit down in the dumps since the weekend tbh", "low_mood", ""),
    ("jumpy", "anxiety", ""),
    ("sapped again by lunch", "energy", ""),
    ("totally swamped this week", "stress", ""),
    # long stories ending in a question
    (
        "Hospital visits every evening, the school runs and my own job on top, and I'm nodding"
        " off at my desk by two every day. What got me going again last time?",
        "energy",
        "",
    ),
    (
        "I've been snapping at everyone, my inbox is at 400 and the quarter closes on Friday."
        " What actually took the pressure off before?",
        "stress",
        "",
    ),
    (
        "Had a lovely weekend but on Sunday night the dread about Monday crept in like it"
        " always does. What took the edge off before?",
        "anxiety",
        "",
    ),
    # two feelings
    ("when I'm on edge and it stops me dropping off, what helps me drop off", "sleep", ""),
    ("I'm worn out and gloomy, what lifts the gloom", "low_mood", ""),
    # second person
    ("what would you say perks me up when I've got no oomph", "energy", ""),
    ("can you tell me what worked for my nerves last spring", "anxiety", ""),
    # time windows
    ("over the last fortnight what helped on my glum days", "low_mood", ""),
    ("back in March I was finally sleeping through, what was I doing differently", "sleep", ""),
    # negations
    ("which things made zero difference when I felt hopeless about everything", "low_mood", ""),
    ("nothing fixes my restless nights, what have I tried", "sleep", ""),
    # comparisons
    ("am I less swamped than before Christmas, and what made the difference", "stress", ""),
    ("am I more tired on office days than home days, and what helps", "energy", ""),
    # people by the app's convention
    ("am I in better spirits after Cousin Farid pops round", "activity", "Farid"),
    ("how's my mood after lunch with Aunty Bisi", "activity", "Bisi"),
    ("those Sunday phone calls with Grandad, do they lift me when I'm low", "activity", "Grandad"),
    ("do I feel worse after meetings with Professor Lindqvist", "activity", "Lindqvist"),
    ("do calls with Priyanka calm me down", "activity", "Priyanka"),
    # places
    ("every time we drive over to Whitby for chips, am I happier after", "activity", "Whitby"),
    ("does a weekend in the Lake District help my sleep", "activity", "Lake District"),
    # canonical activities in new words
    ("does going for a jog along the seafront help my head", "activity", "exercise"),
    ("did strumming my guitar help when I felt low", "activity", "music"),
    ("does whipping up a curry from scratch help my stress", "activity", "cooking"),
    ("do a couple of glasses of rosé make my sleep worse", "activity", "alcohol"),
    ("is scrolling TikTok in bed past midnight why I'm so tired", "activity", "screen late"),
    ("does a wander under the oaks in the park help", "activity", "nature"),
    ("does the Tuesday hatha yoga help my nerves", "activity", "yoga"),
    # activities the journal may not hold
    (
        "the bouldering wall at the old chapel, has it done anything for my head",
        "activity",
        "bouldering",
    ),
    (
        "when I'm anxious, does sitting in the hide birdwatching settle me",
        "activity",
        "birdwatching",
    ),
    (
        "on my low days, has volunteering at the charity shop made any difference",
        "activity",
        "volunteering",
    ),
    ("does calligraphy help when my head's too busy", "activity", "calligraphy"),
    # about the app or the world
    ("is there a way to get a nudge from NeuroLeaf at 8pm for my tablets", "unknown", ""),
    ("is it normal to feel anxious when the clocks go back", "unknown", ""),
    ("if my laptop dies, can I copy everything I've written onto a USB stick", "unknown", ""),
    # when did I last / how long since
    ("when was I last at the pool doing lengths before work", "last_time", "exercise"),
    ("it feels ages since a panicky day, how long has it actually been", "last_time", "anxiety"),
    ("Uncle Tomasz rang today, when did we last actually meet up", "last_time", "Tomasz"),
)
