"""PHQ-9 and GAD-7 in words for a screen reader: each question's name with its place in the
questionnaire, the score said when it is finished, and the history a chart draws, as text.

A person answering by keyboard hears "Question 3 of 9: Trouble falling or staying asleep…" on
reaching a question and "Question 3 of 9: Several days" on each answer; the result is said as
the result page shows it; the chart's dots are listed oldest first with their date, total and
band, like the dashboard's text alternatives.

Pure and Qt-free: the chart's text is built on the worker with the Care screen's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from neuroleaf_desktop.domain.questionnaires import Instrument, QuestionnaireResult
from neuroleaf_desktop.domain.wording import plural

SAFETY_SAID = "Your safety card is open with people you can talk to."


def question_name(index: int, total: int, text: str) -> str:
    """ "Question 3 of 9: <the question>" (``index`` counts from 0)."""
    return f"Question {index + 1} of {total}: {text}"


def answer_name(index: int, total: int, label: str) -> str:
    """ "Question 3 of 9: Several days": an answer says which question it answers."""
    return f"Question {index + 1} of {total}: {label}"


def progress_text(done: int, total: int) -> str:
    return f"{done} of {total} answered"


def score_announcement(instrument: Instrument, result: QuestionnaireResult) -> str:
    """ "PHQ-9 score: 12 of 27, moderate range. A score is not a diagnosis." and, when the
    answers opened the safety card, that it is open."""
    said = (
        f"{instrument.name} score: {result.total} of {instrument.max_total}, "
        f"{result.band_label.lower()} range. A score is not a diagnosis."
    )
    if result.needs_safety_card:
        said += f" {SAFETY_SAID}"
    return said


def history_text(instrument: Instrument, points: Sequence[tuple[datetime, int]]) -> str:
    """The chart in words: how many results, then one line per result, oldest first
    ("12 Mar 2026: 7 of 27, mild"), then the latest."""
    name = instrument.name
    if not points:
        return f"{name}: no results yet."
    ordered = sorted(points)
    lines = [f"{name}: {plural(len(ordered), 'result')}, oldest first."]
    for when, total in ordered:
        band = instrument.band_for(total).severity.label.lower()
        lines.append(f"{when:%d %b %Y}: {total} of {instrument.max_total}, {band}.")
    when, total = ordered[-1]
    band = instrument.band_for(total).severity.label.lower()
    lines.append(f"Latest: {total} of {instrument.max_total} ({band}) on {when:%d %b %Y}.")
    return "\n".join(lines)
