"""The person's activity a question names, and whether their journal writes a word.

Kept apart from the topic rules (``topics``): finding a logged activity in a question's words
is one step of reading it, used by the rules and by the service that gives them the journal.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Final

from neuroleaf_desktop.domain.insights import vocabulary
from neuroleaf_desktop.domain.insights.compared import Written
from neuroleaf_desktop.domain.insights.names import name_candidates
from neuroleaf_desktop.domain.insights.vocabulary import activity_pattern, group_pattern

# Everyday words people use for the default activities ("gym" → exercise).
ACTIVITY_SYNONYMS: Final = vocabulary.ACTIVITY_SYNONYMS


def _earliest(
    question: str, patterns: Iterable[tuple[str, re.Pattern[str] | None]]
) -> tuple[int, str, str] | None:
    best: tuple[int, str, str] | None = None
    for activity, rx in patterns:
        match = rx.search(question) if rx is not None else None
        # at one place the longer phrase is more specific ("a walk in the woods" over "walk")
        if match and (best is None or (match.start(), -len(match[0])) < (best[0], -len(best[2]))):
            best = (match.start(), activity, match[0])
    return best


def find_activity(question: str, activities: Collection[str]) -> tuple[str, str] | None:
    """The person's activity the question names, and the word that named it.

    First an activity's own name in any form, or the everyday words of a default activity;
    then the default activity a self-named one is a kind of ("exercise" for "running"), only
    when no activity was named itself.

    A name the question capitalises ("Did Lisbon do me good?") also finds an activity whose
    name holds it as a word ("lisbon trip"), so a place or person someone only logs as an
    activity is still that subject. Ordinary words never do this ("park" does not pick
    "walk in the park"): only a capitalised name that is not a question word.
    """
    ordered = sorted(activities)
    best = _earliest(question, ((a, activity_pattern(a)) for a in ordered))
    if best is None:
        own = [a for a in ordered if a not in ACTIVITY_SYNONYMS]
        best = _earliest(question, ((a, group_pattern(a)) for a in own))
    if best is None:
        best = _activity_by_name(question, activities)
    return (best[1], best[2]) if best else None


def _activity_by_name(question: str, activities: Collection[str]) -> tuple[int, str, str] | None:
    for name in name_candidates(question):
        word = re.compile(rf"\b{re.escape(name.lower())}\b")
        found = sorted(a for a in activities if " " in a.strip() and word.search(a.lower()))
        if found:
            return question.index(name), found[0], name
    return None


def journal_writes(texts: Sequence[str]) -> Written:
    """``Written`` over the person's texts and tags: a word in any of its forms ("swimming"
    finds "a sea swim"), never as half of a hyphenated compound."""

    def writes(word: str) -> bool:
        rx = activity_pattern(word)
        return any(rx.search(text) for text in texts)

    return writes
