"""A topic: what a question is about, as the person sees it ("Looking at: sleep").

Kept apart from the rules that find it (``topics``): the evidence builders, the answer and the
service only need the value and its label, and the rules module stays short.

Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from neuroleaf_desktop.domain.insights.scope import (
    Window,
    day_times,
    other_times,
    window_label,
)

TopicKind = Literal[
    "low_mood", "anxiety", "sleep", "stress", "energy", "activity", "last_time", "unknown"
]
Method = Literal["keywords", "subject", "similarity", "learned", "none"]

# The feeling topics: each has a measure of its own, split by the days a question names.
SPLIT_KINDS: Final = frozenset({"low_mood", "anxiety", "sleep", "stress", "energy"})

_LAST_FEELING: Final = {
    "anxiety": "felt anxious",
    "low_mood": "felt low",
    "sleep": "slept badly",
    "stress": "felt stressed",
    "energy": "had low energy",
}
_LAST_GOOD: Final = {
    "anxiety": "felt calm",
    "low_mood": "had a good day",
    "sleep": "slept well",
    "stress": "felt relaxed",
    "energy": "had good energy",
}

LABELS: Final[dict[TopicKind, str]] = {
    "low_mood": "low mood",
    "anxiety": "anxiety",
    "sleep": "sleep",
    "stress": "stress and work",
    "energy": "energy",
    "activity": "",
    "last_time": "",
    "unknown": "not sure what this is about",
}


@dataclass(frozen=True)
class Topic:
    kind: TopicKind
    subject: str = ""  # the activity, person or place; for last_time also a feeling topic
    subject_kind: Literal["", "activity", "name", "feeling"] = ""
    method: Method = "none"
    matched: tuple[str, ...] = ()  # the words that decided it (shown in --json)
    score: float = 0.0
    good: bool = False  # a last time of the feeling's good form ("slept well", "felt calm")
    # The scope the question asks for (``scope``): its days, times it singles out, and the
    # other subjects it compares the first with ((subject, subject_kind), in its order).
    window: Window | None = None
    times: str = ""
    also: tuple[tuple[str, str], ...] = ()
    # For a subject: the measure the question names ("do I *sleep* better after yoga?"),
    # whose comparison comes first: "sleep", "anxiety" or "low_mood" ("" for none).
    focus: str = ""
    # A feeling topic asked the other way round ("what doesn't help", "what makes it worse"):
    # its evidence is what goes with the measure getting worse (``worse``).
    worse: bool = False

    @property
    def label(self) -> str:
        base = self._base_label()
        if self.worse:
            base = f"{base}: what goes with it getting worse"
        if self.also:
            others = " and ".join(s for s, _k in self.also)
            base = f"{base} and {others}, each against your other days"
        days, rest = (
            (day_times(self.times), other_times(self.times))
            if self.splits_days
            else ("", self.times)
        )
        if days:
            base = f"{base}, {days} against your other days"
        if rest:
            base = (
                f"{base} (not split by {rest})"
                if days
                else f"{base} on all days (not split by {rest})"
            )
        if self.window is not None:
            base = f"{base}, {window_label(self.window)}"
        return base

    @property
    def splits_days(self) -> bool:
        """Whether the evidence compares the days of the week the question names (a feeling
        topic's own measure; a subject's evidence is not split)."""
        return self.kind in SPLIT_KINDS and bool(day_times(self.times))

    def _base_label(self) -> str:
        if self.kind == "activity":
            return self.subject
        if self.kind == "last_time":
            if self.subject_kind == "feeling":
                words = (_LAST_GOOD if self.good else _LAST_FEELING).get(self.subject)
                return f"when you last {words or 'felt like this'}"
            verb = "logged" if self.subject_kind == "activity" else "mentioned"
            return f"when you last {verb} {self.subject}"
        return LABELS[self.kind]

    @property
    def heading(self) -> str:
        return f"Looking at: {self.label}"
