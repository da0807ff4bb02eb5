"""Topic rule families of round 17, each both ways (a question that now maps, one that keeps
its topic): questions about people in general, waiting for something bad, images of lying
awake, a list of demands piling up, a feeling stated with its cause, losing the pleasure of
things, the noun forms of music and of a walk in the woods, "doing me any good", and one
slip in the name of a place."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.wording import repaired

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late", "study"}  # fmt: skip


def _topic(question: str) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES)
    return topic.kind, topic.subject


# ---- the world: what people in general do or need -------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much exercise should an adult get each week", ("unknown", "")),
        ("why do people get anxious before exams", ("unknown", "")),
        ("how long does the average person take to fall asleep", ("unknown", "")),
        # unchanged: the person's own need, a bare feeling, second person with a feeling
        ("how many hours of sleep do I need", ("sleep", "")),
        ("sleep?", ("sleep", "")),
        ("what should you do when you can't sleep", ("sleep", "")),
    ],
)
def test_a_question_about_people_in_general_is_about_the_world(
    question: str, expected: tuple[str, str]
) -> None:
    assert _topic(question) == expected


# ---- feelings: waiting for harm, lying awake, things piling up, pleasure gone ---------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I keep thinking something awful is going to happen, what helps", ("anxiety", "")),
        ("there's this sense of impending doom most mornings", ("anxiety", "")),
        ("I lay there for hours last night, what helps me drop off", ("sleep", "")),
        ("what helped me drop off when it was this bad before", ("sleep", "")),
        ("work, the move and my dad's illness, what helped when it piled up", ("stress", "")),
        ("I used to enjoy things and now I don't, has this happened before", ("low_mood", "")),
        ("I've kept the curtains drawn all week", ("low_mood", "")),
        # unchanged: a plain worry, a plain wake, a plain low
        ("why do I feel so worried", ("anxiety", "")),
        ("why do I wake at 5", ("sleep", "")),
        ("what helps when I feel down", ("low_mood", "")),
    ],
)
def test_new_images_of_a_feeling(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- an activity met only in a list of demands or as the stated cause of a feeling ----------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("so anxious about my exams", ("anxiety", "")),
        ("feeling really low over all the housework", ("low_mood", "")),
        ("the kids, my parents and a new boss, how do I cope when it all piles up", ("stress", "")),
        # unchanged: a question weighing the activity, the activity asked about, a short clause
        ("do exams make me anxious?", ("activity", "study")),
        ("does studying stress me out", ("activity", "study")),
        ("after yoga, how is my mood", ("activity", "yoga")),
    ],
)
def test_an_activity_that_only_sets_the_scene(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- activities written as nouns ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does putting an album on calm me down", ("activity", "music")),
        ("is a stroll through the countryside good for me", ("activity", "nature")),
        ("is qigong doing me any good", ("activity", "qigong")),
        ("is the gym doing me any good", ("activity", "exercise")),
        # unchanged: a walk with no countryside, a record that is not music
        ("do my walks help my mood", ("activity", "walk")),
        ("is my sleep record any better this month", ("sleep", "")),
    ],
)
def test_activities_written_as_nouns(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- one slip in the name of a place; texting "wit" -----------------------------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("a day in the forrest", "a day in the forest"),
        ("out wit friends", "out with friends"),
        ("waking up early", "waking up early"),  # a real word one slip from "walking" stays
    ],
)
def test_place_and_texting_repairs(typed: str, meant: str) -> None:
    assert repaired(typed) == meant
