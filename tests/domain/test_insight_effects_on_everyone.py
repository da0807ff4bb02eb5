"""A thing's effect on everyone at once, asked of no one ("does cheese give everybody
nightmares"), is a question about the world: the person's journal holds no answer to it, so it
is answered plainly with no items, whatever feeling it names and however sure the learned
classifier is of that feeling. The same effect asked of the person, or of everyone in their own
home, is theirs and keeps its items."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.topics import arbitrate
from neuroleaf_desktop.domain.models import MoodCheckIn
from tests.support.insight_topics import DEMO_ACTIVITIES

WRITES = journal_writes(["Slept badly again, woke at four.", "Coffee late, then bed."])
START = date(2026, 9, 1)


def _checkins() -> list[MoodCheckIn]:
    """Six weeks of check-ins with sleep and mood every day: a sleep answer has items."""
    out = []
    for n in range(42):
        day = START + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        out.append(MoodCheckIn(id=f"c{n}", logged_at=at, tz_offset_min=0, mood=2 + n % 5,
                               sleep_hours=4.5 + (n % 6) * 0.7, anxiety=1 + n % 4,
                               activities=("walk",) if n % 3 == 0 else ()))  # fmt: skip
    return out


@pytest.mark.parametrize(
    "question",
    [
        "does cheese at supper give everybody nightmares",
        "does coffee after four keep everyone up",
        "do phones in the bedroom make everyone sleep worse",
        "does a heavy meal cause everyone to wake in the night",
        "do late films give everyone bad dreams",
    ],
)
def test_an_effect_on_everyone_is_the_worlds_and_shows_nothing(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert topic.kind == "unknown"
    found = gather(topic, _checkins(), [])
    assert not found.items
    # a classifier sure the question is about sleep does not lend it the person's nights
    assert arbitrate(topic, {"sleep": 0.97, "unknown": 0.01}).kind == "unknown"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("does cheese at supper give me nightmares", "sleep"),
        ("does a heavy meal make me wake in the night", "sleep"),
        ("does my snoring keep everyone in the house up", "sleep"),
        ("do late dinners give everyone in my flat bad dreams, me included", "sleep"),
    ],
)
def test_the_same_effect_asked_of_the_person_keeps_its_items(question: str, kind: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, written=WRITES)
    assert topic.kind == kind
    assert gather(topic, _checkins(), []).items
