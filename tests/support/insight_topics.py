"""The topic a question gets from the rules alone, with the demo profile's activities.

Shared by the question-form tests written after studying a block, so each reads the same
activities (the demo's, with "study" and "caffeine late") instead of keeping its own copy.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.insights import classify

DEMO_ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
                   "music", "cooking", "tv", "nature", "screen late", "study",
                   "caffeine late"}  # fmt: skip


def topic_of(question: str, activities: set[str] = DEMO_ACTIVITIES) -> tuple[str, str]:
    """(kind, subject) of ``question`` as the rules read it."""
    topic = classify(question, activities=activities)
    return topic.kind, topic.subject
