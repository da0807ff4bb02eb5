"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a count said before a thing weighed; fear felt in the body, told by the
part and what it does; three demands listed and said to come together; a condition set by the
weeks the person is in a state; eyes opening on their own as waking; the meal's own time of day
as a time; being dragged under as low mood; cans as a drink; a person the one asking is named
beside, and "each other" as no one; a feeling's own last time said with the feeling first; the
mind rehearsing; a battery running out; a grey rain cloud."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.extract import weighed_subject
from tests.support.insight_topics import topic_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do the 1000-piece jigsaws help me wind down", ("activity", "jigsaws")),
        ("do the 500 piece puzzles calm me down", ("activity", "puzzles")),
        # unchanged: a count before a thing the rules know, or a count with no thing weighed
        ("does a 30 minute swim help", ("activity", "exercise")),
        ("do 20-minute naps help me", ("sleep", "")),
        ("do jigsaws help me wind down", ("activity", "jigsaws")),
    ],
)  # fmt: skip
def test_a_count_before_a_thing_is_not_the_thing(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_the_grounding_slots_read_past_a_count() -> None:
    assert weighed_subject("do the 1000-piece jigsaws help me wind down") == ("jigsaws", "activity")
    assert weighed_subject("does the 2 mile loop help", ("walk",)) is not None
    assert weighed_subject("do 3 help me") is None  # a count alone names nothing


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my belly flips when the phone rings", ("anxiety", "")),
        ("my hands go shaky before meetings", ("anxiety", "")),
        ("a fluttery feeling in my tummy before the hospital appointment", ("anxiety", "")),
        ("a fizzing tightness behind my ribs when the school rings, what eases it",
         ("anxiety", "")),
        # unchanged: heavy legs are tiredness, and a thing weighed keeps its subject
        ("legs like lead by lunchtime, what gives me a lift", ("energy", "")),
        ("does running help when my chest goes tight", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_fear_felt_in_the_body_by_part_and_stir(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the vet, the dentist and the council tax letter on the same day, what eases days like "
         "that", ("stress", "")),
        ("the kids' parents evening, my appraisal and the boiler packing in, all this week, "
         "what helps", ("stress", "")),
        ("my sister's wedding, a work trip and the house move all land in March, what got me "
         "through before", ("stress", "")),
        # unchanged: a list weighed, not piled up
        ("do walks, yoga and reading help my mood", ("activity", "walk")),
    ],
)  # fmt: skip
def test_three_demands_listed_and_come_together(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is the sad heavy feeling worse in the weeks I'm stressed at work", ("low_mood", "")),
        ("do I sleep worse in the weeks I'm anxious", ("sleep", "")),
        ("4.30 on the dot every morning my eyes ping open and that's me done, ideas?",
         ("sleep", "")),
        ("why do my eyes pop open before the alarm", ("sleep", "")),
        ("why does Monday teatime always drag me under", ("low_mood", "")),
        ("be honest, are the cans on a Friday making my weekends worse", ("activity", "alcohol")),
        ("Marcus and me used to meet up every week, when did we last actually see each other",
         ("last_time", "Marcus")),
        ("when did the panicky feeling last hit me this hard", ("last_time", "anxiety")),
        ("when your mind keeps rehearsing everything that might go wrong, what helps you",
         ("anxiety", "")),
        ("after a low day, does my battery run out quicker the following day", ("energy", "")),
        ("there's a little grey rain cloud following me round today, what has cleared it before",
         ("low_mood", "")),
        # unchanged: a time of the day alone, cans of food, eyes kept open at a desk
        ("what helps when I'm in the weeks before a deadline", ("stress", "")),
        ("no puff left by teatime", ("energy", "")),
        ("do the cans of beans count", ("unknown", "")),
        ("can barely keep my eyes open at my desk", ("energy", "")),
        ("when did Tom and I last see each other", ("last_time", "Tom")),
        ("when did my sister last ring me", ("last_time", "family")),
        ("does my phone battery die faster", ("activity", "screen late")),
    ],
)  # fmt: skip
def test_conditions_times_waking_and_company(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
