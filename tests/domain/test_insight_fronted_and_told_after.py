"""A thing put up front with what it is done for, had over or when, then weighed by "it"; a
last time whose time is counted from a place said first, or done together; and the wordings
that name a feeling or a default activity in new words (a grey fog, a run of rough nights, a
genre of book, a flow, a doing had over a drink).

Each reading is tested both ways: what must now be read, and the look-alikes that must not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.grounded import kept, unheld
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.topic import Topic
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# A journal that writes about walks, work and sleep, never about the things asked after.
WRITES = journal_writes(["Long walk after work.", "Slept badly again, up at four."])
START = date(2026, 9, 1)


def _checkins(activity: str = "") -> list[MoodCheckIn]:
    """Six weeks of check-ins with mood and sleep every day (a feeling reading always finds
    items); ``activity`` logged every third day."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        done = (activity,) if activity and n % 3 == 0 else ()
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=3 + n % 5,
                               anxiety=2 + n % 4, sleep_hours=5.5 + (n % 5) * 0.5,
                               activities=done))  # fmt: skip
    return out


# ---- a thing put up front, then weighed by "it" ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "thing"),
    [
        # what it is done for, and when, said between the thing and the weighing
        ("metal detecting for old coins on Saturday mornings, does it help", "metal detecting"),
        ("foraging for mushrooms at the weekend, is it any good for me", "foraging"),
        # a thing of three words, and whence or of when it is done
        ("hunting for fossils along the cliffs, does it help", "hunting"),
        ("sea glass hunting on Saturdays, does it help", "sea glass hunting"),
        ("carving spoons in the garage of an evening, does it help me", "carving"),
        ("stargazing from the back garden at midnight, is it any good for me", "stargazing"),
        # one of a thing done, had over a drink
        ("doing the sudoku over a cuppa, does it help", "sudoku"),
        ("doing the wordsearch over lunch, any good for me?", "wordsearch"),
    ],
)  # fmt: skip
def test_a_fronted_thing_the_journal_lacks_gets_no_feeling_items(question: str, thing: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", thing)
    found = kept(gather(topic, _checkins(), []))
    assert not found.items and found.gaps


@pytest.mark.parametrize(
    "question",
    [
        "metal detecting for old coins on Saturday mornings, does it help",
        "doing the sudoku over a cuppa, does it help",
        "what about paddleboarding, does it do me any good",
        "stargazing from the back garden at midnight, is it any good for me",
    ],
)
def test_the_grounding_check_reads_the_fronted_thing_whatever_the_rules_read(
    question: str,
) -> None:
    # the reading is given as low mood on purpose: the check must not depend on the rules
    topic = unheld(Topic("low_mood"), question, DEMO_ACTIVITIES, (), WRITES)
    assert topic is not None and topic.kind == "activity"
    assert topic.subject in ("metal detecting", "sudoku", "paddleboarding", "stargazing")


def test_a_fronted_thing_the_person_logs_keeps_its_items() -> None:
    question = "metal detecting for old coins on Saturday mornings, does it help"
    activities = {*DEMO_ACTIVITIES, "metal detecting"}
    topic = classify(question, activities=activities, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "metal detecting")
    found = kept(gather(topic, _checkins("metal detecting"), []))
    assert found.items


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a default activity put up front is that activity, held by the data
        ("walking the dog by the canal, does it help", ("activity", "walk")),
        ("a stroll in town at lunchtime, any good", ("activity", "walk")),
        # a feeling put up front is no thing: "my sleep lately, any good?"
        ("my sleep lately, any good?", ("sleep", "")),
        # nor is a comparison or a time set first
        ("compared with the start of the year, have these last weeks been less panicky",
         ("anxiety", "")),
        ("over the Easter holidays, were they a calmer stretch for me", ("anxiety", "")),
    ],
)  # fmt: skip
def test_fronted_look_alikes_keep_their_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
    assert unheld(Topic(expected[0]), question, DEMO_ACTIVITIES, (), WRITES) is None


# ---- a doing had over a drink or a meal ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("jotting three good things over my morning coffee, does it help", "journaling"),
        ("a novel over breakfast, any good for my mood?", "reading"),
    ],
)
def test_what_a_doing_is_had_over_is_its_scene(question: str, expected: str) -> None:
    activities = {*DEMO_ACTIVITIES, "journaling"}
    assert topic_of(question, activities) == ("activity", expected)


