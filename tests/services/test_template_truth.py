"""An entry started from a template: the template's questions are not the person's words.

Real vault, real background analysis job, real safety rules and the insight service's data:
a template whose questions alone would chip or flag lends the entry nothing; the words the
person wrote under them are read exactly as those words alone; what the person sees and
exports is the entry as written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.background import BackgroundServices, attach_background
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session

WORK_PROMPTS = (
    "Anything that made me anxious or stressed at work?\n\nWas I angry or sad about money?\n"
)
SAFETY_PROMPT = "Did I feel like hurting myself today?\n"
OWN_WORDS = "The bakery queue was long but the bread was still warm and I smiled at it."


@pytest.fixture
def bg(session: Session) -> Iterator[BackgroundServices]:
    services = attach_background(session, poll_interval=0.05)
    yield services
    services.stop()


def _from_template(session: Session, body: str, answer: str, title: str = "") -> str:
    templates = session.journal.templates
    made = templates.create(TemplateDraft(f"T{len(templates.list())}", title, body))
    filled = templates.fill(made, datetime(2026, 12, 6, 20, 0))
    text = filled.body + answer
    return session.journal.add(NewEntry(filled.title, text), template=filled.lines).id


def test_prompts_alone_give_no_chip(session: Session, bg: BackgroundServices) -> None:
    assert analyse("", WORK_PROMPTS).stress_keywords  # as the person's words, they would chip
    entry_id = _from_template(session, WORK_PROMPTS, "")
    assert bg.jobs.wait_idle(10)
    result = bg.analysis.get(entry_id)
    assert result is not None
    assert result.stress_keywords == () and result.top_emotions(5) == []
    assert result.sentiment.label == "neutral"
    entry = session.journal.get(entry_id)
    assert bg.analysis.is_current(result, entry.title, entry.body)  # not re-queued forever


def test_the_persons_words_under_prompts_read_as_those_words_alone(
    session: Session, bg: BackgroundServices
) -> None:
    answer = "My manager shouted at me before the deadline and I felt humiliated."
    entry_id = _from_template(session, WORK_PROMPTS, answer)
    alone = session.journal.add(NewEntry("", answer)).id
    assert bg.jobs.wait_idle(10)
    templated, plain = bg.analysis.get(entry_id), bg.analysis.get(alone)
    assert templated is not None and plain is not None
    assert templated.stress_keywords == plain.stress_keywords != ()
    assert templated.top_emotions(5) == plain.top_emotions(5) != []
    assert templated.sentiment.label == plain.sentiment.label


def test_an_edited_prompt_line_is_the_persons_own(session: Session, bg: BackgroundServices) -> None:
    templates = session.journal.templates
    made = templates.create(TemplateDraft("Edited", "", WORK_PROMPTS))
    filled = templates.fill(made)
    changed = filled.body.replace("Anything that made me", "Everything today made me")
    entry_id = session.journal.add(NewEntry("", changed), template=filled.lines).id
    assert bg.jobs.wait_idle(10)
    result = bg.analysis.get(entry_id)
    assert result is not None and result.stress_keywords  # their sentence, read as theirs


def test_a_prompt_that_would_flag_is_not_a_safety_sign(session: Session) -> None:
    assert assess(SAFETY_PROMPT).flagged  # as the person's words it would flag
    entry_id = _from_template(session, SAFETY_PROMPT, OWN_WORDS, title="Check-in {date}")
    read = session.journal.readable(entry_id)
    assert not assess(f"{read.title}\n{read.body}").flagged
    shown = session.journal.get(entry_id)
    assert shown.body.startswith(SAFETY_PROMPT) and shown.title == "Check-in 6 December 2026"
    assert OWN_WORDS in read.body
    own_sign = _from_template(session, SAFETY_PROMPT, "Yes. I want to kill myself.")
    read_sign = session.journal.readable(own_sign)
    assert assess(f"{read_sign.title}\n{read_sign.body}").flagged  # their words still count


def test_the_check_after_a_save_reads_the_persons_words_only(session: Session) -> None:
    """What the app runs after every save: a template question is no flag and no flagged
    day; the person's own sign under the same question still is."""
    entry_id = _from_template(session, SAFETY_PROMPT, OWN_WORDS)
    assert not session.care.check_entry(entry_id).flagged
    own_sign = _from_template(session, SAFETY_PROMPT, "Yes. I want to kill myself.")
    assert session.care.check_entry(own_sign).flagged


def test_an_answer_on_the_questions_own_line_is_read_without_the_question(
    session: Session,
) -> None:
    """People answer beside the question: the answer is theirs, the question is not."""
    templates = session.journal.templates
    made = templates.create(TemplateDraft("Inline", "", SAFETY_PROMPT))
    filled = templates.fill(made, datetime(2026, 12, 6, 20, 0))
    question = SAFETY_PROMPT.strip()
    beside = session.journal.add(
        NewEntry("", f"{question} No, a calm day at the allotment."), template=filled.lines
    ).id
    read = session.journal.readable(beside)
    assert "hurting" not in read.body and "a calm day at the allotment" in read.body
    assert not session.care.check_entry(beside).flagged
    own = session.journal.add(
        NewEntry("", f"{question} Yes. I want to kill myself."), template=filled.lines
    ).id
    assert session.care.check_entry(own).flagged


def test_insights_read_entries_without_their_prompts(session: Session) -> None:
    entry_id = _from_template(session, "Which walk by the reservoir helped?\n", OWN_WORDS)
    _checkins, entries = InsightService(session).data()
    (read,) = [e for e in entries if e.id == entry_id]
    assert "reservoir" not in read.body and OWN_WORDS in read.body
    assert "reservoir" in session.journal.get(entry_id).body
