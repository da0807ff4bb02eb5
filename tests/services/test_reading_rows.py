"""The words the Insights and History rows show and say, built without Qt.

An Insights sentence is named as shown and described by the evidence it cites, as the evidence
list shows it; an evidence-only line by the item it is; History's rows by the summary they show
and the lines under them. None says more than the screen shows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from neuroleaf_desktop.domain.insights import Claim, EvidenceItem
from neuroleaf_desktop.domain.insights.facts import Citation
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.services.history_text import day_rows, day_summary
from neuroleaf_desktop.services.insight_reading import (
    EVIDENCE_NOTICE,
    announcement_for,
    read_answer,
)
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightOutcome

SWIM = EvidenceItem(
    number=1,
    day=date(2026, 3, 4),
    kind="recovery",
    summary="Mood rose from 3 to 7 after a swim",
    quote="cold water, clear head",
    citations=(Citation("entry", "e-swim", date(2026, 3, 4)),),
    dates=(date(2026, 3, 4),),
)
NAP = EvidenceItem(
    number=2,
    day=date(2026, 3, 9),
    kind="recovery",
    summary="Mood rose from 4 to 6 after a nap",
    dates=(date(2026, 3, 9),),
)


def _answer(text: str, claims: tuple[Claim, ...] = (), **kw: object) -> InsightAnswer:
    return InsightAnswer(
        text=text,
        citations=(),
        evidence=(SWIM, NAP),
        used_llm=bool(claims),
        model="",
        claims=claims,
        **kw,  # type: ignore[arg-type]
    )


def test_a_claim_is_named_as_shown_and_described_by_what_it_cites() -> None:
    claim = Claim("A swim lifted your mood [2026-03-04]", (1,))
    reading = read_answer(
        _answer(
            "Only March is shown.\nA swim lifted your mood. [2026-03-04]",
            (claim,),
            outcome=InsightOutcome("answer"),
        )
    )
    limit, sentence = reading.answer_rows
    assert limit.name == "Only March is shown." and limit.description == ""
    assert sentence.name == "A swim lifted your mood. [2026-03-04]"
    assert sentence.description == (
        "Cites 1. 2026-03-04 — Mood rose from 3 to 7 after a swim “cold water, clear head”"
    )
    assert sentence.target == "e-swim" and 'href="entry:e-swim"' in sentence.html
    # the nap is not cited: it is not said with the swim
    assert "nap" not in sentence.description
    assert reading.announcement == "Answer ready: 2 sentences, 2 evidence items from your journal."


def test_evidence_lines_are_described_by_their_own_item_and_cite_nothing_else() -> None:
    text = "What your journal shows:\n\n1. [2026-03-04] Mood rose…\n2. [2026-03-09] Mood rose…"
    reading = read_answer(_answer(text))
    heading, swim, nap = reading.answer_rows
    assert heading.description == ""
    assert swim.description.startswith("Cites 1. 2026-03-04") and "nap" not in swim.description
    assert nap.description.startswith("Cites 2. 2026-03-09") and nap.target == ""
    assert reading.notice == EVIDENCE_NOTICE
    first, second = reading.evidence_rows
    assert (
        first.name == "1. 2026-03-04 — Mood rose from 3 to 7 after a swim “cold water, clear head”"
    )
    assert first.target == "e-swim" and second.target == "" and second.description == ""


def test_a_template_line_cites_the_item_of_its_date_and_words() -> None:
    text = "Mood rose from 4 to 6 after a nap [2026-03-09]"
    (row,) = read_answer(_answer(text)).answer_rows
    assert row.description.startswith("Cites 2. ") and "swim" not in row.description


def test_too_little_data_is_announced_as_it_is_shown() -> None:
    answer = InsightAnswer(
        "Log a few more check-ins.", (), (), False, "", InsightOutcome("evidence", "no-data")
    )
    reading = read_answer(answer)
    assert [r.name for r in reading.answer_rows] == ["Log a few more check-ins."]
    assert announcement_for(answer, reading.answer_rows, 0) == (
        "Answer ready. Not enough in your journal for this yet."
    )


def _checkin(mood: int, **kw: object) -> MoodCheckIn:
    return MoodCheckIn("c1", datetime(2026, 3, 4, 8, 30, tzinfo=UTC), 60, mood, **kw)  # type: ignore[arg-type]


def _entry(title: str, body: str) -> JournalEntry:
    moment = datetime(2026, 3, 4, 20, 5, tzinfo=UTC)
    return JournalEntry("e1", moment, moment, 0, title, body)


def _title(e: JournalEntry) -> str:
    return e.title or e.body.split(".")[0]


def _preview(e: JournalEntry) -> str:
    return e.body.split("\n")[0] if e.title else "\n".join(e.body.split("\n")[1:])


def test_history_rows_say_what_they_show() -> None:
    full = _checkin(6, energy=5, sleep_hours=7.5, emotions=("calm",), note="slow start")
    bare = _checkin(3)
    checkins, entries = day_rows(
        [full, bare], [_entry("Lake", "Swam far.\nThen tea."), _entry("", "Rain again")],
        _title, _preview,
    )  # fmt: skip
    assert checkins[0].name == "Check-in at 09:30: Mood 6/10 · energy 5 · slept 7.5\u00a0h"
    assert checkins[0].description == "Felt calm. “slow start”"
    assert checkins[1].name == "Check-in at 09:30: Mood 3/10" and checkins[1].description == ""
    assert entries[0].name == "Entry at 20:05: Lake" and entries[0].description == "Swam far."
    # an untitled entry is named by its first words; they are not said twice
    assert entries[1].name == "Entry at 20:05: Rain again" and entries[1].description == ""
    assert "<b>09:30</b>" in checkins[0].html("#ff0000") and "“slow start”" in checkins[0].html()


def test_the_day_is_summed_up_in_counts() -> None:
    assert day_summary("Wednesday 4 March 2026", 1, 2) == (
        "Wednesday 4 March 2026: 1 check-in, 2 journal entries."
    )
    assert day_summary("Thursday 5 March 2026", 0, 0).endswith("nothing logged on this day.")
