"""Two readings that let a subject the journal lacks borrow another's evidence, closed in the
reading and in the grounding check alike, both ways:

* one thing weighed as beating another ("does curling beat the gym") opens a comparison with
  the first: when the data lacks it, the answer is the plain gap, never the other side's items,
  whatever the reading took (``grounded.passed_over`` reads the side a comparison opens with);
  when the data holds it, its items are kept;
* the journal carried onto a device ("put my entries on a Kindle") asks about the app: no
  reading of the device's own activity may lend its items, and reading on that device is still
  reading, with its items."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.grounded import unheld
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.topic import Topic
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES

# A journal that writes about the gym, reading and sleep, and never about the things asked after.
WRITES = journal_writes(["Gym after work, then read for an hour.", "Slept badly again."])
START = date(2026, 9, 1)


def _checkins(*activities: str) -> list[MoodCheckIn]:
    """Six weeks of check-ins with sleep every day and ``activities`` logged every third day."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        done = activities if n % 3 == 0 else ()
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=3 + n % 5,
                               sleep_hours=5.5 + (n % 5) * 0.5, activities=done))  # fmt: skip
    return out


# ---- one side beating the other ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "missing", "other"),
    [
        ("does fencing at the sports hall beat the gym for my mood", "fencing", "gym"),
        ("does archery beat a workout for my nerves", "archery", "workout"),
        ("does kayaking trump a run for my sleep", "kayaking", "run"),
    ],
)  # fmt: skip
def test_a_beating_side_the_data_lacks_borrows_no_items(
    question: str, missing: str, other: str
) -> None:
    checkins = _checkins("exercise")
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", missing)
    found = gather(topic, checkins, [])
    assert not found.items and found.gaps
    # the grounding check reads the same side whatever the reading took (here: the other side)
    wrong = Topic("activity", "exercise", "activity", "subject", (other,))
    caught = unheld(wrong, question, DEMO_ACTIVITIES, (), WRITES)
    assert caught is not None and caught.subject == missing
    assert not gather(caught, checkins, []).items


def test_a_beating_side_the_data_holds_keeps_its_items() -> None:
    question = "does fencing at the sports hall beat the gym for my mood"
    activities = {*DEMO_ACTIVITIES, "fencing"}
    writes = journal_writes(["Fencing at the sports hall, then the gym."])
    topic = classify(question, activities=activities, written=writes)
    assert (topic.kind, topic.subject) == ("activity", "fencing")
    assert gather(topic, _checkins("fencing", "exercise"), []).items
    wrong = Topic("activity", "exercise", "activity", "subject", ("gym",))
    assert unheld(wrong, question, activities, (), writes) is None


def test_what_beats_a_feeling_is_no_comparison() -> None:
    # "beat the blues" weighs the walk alone: the walk's items answer it
    topic = classify("does a walk beat the blues", activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "walk")
    assert not topic.also
    assert gather(topic, _checkins("walk"), []).items


# ---- the journal carried onto a device -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "can my diary entries go on a Kindle",
        "would my journal show up on my smartwatch",
        "is there a way to put my old check-ins on my e-reader",
    ],
)
def test_the_journal_onto_a_device_asks_the_app_and_shows_nothing(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert topic.kind == "unknown"
    assert not gather(topic, _checkins("reading"), []).items


def test_reading_on_the_device_keeps_the_reading_items() -> None:
    question = "does reading on my e-reader before bed help me sleep"
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert (topic.kind, topic.subject) == ("activity", "reading")
    assert gather(topic, _checkins("reading"), []).items


# ---- a side already read is not a second subject ----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "does skipping rope on the patio beat a stroll for my head",
        "skipping rope on the patio or a stroll by the river, which settles me more?",
    ],
)
def test_a_side_read_as_an_activity_keeps_the_comparisons_items(question: str) -> None:
    # the side opening the comparison is exercise where it stands: it is not added again as a
    # thing of its own, which would leave the comparison with a side that has no data
    writes = journal_writes(["Skipping rope on the patio, then a stroll by the river."])
    topic = classify(question, activities=DEMO_ACTIVITIES, written=writes)
    assert (topic.kind, topic.subject) == ("activity", "exercise")
    assert [s for s, _k in topic.also] == ["walk"]
    assert gather(topic, _checkins("exercise", "walk"), []).items
