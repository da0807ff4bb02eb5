"""What an assessment says: level, categories, the words that were noticed.

Privacy: ``reasons`` and the spans contain the person's words. They are for the screen only:
never log them (log ``severity`` and category names at most).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable

from neuroleaf_desktop.domain.safety.categories import Category


class Severity(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.NONE: 0, Severity.CONCERN: 1, Severity.URGENT: 2}


class MatchStatus(StrEnum):
    COUNTED = "counted"  # contributes to the assessment
    NEGATED = "negated"  # "I would never kill myself"
    OTHER_PERSON = "other_person"  # "my friend said she wanted to die"
    TOPIC = "topic"  # "an essay about self-harm", "my therapist asked if I…"
    EVERYDAY = "everyday"  # "said goodbye before the holiday", "a rifle for hunting season"


@dataclass(frozen=True)
class SpanMatch:
    """One matched phrase, with offsets into the *original* text."""

    start: int
    end: int
    text: str
    category: Category
    severity: Severity  # after past / imminence adjustment
    status: MatchStatus
    past: bool = False
    rule: str = ""  # which phrase rule matched, for tuning and tests
    lang: str = "en"


@dataclass(frozen=True)
class SafetyAssessment:
    flagged: bool
    severity: Severity
    reasons: list[str]  # 'category: "matched words"', for the person, never for logs
    matched_spans: list[SpanMatch]  # the spans that count
    ignored_spans: list[SpanMatch] = field(default_factory=list)  # negated / others / topic
    about_others: bool = False  # someone else's risk was mentioned
    semantic_score: float | None = None
    semantic_category: Category | None = None  # set when the classifier made the flag
    escalation: str = ""  # why the level is higher than any single sign ("", "combined", …)
    translated: bool = False  # the flag came from reading a translation (``translation``)

    @property
    def categories(self) -> list[Category]:
        """The distinct categories that count, worst first (urgent before concern)."""
        ordered = sorted(self.matched_spans, key=lambda s: (-s.severity.rank, s.start))
        seen: list[Category] = []
        for span in ordered:
            if span.category not in seen:
                seen.append(span.category)
        if not seen and self.semantic_category is not None and self.flagged:
            seen.append(self.semantic_category)
        return seen

    @property
    def category(self) -> Category | None:
        """The main category (the worst one), or None when nothing was flagged."""
        found = self.categories
        return found[0] if found else None

    @property
    def past_only(self) -> bool:
        """Every counted span is about the distant past ("when I was 17")."""
        return bool(self.matched_spans) and all(s.past for s in self.matched_spans)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape the CLI prints: {"flagged", "severity", "category", ...}."""
        return {
            "flagged": self.flagged,
            "severity": str(self.severity),
            "category": str(self.category) if self.category else None,
            "categories": [str(c) for c in self.categories],
            "reasons": list(self.reasons),
            "about_others": self.about_others,
            "semantic": self.semantic_category is not None and not self.matched_spans,
            "translated": self.translated,
            "spans": [
                {"start": s.start, "end": s.end, "category": str(s.category)}
                for s in self.matched_spans
            ],
        }


class SemanticScorer(Protocol):
    """Hook for the embedding model: how likely ``text`` is a crisis text, 0..1.

    Implementations live in ``ai/`` and are loaded lazily; the domain only knows this shape.
    """

    def __call__(self, text: str, /) -> float: ...


@dataclass(frozen=True)
class SemanticVerdict:
    score: float  # 0..1: probability (or similarity) that the text is a warning sign
    category: Category | None = None  # the classifier's best category, when it has one


@runtime_checkable
class SemanticClassifier(Protocol):
    """A scorer that can also name a category (the trained classifier in ``ai/``)."""

    threshold: float

    def classify(self, text: str, /) -> SemanticVerdict: ...


@runtime_checkable
class MultilingualClassifier(SemanticClassifier, Protocol):
    """A classifier that says which languages it reads, each with its own threshold.

    A scorer without these reads English only (the embedding model's own language)."""

    @property
    def languages(self) -> frozenset[str]: ...

    def threshold_for(self, language: str, /) -> float: ...


DEFAULT_SEMANTIC_THRESHOLD = 0.8

NO_CONCERN = SafetyAssessment(
    flagged=False, severity=Severity.NONE, reasons=[], matched_spans=[], ignored_spans=[]
)
