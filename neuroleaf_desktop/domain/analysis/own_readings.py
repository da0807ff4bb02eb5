"""Polarity from the analyser's own readings where VADER is silent.

Why: VADER scores words that name feelings in general ("sad", "great"); new writers tell
much of what they feel without one. The emotion lexicon still finds weak cues there ("hands
still shaking", "on my own all week", "that sits heavy"): too weak for an emotion chip of
their own, so the clause they sit in read "Neutral" and the sentence showed no polarity at
all. Across every writer's labelled set, a sentence whose only feeling words were such
unpleasant cues, with nothing pleasant anywhere in it, was the writer's bad part far more
often than not (about five times in six), while beside anything pleasant the same cues
mostly described it ("bus half empty, sun on the river", "got my papers, can't stop
shaking", a pleasant sentence just before or after). So a cue alone tips its clause negative
at the weakest strength, only where neither its sentence nor the ones either side has a
pleasant part; it never adds an emotion chip. A late hour named ("home at 1am") is read the
same way: a bad part in about nine sentences in ten, unless something pleasant is beside it.

The writer's own turn is read too: a good part followed by "but" or "though" and a part that
reads neutral ("got the promotion but it means moving away from my friends") is a good part
with its other side, mixed (``other_side_told``); and an unpleasant habit told as past, then
the present ("used to dread the handover, now it's muscle memory"), is a trouble outgrown,
good news (``outgrown``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.emotions import iter_hits
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon
from neuroleaf_desktop.domain.analysis.told_by_shape import late_hour_in


def unpleasant_cues_told(sentence: list[Clause], nearby: Iterable[Clause]) -> list[Clause]:
    """The clauses of one sentence, a neutral clause whose own feeling words are all
    unpleasant cues, or that names a late hour ("callout at 11pm", ``told_by_shape``), read
    negative when nothing ``nearby`` (the clauses of this sentence and the ones either side,
    as first read) is pleasant."""
    if any(c.polarity in (POSITIVE, MIXED) for c in nearby):
        return sentence
    return [
        replace(c, polarity=NEGATIVE, strength=EMOTION_FLOOR)
        if _only_unpleasant_cues(c) or (c.polarity == NEUTRAL and late_hour_in(c.words))
        else c
        for c in sentence
    ]


# "but", "though", "however", "yet", not "even though" (a concession inside one feeling:
# "proud of myself for going even though I didn't want to")
TURN: Final = re.compile(r"\b(?:but|yet|however|(?<!even )(?:al)?though)\b", re.IGNORECASE)


def other_side_told(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """The clauses of one sentence, where a good part is followed by a turn ("but", "though")
    to a part that reads neutral, that part read negative at the weakest strength.

    Why: the writer's own turn says what follows is the other side ("Got the promotion but it
    means moving away from my friends", "Salary credited but half is going straight to the
    loan"). Across every writer's labelled set, such a sentence was mixed or negative in about
    nine in ten, never the plain good news the first part alone reads as. The opposite order
    ("long shift, but the team was lovely") ends on the good part and mostly was good."""
    if not TURN.search(sentence):
        return clauses
    segments: dict[int, list[Clause]] = {}
    for clause in clauses:
        segments.setdefault(clause.segment, []).append(clause)
    numbers = sorted(segments)
    for before, after in pairwise(numbers):
        good = {c.polarity for c in segments[before]}
        rest = segments[after]
        if (
            POSITIVE in good
            and good <= {POSITIVE, NEUTRAL}
            and all(c.polarity == NEUTRAL for c in rest)
            and not any(h.emotion not in NEGATIVE_EMOTIONS for c in rest for h in c.hits)
        ):
            first = rest[0]
            return [
                replace(c, polarity=NEGATIVE, strength=EMOTION_FLOOR) if c is first else c
                for c in clauses
            ]
    return clauses


# "I'm used to it", "got used to the bending", "used to them now": used to as accustomed, not a
# past habit
_ACCUSTOMED_BEFORE: Final = frozenset(
    {"i'm", "im", "am", "is", "are", "was", "were", "be", "been", "get", "got", "getting",
     "gets", "it's", "its", "finally", "being", "so", "not", "they're", "we're", "you're"}
)  # fmt: skip
_ACCUSTOMED_AFTER: Final = frozenset(
    {"it", "them", "this", "that", "the", "being", "him", "her", "me", "us", "my"}
)  # fmt: skip
# the present told after the past: "now", "not anymore", "these days"
_NOW: Final = frozenset({"now", "anymore", "nowadays"})


def outgrown(tokens: list[str], clauses: list[Clause]) -> list[Clause]:
    """The clauses of one sentence, its last clause read positive at the weakest strength when
    the sentence tells an unpleasant habit as past ("used to dread", "used to panic", "used
    to be terrified of") and then the present ("now", "not anymore", "these days") and nothing in
    it reads positive or negative.

    Why: the past habit's feeling is set aside as no longer felt, so such a sentence read
    "Neutral"; across every writer's labelled set it was good news, a trouble outgrown, in
    every such sentence (10 of 10, seven writers). A past habit that was pleasant ("used to
    have friends round, not any more") is a loss and is left alone, as is "used to" meaning
    accustomed ("used to it now")."""
    if not clauses or any(c.polarity != NEUTRAL for c in clauses):
        return clauses
    for i in range(len(tokens) - 2):
        if tokens[i : i + 2] != ["used", "to"]:
            continue
        if (i and tokens[i - 1] in _ACCUSTOMED_BEFORE) or tokens[i + 2] in _ACCUSTOMED_AFTER:
            continue
        if _told_now(tokens, i + 2) and _unpleasant(tokens, i + 2):
            return [
                *clauses[:-1],
                replace(clauses[-1], polarity=POSITIVE, strength=EMOTION_FLOOR),
            ]
    return clauses


def _told_now(tokens: list[str], start: int) -> bool:
    after = tokens[start:]
    return not _NOW.isdisjoint(after) or any(
        after[j : j + 2] in (["these", "days"], ["any", "more"]) for j in range(len(after))
    )


def _unpleasant(tokens: list[str], start: int) -> bool:
    """Does the past habit's part (``start`` to its clause's end) name something unpleasant,
    by the emotion lexicon or VADER's?"""
    end = next((j for j in range(start, len(tokens)) if tokens[j] == BREAK), len(tokens))
    part = tokens[start:end]
    lexicon = sentiment_lexicon()
    return any(h.emotion in NEGATIVE_EMOTIONS for h in iter_hits(part)) or any(
        lexicon.get(w, 0.0) < 0 for w in part
    )


# Anger's cues are acts ("shouted", "yelled") whose object decides them: "shouted him a
# pint", "yelled the whole way down the slope" were glad as often as not.
_CUES: Final = NEGATIVE_EMOTIONS - {"anger"}


def _only_unpleasant_cues(clause: Clause) -> bool:
    return (
        clause.polarity == NEUTRAL
        and bool(clause.hits)
        and all(h.emotion in _CUES for h in clause.hits)
    )


# Words that make a "done" a demand or a plan, not a thing dealt with: "head office wants the
# display done by tomorrow", "has to be done by March", "a job half done".
_NOT_YET: Final = frozenset(
    {"wants", "want", "needs", "need", "must", "has", "have", "gotta", "half"}
)  # fmt: skip
# "knees done", "my back is finished by evening": a body part "done" is worn out.
_BODY: Final = frozenset(
    {"back", "knees", "knee", "feet", "foot", "hands", "hand", "wrists", "wrist", "shoulders",
     "shoulder", "legs", "leg", "hips", "hip", "neck", "eyes", "body", "voice", "arms"}
)  # fmt: skip
_DONE: Final = frozenset({"done", "finished", "over", "sorted", "through"})
# "a fixed-term contract", "the fixed rate ends": "fixed" before these names a kind of deal,
# not a thing repaired.
_FIXED_KINDS: Final = frozenset(
    {"term", "rate", "rates", "price", "prices", "income", "fee", "fees", "hours", "deal"}
)


def still_to_do(words: Sequence[str]) -> bool:
    """Does a clause that calls a trouble "done" say it is still to do, or worn out, rather
    than dealt with? A demand ("wants it done by Friday"), a job left half done and a body
    worn out ("knees done") read as relief for several writers; none is good news, and
    neither is a "fixed" that names a kind of deal ("fixed-term contract", "fixed rate")."""
    if not _NOT_YET.isdisjoint(words):
        return True
    for i, word in enumerate(words):
        if word == "fixed" and words[i + 1 : i + 2] and words[i + 1] in _FIXED_KINDS:
            return True
        if word in _DONE and any(w in _BODY for w in words[max(0, i - 2) : i]):
            return True
    return False
