"""Per-day facts read from check-ins and entries, and the small helpers every topic shares.

A *day* is the person's local date (``timeutil.local_date``). :class:`DayFacts` gathers what
was logged on it (check-ins, entries); the strategy lexicon finds what people write they did
("walked", "therapy", "called Mum") in entries. Pure: no I/O, no clock.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date

CitationKind = Literal["entry", "checkin"]

# Strategy lexicon: label -> pattern over lower-cased entry text. Word starts only, so
# "walk" matches "walked"/"walking" but not "sidewalk".
STRATEGIES: Final[dict[str, str]] = {
    "walk": r"\bwalk(?:s|ed|ing)?\b",
    # not the idioms: "running on fumes", "ran out of", "run down", "running late"
    "run": r"\b(?:ran|run|runs|running|jog(?:ged|ging)?)\b"
    r"(?! (?:on|out|late|down|into|around|over|through|behind|away|errands|a\b))",
    "friends": r"\bfriends?\b|\bhad \w+ and \w+ over\b|\bwith (?:sam|priya|tom|lena)\b",
    "called someone": r"\b(?:called|phoned|rang|facetimed)\b",
    "therapy": r"\b(?:therap(?:y|ist)|counsell?(?:ing|or)|dr\.? \w+)\b",
    "sleep": r"\b(?:slept|sleep(?:ing)? in|nap(?:ped)?|early night)\b",
    "nature": r"\b(?:nature|lake|forest|woods|park|river|beach|hike[ds]?|hiking|sea)\b",
    "meditation": r"\bmeditat\w*\b|\bbreathing exercise",
    "yoga": r"\byoga\b|\bthe mat\b",
    "exercise": r"\b(?:gym|workout|work(?:ed)? out|climbing|swim(?:ming)?|cycl(?:ed|ing))\b",
    "journaling": r"\bjournal(?:ing|ed)?\b|\bwrote it (?:all )?down\b",
    "music": r"\b(?:music|song|songs|playlist|guitar|piano)\b",
    "cooking": r"\b(?:cook(?:ed|ing)?|baked?|a proper meal)\b",
    "outside": r"\b(?:outside|outdoors|fresh air|sunlight|sunshine)\b",
}
STRATEGY_RX: Final = {k: re.compile(v) for k, v in STRATEGIES.items()}


@dataclass(frozen=True)
class Citation:
    kind: CitationKind
    id: str
    day: date  # the local date the entry or check-in belongs to


@dataclass
class DayFacts:
    """Everything logged on one local day."""

    day: date
    checkins: list[MoodCheckIn] = field(default_factory=list)
    entries: list[JournalEntry] = field(default_factory=list)

    @property
    def activities(self) -> set[str]:
        return {a.strip().lower() for c in self.checkins for a in c.activities if a.strip()}

    @property
    def emotions(self) -> list[str]:
        """The latest check-in's words: on a recovery day the evening says how the turn felt."""
        for c in sorted(self.checkins, key=lambda c: c.logged_at, reverse=True):
            if c.emotions:
                return list(dict.fromkeys(e.lower() for e in c.emotions))
        return []

    @property
    def all_emotions(self) -> set[str]:
        return {e.strip().lower() for c in self.checkins for e in c.emotions if e.strip()}

    @property
    def sleep(self) -> float | None:
        values = [c.sleep_hours for c in self.checkins if c.sleep_hours is not None]
        return values[0] if values else None

    @property
    def sleep_quality(self) -> int | None:
        values = [c.sleep_quality for c in self.checkins if c.sleep_quality is not None]
        return values[0] if values else None

    @property
    def mood(self) -> float | None:
        values = [c.mood for c in self.checkins]
        return sum(values) / len(values) if values else None

    @property
    def anxiety(self) -> int | None:
        """The day's highest anxiety rating: an anxious afternoon is not undone by a calm night."""
        values = [c.anxiety for c in self.checkins if c.anxiety is not None]
        return max(values) if values else None

    @property
    def energy(self) -> float | None:
        values = [c.energy for c in self.checkins if c.energy is not None]
        return sum(values) / len(values) if values else None

    def citations(self) -> list[Citation]:
        out = [Citation("checkin", c.id, self.day) for c in sorted(self.checkins,
               key=lambda c: c.logged_at)]  # fmt: skip
        out.extend(Citation("entry", e.id, self.day) for e in self.entries)
        return out

    def text(self) -> str:
        return "\n".join(f"{e.title}\n{e.body}" for e in self.entries)

    def strategies(self) -> set[str]:
        found: set[str] = set()
        for entry in self.entries:
            text = f"{entry.title}\n{entry.body}".lower()
            found.update(k for k, rx in STRATEGY_RX.items() if rx.search(text))
        return found


def day_facts(
    checkins: Iterable[MoodCheckIn], entries: Iterable[JournalEntry]
) -> dict[date, DayFacts]:
    """The live (not deleted) check-ins and entries, grouped by local day."""
    facts: dict[date, DayFacts] = {}
    for c in checkins:
        if c.deleted_at is None:
            day = local_date(c.logged_at, c.tz_offset_min)
            facts.setdefault(day, DayFacts(day)).checkins.append(c)
    for e in entries:
        if not e.is_deleted:
            day = local_date(e.created_at, e.tz_offset_min)
            facts.setdefault(day, DayFacts(day)).entries.append(e)
    for f in facts.values():
        f.entries.sort(key=lambda e: e.created_at)
    return dict(sorted(facts.items()))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1) of a non-empty sequence."""
    if not values:
        raise ValueError("percentile of nothing")
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def mentions_strategy(text: str) -> bool:
    """Whether ``text`` names something from the strategy lexicon (walk, therapy, friends…)."""
    low = text.lower()
    return any(rx.search(low) for rx in STRATEGY_RX.values())


def first_sentence_with_strategy(entries: Sequence[JournalEntry], limit: int = 200) -> str:
    """The latest entry's first sentence naming a strategy ("" when none does)."""
    for entry in reversed(entries):  # the latest entry of the window first
        for sentence in re.split(r"(?<=[.!?])\s+", entry.body.strip()):
            if mentions_strategy(sentence):
                return clip(sentence, limit)
    return ""


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt(value: float, digits: int = 1) -> str:
    """``digits`` decimals at most, none for whole numbers: "6", "6.5", "0.04"."""
    rounded = round(value, digits)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.{digits}f}".rstrip("0")
