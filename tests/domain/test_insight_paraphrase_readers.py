"""Readers of activities and feelings said in other words, each both ways (a question that now
maps, a look-alike that keeps its topic): laps named by their water and runs by the pavement,
a family word before a therapist, a worked dough as baking, writing about one's day as
journaling, a stretch of time before a doing, a thing put up front and weighed by how the
person comes out of it, "spent" as a body is, the life gone out of things, and feelings
ruled out on the way to the one meant."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.feeling_score import feeling_scores
from tests.support.insight_topics import topic_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are pool laps before work any use for my nerves", ("activity", "exercise")),
        ("do baths lengths on a Saturday lift me", ("activity", "exercise")),
        ("has hitting the pavement most mornings helped my mood", ("activity", "exercise")),
        ("is pavement pounding good for my head", ("activity", "exercise")),
        ("does seeing the couples counsellor help us", ("activity", "therapy")),
        ("does seeing my sister cheer me up", ("activity", "family")),
        ("is kneading pizza dough on a Friday calming", ("activity", "cooking")),
        ("does jotting a few lines about my day help me switch off", ("activity", "journaling")),
        ("does writing a bit about the day settle me", ("activity", "journaling")),
        ("do twenty minutes pottering among the pines help me", ("activity", "nature")),
        ("rock pooling trips, do I come home any calmer", ("activity", "rock pooling")),
        ("bell ringing, am I happier after", ("activity", "bell ringing")),
    ],
)  # fmt: skip
def test_an_activity_said_in_other_words_is_read(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # climbing out of a low is getting better, not a climb
        ("what helped me start climbing out of that slump", ("low_mood", "")),
        # a family member is still family when no therapist follows
        ("does time with my family help", ("activity", "family")),
        # money and time spent are no tiredness
        ("what have I spent most money on", ("unknown", "")),
        # a fronted word weighed another way keeps its reading
        ("work, am I better off quitting", ("stress", "")),
        # a time after the fronted thing is no part of it
        ("Banya on weekends — is it good for my nerves?", ("activity", "Banya")),
    ],
)  # fmt: skip
def test_a_look_alike_keeps_its_topic(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which days leave me most spent", "energy"),
        ("I feel spent by Thursday, what gives me a lift", "energy"),
        ("everything's gone a bit drab lately, what helped before", "low_mood"),
        ("feeling sort of hollow this week, any pattern", "low_mood"),
        ("not anxious, not tired, just flat, what helps", "low_mood"),
        ("not sad exactly, more worn out, what perks me up", "energy"),
    ],
)  # fmt: skip
def test_a_feeling_said_in_other_words_is_read(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


def test_a_feeling_denied_alone_is_still_the_one_named() -> None:
    # nothing else is named, so the words after "not" are what is asked about
    scores, _ = feeling_scores("why am I not sleeping, even with the tea")
    assert set(scores) == {"sleep"}
    assert topic_of("not tired, just can't sleep, what helps")[0] == "sleep"


def test_a_hollow_thing_is_no_feeling() -> None:
    scores, _ = feeling_scores("the knock on the door sounded so hollow")
    assert "low_mood" not in scores
