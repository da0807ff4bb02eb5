"""The topic a question gets from the rules alone, with the demo profile's activities.

Shared by the question-form tests written after studying a block, so each reads the same
activities (the demo's, with "study" and "caffeine late") instead of keeping its own copy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from neuroleaf_desktop.domain.insights import classify

DEMO_ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
                   "music", "cooking", "tv", "nature", "screen late", "study",
                   "caffeine late"}  # fmt: skip


def topic_of(question: str, activities: set[str] = DEMO_ACTIVITIES) -> tuple[str, str]:
    """(kind, subject) of ``question`` as the rules read it."""
    topic = classify(question, activities=activities)
    return topic.kind, topic.subject


def sure_of(kind: str) -> Callable[[str], Mapping[str, float]]:
    """A learned topic model all but certain of ``kind`` for any question: lets a test show what
    the rules and grounding do when the classifier leans hard the wrong way."""
    return lambda _question: {kind: 0.97, "activity": 0.01, "unknown": 0.01}
