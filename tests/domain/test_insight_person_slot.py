"""Where a person stands after a verb of calling or meeting, a preposition or the verb asked
about is never taken for a lower-case name, while a real lower-case name still is."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.topics import classify


@pytest.mark.parametrize(
    "question",
    [
        "do calls with Priya help",
        "do calls help",
        "did calling about the flat help",
        "do calls to the helpline help me",
        "has calling for a chat helped",
    ],
)
def test_a_function_word_after_calling_is_not_a_name(question: str) -> None:
    assert classify(question).subject.lower() not in {"with", "help", "about", "to", "for"}


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("do calls with priya help me", "Priya"),
        ("did calling kate help", "Kate"),
        ("has texting tom helped", "Tom"),
        ("does seeing amara help me", "Amara"),
    ],
)
def test_a_lower_case_name_after_calling_or_meeting_is_still_the_person(
    question: str, name: str
) -> None:
    topic = classify(question)
    assert (topic.kind, topic.subject, topic.subject_kind) == ("activity", name, "name")
