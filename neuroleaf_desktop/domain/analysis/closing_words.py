"""A word that closes a grievance: ", honestly" after a complaint is the writer's anger.

Why: "Subscription fees keep creeping up, honestly", "Being told I'm too young to be in pain one
more time, honestly", "Who eats a kebab on cream leather seats, honestly": a lone "honestly"
set off at the close of a sentence that names nothing good is exasperation, which every writer
who wrote one labelled anger. After a good part it vouches for the good ("So chuffed for her,
honestly.", "I like it, honestly.") and is left; a feeling the sentence names decides instead.
A bad part is needed, or a question asked of someone else's doings ("Who eats …"), so that a
plain remark closed the same way ("It's fine, honestly") names no feeling.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import EMOTION_FLOOR, NEGATIVE, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.codas import Sentences
from neuroleaf_desktop.domain.analysis.emotions import Hit

CLOSING_CUE: Final = "(closing honestly)"
_CLOSERS: Final = frozenset({("honestly",)})
# Outrage named at the close of a plain report ("messaged asking for a 'loan' the very next
# day, the cheek", "the waiting list was eighteen months, bloody ridiculous", "tried to flog me
# three products, no thank you"): the closing words judge what came before, so no bad part is
# needed, only nothing good and no feeling named before them.
_OUTRAGED: Final = frozenset(
    {("the", "cheek"), ("the", "cheek", "of", "it"), ("ridiculous",), ("bloody", "ridiculous"),
     ("absolutely", "ridiculous"), ("no", "thank", "you"), ("no", "thanks")}
)  # fmt: skip
# "Who eats …", "Why would anyone …": a question put to the world about someone's doings
_ASKED: Final = frozenset({"who", "why"})


def _grievance(before: list[Clause]) -> bool:
    """Does the sentence before its closing word name nothing good and no feeling, with a bad
    part or a question of someone's doings at its start?"""
    if any(c.polarity == POSITIVE or c.hits for c in before):
        return False
    opened = before[0].words[:1] and before[0].words[0] in _ASKED
    return bool(opened) or any(c.polarity == NEGATIVE for c in before)


def _nothing_felt(before: list[Clause]) -> bool:
    """Does the sentence before its closing words name nothing good and no feeling?"""
    return not any(c.polarity == POSITIVE or c.hits for c in before)


def closing_exasperation(sentences: Sentences) -> Sentences:
    """Each sentence closed by a lone "honestly" after a grievance carries the writer's anger
    (see the module docstring)."""
    out: Sentences = []
    for sentence in sentences:
        before = sentence[:-1]
        if before and (
            (sentence[-1].words in _CLOSERS and _grievance(before))
            or (sentence[-1].words in _OUTRAGED and _nothing_felt(before))
        ):
            last = replace(
                sentence[-1],
                hits=(Hit(0, CLOSING_CUE, "anger", 1.0),),
                polarity=NEGATIVE,
                strength=EMOTION_FLOOR,
            )
            sentence = [*sentence[:-1], last]
        out.append(sentence)
    return out
