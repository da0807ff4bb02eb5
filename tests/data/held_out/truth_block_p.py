"""Insights truth block P ("What helped last time?"), written blind on 2026-12-02.

Twelfth held-out batch, by a new writer who never opened the insights rules, the topic
classifier nor the tuned blocks, and labelled every question before any code ran on it.
Each entry is ``(question, topic, subject)``. Topics: anxiety, low_mood, energy, sleep,
stress, activity, unknown, last_time. The subject is "" except for ``activity`` (the
activity, person or place: canonical activity names such as exercise, nature, screen late,
music, cooking, alcohol, yoga, therapy and journaling; otherwise as the person wrote it) and
``last_time`` (the feeling's topic, the canonical activity or the person).

Conventions are those of blocks M, N and O. A question about how one feeling affects another
takes the topic of the outcome asked about; a long story takes the topic of what it asks for
help with; a question about the app or about the world in general is ``unknown``. People
follow the app's convention: a family word or title before a name gives the name alone
("Uncle Bashir" → Bashir, "Dr Adeyemi" → Adeyemi), and a family word alone is the person as
written ("Gran").

New in this block: heart in my mouth, jittery, rattled, on pins and needles and worked up
also anxiety; heavy-hearted, flat and colourless, teary, going through the motions and blue
also low mood; a battery at two percent, zonked, sluggish and no juice left also energy;
can't nod off, fitful and broken-up sleep also sleep; pulled in ten directions, under the
cosh and at the end of my tether also stress; a spin class and cycling to work exercise, a
stroll along the canal towpath nature, YouTube rabbit holes at 2am screen late, belting out
songs in the car music, batch cooking soups cooking, wine o'clock alcohol, sun salutations
yoga, sessions with the counsellor therapy, scribbling worries down before bed journaling;
woodturning, chess and a jigsaw not canonical, as written; a fingerprint lock and whether
entries leave the device questions about the app.
"""

from __future__ import annotations

BLOCK_P: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("what steadies me when my heart is in my mouth before a phone call", "anxiety", ""),
    ("those grey heavy-hearted days, what has brought me round from them", "low_mood", ""),
    ("my battery is at two percent by mid-morning, what recharges me", "energy", ""),
    ("what's helped on the nights my sleep is all broken up and fitful", "sleep", ""),
    ("pulled in ten directions lately, what eased the pressure before", "stress", ""),
    (
        "everything feels flat and colourless this month, what brightened things up before",
        "low_mood",
        "",
    ),
    # typos and texting
    ("so jittery rn idk y, wat setled me b4", "anxiety", ""),
    ("cnt nod off agen, wat wrkd last tym", "sleep", ""),
    ("feelin zonked evry day smh wat gives me pep", "energy", ""),
    ("spin class mornins, do they help my mood or nah", "activity", "exercise"),
    # very short moods
    ("weepy since this morning", "low_mood", ""),
    ("rattled", "anxiety", ""),
    ("sluggish all week", "energy", ""),
    ("under the cosh", "stress", ""),
    # long stories ending in a question
    (
        "the landlord is selling the flat so I've got two months to find somewhere, my manager"
        " wants the audit done by the 15th and my brother keeps ringing for money. I'm at the"
        " end of my tether. what got me through the last time everything piled up?",
        "stress",
        "",
    ),
    (
        "Since the funeral I've been going through the motions, work, home, sofa, and I can't"
        " be bothered to ring anyone back. Has anything lifted me out of a patch like this"
        " before?",
        "low_mood",
        "",
    ),
    (
        "a smoke alarm is chirping somewhere in the building, the radiator clanks and I keep"
        " waking every hour to check the clock, so by six I'm a wreck. what helped me get a"
        " full night before?",
        "sleep",
        "",
    ),
    # two feelings
    ("when I'm jittery all evening, do I sleep worse that night", "sleep", ""),
    ("does being run ragged at work leave me blue at the weekend", "low_mood", ""),
    ("whenever my sleep's been rubbish, am I on pins and needles all the next day", "anxiety", ""),
    # second person
    (
        "you know me by now, what calms me when I'm all worked up at the school gate",
        "anxiety",
        "",
    ),
    ("going by what you've read, what helps when I've got no juice left", "energy", ""),
    # time windows, negations and comparisons
    ("in the six weeks before my finals, what helped with the nerves", "anxiety", ""),
    ("was I less blue last winter than I am this autumn", "low_mood", ""),
    ("which things did nothing at all for me when I was waking at four", "sleep", ""),
    ("since I took up woodturning in the garage, am I any calmer", "activity", "woodturning"),
    # people by the app's convention
    ("am I brighter after a Saturday at Uncle Bashir's", "activity", "Bashir"),
    ("have my appointments with Dr Adeyemi done anything for the panic", "activity", "Adeyemi"),
    ("does a cuppa with Gran on a Thursday lift me", "activity", "Gran"),
    ("are my moods up or down in the days after a big night out with Josh", "activity", "Josh"),
    # places
    ("did the week on Anglesey do anything for my mood", "activity", "Anglesey"),
    ("was I sleeping better while we were staying in Lisbon", "activity", "Lisbon"),
    ("do my trips up to the Peak District make any difference", "activity", "Peak District"),
    # canonical activities in new words
    ("does cycling to work instead of getting the bus help my mood", "activity", "exercise"),
    ("does a stroll along the canal towpath calm me down", "activity", "nature"),
    ("are the YouTube rabbit holes at 2am wrecking my mornings", "activity", "screen late"),
    ("does belting out songs in the car cheer me up", "activity", "music"),
    (
        "does batch cooking soups on a Sunday make the week feel more under control",
        "activity",
        "cooking",
    ),
    ("is wine o'clock every evening making my nerves worse", "activity", "alcohol"),
    ("do a few sun salutations first thing set me up better", "activity", "yoga"),
    ("are the fortnightly sessions with my counsellor actually helping", "activity", "therapy"),
    ("does scribbling my worries down before bed help me settle", "activity", "journaling"),
    # activities the journal may not hold
    ("does playing chess on Tuesday nights take my mind off things", "activity", "chess"),
    ("does doing a jigsaw on the dining table help me unwind", "activity", "jigsaw"),
    # about the app or the world
    ("can I lock NeuroLeaf with my fingerprint", "unknown", ""),
    ("my mum reckons cold showers cure depression, is there anything in it", "unknown", ""),
    ("does anything I type in here get sent to a server somewhere", "unknown", ""),
    # when did I last / how long since
    ("how long is it since I last saw Gran properly", "last_time", "Gran"),
    ("how far back was the last time I felt this teary and flat", "last_time", "low_mood"),
    ("how many months since the bike last came out of the shed", "last_time", "exercise"),
)
