"""One piece of evidence: a dated, numbered sentence built from the person's own data.

Every topic (low mood, sleep, anxiety, a named activity…) produces a list of these. The
summary is written from a template, never by a model; ``terms``, ``numbers`` and
``direction`` are what the claim verifier (``claims.verify_claim``) lets a claim citing this
item assert. ``still_low`` marks a rise that stays below the person's usual level, so no claim
may call it "better" without saying so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from neuroleaf_desktop.domain.insights.facts import Citation
from neuroleaf_desktop.domain.insights.topic import Topic

EvidenceKind = Literal[
    "recovery", "factor", "entry", "sleep", "anxiety", "stress", "energy", "activity",
    "last", "pattern",
]  # fmt: skip
Direction = Literal["up", "down", "none"]

_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EvidenceItem:
    number: int  # the id claims cite
    day: date  # the date the item is shown under (its newest)
    kind: EvidenceKind
    summary: str
    quote: str = ""
    citations: tuple[Citation, ...] = ()
    dates: tuple[date, ...] = ()  # every date this item may be cited by (includes ``day``)
    terms: tuple[str, ...] = ()  # activities, emotions, people and places it names
    direction: Direction = "none"  # a change it reports: mood/sleep went up or down
    still_low: bool = False  # an "up" that is still below the person's usual level
    # What the item is about: the feeling topic ("sleep") or the subject ("yoga", "Sam") its
    # builder was asked for. An answer shows only items about what it says it looks at
    # (``grounded``); an item that says nothing here is never shown.
    about: str = ""

    def line(self) -> str:
        """The numbered line given to the model and shown in the no-model list."""
        text = f"{self.number}. [{self.day.isoformat()}] {self.summary}"
        if self.quote:
            text += f' Entry: "{self.quote}"'
        return text

    @property
    def all_dates(self) -> frozenset[date]:
        """Every date the item states (its own, its window, and those in its text)."""
        written = {date.fromisoformat(d) for d in _ISO_DATE.findall(f"{self.summary} {self.quote}")}
        return frozenset({self.day, *self.dates, *written})

    @property
    def numbers(self) -> frozenset[float]:
        """Numbers the summary states (dates excluded: they are checked as dates)."""
        return numbers_in(f"{self.summary} {self.quote}")


def renumber(items: Sequence[EvidenceItem]) -> list[EvidenceItem]:
    """The same items numbered 1..n in order (topics build their lists in parts)."""
    return [replace(item, number=i) for i, item in enumerate(items, start=1)]


def evidence_text(items: Sequence[EvidenceItem]) -> str:
    return "\n".join(item.line() for item in items)


def numbers_in(text: str) -> frozenset[float]:
    """Every number written with digits, signs dropped, ISO dates left out."""
    return frozenset(float(n) for n in _NUMBER.findall(_ISO_DATE.sub(" ", text)))


@dataclass(frozen=True)
class TopicEvidence:
    """A topic's evidence, and why there is little or none (with what to log)."""

    topic: Topic
    items: tuple[EvidenceItem, ...]
    gaps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # What the answer cannot do that the question asked (a window it cannot place, times it
    # cannot split by, subjects compared only with other days): said first, plainly.
    limits: tuple[str, ...] = ()

    @property
    def enough(self) -> bool:
        return bool(self.items)
