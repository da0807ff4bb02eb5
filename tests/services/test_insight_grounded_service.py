"""A real vault full of one thing and empty of the thing asked: the answer says plainly that the
thing is not there and borrows no item from its neighbour, with MiniLM and the trained topic
classifier on (the app's setting); every item any answer shows is about the topic it claims."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session

START = date(2026, 9, 1)


def _fill(session: Session) -> None:
    """Six weeks of anxious and calm days, poor and good nights, walks and the garden; never a
    caravan, a lido, a car boot sale or a bingo hall."""
    for i in range(42):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        walked = i % 3 == 0
        session.mood.log(NewCheckIn(mood=7 if walked else 4 + i % 2, logged_at=at,
                                    tz_offset_min=0, sleep_hours=5.5 + (i % 4),
                                    anxiety=2 if walked else 7, energy=3 + i % 5,
                                    activities=("walk",) if walked else ("tv",)))  # fmt: skip
        if i % 4 == 0:
            body = "Anxious all morning, heart pounding. Pottered in the garden and it eased."
            session.journal.add(NewEntry("Nerves", body, (), created_at=at, tz_offset_min=0))


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what's my anxiety like after a Saturday at the car boot sale?", "car boot sale"),
        ("how's my sleep when I'm round at the caravan", "caravan"),
        ("am I less on edge after an evening at the bingo hall", "bingo hall"),
        ("when did I last feel calm after a morning at the lido", "lido"),
        # weighed inside a frame of how much or when, by a verb of rest; put to the app's reading
        ("does a spot of whittling in the shed wind me down?", "whittling"),
        ("has a morning's crabbing off the harbour wall ever calmed my nerves?", "crabbing"),
        ("be honest, does your data say the sauna helps my mood?", "sauna"),
        # the side a comparison opens with, a person spoken to by a title, what a craft makes,
        # a class named with the day it recurs: the walks or the nerves never answer for them
        ("Bell ringing at the church versus a walk, which leaves me calmer?", "bell ringing"),
        ("Is chatting to Doctor Achebe making the nerves worse?", "Achebe"),
        ("Does carving spoons in the garage settle my nerves?", "carving"),
        ("Has the Wednesday ceilidh class been worth it for my head?", "ceilidh"),
    ],
)
def test_a_thing_the_vault_lacks_beside_a_feeling_it_holds_borrows_nothing(
    session: Session, question: str, missing: str
) -> None:
    _fill(session)
    service = InsightService(session, model="test")  # MiniLM and the classifier, as the app
    answer = service.ask(question, use_llm=False)
    assert answer.topic is not None and answer.topic.subject == missing, answer.topic
    assert not answer.evidence and not answer.claims
    assert answer.text.startswith(f"I can't find {missing} in your journal")
    assert missing in answer.topic.heading  # "Looking at: …" names what was looked for


def test_every_item_shown_is_about_the_topic_the_answer_claims(session: Session) -> None:
    _fill(session)
    service = InsightService(session, model="test")
    asked = 0
    for question in (
        "what settles me when my heart's pounding",
        "do my walks help my mood",
        "what helps when I sleep badly",
        "is the garden good for me",
        "which is better for me, a walk or the telly",
        "why am I so drained on weekdays",
        "when did I last go for a walk",
    ):
        answer = service.ask(question, use_llm=False)
        topic = answer.topic
        assert topic is not None and answer.evidence, question
        wanted = {topic.kind} if not topic.subject else {topic.subject, *(s for s, _ in topic.also)}
        if topic.subject_kind == "feeling":
            wanted = {topic.subject}
        assert all(item.about in wanted for item in answer.evidence), question
        asked += 1
    assert asked == 7
