"""An Insights answer as rows a keyboard or screen-reader user can reach, one by one.

The Insights screen shows each sentence of an answer and each evidence item as a row of its
own. A row carries what is shown (HTML, with each ``[YYYY-MM-DD]`` citation a link to that day's
entry), what a screen reader says when the row takes focus (its name: the sentence as shown)
and what it says after (its description: the evidence the sentence cites, as the evidence list
shows it: number, date, summary, quote). Nothing is said that the screen does not show.

Pure and Qt-free: the screen builds an :class:`AnswerReading` on the worker, beside the answer.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from neuroleaf_desktop.domain.insight_answer import claims_text, render_claim
from neuroleaf_desktop.domain.insights import EvidenceItem
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.insight_service import InsightAnswer

CITE = re.compile(r"\[(\d{4}-\d{2}-\d{2})\]")
_NUMBERED = re.compile(r"^(\d+)\. ")  # an evidence line as the evidence-only answer numbers it
NO_DATA_NOTICE = "Not enough in your journal for this yet."
EVIDENCE_NOTICE = "Showing the evidence itself."


@dataclass(frozen=True)
class ReadRow:
    """One row: shown as ``html``; ``name`` and ``description`` are what assistive tech reads;
    ``target`` is the entry id Enter opens ('' when the row cites no entry)."""

    html: str
    name: str
    description: str = ""
    target: str = ""


@dataclass(frozen=True)
class AnswerReading:
    """The answer's rows, the evidence rows, the status line and what is announced."""

    answer_rows: tuple[ReadRow, ...]
    evidence_rows: tuple[ReadRow, ...]
    notice: str
    announcement: str


def entry_links(answer: InsightAnswer) -> dict[date, str]:
    """Which entry a cited date opens: one written that day if there is one, else the latest
    entry of the evidence item's window (e.g. the evening before)."""
    entry_for: dict[date, str] = {}
    for item in answer.evidence:
        entries = [c for c in item.citations if c.kind == "entry"]
        for day in sorted({item.day, *item.dates}):
            same_day = [c for c in entries if c.day == day]
            pick = same_day[-1] if same_day else (entries[-1] if entries else None)
            if pick is not None and day not in entry_for:
                entry_for[day] = pick.id
    return entry_for


def linkify(text: str, answer: InsightAnswer) -> str:
    """HTML for answer text: escaped, each citation a link to the entry its date opens."""
    entry_for = entry_links(answer)

    def link(match: re.Match[str]) -> str:
        try:
            day = date.fromisoformat(match[1])
        except ValueError:
            return match[0]
        entry_id = entry_for.get(day)
        if entry_id is None:
            return match[0]
        return f'<a href="entry:{entry_id}">[{match[1]}]</a>'

    escaped = html.escape(text).replace("\n", "<br>")
    return CITE.sub(link, escaped)


def evidence_line(item: EvidenceItem) -> str:
    """An evidence item as the evidence list shows it, in plain text."""
    text = f"{item.number}. {item.day.isoformat()} — {item.summary}"
    if item.quote:
        text += f" “{item.quote}”"
    return text


def _first_entry(item: EvidenceItem) -> str:
    return next((c.id for c in item.citations if c.kind == "entry"), "")


def evidence_row(item: EvidenceItem) -> ReadRow:
    head = html.escape(item.day.isoformat())
    target = _first_entry(item)
    if target:
        head = f'<a href="entry:{target}">{head}</a>'
    shown = html.escape(item.summary)
    if item.quote:
        shown += f" <i>“{html.escape(item.quote)}”</i>"
    description = "Enter opens the entry of that day." if target else ""
    return ReadRow(
        f"<b>{item.number}.</b> {head} — {shown}", evidence_line(item), description, target
    )


def _cites(items: Iterable[EvidenceItem], numbers: Sequence[int]) -> str:
    by_number = {item.number: item for item in items}
    lines = [evidence_line(by_number[n]) for n in dict.fromkeys(numbers) if n in by_number]
    return ("Cites " + "; ".join(lines)) if lines else ""


def _line_cites(line: str, items: Sequence[EvidenceItem]) -> list[int]:
    """The evidence numbers a line of template or evidence-only text rests on."""
    numbered = _NUMBERED.match(line)
    if numbered:
        return [int(numbered[1])]
    days = {date.fromisoformat(m) for m in CITE.findall(line) if _iso(m)}
    return [i.number for i in items if days & i.all_dates and i.summary in line] or [
        i.number for i in items if i.day in days
    ]


def _iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _target(line: str, answer: InsightAnswer) -> str:
    entry_for = entry_links(answer)
    for match in CITE.findall(line):
        if _iso(match) and date.fromisoformat(match) in entry_for:
            return entry_for[date.fromisoformat(match)]
    return ""


def _text_row(line: str, answer: InsightAnswer, cites: Sequence[int]) -> ReadRow:
    return ReadRow(
        linkify(line, answer), line, _cites(answer.evidence, cites), _target(line, answer)
    )


def answer_rows(answer: InsightAnswer) -> tuple[ReadRow, ...]:
    """One row per shown claim (each described by the evidence it cites), after any line that
    limits the answer; without claims, one row per line of the answer's text."""
    if answer.kind == "safety" or answer.kind == "refused":
        return (ReadRow(html.escape(answer.text).replace("\n", "<br>"), answer.text),)
    if answer.claims:
        joined = claims_text(answer.claims, answer.evidence)  # the answer's last line
        lead = [line for line in answer.text.split("\n") if line.strip() and line != joined]
        rows = [_text_row(line, answer, []) for line in lead]
        rows.extend(
            _text_row(render_claim(c, answer.evidence), answer, c.evidence) for c in answer.claims
        )
        return tuple(rows)
    return tuple(
        _text_row(line, answer, _line_cites(line, answer.evidence))
        for line in answer.text.split("\n")
        if line.strip()
    )


def streamed_row(text: str) -> ReadRow:
    """A checked sentence as it arrives, before the answer (and its evidence) is complete."""
    line = text.strip()
    return ReadRow(html.escape(line), line)


def notice_for(answer: InsightAnswer) -> str:
    """The status line under the question once the answer is in."""
    if answer.kind == "safety":
        return ""
    if answer.outcome.reason == "no-data":
        return NO_DATA_NOTICE
    if not answer.used_llm and answer.kind == "evidence" and not answer.outcome.message:
        return EVIDENCE_NOTICE
    return answer.outcome.message


def announcement_for(answer: InsightAnswer, rows: Sequence[ReadRow], evidence: int) -> str:
    """What a screen reader hears when the answer arrives: how much there is to read, and the
    notice; the rows themselves are read as the keyboard reaches them."""
    if answer.kind in ("safety", "refused"):
        return answer.text
    notice = notice_for(answer)
    if not evidence and answer.outcome.reason == "no-data":
        return f"Answer ready. {notice}"
    parts = [f"Answer ready: {plural(len(rows), 'sentence')}"]
    if evidence:
        parts.append(f"{plural(evidence, 'evidence item')} from your journal")
    text = ", ".join(parts) + "."
    return f"{text} {notice}" if notice else text


def read_answer(answer: InsightAnswer) -> AnswerReading:
    """Every row of ``answer``, its notice and its announcement (run on the worker)."""
    rows = answer_rows(answer)
    evidence = [evidence_row(item) for item in answer.evidence]
    evidence.extend(ReadRow(f"<i>{html.escape(n)}</i>", n) for n in answer.notes)
    return AnswerReading(
        rows,
        tuple(evidence),
        notice_for(answer),
        announcement_for(answer, rows, len(answer.evidence)),
    )
