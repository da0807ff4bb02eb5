"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): what settles a state left unnamed, and pins and needles had about
something, as fear; a heart weighed down as low mood; a load landing on one morning and a
sight blurred by it as stress; a run of nights as a streak, not a run; a thing the story alone
is after as its scene; a side weighed better than another, or a stretch spent at a place, as
the side a comparison opens with; a time told as long gone and then asked for as a last time;
a spent or troubled state told with what it came after, then asked of, as that state; a plate
loaded however it is said, irons in the fire, wits' end and work all due together as stress."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- fear asked of by what settles it; a heart weighed down -----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("big crowded shops do something to me, what settles it", ("anxiety", "")),
        ("when you're all pins and needles waiting on the results, what helps", ("anxiety", "")),
        ("the heaviest-hearted weeks this year, what got me through", ("low_mood", "")),
        # unchanged: a doing weighed by what it settles keeps its subject, pins and needles in
        # the feet are no fear, and a night that settles into sleep is sleep
        ("does knitting settle me when I'm wound up", ("activity", "knitting")),
        ("pins and needles in my feet at night, any pattern", ("sleep", "")),
    ],
)  # fmt: skip
def test_fear_settled_and_heart_weighed(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a load on one morning, a blurred sight, a streak of nights, the story's scene -----------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the vet, the boiler man and my mum's dentist all on one afternoon, what's helped",
         ("stress", "")),
        ("snowed under to the point I can't see straight, what got me through", ("stress", "")),
        ("after a run of bad nights what usually gets me back on track", ("sleep", "")),
        ("The kids are fine and the car's sorted after the bump, yet I've been tearful for "
         "days and can't say why. What helped when I've been like this?", ("low_mood", "")),
        # unchanged: a run itself is exercise, someone seen by name is the person, and a
        # thing asked after in the ask is weighed
        ("does a run before work help my mood", ("activity", "exercise")),
        ("am I calmer after seeing Dana", ("activity", "Dana")),
        ("am I calmer after pottery", ("activity", "pottery")),
    ],
)  # fmt: skip
def test_load_sight_streak_and_scene(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the side a comparison opens with; a time long gone asked for -----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is an afternoon at the allotment better for me than the gym", ("activity", "allotment")),
        ("is the choir better for my nerves than the running club", ("activity", "choir")),
        ("Uncle Tunde came to stay ages ago, when was that", ("last_time", "Tunde")),
        # unchanged: two known sides keep their order, and a time long gone asked about by
        # what helped weighs it
        ("is a swim better for me than a walk", ("activity", "exercise")),
        ("the trip to Lisbon was ages ago, did it do me any good", ("activity", "Lisbon")),
    ],
)  # fmt: skip
def test_compared_side_and_long_gone(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a state told with what it came after, then asked of ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("feeling wiped out after socialising all weekend, what helps", ("energy", "")),
        ("I'm shattered after shearing, what's got me back on my feet", ("energy", "")),
        ("so edgy after visiting Mum, what's calmed me", ("anxiety", "")),
        # unchanged: a state the better for a doing weighs it, and so does a question of it
        ("I always feel calmer after yoga, what else helps", ("activity", "yoga")),
        ("am I more tired after the gym, what do you think", ("activity", "exercise")),
        ("am I calmer after pottery", ("activity", "pottery")),
    ],
)  # fmt: skip
def test_state_told_with_what_it_came_after(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a plate loaded, irons in the fire, wits' end, work due together -------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("got more on me plate than a Sunday carvery, what's helped", ("stress", "")),
        ("my plate's overflowing this month, how did I get through before", ("stress", "")),
        ("far too many irons in the fire lately, what helped", ("stress", "")),
        ("nearly at my wits' end with the paperwork, what got me through", ("stress", "")),
        ("everything for the audit is due in the same week, what helped", ("stress", "")),
        # unchanged: a plate of food weighed is the thing weighed
        ("is a full plate at dinner good for me", ("activity", "full plate")),
    ],
)  # fmt: skip
def test_plate_irons_wits_and_due_together(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
