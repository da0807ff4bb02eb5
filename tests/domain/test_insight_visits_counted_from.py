"""A stretch of time spent at a place names the place, not the sleep of its night: a last time
counted from "a night at the opera" is about the opera, and when the journal does not hold it
the answer is the plain gap, never the person's sleep."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.extract import subject_in, weighed_subject
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.grounded import unheld
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.topic import Topic
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES

# A journal that writes about walks, work and sleep, and never about the places asked after.
WRITES = journal_writes(["Long walk after work.", "Slept badly again, up at four."])
START = date(2026, 9, 1)


def _checkins(activity: str = "") -> list[MoodCheckIn]:
    """Six weeks of check-ins with sleep logged every day: a sleep reading always finds items;
    ``activity`` logged every fifth day."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        done = (activity,) if activity and n % 5 == 0 else ()
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=4 + n % 4,
                               sleep_hours=5.5 + (n % 5) * 0.5, activities=done))  # fmt: skip
    return out


# ---- a time counted from a stretch of time spent somewhere ----------------------------------
@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("it's been months since a night at the opera, when was it", "opera"),
        ("how long since an evening out at the dogs", "dogs"),
        ("feels like forever since a weekend at the caravan, when was that", "caravan"),
        ("how long has it been since my last afternoon at the lido", "lido"),
        # how the stretch went, or that it was away, is no part of the place
        ("how long since a late night at the casino", "casino"),
        ("been ages since a weekend away at the chalet, when was it", "chalet"),
    ],
)  # fmt: skip
def test_a_visit_counted_from_is_its_place_and_borrows_no_sleep_items(
    question: str, place: str
) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("last_time", place)
    # the journal holds sleep on every day: none of it may answer for the place
    found = gather(topic, _checkins(), [])
    assert not found.items and found.gaps


@pytest.mark.parametrize(
    "question",
    [
        "it's been months since a night at the opera, when was it",
        "how long since an evening out at the dogs",
    ],
)
def test_the_grounding_check_reads_the_place_whatever_the_rules_read(question: str) -> None:
    # the reading is given as the night's sleep on purpose: the check must not depend on it
    wrong = Topic("last_time", "sleep", "feeling", "keywords", ("night",))
    topic = unheld(wrong, question, DEMO_ACTIVITIES, (), WRITES, last=True)
    assert topic is not None and topic.kind == "last_time"
    assert topic.subject in ("opera", "dogs")


def test_a_visit_the_person_logs_keeps_its_items() -> None:
    question = "it's been months since a night at the opera, when was it"
    activities = {*DEMO_ACTIVITIES, "opera"}
    topic = classify(question, activities=activities, written=WRITES)
    assert (topic.kind, topic.subject) == ("last_time", "opera")
    assert gather(topic, _checkins("opera"), []).items
    # ... and the grounding check leaves a held place to the rules
    wrong = Topic("last_time", "sleep", "feeling", "keywords", ("night",))
    assert unheld(wrong, question, activities, (), journal_writes(["A night at the opera."]),
                  last=True) is None  # fmt: skip


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the night is the sleep itself, not a stretch spent somewhere
        ("how long since a good night's sleep", ("last_time", "sleep")),
        ("when did I last have a decent night", ("last_time", "sleep")),
        ("what helps after a bad night at home", ("sleep", "")),
        ("what helps me sleep after a late night at work", ("sleep", "")),
    ],
)  # fmt: skip
def test_a_night_that_is_the_sleep_stays_sleep(question: str, expected: tuple[str, str]) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == expected


def test_the_slot_reads_only_a_stretch_spent_at_a_place() -> None:
    assert subject_in("ages since a morning at the car boot sale") == ("car boot sale", "activity")
    assert weighed_subject("since a day up at the allotment, when?", last=True) == (
        "allotment",
        "activity",
    )
    assert subject_in("since a night of no sleep") is None


def test_an_evening_named_by_its_occasion_borrows_no_sleep_items() -> None:
    # a date night is an evening out, not a night's sleep
    topic = classify("when did I last have a date night", activities=DEMO_ACTIVITIES,
                     written=WRITES)  # fmt: skip
    assert topic.kind == "last_time" and topic.subject != "sleep"
    assert not gather(topic, _checkins(), []).items
