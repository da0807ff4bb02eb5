"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a heart going at a speed of its own and unease in any form as fear;
spirits sunk ("downhearted", "the doldrums", a heaviness) and an emptied image read by what the
ask wants back as a mood; a night in with people as company, not sleep; to shift a thing as
getting rid of it, not a work shift; a round walked, a wander about a plantation, a dish built
in layers and a book by its kind or heft as their activities; a doing put up front after the
day it recurs, weighed by the difference it makes or whether to keep it up; a rule for people at
large or an age group as a question about the world."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.things import new_phrase
from tests.support.insight_topics import topic_of


# ---- a heart at a speed of its own, unease ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("heart going nineteen to the dozen before the dentist, what calms it", ("anxiety", "")),
        ("why is my heart beating like mad every time the post comes", ("anxiety", "")),
        ("this uneasiness on Sunday evenings, where does it come from", ("anxiety", "")),
        # unchanged: a heart glad of something is no fear, and a run is a run
        ("does running help my heart and my mood", ("activity", "exercise")),
        ("what helps when I'm low", ("low_mood", "")),
    ],
)  # fmt: skip
def test_heart_and_unease(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- spirits sunk, and an emptied image read by its ask ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("feeling dispirited since the move, what helped before", ("low_mood", "")),
        ("really despondent this week", ("low_mood", "")),
        ("stuck in the doldrums again, anything that shifts it?", ("low_mood", "")),
        ("there's a heaviness over everything, what lifts it", ("low_mood", "")),
        ("like a deflated balloon all week, what's cheered me up before", ("low_mood", "")),
        # a heaviness in the legs is the body's, no mood: the sleep asked after is the topic
        ("a heaviness in my legs every afternoon, is it the sleep", ("sleep", "")),
        # unchanged: the same image asked to get going again is energy, and so is a heaviness
        # that comes with the time of day
        ("what lifts that afternoon heaviness when my eyelids droop", ("energy", "")),
        ("like a deflated balloon by four, what gets me going again", ("energy", "")),
    ],
)  # fmt: skip
def test_spirits_sunk(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a night in with people; shifting a thing -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("nights in together with the girls, good for me?", ("activity", "friends")),
        ("can't shift that low feeling, what's helped", ("low_mood", "")),
        # no work named: the bare "what helped" ask
        ("how do I shift this, what's helped before", ("low_mood", "")),
        # unchanged: a night's sleep, and shifts at work
        ("how many nights did I sleep badly last month", ("sleep", "")),
        ("do my night shifts make me more anxious", ("anxiety", "")),
        ("are the late shifts getting to me", ("stress", "")),
    ],
)  # fmt: skip
def test_nights_in_and_shifting(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- canonical activities in new words --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a lap of the block at lunchtime lift me", ("activity", "walk")),
        ("a couple of circuits round the village green, worth it?", ("activity", "walk")),
        ("does wandering about the pine plantation calm me", ("activity", "nature")),
        ("does assembling a pie on a Sunday settle me", ("activity", "cooking")),
        ("do the fat fantasy hardbacks help me switch off", ("activity", "reading")),
        ("are those Scandi thrillers any good for my sleep", ("activity", "reading")),
        # unchanged: a lap of a pool is a swim, a book a doing owns is that doing
        ("do my laps at the pool help", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_activities_in_new_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_book_by_its_kind_is_no_new_phrase() -> None:
    assert not new_phrase("chunky crime paperbacks")
    assert not new_phrase("Scandi thrillers")
    assert new_phrase("puzzle books")  # a doing owns these
    assert new_phrase("hot yoga")


# ---- a doing put up front, after its day ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Sunday bell ringing at the church, making any difference", ("activity", "bell ringing")),
        ("linocut printing at the library, worth keeping up?", ("activity", "linocut printing")),
        ("weekend paddle boarding, worth carrying on with?", ("activity", "paddle boarding")),
        ("tai chi in the park, worth sticking with?", ("activity", "tai chi")),
        # unchanged: a feeling put up front is the feeling
        ("low on Sundays, what helps", ("low_mood", "")),
    ],
)  # fmt: skip
def test_fronted_after_its_day(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a rule for people at large ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is there a rule of thumb for how much exercise is enough", ("unknown", "")),
        ("how much sleep do people in their seventies need", ("unknown", "")),
        ("do adults over sixty need less sleep", ("unknown", "")),
        ("how much exercise should a seventy-five year old do", ("unknown", "")),
        # unchanged: the person's own age and their own sleep are the journal's
        ("do I sleep less since I turned fifty", ("sleep", "")),
        ("is there a pattern to my sleep in the summer", ("sleep", "")),
    ],
)  # fmt: skip
def test_rules_for_people_at_large(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
