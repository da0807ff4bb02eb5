"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): the body braced or startled (teeth ground, a jump at every sound, a
heart fluttering) as fear; a spring counted as none ("zero juice") as energy; the colour
draining out of things, not bothering to answer messages and spirits lifted as a mood; a wood
named by its trees, a practice's style by its name, counting what one is grateful for, a doing
picked up, a doing told at length up front and a doing named by its boat or its bells as their
activities; a seaside town's beach as the town."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.hobby_tools import tool_doing, tools_in
from neuroleaf_desktop.domain.insights.things import bare
from neuroleaf_desktop.domain.insights.vocabulary import activity_pattern
from tests.support.insight_topics import topic_of


# ---- the body braced or startled -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("been clenching my jaw all week at my desk, what eased it before", ("anxiety", "")),
        ("I jump a mile at the slightest noise lately, anything that helped", ("anxiety", "")),
        ("my heart keeps skipping before meetings, what calms me", ("anxiety", "")),
        ("palpitations before every shift, any pattern", ("anxiety", "")),
        # unchanged: jumping at a chance is eagerness, no fear
        ("I jump at any chance to go walking, does it help my mood", ("activity", "walk")),
        ("what helps when I'm low", ("low_mood", "")),
    ],
)  # fmt: skip
def test_body_braced(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a spring counted as none; the colour draining; spirits lifted ---------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("zero fuel left by mid-afternoon, what's helped", ("energy", "")),
        ("hardly any juice in me after the school run, what gets me going", ("energy", "")),
        ("when the colour fades out of the days, what brought me back", ("low_mood", "")),
        ("can't be bothered to reply to messages this week, what's helped before",
         ("low_mood", "")),
        ("after a rough night, what raises my spirits", ("low_mood", "")),
        # unchanged: a thing written down is no low mood, and plain tiredness is energy
        ("can't be bothered to get up in the mornings, what's helped", ("energy", "")),
        ("after a bad night, am I more tired", ("energy", "")),
    ],
)  # fmt: skip
def test_spring_colour_spirits(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- canonical activities in new words ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a morning in the beech wood, does it help my mood", ("activity", "nature")),
        ("the Wednesday yin class, any good for my sleep?", ("activity", "yoga")),
        ("listing five things I'm thankful for each night, has it helped",
         ("activity", "journaling")),
        ("writing down a few things I'm grateful for at bedtime, has it made any difference",
         ("activity", "journaling")),
        # unchanged: yin and yang is no class
        ("is there a yin and yang to my moods", ("low_mood", "")),
    ],
)  # fmt: skip
def test_canonical_in_new_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a doing picked up, told up front, named by its boat or bells; a town's beach ------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has picking up the ukulele cheered me at all", ("activity", "music")),
        ("has picking up bouldering done anything for me", ("activity", "bouldering")),
        ("ringing handbells with the church group, does it lift me", ("activity", "bell ringing")),
        ("is the canoe on the river good for my head", ("activity", "canoeing")),
        ("taking the paddle board out on the river, any good for my mood",
         ("activity", "paddleboarding")),
        ("does a week at Whitby harbour help my sleep", ("activity", "Whitby")),
        # unchanged: a story that opens with a gerund is no doing weighed, and a beach is a
        # place of its own
        ("does going to the beach help my mood", ("activity", "beach")),
    ],
)  # fmt: skip
def test_doings_and_places(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_tools_name_their_doing() -> None:
    assert tool_doing("the sea kayak") == "sea kayaking"
    assert tool_doing("kayaks") == "kayaking"
    assert tools_in("when did I last go out in the kayak") == "kayaking"
    # bells heard are no doing
    assert tools_in("the church bells woke me, did I sleep badly") == ""
    # a wood by its trees, not one worked into a floor
    assert activity_pattern("nature").search("an hour in a larch wood")
    assert not activity_pattern("nature").search("sanding the oak wood floor")
    assert bare("Tenby beach") == "Tenby"
    assert bare("the beach") == "the beach"
