"""Held-out question block L for ``bench_truth``: written blind on 2026-12-01 (eighth batch), by
someone who never opened the insights rules, and never tuned on.

Fifty questions a person might type into "What helped last time?", labelled (question, topic,
subject) before anything was run, with the conventions of blocks D, F, G, H, I, J and K: a named
activity, person or place is the subject even next to a feeling word (the person when a person
and an activity are both named); with two feelings the one asked about wins (the object of
helps / affects / makes / drains / wears out, else the outcome asked after, so worse sleep from
worry is sleep); negations, comparisons, time windows and second person keep the topic, but
"since I started X" and "since I took up X" name X; tired, drained, exhausted, worn out, wiped
out, no energy, running on fumes and sluggish are energy, waking and nights are sleep, workload,
deadlines, things piling up and the pressure are stress, worry, nerves, panic, jittery and on
edge are anxiety, hopeless, flat, low, grey and blue are low mood; a thing the journal may not
hold is still the subject, written as the person wrote it; a question about the app or the
world is unknown, even when it names a feeling. Canonical activity names are only those blocks
D to K use (exercise for running, jogging and swimming, nature for the woods, forest and trees,
screen late for late phone use, music for playing an instrument, cooking for making a meal,
alcohol for wine and pints, yoga). "When was the last time" and "how long since I last" are
last_time; with a feeling they take that feeling's topic as the subject, with an activity its
canonical name, and with a person the person.

People (changed from block K by the lead's decision, which is the app's convention): a family
word or title before a name gives the NAME alone as the subject ("Grandad Len" is Len, "Auntie
Bisi" is Bisi, "Dr Haddad" is Haddad, "Uncle Kofi" is Kofi); a family word alone is the person
as written ("Nana", and "Nana's" for her house, are Nana). A named person still beats a feeling
or an activity in the same question.

New in this block: knackered, shattered, done in and zonked are energy; the collywobbles,
twitchy, panic rising and the what-ifs are anxiety; a wet weekend, glum, rubbish, heavy and not
seeing the point of getting dressed are low mood; being squeezed from every side and work coming
from every direction are stress; a 5k is exercise, a ramble through the forest is nature,
doomscrolling under the covers till 1am is screen late, bashing away on the drums and playing
the ukulele are music, batch cooking is cooking, glasses of red are alcohol, and downward dog is
yoga.
"""

from __future__ import annotations

BLOCK_L: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what gets me out of my own head once the what-ifs start spiralling", "anxiety", ""),
    (
        "when I can't see the point of getting dressed, what's pulled me round before",
        "low_mood",
        "",
    ),
    ("anything that gives me a spark when I'm dragging myself through the afternoon", "energy", ""),
    ("what's worked on the nights I'm watching the clock at 3am", "sleep", ""),
    ("what kept me afloat the last few times work came at me from every direction", "stress", ""),
    ("I've felt heavy and rubbish for days on end, what usually shifts it", "low_mood", ""),
    # typos and texting
    ("panic rising agn, wot settles it", "anxiety", ""),
    ("awake agen @ 4 smh wot gets me bak to sleep", "sleep", ""),
    ("did the runnin actualy do me any gud", "activity", "exercise"),
    ("permanantly shattered lately, wot sorts it", "energy", ""),
    # very short
    ("collywobbles", "anxiety", ""),
    ("zonked", "energy", ""),
    ("bit of a wet weekend, me", "low_mood", ""),
    # long and rambling
    (
        "Between the inspection at work, two reports to write and my sister's wedding admin, I "
        "feel like I'm being squeezed from every side. What got me through the last time it "
        "was this much?",
        "stress",
        "",
    ),
    (
        "Had an interview this morning and my heart was going like the clappers in the waiting "
        "room, then again on the bus home for no reason at all, and now I'm dreading tomorrow. "
        "What's settled me before?",
        "anxiety",
        "",
    ),
    (
        "The baby's finally going through the night but I'm not, I lie there listening to the "
        "monitor hiss and the boiler ticking over until the birds start. Have I ever found "
        "anything that got me off to sleep?",
        "sleep",
        "",
    ),
    # two feelings
    ("if the kids have got me wound up, are my nights rougher", "sleep", ""),
    ("when I'm in a low patch, does it sap my energy", "energy", ""),
    ("when I'm physically run down, do I end up glum", "low_mood", ""),
    # second person
    ("what do you reckon settles my nerves best", "anxiety", ""),
    ("you've read my entries, what lifts me when I'm feeling rubbish", "low_mood", ""),
    # time windows, negations and comparisons
    ("was I less twitchy in the weeks I wasn't on the late rota", "anxiety", ""),
    ("have my nights been any better since October", "sleep", ""),
    ("am I more frazzled in weeks packed with meetings", "stress", ""),
    ("since I started knitting, am I any calmer", "activity", "knitting"),
    ("compared with weekdays, am I less knackered on Saturdays and Sundays", "energy", ""),
    # people
    ("do I perk up after visiting Grandad Len", "activity", "Len"),
    ("what's my mood like after a natter on the phone with Auntie Bisi", "activity", "Bisi"),
    ("since the sessions with Dr Haddad began, have my nights changed", "activity", "Haddad"),
    (
        "when work's piling up, is a stroll round the block with Siobhan worth it",
        "activity",
        "Siobhan",
    ),
    ("weekends stopping over at Nana's, do they settle me down", "activity", "Nana"),
    # places
    ("did the week in Tenby do me good", "activity", "Tenby"),
    ("does going back to Cork lift me", "activity", "Cork"),
    (
        "whenever I've been up in Edinburgh, have I come back in better shape",
        "activity",
        "Edinburgh",
    ),
    # activities with canonical names
    ("on mornings I squeeze in a 5k before work, am I better for it", "activity", "exercise"),
    ("is a ramble through the forest good for me", "activity", "nature"),
    ("what does doomscrolling under the covers till 1am do to me", "activity", "screen late"),
    ("is bashing away on the drums in the garage any good for me", "activity", "music"),
    ("batch cooking on a Sunday, does it help my week", "activity", "cooking"),
    ("how do a couple of glasses of red affect me", "activity", "alcohol"),
    ("a few rounds of downward dog when I get up, does that do anything", "activity", "yoga"),
    # things the journal may not hold
    ("those paddleboarding sessions on the lake, any use", "activity", "paddleboarding"),
    ("what about pottery, has that done anything for me", "activity", "pottery"),
    (
        "has all the birdwatching at the reservoir done anything for my mood",
        "activity",
        "birdwatching",
    ),
    # the app or the world
    ("can this app send my doctor a summary of how I've been", "unknown", ""),
    ("is it true cold showers cure anxiety", "unknown", ""),
    ("is ten thousand steps a real target or just marketing", "unknown", ""),
    # when did I last …
    ("how long's it been since Uncle Kofi came round for jollof", "last_time", "Kofi"),
    ("totally done in tonight, when was I last like this", "last_time", "energy"),
    ("the ukulele's gathering dust, how long since I last played it", "last_time", "music"),
)
