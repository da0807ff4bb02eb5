"""Question blocks written blind by someone else from the thirty-fifth batch on (AM), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_8``,
which holds AH-AL, only so no module passes 600 lines). The conventions they were labelled by
are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-05 by a new writer (thirty-fifth batch, kept out of this file then),
# measured twice untouched (88 % both times with MiniLM and the learned topic classifier, 11
# no-data questions per seed, 1 of them answered with items per seed both times), studied in round
# 50 and tuned on like D-AL. Its writer's conventions are AL's; the new wordings it brought: a
# fizzing stomach before a landlord's inspection, pacing the hall every Monday night (a day), your
# brain running worst cases about the kids (second person), more panicky in weeks of being wrecked
# tired (the outcome asked after), "so antsy n shakey b4 calls" (typos) and jittery right through
# the Easter break (a time window) as anxiety; everything washed out since Nan's house was sold
# (the sale only background), "weepy n mopey all morning" (short, texting), not answering the door
# or opening post for days, the sadness sitting heavier after nights of barely sleeping (the
# outcome asked after), what is pointless even trying that deep in the pit (a negation) and
# miserable the whole back end of last year (a time window) as low mood; no go in me by elevenses,
# "wy am i so wrn out all wkend" (typos), more wiped out in stressful fortnights (the outcome asked
# after) and zonked from the minute I get in the door as energy; waking when the heating clicks on
# at 5, dread about a driving test ruining my nights (the object), nights all over the place since
# a new shift pattern (the rota only background), Thursday nights as the worst (a day) and sleep
# rubbish this past fortnight (a time window) as sleep; a loft conversion and a new job at once, an
# inbox at 300 and a report due by noon (second person) and under the cosh at work since September
# (a time window) as stress; the weights room at the leisure centre (exercise), sitting among the
# oak trees up the lane (nature), a little evening stroll round the cul-de-sac (walk), a few
# tinnies after work (alcohol), reels in bed till 2 (screen late), a chapter of a historical
# romance before lights out (reading), sawing away at my cello (music), talking-therapy sessions
# since the summer (therapy), dumplings from scratch with the kids (cooking), curry nights with the
# old gang from uni (friends), dinner at my mum and dad's on a Wednesday (family), a few asanas
# first thing (yoga) and a page of scribbles in a notebook before bed (journaling) as the canonical
# activities; Aunty Precious dropping by, the week my cousin Rhiannon was over from Cardiff
# (Cardiff only background) and doing the crossword of an afternoon with a bare "Nain" (the person
# beating the crossword) as the person (Precious, Rhiannon, and "Nain" as written); Keswick in
# October a place; fencing ("since I took up"), life drawing on a Thursday evening and disc golf
# weighed against the gym (the first named) not canonical, as written; a separate PIN for single
# entries, late eating and bad dreams for everyone and a flame icon on certain dates unknown; the
# most recent night without waking at all (sleep), a while since I laced up the trainers and went
# running (exercise) and the last time Ifeoma came round for dinner as last time.
BLOCK_AM: tuple[tuple[str, str, str], ...] = (
    # indirect and emotional
    ("my stomach fizzes for days before the landlord's inspection, what settles it", "anxiety", ""),
    ("pacing the hall every Monday night, what calmed that down before", "anxiety", ""),
    ("when your brain keeps running worst cases about the kids, what's helped you", "anxiety", ""),
    ("do I get more panicky in weeks when I'm wrecked tired", "anxiety", ""),
    ("so antsy n shakey b4 calls wat helps", "anxiety", ""),
    ("jittery right through the Easter break, what helped", "anxiety", ""),
    ("since Nan's house got sold everything feels washed out, what lifted me", "low_mood", ""),
    ("weepy n mopey all morning", "low_mood", ""),
    ("not answering the door or opening my post for days, what got me out of that", "low_mood", ""),
    ("does the sadness sit heavier after nights I barely sleep", "low_mood", ""),
    ("what's pointless even trying when I'm that deep in the pit", "low_mood", ""),
    ("miserable the whole back end of last year, what shifted it", "low_mood", ""),
    ("no go in me at all by elevenses, what gives me a lift", "energy", ""),
    ("wy am i so wrn out all wkend", "energy", ""),
    ("do I get more wiped out in stressful fortnights", "energy", ""),
    ("zonked from the minute I get in the door, what helps", "energy", ""),
    ("I keep waking when the heating clicks on at 5, did anything help", "sleep", ""),
    ("is dread about the driving test what's ruining my nights", "sleep", ""),
    ("nights are all over the place since the new shift pattern, what helped", "sleep", ""),
    ("are Thursday nights my worst for sleep", "sleep", ""),
    ("sleep's been rubbish this past fortnight, what used to help", "sleep", ""),
    ("juggling a loft conversion and a new job, what kept me sane", "stress", ""),
    ("when the inbox is at 300 and a report is due by noon, what works for you", "stress", ""),
    ("under the cosh at work since September, what took the edge off", "stress", ""),
    # activities with canonical names, in new words
    (
        "does a session in the weights room at the leisure centre help my mood",
        "activity",
        "exercise",
    ),
    ("does sitting among the oak trees up the lane help when I'm low", "activity", "nature"),
    ("a little evening stroll round the cul-de-sac, any good for me?", "activity", "walk"),
    ("a few tinnies after work, good or bad for me", "activity", "alcohol"),
    ("is it the reels in bed till 2 that's messing me up", "activity", "screen late"),
    ("does a chapter of a historical romance before lights out help", "activity", "reading"),
    ("does sawing away at my cello lift my mood", "activity", "music"),
    (
        "have the talking-therapy sessions I started in the summer made a difference",
        "activity",
        "therapy",
    ),
    ("making dumplings from scratch with the kids, does it help", "activity", "cooking"),
    ("curry nights with the old gang from uni, do they pick me up", "activity", "friends"),
    ("dinner at my mum and dad's on a Wednesday, does it help", "activity", "family"),
    ("a few asanas first thing, worth it?", "activity", "yoga"),
    ("a page of scribbles in a notebook before bed, worth keeping up?", "activity", "journaling"),
    # people and places
    ("am I happier on the days Aunty Precious drops by", "activity", "Precious"),
    (
        "the week my cousin Rhiannon was over from Cardiff, how did that go for me",
        "activity",
        "Rhiannon",
    ),
    ("Nain and me doing her crossword of an afternoon, is that good for me", "activity", "Nain"),
    ("Keswick in October, was I any calmer while we were up there", "activity", "Keswick"),
    # things the journal may not hold
    ("has my mood changed since I took up fencing", "activity", "fencing"),
    ("does life drawing on a Thursday evening help", "activity", "life drawing"),
    ("disc golf or the gym, which leaves me feeling better", "activity", "disc golf"),
    # the app or the world
    ("can I lock single entries with their own PIN", "unknown", ""),
    ("does eating late give everyone bad dreams", "unknown", ""),
    ("the app puts a flame icon on certain dates, what does it mean", "unknown", ""),
    # when did I last …
    ("find me the most recent night where I didn't wake at all", "last_time", "sleep"),
    (
        "been a while since I laced up the trainers and went running, when was it",
        "last_time",
        "exercise",
    ),
    ("when did Ifeoma last come round for dinner", "last_time", "Ifeoma"),
)
