"""Topic rule families of round 30, each both ways (a question that now maps, one that keeps
its topic): a thing weighed inside a frame of how much or when ("a spot of", "an evening's",
"of a Sunday", "off the pier") and by verbs of rest and energy ("unwind", "recharge", "wear me
out"); a weighing put to someone's reading ("do my entries show …", "be honest, …"); days named
by what goes on in them as the condition of a feeling; wild open land, friends by where they
were met, a game on a phone in bed, a night counted in unbroken hours."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.wording import repaired
from tests.support.insight_topics import topic_of


# ---- the thing weighed inside a frame, by any verb of effect ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does a spot of whittling of a Sunday wind me down?", ("activity", "whittling")),
        ("Has an evening's bell ringing at the church ever steadied me?",
         ("activity", "bell ringing")),
        ("Does a bit of birdwatching along the estuary relax me?", ("activity", "birdwatching")),
        ("has a morning of paddleboarding off the beach ever calmed me?",
         ("activity", "paddleboarding")),
        ("Does a sauna recharge me?", ("activity", "sauna")),
        ("Does an evening of whist help me switch off?", ("activity", "whist")),
        # unchanged: a default activity in the same frame, and a feeling asked with no thing
        ("Does a bit of yoga of an evening unwind me?", ("activity", "yoga")),
        ("what helps me unwind after a long day", ("stress", "")),
        ("does my anxiety wear me out", ("energy", "")),
    ],
)  # fmt: skip
def test_a_thing_in_a_frame_is_weighed(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a weighing put to someone's reading ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("Honestly, do my entries suggest archery calms me?", "do archery calms me?"),
        ("Tell me straight, does the data show that the allotment helps?",
         "does the allotment helps?"),
        ("out of interest, would you say the lido lifts me", "would the lido lifts me"),
        # the person is what the frame weighs: kept as asked
        ("do you think I sleep worse after wine?", "do you think I sleep worse after wine?"),
        ("I go to choir, do you reckon it lifts me?", "I go to choir, do you reckon it lifts me?"),
    ],
)  # fmt: skip
def test_a_reading_frame_is_dropped_before_a_thing(question: str, read_as: str) -> None:
    assert repaired(question) == read_as


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Honestly, do my entries suggest archery calms me?", ("activity", "archery")),
        ("Be straight with me, does my journal show the allotment helps?",
         ("activity", "allotment")),
        ("does your data say I sleep better after yoga?", ("activity", "yoga")),
        ("do you think I sleep worse after wine?", ("activity", "alcohol")),
    ],
)  # fmt: skip
def test_a_thing_weighed_through_a_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- days named by what goes on in them: the condition of the feeling asked after ------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Am I more tearful on weeks the rota's brutal?", ("low_mood", "")),
        ("Do I feel lower in the weeks when deadlines pile up?", ("low_mood", "")),
        ("Do I feel flat on days the kids run me ragged?", ("low_mood", "")),
        ("is my sleep worse on days work is manic", ("sleep", "")),
        # unchanged: the feeling asked is the load itself, or the only feeling is the condition
        ("Am I more stressed on weeks the workload is heavy?", ("stress", "")),
        ("what helps on days the anxiety is bad?", ("anxiety", "")),
    ],
)  # fmt: skip
def test_days_named_by_what_goes_on_are_the_condition(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- the everyday words of activities and of a night's sleep ----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does rambling across the moors help my nerves?", ("activity", "nature")),
        ("Is a mooch round the heath good for me?", ("activity", "nature")),
        ("Do walks up the fells clear my head?", ("activity", "nature")),
        ("has a tramp along the coast path ever lifted me", ("activity", "nature")),
        ("Do curry nights with the old school gang cheer me up?", ("activity", "friends")),
        ("does seeing the work crowd on a Friday help", ("activity", "friends")),
        ("Does playing games on the tablet in bed till one affect my sleep?",
         ("activity", "screen late")),
        ("When did I last manage six uninterrupted hours?", ("last_time", "sleep")),
        ("what helps me get a solid 7 hours", ("sleep", "")),
        # unchanged: a walk with no wild land, a run, and hours of work, not of sleep
        ("do walks help my mood", ("activity", "walk")),
        ("does running help my mood", ("activity", "exercise")),
        ("when did I last work ten hours straight", ("last_time", "work")),
    ],
)  # fmt: skip
def test_everyday_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
