"""A real vault of walks, friends, lunches and the gym, asked about someone named after their
role in lower case ("my running buddy oskar") whom it never names: a plain gap naming them, no
claim and no item borrowed from the companion or the doing, with MiniLM and the trained topic
classifier on (the app's setting). An English word after the role keeps the companion's items."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session

START = date(2026, 9, 1)


def _fill(session: Session) -> None:
    """Six weeks of walks, time with friends and the gym, good and poor nights; no one named."""
    for i in range(42):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        done = ("walk", "friends", "exercise") if i % 3 == 0 else ("tv",)
        session.mood.log(NewCheckIn(mood=7 if i % 3 == 0 else 4, logged_at=at, tz_offset_min=0,
                                    sleep_hours=5.5 + (i % 4), anxiety=3 + i % 4,
                                    energy=3 + i % 5, activities=done))  # fmt: skip
        if i % 4 == 0:
            body = "A walk with friends at lunch, then the gym, and I felt lighter."
            session.journal.add(NewEntry("Lunch walk", body, (), created_at=at, tz_offset_min=0))


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("walks with my running buddy oskar, do they help", "Oskar"),
        ("lunch w my coworker ngaire, does it lift me", "Ngaire"),
        ("gym sessions with my gym buddy kwame, any good for me", "Kwame"),
        ("coffee with our neighbour femi on sundays, does it cheer me up", "Femi"),
    ],
)
def test_a_lower_case_name_after_a_role_borrows_nothing(
    session: Session, question: str, missing: str
) -> None:
    _fill(session)
    answer = InsightService(session, model="test").ask(question, use_llm=False)
    assert answer.topic is not None and answer.topic.subject == missing, answer.topic
    assert not answer.evidence and not answer.claims


def test_an_english_word_after_the_role_keeps_the_companion(session: Session) -> None:
    _fill(session)
    answer = InsightService(session, model="test").ask(
        "coffee with my teammate every week, does it help", use_llm=False
    )
    assert answer.topic is not None and answer.topic.subject == "friends", answer.topic
    assert answer.evidence