@pytest.mark.parametrize(
    "question",
    [
        # the drink alone, or weighed itself, is what is asked about
        "a chat over coffee, does it help",
        "does coffee after lunch keep me up",
    ],
)
def test_a_drink_named_alone_is_still_asked_about(question: str) -> None:
    assert topic_of(question) == ("activity", "caffeine late")


# ---- a last time, said with the time counted from it first, or done together -----------------
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("since my last morning at the allotment, how long has it been", "allotment"),
        ("since our last evening at the bingo hall how long is it now?", "bingo hall"),
        ("since my last swim, how many weeks has it been?", "exercise"),
        ("last time me and Oksana went for a coffee?", "Oksana"),
        ("last time Tunde and I met up?", "Tunde"),
        ("last time we went for a walk?", "walk"),
    ],
)  # fmt: skip
def test_a_last_time_told_in_these_orders_is_read(question: str, subject: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("last_time", subject)


def test_a_last_time_counted_from_a_place_the_journal_lacks_borrows_no_items() -> None:
    topic = classify("since my last morning at the allotment, how long has it been",
                     activities=DEMO_ACTIVITIES, written=WRITES)  # fmt: skip
    found = kept(gather(topic, _checkins(), []))
    assert not found.items and found.gaps


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # what helped the last time weighs what helped; a start is no last time
        ("last time me and Oksana fell out, what helped?", "activity"),
        ("since I moved, how long have I been sleeping badly", "sleep"),
    ],
)
def test_last_time_look_alikes_are_not_read_as_one(question: str, expected: str) -> None:
    assert topic_of(question)[0] == expected


# ---- feelings in new words -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the outcome asked after a run of bad nights or a day of a feeling
        ("am I jitterier after a run of broken nights", "anxiety"),
        ("do I get jittery after a couple of rough nights", "anxiety"),
        ("am I more drained the day after a really anxious one", "energy"),
        # what eats at the nights
        ("do deadlines chew up my nights", "sleep"),
        ("is worrying about the kids gnawing away at my sleep", "sleep"),
        # a grey fog the person gets into, and what does not shift it
        ("what doesn't shift the grey fog I sink into", "low_mood"),
        ("the heavy fog's back, what's lifted it before", "low_mood"),
    ],
)  # fmt: skip
def test_feelings_in_new_words(question: str, kind: str) -> None:
    assert topic_of(question)[0] == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a work shift is still work, even beside a "not"; brain fog is still tiredness
        ("are my shifts the problem", "stress"),
        ("did the late shifts not help", "stress"),
        ("why is my brain fog so bad in the afternoons", "energy"),
        # a bad night alone, asked after, is the sleep
        ("what helps after a run of broken nights", "sleep"),
    ],
)  # fmt: skip
def test_feeling_look_alikes_keep_their_reading(question: str, kind: str) -> None:
    assert topic_of(question)[0] == kind


# ---- default activities in new words ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "activity"),
    [
        ("does mooching around in the beech woods lift me", "nature"),
        ("does pottering about in the bluebell wood calm me", "nature"),
        ("do murder mysteries in the bath help me unwind", "reading"),
        ("does a slow yin flow before bed help me settle", "yoga"),
        ("has a vinyasa flow at lunchtime calmed me", "yoga"),
    ],
)  # fmt: skip
def test_default_activities_in_new_words(question: str, activity: str) -> None:
    assert topic_of(question) == ("activity", activity)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a thing no rule knows is still its own thing; a mystery of life names no book
        ("does hot yoga help me", ("activity", "hot yoga")),
        ("why I feel so low is a mystery to me", ("low_mood", "")),
    ],
)  # fmt: skip
def test_activity_look_alikes_keep_their_reading(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- the app's screens and devices -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "can we keep the one diary across both phones",
        "how do I get my entries on two computers at once",
        "what does the blue dot beside some days mean",
        "why do little stars show up next to a few of the entries",
    ],
)
def test_the_app_on_devices_and_its_marks_are_about_the_app(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert topic.kind == "unknown"
    assert not gather(topic, _checkins(), []).items


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a star earned, or a day marked in the person's own life, is the person's
        ("is my mood better on days with a gold star from my boss", "low_mood"),
        ("do I sleep worse on the days I'm on my laptop till late", "sleep"),
    ],
)  # fmt: skip
def test_app_look_alikes_stay_about_the_person(question: str, kind: str) -> None:
    assert topic_of(question)[0] == kind
