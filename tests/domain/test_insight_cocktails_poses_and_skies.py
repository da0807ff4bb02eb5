"""Six classes of wording the topic rules read by meaning, each both ways.

- A cocktail named by its spirit and its style, or by its own name, is alcohol ("a couple of
  gin fizzes", "vodka martinis", "a Bellini"); a fizzy drink with no spirit is not.
- A standing or kneeling yoga pose named without "pose" is yoga ("a low lunge into half moon",
  "warrior two"); the half moon in the sky, or lunges done walking at the gym, are not.
- Songs told by their era or kind, or by a film industry's genre ("Bollywood hits", "eighties
  bangers"), are music, even played while a chore is done: the chore only says when; a
  Bollywood film watched is not music.
- The day itself written down is journaling ("jotting the day down on an index card",
  "scribbling my day down"); the day of an appointment noted down is not.
- The sky's sights watched or stopped for are the outdoors ("a sunset, when was the last one I
  stopped for", "gazing at the stars"); a sunset as a time of day ("home before sunset") is not.
- A word the rules read as a feeling's own sign ("shattered even after a lie in") is that
  feeling, not a thing done the journal lacks, nor one a learned model leans towards; a thing
  done ("a day of fencing") stays one.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- a cocktail ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "two vodka martinis at the work do, how was I the next day",
        "she has a few whisky sours on a Saturday, is her sleep worse",
        "we shared a jug of gin slings at the barbecue, was I anxious after",
        "a Bellini or two at brunch, does it lift me",
        "you had espresso martinis with the girls, how did you sleep",
        "mulled wine at the Christmas market, did it help my mood",
    ],
)
def test_a_cocktail_is_alcohol(question: str) -> None:
    assert topic_of(question) == ("activity", "alcohol")


@pytest.mark.parametrize(
    "question",
    [
        "a fizzy lemonade with my lunch, does it perk me up",
        "that fizz of nerves before a big meeting, how do I calm it",
    ],
)
def test_a_cocktail_look_alike_is_not_alcohol(question: str) -> None:
    assert topic_of(question) != ("activity", "alcohol")


# ---- a standing pose ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "warrior two and a crescent lunge before work, do they calm me",
        "he holds a low lunge for a minute each side, is he less stiff and tense",
        "we flowed from a low lunge into half moon at the end, was I calmer after",
        "a few rounds of warrior one on the landing, any good for my energy",
        "you do a kneeling lunge and tree pose by the bed, do you sleep better",
        "triangle pose on the rug at lunchtime, does it settle me",
    ],
)
def test_a_standing_pose_is_yoga(question: str) -> None:
    assert topic_of(question) == ("activity", "yoga")


@pytest.mark.parametrize(
    "question",
    [
        "the half moon over the bay last night, did it calm me",
        "walking lunges and squats at the gym, do they help my energy",
    ],
)
def test_a_pose_look_alike_is_not_yoga(question: str) -> None:
    assert topic_of(question) != ("activity", "yoga")


# ---- songs by their kind, played while a chore is done -----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "she blasts eighties hits while she does the ironing, does it cheer her up",
        "Bollywood hits on the speaker while I cook, do they lift me",
        "cheesy pop bangers while we hoover on a Saturday, am I brighter after",
        "afrobeats in the car on the way to work, does it help my mood",
        "you put nineties anthems on while you wash up, are you happier",
        "some old school classics while I sort the laundry, any good for me",
    ],
)
def test_songs_by_their_kind_are_music(question: str) -> None:
    assert classify(question, activities=DEMO_ACTIVITIES | {"chores"}).subject == "music"


@pytest.mark.parametrize(
    "question",
    [
        "a Bollywood film on Saturday night, does it relax me",
        "hoovering the whole house on a Saturday, does it settle me",
    ],
)
def test_a_song_look_alike_is_not_music(question: str) -> None:
    assert classify(question, activities=DEMO_ACTIVITIES | {"chores"}).subject != "music"


# ---- the day written down ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "jotting my day down on a sticky note before bed, is it worth it",
        "scribbling the day down in a notebook on the train, does it calm me",
        "jotting her day down in a planner each night, is it good for her",
        "noting the day down on the back of a receipt, any good for my mood",
        "jotting my day down on an index card, does it settle me",
        "scribbling my day down before lights out last winter, did it help",
    ],
)
def test_the_day_written_down_is_journaling(question: str) -> None:
    assert topic_of(question) == ("activity", "journaling")


@pytest.mark.parametrize(
    "question",
    [
        "noting down the day of my appointment on the calendar, does it stress me",
        "writing the day off as a loss, why do I do that",
    ],
)
def test_a_day_look_alike_is_not_journaling(question: str) -> None:
    assert topic_of(question) != ("activity", "journaling")


# ---- the sky's sights --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("watching the sunrise from the cliff, does it calm me", ("activity", "nature")),
        ("gazing at the stars in the garden, does it settle me", ("activity", "nature")),
        ("she stops to watch the sunset on the way home, is she brighter for it",
         ("activity", "nature")),
        ("a sunrise, when was the last one I got up for", ("last_time", "nature")),
        ("when did I last stop for a sunset", ("last_time", "nature")),
        ("we photographed the sunset from the pier, did it lift me", ("activity", "nature")),
    ],
)  # fmt: skip
def test_the_sky_watched_is_the_outdoors(question: str, topic: tuple[str, str]) -> None:
    assert topic_of(question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "home before sunset most days, does it help my mood",
        "I wake at sunrise every morning and can't get back off, what helps",
    ],
)
def test_a_sky_look_alike_is_not_the_outdoors(question: str) -> None:
    assert topic_of(question) != ("activity", "nature")


# ---- a feeling's own sign, with a learned model leaning to a thing done ------------------------
def _leaning_to_a_thing(_question: str) -> dict[str, float]:
    return {"activity": 0.9, "energy": 0.04, "sleep": 0.03, "unknown": 0.03}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("shattered even after a lie in, whats up w me", "energy"),
        ("knackered even after a long lie-in on Sunday, why", "energy"),
        ("you're drained even after a lie in at the weekend, what's going on", "energy"),
        ("wiped out even after a big lie in, what is wrong with me", "energy"),
        ("still exhausted after a nap, what is going on", "sleep"),
        ("he's worn out even after a lie-in, why would that be", "energy"),
    ],
)
def test_a_feeling_sign_is_not_a_thing_done(question: str, kind: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, learned=_leaning_to_a_thing)
    assert topic.kind == kind


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("a long walk on Sunday, does it help my mood", "walk"),
        ("yoga before bed, does it help me sleep", "yoga"),
    ],
)
def test_a_thing_done_stays_one(question: str, subject: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, learned=_leaning_to_a_thing)
    assert (topic.kind, topic.subject) == ("activity", subject)


def _writes_nothing(_word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("shattered even after a lie in, whats up w me", "energy"),
        ("knackered even after a long lie-in on Sunday, why", "energy"),
        ("wiped out even after a big lie in, what is wrong with me", "energy"),
        ("you're drained even after a lie in at the weekend, what's going on", "energy"),
        ("he's worn out even after a lie-in, why would that be", "energy"),
        ("shattered even after a nap, whats up w me", "energy"),
    ],
)
def test_a_feeling_sign_is_no_thing_the_journal_lacks(question: str, kind: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=_writes_nothing)
    assert topic.kind == kind


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("exhausted after a day of fencing, why", "fencing"),
        ("since taking up bouldering I'm shattered, is it the bouldering", "bouldering"),
    ],
)
def test_a_thing_the_journal_lacks_stays_one(question: str, subject: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=_writes_nothing)
    assert topic.subject == subject
