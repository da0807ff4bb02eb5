"""Topic rule families of round 15, each both ways (a question of its own that now maps, one
that keeps its topic): idioms of an empty tank, of too much at once, of worn nerves and of
pulling away; the phone as a signal; a dropped "g"; a person as company for an activity; a
question about what a thing holds; the asking part of a long story naming any word of its
activity."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.wording import repaired

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late", "caffeine late"}  # fmt: skip


def _topic(question: str) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES)
    return topic.kind, topic.subject


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # an empty tank or a flat battery is energy
        ("my battery's flat by Thursday, what gets me going again", ("energy", "")),
        ("I'm out of steam every afternoon lately", ("energy", "")),
        ("the tank is empty most evenings, why", ("energy", "")),
        # too much at once is stress
        ("I've got so much on my plate, what helped before", ("stress", "")),
        ("I feel pulled in every direction lately", ("stress", "")),
        ("juggling everything this month, what helped before", ("stress", "")),
        # worn nerves are anxiety
        ("I've been a bag of nerves all week, what settles me", ("anxiety", "")),
        ("my nerves are shot, has this happened before", ("anxiety", "")),
        ("I can't sit still in the evenings, what helps", ("anxiety", "")),
        # pulling away from life is low mood
        ("I've stopped answering my messages and the weeks run together", ("low_mood", "")),
        ("I can't face anyone lately, what got me out of it last time", ("low_mood", "")),
        # a phone that rings or pings is a signal: the feeling is asked about
        ("I get anxious whenever my phone pings", ("anxiety", "")),
        # a person the journal never names, as company for an activity, is the subject
        ("are runs with Magda good for me", ("activity", "Magda")),
        # what a thing holds is a question about the world
        ("how many calories are in a banana", ("unknown", "")),
        ("how much sugar in a can of cola", ("unknown", "")),
    ],
)
def test_a_family_maps(question: str, want: tuple[str, str]) -> None:
    assert _topic(question) == want


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # not the state: a muscle stretched, a thing juggled, a car battery in a story of panic
        ("I stretched my legs after a long walk, did it help my mood", ("activity", "walk")),
        ("does juggling help me relax", ("activity", "juggling")),
        ("the car battery died and I panicked, what helps", ("anxiety", "")),
        # people who run together run; only days "run together"
        ("we run together on Sundays, does it help my mood", ("activity", "exercise")),
        # stopping an activity names the activity ("since I stopped drinking")
        ("since I stopped drinking has my sleep improved", ("activity", "alcohol")),
        # the phone used late at night is still the screen
        ("does my phone in bed keep me up", ("activity", "screen late")),
        ("do I sleep worse after scrolling my phone", ("activity", "screen late")),
        # an activity with no person, or with "the dog", stays the activity
        ("do walks help my mood", ("activity", "walk")),
        ("do walks with the dog help my mood", ("activity", "walk")),
        # counting in the person's own data is about them
        ("how many nights have I slept badly this month", ("sleep", "")),
        ("how much coffee do I drink on bad days", ("activity", "caffeine late")),
    ],
)
def test_a_near_miss_keeps_its_topic(question: str, want: tuple[str, str]) -> None:
    assert _topic(question) == want


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("does walkin help", "does walking help"),
        ("been worryin all day", "been worrying all day"),
        ("is runnin' good for me", "is running good for me"),
    ],
)
def test_a_dropped_g_is_repaired(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


@pytest.mark.parametrize("kept", ["my cousin came round", "the cabin trip", "a muffin and tea"])
def test_a_word_ending_in_in_is_kept(kept: str) -> None:
    assert repaired(kept) == kept


STORY = (
    "I've been up till two on my laptop most nights because it's the only quiet hour, and "
    "I'm dragging myself through work and short with everyone, "
)


def test_the_asking_part_names_any_word_of_the_story_activity() -> None:
    """ "laptop" is not a screen word, so use scrolling in the story and "phone" when asking."""
    question = (
        STORY.replace("on my laptop", "scrolling") + "is that phone habit what's ruining my sleep"
    )
    assert _topic(question) == ("activity", "screen late")


def test_an_activity_only_in_the_story_is_scenery() -> None:
    question = STORY.replace("on my laptop", "scrolling") + "what has helped me sleep before"
    assert _topic(question) == ("sleep", "")
