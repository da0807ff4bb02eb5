"""A load told first, then a doing weighed: the doing is what is asked after.

"Snowed under with my dissertation, is a swim any good" asks about the swim: the load (an
activity the person logs, such as study or chores, named only as what they are drowning in)
is the condition of the question, not its subject. With no other doing weighed, the load
alone asked about stays a feeling (stress or low mood), as before.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late", "study", "chores",
              "meditation"}  # fmt: skip


def _topic(question: str) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES)
    return topic.kind, topic.subject


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("swamped with essays and revision, does yoga help", ("activity", "yoga")),
        (
            "I'm drowning in housework and chores lately, would some music help",
            ("activity", "music"),
        ),
        ("snowed under with coursework, is meditation any good", ("activity", "meditation")),
        ("up to my ears in studying for finals, does a walk do me good", ("activity", "walk")),
        (
            "overloaded with revision this term - does cooking help me unwind",
            ("activity", "cooking"),
        ),
        ("buried in marking and studying, would a long walk help", ("activity", "walk")),
        ("I've been buried under chores all week, is yoga any good", ("activity", "yoga")),
    ],
)
def test_a_doing_weighed_after_a_load_is_what_is_asked(
    question: str, expected: tuple[str, str]
) -> None:
    assert _topic(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "swamped with revision and coursework, what helps",
        "drowning in chores and studying, how do I cope",
        "snowed under with studying, what has helped before",
        "buried under chores and study, what gets me through",
    ],
)
def test_a_load_alone_asked_about_stays_a_feeling(question: str) -> None:
    kind, subject = _topic(question)
    assert kind in ("stress", "low_mood")
    assert subject == ""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the logged doing itself weighed, with no load: still that doing
        ("does studying in the library help my mood", ("activity", "study")),
        ("do chores on a Sunday settle me", ("activity", "chores")),
        # a doing weighed first, the load only its condition: the doing, as before
        ("does yoga help when I'm swamped with revision", ("activity", "yoga")),
        # buried in a thing as a stretch of time absorbed in it is that thing, not a load
        ("are weekends buried in a good book good for me", ("activity", "reading")),
    ],
)
def test_a_doing_weighed_without_a_load_told_first_is_unchanged(
    question: str, expected: tuple[str, str]
) -> None:
    assert _topic(question) == expected
