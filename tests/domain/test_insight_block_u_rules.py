"""Topic rule families of round 32, each both ways (a question that now maps, one that keeps
its topic): a walk by the unhurried way it is taken ("an amble", "a mooch"), friends by what was
shared with them ("my housemates"), a beer by its kind or by the can, a dough or a dish worked by
hand, the times a thing fills named in the plural ("my evenings playing chess"), and what happens at
work ("a row at the office") as work, not a thing weighed; a load bearing down and a pace not
kept ("I can't keep up") as stress."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.things import bare
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- a walk by the unhurried way it is taken ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does an amble along the seafront before work help my mood?", ("activity", "walk")),
        ("is a mooch round the market on Saturdays good for me?", ("activity", "walk")),
        ("do my saunters to the corner shop lift me at all?", ("activity", "walk")),
        ("has wandering round town on my lunch break helped my nerves?", ("activity", "walk")),
        # unchanged: a mind that wanders walks nowhere; among trees the walk is the outdoors
        ("my mind keeps wandering at night, what helped me drop off?", ("sleep", "")),
        ("does an amble through the woods calm me?", ("activity", "nature")),
        # ... whatever trees the woods are of, in any form of the walk
        ("is ambling through the oak woods good for my head?", ("activity", "nature")),
        ("does a dawdle across the open fields help me unwind?", ("activity", "nature")),
    ],
)  # fmt: skip
def test_a_walk_by_the_way_it_is_taken(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- friends by what was shared with them -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are my quiz nights with the housemates good for my head?", ("activity", "friends")),
        ("do nights in with my housemates help my mood?", ("activity", "friends")),
        # an occasion however it is had is time with them: "long lunches" are lunches
        ("do long lunches with my classmates cheer me up?", ("activity", "friends")),
        # unchanged: a thing played with them is the thing; a person by name is more specific
        ("does five-a-side with my teammates cheer me up?", ("activity", "five-a-side")),
        ("do my walks with my flatmate Ines help?", ("activity", "Ines")),
    ],
)  # fmt: skip
def test_friends_by_what_was_shared(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a beer by its kind or by the can ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a pint of bitter on a Friday make my weekend worse?", ("activity", "alcohol")),
        ("how do a couple of cans on the sofa affect my sleep?", ("activity", "alcohol")),
        ("are the craft ales at the weekend doing me harm?", ("activity", "alcohol")),
        ("is a sherry before dinner bad for my mood?", ("activity", "alcohol")),
        # unchanged: "bitter" alone is a feeling, a glass of water is no drink of that kind
        ("I feel bitter and flat all week, what lifted me before?", ("low_mood", "")),
        ("does a glass of water before bed help me sleep?", ("sleep", "")),
    ],
)  # fmt: skip
def test_a_beer_by_its_kind(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a dough or a dish worked by hand ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does shaping dumplings with my nan calm me down?", ("activity", "cooking")),
        ("is chopping onions for a curry oddly soothing for me?", ("activity", "cooking")),
        ("does pizza-making on Fridays cheer me up?", ("activity", "cooking")),
        # unchanged: eating a dish is not making it
        ("does eating pizza make me feel worse?", ("activity", "eating pizza")),
    ],
)  # fmt: skip
def test_a_dish_worked_by_hand(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the times a thing fills, in the plural ----------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "thing"),
    [
        ("evenings playing chess", "chess"),
        ("Sunday afternoons playing cribbage", "cribbage"),
        ("weekends doing jigsaws", "jigsaws"),
        # unchanged: a time of day with a club stays whole; one time in the singular goes too
        ("the evening group", "the evening group"),
        ("morning swims", "swims"),
    ],
)
def test_the_times_a_thing_fills(phrase: str, thing: str) -> None:
    assert bare(phrase) == thing


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do my evenings playing mahjong help me relax?", ("activity", "mahjong")),
        ("do my weekends playing darts help my mood?", ("activity", "darts")),
    ],
)
def test_a_thing_done_in_the_times_it_fills(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- what happens at work is work, not a thing weighed ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the days after a bust-up at work, am I more drained?", ("energy", "")),
        ("after a reshuffle in the office do I sleep worse?", ("sleep", "")),
        # unchanged: a thing done elsewhere is weighed, and the journal does not hold it
        ("after a ceilidh at the village hall, am I more drained?", ("activity", "ceilidh")),
    ],
)
def test_what_happens_at_work_is_work(question: str, expected: tuple[str, str]) -> None:
    # the journal names none of these things: a thing weighed would be answered as not there
    topic = classify(question, activities=DEMO_ACTIVITIES, written=lambda _word: False)
    assert (topic.kind, topic.subject) == expected


# ---- a load bearing down and a pace not kept are stress ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the bills are weighing down on me this month, what helped before?", ("stress", "")),
        ("it all bears down at once on Mondays, what got me through?", ("stress", "")),
        ("I just can't keep up lately, anything that eased it?", ("stress", "")),
        # unchanged: down as a mood is still low mood
        ("I've felt down since the holiday, what lifted me last time?", ("low_mood", "")),
    ],
)
def test_a_load_bearing_down_is_stress(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
