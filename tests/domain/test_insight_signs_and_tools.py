"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a throat closing and a buzz in the hands as fear; the taste gone out of
things and life watched through glass as low mood; lying awake into the small hours as sleep;
being pulled between demands as stress (the people in it are the load); the day's edges as
times, not things; the spring in a body sapped and limbs gone leaden as energy; a wood by its
trees in one word; a book thick as a doorstop; the days someone goes and does a thing; a doing
named by its tools; and a slot's phrase that never ends inside a word."""

from __future__ import annotations

import re

import pytest

from neuroleaf_desktop.domain.insights.extract import subject_in
from neuroleaf_desktop.domain.insights.hobby_tools import tool_doing, tools_in
from tests.support.insight_topics import topic_of


# ---- the body braced in fear: a throat closing up, a buzz in the hands -------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my throat closes up whenever my manager's name flashes on the screen, what eased that",
         ("anxiety", "")),
        ("why is there a tingling in my fingers before every dentist appointment",
         ("anxiety", "")),
        ("the buzzing in my palms before a big presentation, what settles it", ("anxiety", "")),
        # unchanged: a phone scrolled late is the late screen; a shop closing up is no fear
        ("does scrolling on my phone till one wreck my sleep", ("activity", "screen late")),
        ("I'm stressed about closing up the shop, what helps", ("stress", "")),
    ],
)  # fmt: skip
def test_the_body_braced(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the taste gone out of things; life watched through glass ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("everything tastes of ash lately, is that a pattern", ("low_mood", "")),
        ("nothing tastes of anything this month, why", ("low_mood", "")),
        ("it's as if I'm watching it all go by through a rainy window, why", ("low_mood", "")),
        ("why does it feel like I'm watching the world from behind glass", ("low_mood", "")),
        ("why do the days feel so leaden lately", ("low_mood", "")),
        # unchanged: a taste of a food asked about, a window weighed as a thing
        ("does cooking a curry help my mood", ("activity", "cooking")),
    ],
)  # fmt: skip
def test_the_colour_gone(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- lying awake into the small hours; the day's edges are times ------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why am I lying there making lists in my head at three", ("sleep", "")),
        ("lying there replaying conversations till half four, what helps", ("sleep", "")),
        ("what keeps waking me up at daybreak", ("sleep", "")),
        # unchanged: a feeling at dusk; half four said alone is the afternoon
        ("why do I crash at dusk every day", ("energy", "")),
        ("why am I so tired at half four every afternoon", ("energy", "")),
    ],
)  # fmt: skip
def test_small_hours(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- pulled between demands: the people and places named are the load ------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I'm pulled between my dad's hospital visits, the school run and the till, what helps",
         ("stress", "")),
        ("weeks where I'm stretched between the family and the office, what got me through",
         ("stress", "")),
        # unchanged: time with the family weighed
        ("do Sunday dinners with my family cheer me up", ("activity", "family")),
    ],
)  # fmt: skip
def test_pulled_between(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the spring in a body sapped; limbs gone leaden ------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's sapping all my zip lately", ("energy", "")),
        ("what's been sapping my strength so much", ("energy", "")),
        ("something keeps sapping my get-up, what is it", ("energy", "")),
        ("my legs feel leaden by the evening, any pattern", ("energy", "")),
    ],
)  # fmt: skip
def test_sapped(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- canonical activities in new words; the days someone goes and does a thing ----------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do I feel better after a ramble through the pinewoods", ("activity", "nature")),
        ("does wandering the oakwoods clear my head", ("activity", "nature")),
        ("does a doorstop about the Tudors help me wind down", ("activity", "reading")),
        ("is a big doorstopper before bed good for me", ("activity", "reading")),
        ("is my mood any better on the days I go kayaking", ("activity", "kayaking")),
        ("how's my sleep on the nights I go bouldering", ("activity", "bouldering")),
        # unchanged: a wander of the mind is no walk; days named by what they are like
        ("is my mood worse on the rainy days", ("low_mood", "")),
    ],
)  # fmt: skip
def test_new_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a doing named by its tools ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did I last get the sketchbook out", ("last_time", "sketching")),
        ("how long since I sat down at the sewing machine", ("last_time", "sewing")),
        ("which evening did I last sit down with the watercolour pencils",
         ("last_time", "painting")),
        ("does the paintbox help me unwind", ("activity", "painting")),
        # unchanged: the medium alone is the art itself; sitting down is no low mood
        ("has the watercolour course done me any good", ("activity", "watercolour")),
    ],
)  # fmt: skip
def test_tools(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("thing", "doing"),
    [("the easel", "painting"), ("my crochet hook", "crochet"), ("knitting needles", "knitting"),
     ("paints", ""), ("wool", ""), ("watercolour", "")],
)  # fmt: skip
def test_tool_doing(thing: str, doing: str) -> None:
    assert tool_doing(thing) == doing


def test_tools_in_takes_the_first_named() -> None:
    assert tools_in("I moved the sewing machine to make room for the easel") == "sewing"
    assert tools_in("does gardening help") == ""


# ---- a slot's phrase never ends inside a word ---------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "when did I last eat a proper lunch sitting down, not at the desk",
        "when did I last eat at the table with everyone",
        "since I last wrote at length, what changed",
    ],
)
def test_subject_is_whole_words(question: str) -> None:
    found = subject_in(question)
    assert found is None or re.search(rf"\b{re.escape(found[0])}\b", question, re.I)
