"""A real vault of runs, swims and the gym, asked about a part played at a sport rather than the
sport ("marshalling at parkrun", "belaying for my kid at the climbing wall"): being at a sport is
not doing it, so the answer is a plain gap with no claim and no exercise item borrowed, with
MiniLM and the trained topic classifier on (the app's setting). The sport done there keeps its
items."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session

START = date(2026, 9, 1)


def _fill(session: Session) -> None:
    """Six weeks of exercise and the telly, good and poor days; no part played at a sport."""
    for i in range(42):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        done = ("exercise", "walk") if i % 3 == 0 else ("tv",)
        session.mood.log(NewCheckIn(mood=7 if i % 3 == 0 else 4, logged_at=at, tz_offset_min=0,
                                    sleep_hours=5.5 + (i % 4), anxiety=3 + i % 4,
                                    energy=3 + i % 5, activities=done))  # fmt: skip
        if i % 4 == 0:
            body = "Parkrun in the morning, then a swim at the lido and the gym; I felt lighter."
            session.journal.add(NewEntry("Parkrun", body, (), created_at=at, tz_offset_min=0))


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("marshalling at parkrun every Saturday, does it lift me", "marshalling"),
        ("belaying for my kid at the climbing wall, am I calmer after", "belaying"),
        ("timekeeping at the athletics club, does it help", "timekeeping"),
        ("coaching at the swimming club, does it help my mood", "coaching"),
    ],
)
def test_a_part_played_at_a_sport_borrows_no_exercise(
    session: Session, question: str, part: str
) -> None:
    _fill(session)
    answer = InsightService(session, model="test").ask(question, use_llm=False)
    assert answer.topic is not None and answer.topic.subject == part, answer.topic
    assert not answer.evidence and not answer.claims


def test_the_sport_done_there_keeps_its_items(session: Session) -> None:
    _fill(session)
    answer = InsightService(session, model="test").ask(
        "swimming at the lido, does it help", use_llm=False
    )
    assert answer.topic is not None and answer.topic.subject == "exercise", answer.topic
    assert answer.evidence
