"""Six weeks of check-ins and a few entries in a real vault, for the Insights service tests.

Each test asks its questions of a journal that holds some doings and lacks others; only what
the journal holds differs between them, so the weeks are written here once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService
from neuroleaf_desktop.services.session import Session

START = date(2026, 9, 1)


def fill_six_weeks(session: Session, *, done: tuple[str, ...], low_mood: int, title: str,
                   body: str) -> None:  # fmt: skip
    """Every third day good (mood 7, ``done``), the others the telly at ``low_mood``; sleep,
    nerves and energy varying; an entry ``title``/``body`` every fourth day."""
    for i in range(42):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        good = i % 3 == 0
        session.mood.log(NewCheckIn(mood=7 if good else low_mood, logged_at=at, tz_offset_min=0,
                                    sleep_hours=5.5 + (i % 4), anxiety=3 + i % 4,
                                    energy=3 + i % 5,
                                    activities=done if good else ("tv",)))  # fmt: skip
        if i % 4 == 0:
            session.journal.add(NewEntry(title, body, (), created_at=at, tz_offset_min=0))


def fill_walks_and_gym(session: Session) -> None:
    """Six weeks of walks and the gym on the good days, the telly at mood 4 on the others, and
    a lunch-walk entry: the profile several service tests share, so that what one of them finds
    "unheld" (a craft, a name, a comparison's side) is unheld in the others' journal too."""
    fill_six_weeks(
        session,
        done=("walk", "exercise"),
        low_mood=4,
        title="Lunch walk",
        body="A walk round the park at lunch, then the gym after work; felt a bit lighter.",
    )


def ask(session: Session, question: str) -> InsightAnswer:
    """Asks as the app does with MiniLM and the trained topic classifier on; the LLM is left
    out because what these tests check (the topic, its items, its claims) comes before it."""
    return InsightService(session, model="test").ask(question, use_llm=False)


def assert_plain_gap(session: Session, question: str, *, subject: str = "",
                     kind: str = "") -> None:  # fmt: skip
    """The question is read as ``subject`` (or ``kind``) and answered as a plain gap: no item
    and no claim, so nothing is borrowed from a topic the journal does hold."""
    answer = ask(session, question)
    assert answer.topic is not None, question
    if subject:
        assert answer.topic.subject == subject, answer.topic
    if kind:
        assert answer.topic.kind == kind, answer.topic
    assert not answer.evidence and not answer.claims, (question, answer.evidence)


def assert_shows_items(session: Session, question: str, subject: str) -> None:
    """The question is read as ``subject``, which the journal holds, so its items show."""
    answer = ask(session, question)
    assert answer.topic is not None and answer.topic.subject == subject, answer.topic
    assert answer.evidence, question
