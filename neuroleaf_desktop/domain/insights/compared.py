"""Every subject a question compares ("yoga or swimming?", "calls with Priya or walks"), in
its order, and whether a class of a default activity is one the person's journal names.

Kept apart from the topic rules (``topics``), which take the first subject found here and keep
the others in ``Topic.also``.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Final

from neuroleaf_desktop.domain.insights.scope import COMPARE_RX
from neuroleaf_desktop.domain.insights.things import fronted_side, thing_after
from neuroleaf_desktop.domain.insights.vocabulary import (
    JOURNAL_KINDS,
    KNOWN_WORDS,
    STOPWORDS,
    activity_pattern,
    group_pattern,
    stem,
)

# Whether the person's own journal (entries, tags) names a word in any of its forms.
Written = Callable[[str], bool]
# "work" is the stress topic's own: its evidence compares work days with the others.
TOPIC_ACTIVITIES: Final = frozenset({"work"})


def unwritten_kind(activity: tuple[str, str] | None, written: Written | None) -> str:
    """The word of a class or discipline of a default activity ("pilates" for exercise) that
    the person's journal does not name (or whose journal is not known): it is a thing of its
    own, with no data ("" for any other word)."""
    if activity is None or activity[0] not in JOURNAL_KINDS:
        return ""
    word = activity[1].lower()
    if not re.fullmatch(rf"(?:{JOURNAL_KINDS[activity[0]]})", word, re.I):
        return ""
    return "" if written is not None and written(word) else word


# A doing no rule reads, right before the place or group an activity is named by, makes a
# place or group of its own: "the *bouldering* gym", "the *orienteering* club" (not "the
# *running* club", a known doing, nor "*watching* tv", a doing and what it is done to).
_DOING_BEFORE: Final = r"\b(?P<doing>[a-z]{4,}ing) "
_PLACES: Final = frozenset({"gym", "club", "centre", "center", "hall", "group", "team", "studio"})


def doing_kind(text: str, activity: tuple[str, str] | None, written: Written | None) -> str:
    """The compound of an unknown doing and the activity's word ("bouldering gym"), a thing of
    its own with no data unless the journal names it ("" when there is none)."""
    if activity is None or activity[1].lower() not in _PLACES:
        return ""
    m = re.search(rf"{_DOING_BEFORE}{re.escape(activity[1])}\b", text, re.I)
    if m is None:
        return ""
    doing = m["doing"].lower()
    if doing in STOPWORDS or KNOWN_WORDS.fullmatch(doing) or KNOWN_WORDS.fullmatch(stem(doing)):
        return ""
    compound = f"{doing} {activity[1].lower()}"
    return "" if written is not None and written(compound) else compound


def compared_subjects(
    text: str,
    activities: Collection[str],
    names: Sequence[str],
    absent: Sequence[str],
    written: Written | None,
) -> list[tuple[str, str]]:
    """Every subject the question names, in its order: people and places, logged activities
    (or the default one a self-named activity is a kind of), and things the data lacks (a
    discipline the journal never names among them: ``unwritten_kind``)."""
    lower = text.lower()
    found: dict[str, tuple[int, str]] = {}
    for name in [*names, *absent]:
        found.setdefault(name, (lower.find(name.lower()), "name"))
    own = [a for a in sorted(activities) if a not in TOPIC_ACTIVITIES]
    for activity in own:
        for rx in (activity_pattern(activity), group_pattern(activity)):
            m = rx.search(text) if rx is not None else None
            # a family word that is a named person's title ("Uncle *Femi*") is that person
            titled = m and any(lower.startswith(n.lower(), m.end() + 1) for n in found)
            # done with a named person it is that person ("my runs *with Zoe* or alone")
            if m and (n := _done_with(text, m.end(), found)):
                found[n] = (min(m.start(), found[n][0]), "name")
                break
            if m and not titled and not any(m.start() == at for at, _k in found.values()):
                subject = unwritten_kind((activity, m[0]), written) or activity
                found.setdefault(subject, (m.start(), "activity"))
                break
    side = fronted_side(text)
    for thing in (side, thing_after(text), *_more_things(text)):
        if thing and thing not in found and not any(thing in n.lower() for n in found):
            at = lower.find(thing.lower())
            # (a side renamed as the pursuit it is opens the question all the same: "building a
            # terrarium against …" is terrarium building)
            at = 0 if at < 0 and thing == side else at
            # (a side already read where it stands is not a second subject: "does skipping rope
            # beat a long walk" compares exercise with the walk, not skipping rope with both)
            if at < 0 or at not in {start for start, _kind in found.values()}:
                found[thing] = (at, "activity")
    ordered = sorted((at, subject, kind) for subject, (at, kind) in found.items() if at >= 0)
    return [(subject, kind) for _at, subject, kind in ordered]


def _done_with(text: str, end: int, found: dict[str, tuple[int, str]]) -> str:
    """The named person an activity ending at ``end`` is done with, within two words after it."""
    with_rx = r"(?:\s+[\w'-]+){0,2}?\s+(?:with|w/|w)\s+"
    return next((n for n, (_at, kind) in found.items() if kind == "name"
                 and re.match(with_rx + re.escape(n) + r"\b", text[end:], re.I)), "")  # fmt: skip


def _more_things(text: str) -> list[str]:
    """Things after the comparison word too ("pottery or *karaoke*?")."""
    parts = COMPARE_RX.split(text, maxsplit=1)
    if len(parts) < 2:
        return []
    # the verb the other side echoes is no part of it: "… than the gym *does*"
    other = _ECHOED_RX.sub("", parts[1].strip())
    return [thing_after(f"after {other}")]


# An auxiliary that ends the other side, echoing the question's verb ("than the gym does?").
_ECHOED_RX: Final = re.compile(r"\s+(?:does|do|did|is|was|are|were|has|have)\s*[?.!]*\s*$", re.I)
