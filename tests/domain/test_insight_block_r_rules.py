"""Topic rule families of round 29, each both ways (a question that now maps, one that keeps
its topic): a stretch of time framing a visit names the place, not days to split by; a long
story's own last question weighing a thing; an activity only likened to; a meal or catch-up with
people as time with them; feelings by meaning (a chest beating like a drum, stuck in my own
head, the churning, weepier, grey spells, batteries in the red, up at 3, wound tight about
money); drinks in the plural and the pub; yoga by its poses and its mat; a feeling named as the
condition "when the worry's …"; what anyone is meant to get, and the journal out as a file."""

from __future__ import annotations

from datetime import date

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.topics import WORLD
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


def _check(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, DEMO_ACTIVITIES) == expected


# ---- a visit framed by a stretch of time ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how's my sleep after a Friday night at the bowling alley", ("activity", "bowling")),
        ("am I calmer after a morning at the garden centre", ("activity", "garden centre")),
        ("is my mood up after a weekend in Whitby", ("activity", "Whitby")),
        # unchanged: a default activity with its place, and work, are what they were
        ("am I calmer after an afternoon in the pine wood", ("activity", "nature")),
        ("how is my mood after a day at work", ("low_mood", "")),
        ("how is my mood on saturdays", ("low_mood", "")),
    ],
)  # fmt: skip
def test_a_stretch_of_time_frames_the_place(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


def test_the_framing_stretch_is_no_time_to_split_by() -> None:
    framed = classify("is my anxiety lower after an evening at the allotment",
                      activities=DEMO_ACTIVITIES, today=date(2026, 11, 2))  # fmt: skip
    assert (framed.subject, framed.times) == ("allotment", "")
    evenings = classify("is my anxiety lower in the evenings", today=date(2026, 11, 2))
    assert (evenings.kind, evenings.times) == ("anxiety", "evenings")


# ---- a long story, then its own question ------------------------------------------------------
STORY = (
    "The landlord's selling the flat and my sister's been staying on the sofa for a month, "
    "so the whole family is on top of each other and I can't hear myself think. "
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (STORY + "Does the pottery studio actually calm me down?", ("activity", "pottery studio")),
        (STORY + "Do my runs help when it's like this?", ("activity", "exercise")),
        # unchanged: the question points back to the story, or asks what helps
        (STORY + "Does it help to get out of the house?", ("activity", "family")),
        (STORY + "What's helped me feel less anxious before?", ("anxiety", "")),
    ],
)  # fmt: skip
def test_the_last_question_of_a_story_weighs_its_own_thing(
    question: str, expected: tuple[str, str]
) -> None:
    _check(question, expected)


# ---- an activity likened to, a meal with people -----------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my heart goes like a drum before meetings, what helps", ("anxiety", "")),
        ("my head's like a washing machine at night, what's helped", ("sleep", "")),
        ("does drumming help me unwind", ("activity", "music")),
        ("do Sunday lunches with the family lift me", ("activity", "family")),
        ("do dinners with my cousins lift me", ("activity", "family")),
        # unchanged: a thing done with them is a thing of its own
        ("does mahjong with the aunties settle me", ("activity", "mahjong")),
    ],
)  # fmt: skip
def test_likened_and_shared_with(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- feelings by meaning ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("stuck in my own head all week, what settled me last time", ("anxiety", "")),
        ("there's this churning every Monday, what eases it", ("anxiety", "")),
        ("I get tearier when I'm run down, true?", ("low_mood", "")),
        ("how did I climb out of the last gloomy patch", ("low_mood", "")),
        ("my batteries are on empty by Wednesday, what helped", ("energy", "")),
        ("awake till 4 again, what got me sleeping before", ("sleep", "")),
        ("wound so tight about the bills, what helped last time", ("stress", "")),
        # the feeling named as the condition counts half: sleep is what is asked after
        ("do I sleep worse when the panic's been bad in the day", ("sleep", "")),
        # unchanged: an afternoon hour is no night
        ("I'm up at 3pm most days and still tired, what helps", ("energy", "")),
    ],
)  # fmt: skip
def test_feelings_by_meaning(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- drinks, the pub, yoga's poses --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do a few lagers on a Friday wreck my Saturday", ("activity", "alcohol")),
        ("do I sleep badly after a night in the pub", ("activity", "alcohol")),
        ("does a bit of pigeon pose before bed help me sleep", ("activity", "yoga")),
        ("does ten minutes on the mat in the morning calm me", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_drinks_and_poses(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- about the world or the app ---------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "how much exercise is an adult supposed to do each week",
        "how many hours do most people need a night",
        "can I get my entries out into a spreadsheet",
    ],
)
def test_about_the_world_or_the_app(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES)
    assert (topic.kind, topic.matched) == ("unknown", (WORLD,))
