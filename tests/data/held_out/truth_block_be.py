"""Block BE: fifty Insights questions written blind (fifty-third batch), for ``bench_truth``.

Labelled by the conventions of blocks L to BD: a person is labelled by the name the app keeps
("my old swimming coach Cuthbert" is Cuthbert, "my great-niece Seraphina" is Seraphina, a bare
"Marmaduke" as written, "my aunt Rosalind" is Rosalind); a place by its name (Kirkcudbright at
Easter); an activity the journal may not hold by the activity's own name (papermaking, rug
hooking, linocut printing); a story's background is only background (restructure interviews, a
shop closed after twenty years, a neighbour's dog barking since the summer, a father's
radiotherapy while a house buyer pulled out, a tax inquiry all spring, the inspectors at a care
home). The kind mix is ``BLOCK_BD``'s in count and order: anxiety 6, low mood 6, energy 4, sleep
5, stress 3, activity 20, unknown 3, last time 3. New wordings: two feelings (more wound up and
uneasy after wedding preparations, gloomier after a week barely leaving the flat, flagging
sooner on irritable days, sleep after twitchy and miserable days), second person, time windows,
days of the week, negations, a comparison (carving linocuts against an evening at the skittles
alley), a place (Kirkcudbright at Easter), canonical activities in new words (a plank and calf
raises while the toast is on, rooks coming home to roost at dusk, a lap of the park lake before
bed, alcopops on a Thursday, online poker long after midnight, a Regency romance in a lunch
hour, West End soundtracks in the kitchen, an art therapist on alternate Thursdays, minestrone
simmered for the week ahead, tapas with old school friends, a takeaway night with my parents,
triangle pose and a standing side stretch by the bed, a page in an old exercise book at
bedtime), activities the journal may not hold (papermaking, rug hooking, linocut printing),
questions about the app or the world (opening straight to a blank page, a ping for evening
tablets, gardening and people's blood pressure), and shooting stars, an orchestra in a concert
hall and my aunt Rosalind as last time.
"""

from __future__ import annotations

BLOCK_BE: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "restructure interviews on Monday and my hands won't keep still, what steadies me",
        "anxiety",
        "",
    ),
    (
        "if a knock at the door sets your pulse going like the clappers, what's worth trying",
        "anxiety",
        "",
    ),
    (
        "after a day of wedding preparations at my sister's, am I more wound up and uneasy",
        "anxiety",
        "",
    ),
    ("proper anxious rn no idea why, wat helps", "anxiety", ""),
    ("which things settled my jitters best around Passover", "anxiety", ""),
    ("what hasn't touched my worrying at all since the start of term", "anxiety", ""),
    # low mood
    (
        "since the shop I ran for twenty years shut in April, what's brought me any cheer",
        "low_mood",
        "",
    ),
    ("been so flat since wed, wat can i do", "low_mood", ""),
    ("in weeks when I barely leave the flat, am I gloomier by Friday", "low_mood", ""),
    (
        "if the colour's gone out of everything and even the telly's an effort, what helps",
        "low_mood",
        "",
    ),
    ("why does the first day back after a weekend leave me so glum", "low_mood", ""),
    (
        "since the dark nights drew in, what's done nothing for how low I am",
        "low_mood",
        "",
    ),
    # energy
    ("what leaves me wiped out by four o'clock", "energy", ""),
    ("on irritable days, do I flag sooner", "energy", ""),
    ("why do I feel like a flat battery come Wednesday", "energy", ""),
    ("had a lie in n still wiped all day, y tho", "energy", ""),
    # sleep
    (
        "awake at 3 going over the budget figures, how do I get back to sleep",
        "sleep",
        "",
    ),
    (
        "with next door's dog barking since the summer, how has my sleep been",
        "sleep",
        "",
    ),
    ("twitchy and miserable in the daytime, does it follow me into a bad night", "sleep", ""),
    ("if you toss and turn until the birds start up, what's worth a try", "sleep", ""),
    ("cnt sleep past 5 any more, ne tips", "sleep", ""),
    # stress
    (
        "dad's radiotherapy and the buyer pulling out in the same month, what kept me afloat",
        "stress",
        "",
    ),
    ("what got me through the tax inquiry that hung over me all spring", "stress", ""),
    (
        "the fortnight the inspectors were in at the care home, how did I manage",
        "stress",
        "",
    ),
    # activity: canonical, in new words
    (
        "a plank and some calf raises while the toast is on, do I feel livelier",
        "activity",
        "exercise",
    ),
    (
        "the rooks coming home to roost at dusk, do I feel calmer watching them",
        "activity",
        "nature",
    ),
    ("a gentle lap of the park lake before bed, does it help", "activity", "walk"),
    ("a few alcopops on a Thursday night, how's my Friday", "activity", "alcohol"),
    (
        "hands of online poker long after midnight, is that why mornings are a struggle",
        "activity",
        "screen late",
    ),
    (
        "reading a Regency romance in my lunch hour, is it good for me",
        "activity",
        "reading",
    ),
    ("West End soundtracks blasting in the kitchen, am I brighter for them", "activity", "music"),
    (
        "painting with an art therapist on alternate Thursdays, is it worth it",
        "activity",
        "therapy",
    ),
    ("simmering minestrone for the week ahead, does cooking it calm me", "activity", "cooking"),
    ("tapas with my old school friends, how am I afterwards", "activity", "friends"),
    ("a takeaway night with my parents, does it lift my mood", "activity", "family"),
    (
        "triangle pose and a standing side stretch by the bed, any good",
        "activity",
        "yoga",
    ),
    (
        "a page about my day in an old exercise book at bedtime, worth carrying on",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    (
        "when my old swimming coach Cuthbert takes me out for a pint, am I chirpier",
        "activity",
        "Cuthbert",
    ),
    (
        "a video call with my great-niece Seraphina, does it cheer me",
        "activity",
        "Seraphina",
    ),
    (
        "does a game of cards with Marmaduke put me in a better mood",
        "activity",
        "Marmaduke",
    ),
    (
        "those few days in Kirkcudbright at Easter, did they do me good",
        "activity",
        "Kirkcudbright",
    ),
    (
        "making paper from pulped old newspapers in the garage, am I calmer afterwards",
        "activity",
        "papermaking",
    ),
    ("rug hooking on winter evenings, does it soothe me", "activity", "rug hooking"),
    (
        "carving linocuts against an evening at the skittles alley, which leaves me happier",
        "activity",
        "linocut printing",
    ),
    # unknown
    ("can the journal open straight to a blank page instead of the dashboard", "unknown", ""),
    ("will the app send a ping when it's time for my evening tablets", "unknown", ""),
    ("is it true that gardening brings people's blood pressure down", "unknown", ""),
    # last time
    ("when's the last time I lay out and watched for shooting stars", "last_time", "nature"),
    (
        "how long since I sat in a concert hall and heard an orchestra",
        "last_time",
        "music",
    ),
    ("my aunt Rosalind, when did I last go and visit her", "last_time", "Rosalind"),
)
