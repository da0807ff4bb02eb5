"""Topic rule families of round 26, each both ways (a question that now maps, one that keeps
its topic): a thing weighed after a condition or a time frame set first, the doing after where
someone sits or lies to do it, a club or place named by what is done there, trees by their
kind as the outdoors, and "is it normal to …" asked of no one as a question about the world."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.things import bare
from neuroleaf_desktop.domain.insights.topics import WORLD, classify
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


def _check(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a thing weighed after a condition or a time frame set first ----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when my chest is tight, does kayaking on the canal settle me", ("activity", "kayaking")),
        ("on my flat weeks, has dog-sitting at the kennels done anything for me",
         ("activity", "dog-sitting")),
        ("if I'm wound up after work, does fishing help", ("activity", "fishing")),
        ("lately, has sculpting at the studio made any difference", ("activity", "sculpting")),
        # unchanged: a known activity after the frame, and a frame with nothing weighed after it
        ("when I'm restless at night, does reading help me drop off", ("activity", "reading")),
        ("when I'm anxious, does it help to breathe slowly", ("anxiety", "")),
        ("on my low days, what has helped the most", ("low_mood", "")),
    ],
)  # fmt: skip
def test_a_thing_weighed_after_a_frame(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


def test_the_frame_lends_its_feeling_nothing_against_a_sure_classifier() -> None:
    # the feeling of the frame is when the thing is asked about: a classifier sure of that
    # feeling does not answer a thing the journal never names with the feeling's evidence
    sure = {"anxiety": 0.96, "low_mood": 0.01, "activity": 0.02, "sleep": 0.01}
    topic = classify("when I'm panicky, does fishing settle me", activities=DEMO_ACTIVITIES,
                     written=lambda _w: False, learned=lambda _q: sure)  # fmt: skip
    assert (topic.kind, topic.subject) == ("activity", "fishing")


# ---- the doing after where someone sits or lies to do it -------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does sitting on the pier fishing calm me down", ("activity", "fishing")),
        ("does lying in the hammock sketching cheer me up", ("activity", "sketching")),
        # unchanged: no doing after the place, the sitting is what is weighed
        ("does sitting in the garden help my mood", ("activity", "sitting")),
        ("does sitting in the garden reading help my mood", ("activity", "reading")),
    ],
)  # fmt: skip
def test_the_doing_after_a_posture(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a club or a place named by what is done there -------------------------------------------
def test_a_place_named_by_its_doing_is_that_doing() -> None:
    assert bare("climbing wall") == "climbing"
    assert bare("skating rink") == "skating"
    assert bare("knitting group") == "knitting"
    assert bare("bowling alley") == "bowling"
    # a place named by a thing, and a time of day, are no doing
    assert bare("sea wall") == "sea wall"
    assert bare("evening group") == "evening group"
    assert bare("wall") == "wall"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the skating rink in town, has it done anything for my mood", ("activity", "skating")),
        ("does the knitting group at the library help me unwind", ("activity", "knitting")),
        # unchanged: a place named by a thing stays the place
        ("has the darts club helped me since the winter", ("activity", "darts club")),
    ],
)  # fmt: skip
def test_places_named_by_a_doing_in_questions(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- trees by their kind are the outdoors ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a stroll among the silver birches help", ("activity", "nature")),
        ("is sitting under the willows good for my nerves", ("activity", "nature")),
        ("do I sleep better after a ramble through the beeches", ("activity", "nature")),
        # unchanged: a walk with no trees named
        ("does a walk round the block help my mood", ("activity", "walk")),
    ],
)  # fmt: skip
def test_trees_by_their_kind(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- "is it normal to …" asked of no one is about the world ----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it normal to feel flat after the holidays end", ("unknown", "")),
        ("is it common to sleep worse in a heatwave", ("unknown", "")),
        # unchanged: the person's own state, or the person named
        ("is it normal to feel this wiped out every afternoon", ("energy", "")),
        ("is it normal for me to sleep this badly", ("sleep", "")),
        ("is it normal that I get anxious before calls", ("anxiety", "")),
    ],
)  # fmt: skip
def test_normal_asked_of_no_one(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


def test_a_world_question_keeps_its_topic_against_a_sure_classifier() -> None:
    sure = {"anxiety": 0.97, "low_mood": 0.01, "unknown": 0.01, "sleep": 0.01}
    topic = classify("is it normal to feel nervous when the evenings get dark",
                     activities=DEMO_ACTIVITIES, learned=lambda _q: sure)  # fmt: skip
    assert (topic.kind, topic.matched) == ("unknown", (WORLD,))
