"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a thing taken up, with the person left unsaid, over an activity that
only names where it is done; what is on in the background of a thing weighed; an occasion
named by the part of the day it fills; a comparison's first side on its way out to a place; a
person opening a question by what they keep doing to the one asking; the mind picturing every
disaster as fear."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.things import bare
from tests.support.insight_topics import topic_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("since taking up bouldering at the climbing centre, any change in how low I get",
         ("activity", "bouldering")),
        ("since starting fencing at the sports hall, am I sleeping better",
         ("activity", "fencing")),
        # unchanged: the activity named as the thing done, not only as the place
        ("since taking up climbing, any change in how low I get", ("activity", "exercise")),
        ("since I started yoga, has my sleep improved", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_a_thing_taken_up_over_the_place_it_is_done(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do my crochet evenings with a film on help me unwind", ("activity", "crochet")),
        ("do quiz nights with the telly on help me relax", ("activity", "quiz")),
        ("paddleboarding out on the estuary versus a session at the gym, what's better for my head",
         ("activity", "paddleboarding")),
        # unchanged: the film weighed itself, evenings had with people, a known first side
        ("do films in the evenings help me unwind", ("activity", "tv")),
        ("are the Catan evenings with my old colleagues doing me any good",
         ("activity", "friends")),
        ("a swim out at the lido versus a walk, which calms me more", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_background_occasions_and_first_sides(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_an_occasion_is_the_doing_but_a_time_stays_a_time() -> None:
    assert bare("crochet evenings") == "crochet"
    assert bare("quiz nights") == "quiz"
    assert bare("Sunday evenings").endswith("evenings")  # never the day alone
    assert bare("late nights") == "late nights"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Jess keeps asking when I'll next pop round, how long ago was my last visit to hers",
         ("last_time", "Jess")),
        ("when you keep imagining every disaster that could happen to your kids, what's worked",
         ("anxiety", "")),
        # unchanged: a capital opening a sentence that no one does anything with is no name
        ("Lately I keep asking myself what helps when I'm low", ("low_mood", "")),
        ("imagining the garden in bloom, does planning it help my mood", ("low_mood", "")),
    ],
)  # fmt: skip
def test_a_person_by_what_they_keep_doing_and_a_disaster_pictured(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected
