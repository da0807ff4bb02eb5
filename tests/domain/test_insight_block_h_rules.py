"""Topic rule families of round 18, each both ways (a question that now maps, one that keeps
its topic): demands stacking up or landing at once, one slip in an activity's name, holidays
as times, a name that opens the question by getting in touch, "made any difference", "how
long's it been since", a verb joined to its activity ("listening to music"), and what an
effect verb acts on through "a bit of"; and a feeling's last time the classifier may not undo."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.topics import Topic, arbitrate
from neuroleaf_desktop.domain.insights.wording import repaired

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late", "study"}  # fmt: skip


def _topic(question: str) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES)
    return topic.kind, topic.subject


# ---- too much at once: a list of demands that stacked up or landed together ------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "exams, a new flat and my gran in hospital, what helped last time it all stacked up",
            ("stress", ""),
        ),
        (
            "my mum's surgery, a job interview and the flat hunt, what got me through when it all "
            "came at once",
            ("stress", ""),
        ),
        ("bills and the car both going wrong at the same time, how do I cope", ("stress", "")),
        # unchanged: "stack up against" compares, a single activity, a plain stress question
        ("how do my sleep hours stack up against last month", ("sleep", "")),
        ("does seeing my mum help", ("activity", "family")),
        ("what helps when I'm stressed", ("stress", "")),
    ],
)
def test_demands_stacking_up(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- one slip in an activity's name or the words around it ----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is runing doing me any good", ("activity", "exercise")),
        ("is cycling actualy good for me", ("activity", "exercise")),
        ("does swiming help me sleep", ("activity", "exercise")),
        # unchanged: a walk (one slip from "waking" stays unrepaired), a real word
        ("do my walks help my mood", ("activity", "walk")),
        ("why do I keep waking at 3", ("sleep", "")),
    ],
)
def test_slips_in_activity_names(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("swiming", "swimming"),
        ("joging", "jogging"),
        ("actualy anyting", "actually anything"),
        ("waking early", "waking early"),  # a real word one slip from "walking" stays
        ("cunning plan", "cunning plan"),  # not one slip from "running": its first letter
    ],
)
def test_activity_repairs(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


# ---- a holiday is a time, not a person or a place --------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("have I slept worse since Easter", ("sleep", "")),
        ("was my mood better over Diwali", ("low_mood", "")),
        ("am I calmer since Christmas", ("anxiety", "")),
        # unchanged: a person's name, a place
        ("does seeing Esther cheer me up", ("activity", "Esther")),
        ("was I happier in Lisbon", ("activity", "Lisbon")),
    ],
)
def test_holidays_are_times(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- a name opening the question by getting in touch ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Siobhan texted this morning and I perked up, does she lift me",
            ("activity", "Siobhan"),
        ),
        ("Kwame came round yesterday and I felt lighter, is that a pattern", ("activity", "Kwame")),
        # unchanged: a pronoun, "nobody", a known word, a family role opening the sentence
        ("Nobody rang me all week, why do I feel so lonely", ("low_mood", "")),
        ("She called me and I felt worse, why", ("low_mood", "")),
        ("Work rang me on my day off and I felt awful", ("stress", "")),
        ("Mum rang and I felt better", ("activity", "family")),
    ],
)
def test_a_name_that_gets_in_touch(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- "made any difference", a verb joined to its activity, "a bit of" --------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has the choir made any difference to my mood", ("activity", "choir")),
        ("has the allotment made any difference to me", ("activity", "allotment")),
        ("does listening to music help me unwind", ("activity", "music")),
        ("does going for a run clear my head", ("activity", "exercise")),
        ("when I'm worried, what gives me a little energy", ("energy", "")),
        ("when I'm stressed, what gives me a bit of sleep", ("sleep", "")),
        # unchanged: a difference not made by a thing, a new thing of a verb and a noun
        ("what made the difference last time I was this low", ("low_mood", "")),
        ("does listening to podcasts help me sleep", ("activity", "listening to podcasts")),
    ],
)
def test_weighed_things(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- "how long's it been since" asks for a date ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long's it been since I went running", ("last_time", "exercise")),
        ("how long's it been since I saw my cousin", ("last_time", "family")),
        ("how long has it been since I felt calm", ("last_time", "anxiety")),
        # unchanged: how long something takes is not a last time
        ("how long does it take me to fall asleep", ("sleep", "")),
        ("since I started yoga how have I slept", ("activity", "yoga")),
    ],
)
def test_how_long_since(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- a feeling's last time the rules read stays a last time -----------------------------------
def test_a_sure_classifier_keeps_a_feelings_last_time() -> None:
    asked = Topic("last_time", "anxiety", "feeling", "keywords", score=1.0)
    assert arbitrate(asked, {"anxiety": 0.9, "last_time": 0.1}) == asked
    # the other way round still switches: a feeling the classifier reads as its last time
    felt = Topic("anxiety", method="keywords", score=1.0)
    switched = arbitrate(felt, {"last_time": 0.9, "anxiety": 0.1})
    assert (switched.kind, switched.subject, switched.subject_kind) == (
        "last_time",
        "anxiety",
        "feeling",
    )
