"""Insights questions written blind for the fifty-second held-out batch (``BLOCK_BD``).

Written on 2026-12-07 by a new writer who never opened the insights, analyser or safety rules nor
the tuned sets' rows, and labelled by the conventions of blocks L to BC before any code ran on it.
Kind mix and order are ``BLOCK_BC``'s: anxiety 6, low mood 6, energy 4, sleep 5, stress 3,
activity 20, unknown 3, last time 3. A subject is given only on activity and last-time rows: the
canonical activity a question names in its own words, or the person, place or hobby as the app
would label it ("my old landlady Winifred" is Winifred, "my godson Peregrine" is Peregrine, a bare
"Fenwick" as written, "my stepmum Honoria" is Honoria). A consultation about job cuts, a best
mate moving abroad, diggers outside from seven since October, packing up a house while a mother
is in for an operation, a planning appeal and an office move are only a story's background, never
a subject.

The new wordings it brings: two feelings (jumpier and fretful after the in-laws visit, lower after
a week without company, out of steam earlier on crabby days, sleep on tearful and tense days),
second person, time windows, days of the week, negations and a comparison (painting pysanky eggs
against an afternoon at a craft fair), a place (Hay-on-Wye over the bank holiday), canonical
activities in new words (wall sits while the kettle boils, frogspawn in the pond, a plod round the
cricket ground, shandies at Sunday lunch, a K-drama binge till 2am, a cosy crime novel in the
bath, old reggae records on a Saturday, a counsellor over Teams on Tuesdays, naan dough kneaded on
a weeknight, dominoes down the pub with mates, a cuppa with my nan, a reclined bound angle and
a supine twist on the rug, a few lines in a jotter on the commute), activities the journal may
not hold (lampwork bead making, needle felting, pysanky), questions about the app or the world (a
large-print setting, a nudge at 9pm, forest bathing and people's stress), and a band played live,
a rainbow and Honoria, a stepmum, as last time.
"""

from __future__ import annotations

BLOCK_BD: tuple[tuple[str, str, str], ...] = (
    # anxiety
    (
        "consultation meeting about job cuts on Thursday and my chest is tight, what settles me",
        "anxiety",
        "",
    ),
    ("if you dread opening every message in case it's bad news, what calms you", "anxiety", ""),
    ("after the in-laws have visited, am I jumpier and more fretful", "anxiety", ""),
    ("so on edge 2day n dunno y, wot helps", "anxiety", ""),
    ("over the summer holidays, what calmed my worrying most", "anxiety", ""),
    ("what's made no dent in my nerves since Halloween", "anxiety", ""),
    # low mood
    (
        "since my best mate moved abroad in June, has anything cheered me up",
        "low_mood",
        "",
    ),
    ("feelin proper low since tues, wat shud i do", "low_mood", ""),
    ("a whole week without company, does it leave me lower by the end of it", "low_mood", ""),
    (
        "if nothing feels worth doing and you just want to stay under the covers, what helps",
        "low_mood",
        "",
    ),
    ("why do Sunday evenings always feel so heavy for me", "low_mood", ""),
    (
        "since the clocks changed, which things have done nothing for my mood",
        "low_mood",
        "",
    ),
    # energy
    ("what's draining me flat by mid-afternoon", "energy", ""),
    ("on crabby days, do I run out of steam earlier", "energy", ""),
    ("why do I drag myself through every Thursday", "energy", ""),
    ("slept 9 hrs n still shattered, y", "energy", ""),
    # sleep
    (
        "lying awake at 2 replaying tomorrow's presentation, how do I nod back off",
        "sleep",
        "",
    ),
    ("with the diggers outside from seven since October, how am I sleeping", "sleep", ""),
    ("on days I'm tearful and tense, do I sleep badly that night", "sleep", ""),
    ("if you keep waking at four with your heart racing, what's worth trying", "sleep", ""),
    ("cant drop off til 2 every nite, ne ideas", "sleep", ""),
    # stress
    (
        "packing up the house while mum was in for her operation, what got me through",
        "stress",
        "",
    ),
    ("the planning appeal dragging on all year, what kept me going", "stress", ""),
    ("the week of the office move, how did I get through it", "stress", ""),
    # activity: canonical, in new words
    (
        "a set of wall sits while the kettle boils, does it wake me up",
        "activity",
        "exercise",
    ),
    ("checking the pond for frogspawn every morning, does it lift me", "activity", "nature"),
    ("a slow plod round the cricket ground after tea, does it help", "activity", "walk"),
    ("a couple of shandies at Sunday lunch, how am I on Monday", "activity", "alcohol"),
    (
        "a K-drama binge on my phone till 2am, is that why I'm a zombie",
        "activity",
        "screen late",
    ),
    ("a cosy crime novel in the bath, does it help me switch off", "activity", "reading"),
    (
        "old reggae records on a Saturday morning, do they put me in a good mood",
        "activity",
        "music",
    ),
    ("my counsellor over Teams every Tuesday, is it doing anything for me", "activity", "therapy"),
    ("kneading dough for naan on a weeknight, am I calmer for it", "activity", "cooking"),
    ("dominoes down the pub with my mates, how do I feel after", "activity", "friends"),
    ("a cuppa with my nan on a Saturday, does it cheer me up", "activity", "family"),
    (
        "a reclined bound angle and a supine twist on the rug at night, any use",
        "activity",
        "yoga",
    ),
    (
        "a few lines in a jotter on my commute, should I keep it going",
        "activity",
        "journaling",
    ),
    # activity: people, a place, things the journal may not hold
    (
        "when my old landlady Winifred has me round for tea, am I brighter",
        "activity",
        "Winifred",
    ),
    ("a phone call with my godson Peregrine, does it lift me", "activity", "Peregrine"),
    ("Fenwick coming by for a brew, is it good for me", "activity", "Fenwick"),
    ("that week in Hay-on-Wye over the bank holiday, was I happier", "activity", "Hay-on-Wye"),
    (
        "melting glass into beads at the torch in the shed, am I calmer after",
        "activity",
        "lampwork bead making",
    ),
    (
        "needle felting little animals in the evenings, does it settle me",
        "activity",
        "needle felting",
    ),
    (
        "painting pysanky eggs against an afternoon at a craft fair, which leaves me happier",
        "activity",
        "pysanky",
    ),
    # unknown
    ("is there a large-print setting, I squint at everything on here", "unknown", ""),
    ("can the app nudge me at 9pm if I haven't written anything", "unknown", ""),
    ("does forest bathing actually lower people's stress or is it hype", "unknown", ""),
    # last time
    (
        "the last time I stood in a crowd watching a band play live, when was that",
        "last_time",
        "music",
    ),
    ("a rainbow, how long since I actually stopped to look at one", "last_time", "nature"),
    ("my stepmum Honoria, when did I last ring her", "last_time", "Honoria"),
)
