"""The assistant does not diagnose or advise on medication, and routes crisis to safety."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.llm_guard import (
    DIAGNOSIS_MESSAGE,
    MEDICATION_MESSAGE,
    answer_violations,
    check_question,
)
from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "Should I stop taking sertraline?",
        "should I take more of my meds",
        "What antidepressant would work for me?",
        "What dosage of lexapro is normal?",
        "Is 50mg too much?",
    ],
)
def test_medication_questions_are_refused(question: str) -> None:
    decision = check_question(question)
    assert decision.kind == "medication" and decision.message == MEDICATION_MESSAGE


@pytest.mark.parametrize(
    "question",
    [
        "Do I have depression?",
        "do i have bipolar disorder",
        "Diagnose me please",
        "Am I clinically depressed?",
        "Does this mean I have PTSD?",
    ],
)
def test_diagnosis_requests_are_refused(question: str) -> None:
    decision = check_question(question)
    assert decision.kind == "diagnosis" and decision.message == DIAGNOSIS_MESSAGE


@pytest.mark.parametrize(
    "question",
    [
        "What helped last time I felt low?",
        "what made me feel better in March?",
        "Did walking help when I was sad?",
        "When did I feel depressed and what helped?",
    ],
)
def test_ordinary_questions_pass(question: str) -> None:
    assert check_question(question).allowed


def test_crisis_language_goes_to_safety_first() -> None:
    decision = check_question("I want to kill myself, what helped last time?")
    assert decision.kind == "safety" and decision.safety is not None and decision.safety.flagged


def test_generated_answers_are_scanned() -> None:
    assert answer_violations("You might want to talk to your doctor about sertraline.") == [
        "medication"
    ]
    assert "diagnosis" in answer_violations("You may have major depressive disorder.")
    assert answer_violations("Walking with Sam helped you [2025-03-14].") == []


# ---- behaviour through the service (no model needed: refusals never reach one) ---------------
def _some_checkins(session: Session) -> None:
    start = datetime(2025, 3, 1, 20, tzinfo=UTC)
    for i, mood in enumerate([7, 6, 4, 2, 6, 7, 7]):
        session.mood.log(
            NewCheckIn(mood=mood, logged_at=start + timedelta(days=i), tz_offset_min=0)
        )


def test_service_refuses_medication_question(session: Session) -> None:
    _some_checkins(session)
    answer = InsightService(session, model="test").ask("Should I stop sertraline?")
    assert answer.kind == "refused" and answer.outcome.reason == "medication"
    assert answer.text == MEDICATION_MESSAGE
    assert not answer.used_llm and answer.evidence == () and answer.citations == ()


def test_service_refuses_diagnosis_request(session: Session) -> None:
    _some_checkins(session)
    answer = InsightService(session, model="test").ask("Do I have depression?")
    assert answer.kind == "refused" and answer.outcome.reason == "diagnosis"
    assert "doctor" in answer.text and not answer.used_llm


def test_service_routes_crisis_to_safety(session: Session) -> None:
    answer = InsightService(session, model="test").ask("I don't want to live anymore")
    assert answer.kind == "safety"
    assert answer.outcome.safety is not None and answer.outcome.safety.flagged


def test_no_llm_mode_gives_the_evidence_list(session: Session) -> None:
    _some_checkins(session)
    answer = InsightService(session).ask("What helped last time?", use_llm=False)
    assert answer.kind == "evidence" and not answer.used_llm
    assert answer.evidence and "2025-03-05" in answer.text


def test_stream_releases_only_whole_checked_sentences() -> None:
    from neuroleaf_desktop.domain.llm_guard import GuardedStream

    stream = GuardedStream()
    tokens = [
        "Walking ",
        "helped ",
        "[2026-01-02]",
        ". ",
        "You should ",
        "take ",
        "sertraline",
        " daily. ",
        "Also rest.",
    ]
    released = "".join(stream.feed(t) for t in tokens) + stream.flush()
    assert released == "Walking helped [2026-01-02]. "
    assert stream.blocked
    fine = GuardedStream()
    out = "".join(fine.feed(t) for t in ["A walk ", "helped.", " Sleep ", "too"]) + fine.flush()
    assert out == "A walk helped. Sleep too" and not fine.blocked
