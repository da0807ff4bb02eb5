"""The prompt given to the language model, and the check of what it wrote back.

The model sees the numbered evidence list and the question, nothing else: no raw journal, no
profile. It is asked for a short, warm answer in which every claim cites an evidence date in
square brackets, e.g. ``[2025-03-14]``. Small models still invent, so :func:`verify_citations`
reads the answer sentence by sentence and drops any sentence citing a date that is not in the
evidence (numeric citations such as ``[2]`` are rewritten to that item's date first). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from neuroleaf_desktop.domain.insights import EvidenceItem

SYSTEM_PROMPT: Final = (
    "You are a kind, careful journaling companion. You answer only from the numbered evidence, "
    "which comes from the person's own journal and mood check-ins. Write 2 to 4 short, warm "
    "sentences addressed to the person as 'you'. After every claim, cite the date of the "
    "evidence item it comes from in square brackets, exactly as written, for example "
    "[2025-03-14]. Never invent dates, activities or people. Never mention medication or "
    "diagnoses. Do not use lists, code or headings."
)

_DATE: Final = r"\d{4}-\d{2}-\d{2}"
_BRACKET: Final = re.compile(r"\[([^\[\]]{1,80})\]")
_ISO: Final = re.compile(_DATE)
_NUMBER_LIST: Final = re.compile(r"^\s*\d{1,2}(?:\s*[,;]\s*\d{1,2})*\s*$")
_SENTENCE: Final = re.compile(r"(?<=[.!?])\s+")
_LEADING_CITES: Final = re.compile(r"^(?:\[[^\[\]]*\][\s.,;]*)+")


def split_sentences(text: str) -> list[str]:
    """Sentences, with citations written after the full stop kept on their sentence."""
    out: list[str] = []
    for chunk in _SENTENCE.split(text):
        lead = _LEADING_CITES.match(chunk)
        if lead and out:
            out[-1] = f"{out[-1]} {lead[0].strip()}"
            chunk = chunk[lead.end() :]
        if chunk.strip():
            out.append(chunk.strip())
    return out


def build_messages(question: str, items: Sequence[EvidenceItem]) -> list[dict[str, str]]:
    """Chat messages: the rules, then the evidence list and the question."""
    evidence = "\n".join(item.line() for item in items)
    user = (
        f"Evidence from my journal:\n{evidence}\n\n"
        f"My question: {question.strip()}\n\n"
        "Answer in 2 to 4 sentences and cite the dates like [YYYY-MM-DD]."
    )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


@dataclass(frozen=True)
class CheckedAnswer:
    text: str  # the answer with bad sentences removed
    cited: tuple[date, ...]  # valid dates cited, in order of first use
    dropped: tuple[str, ...]  # sentences removed because they cited unknown dates
    uncited_sentences: int  # kept sentences without any citation

    @property
    def changed(self) -> bool:
        return bool(self.dropped)


def _allowed_dates(items: Sequence[EvidenceItem]) -> set[date]:
    allowed: set[date] = set()
    for item in items:
        allowed.add(item.day)
        allowed.update(item.dates)
    return allowed


def _renumber(text: str, items: Sequence[EvidenceItem]) -> str:
    """``[2]`` / ``[1, 3]`` → the items' dates (what a small model often writes instead)."""
    by_number = {item.number: item.day.isoformat() for item in items}

    def swap(match: re.Match[str]) -> str:
        inner = match[1]
        if not _NUMBER_LIST.match(inner):
            return match[0]
        numbers = [int(n) for n in re.findall(r"\d+", inner)]
        dates = [by_number.get(n) for n in numbers]
        if any(d is None for d in dates):
            return match[0].replace("[", "[#")  # unknown item: keep it visible as invalid
        return "[" + ", ".join(d for d in dates if d is not None) + "]"

    return _BRACKET.sub(swap, text)


def _parse(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def verify_citations(answer: str, items: Sequence[EvidenceItem]) -> CheckedAnswer:
    """Drop sentences that cite a date (or item) not in the evidence; keep the rest as is."""
    allowed = _allowed_dates(items)
    text = _renumber(answer.strip(), items)
    kept: list[str] = []
    dropped: list[str] = []
    cited: list[date] = []
    uncited = 0
    for sentence in split_sentences(text):
        brackets = _BRACKET.findall(sentence)
        found: list[date | None] = []
        bad_bracket = False
        for inner in brackets:
            dates = _ISO.findall(inner)
            if dates:
                found.extend(_parse(d) for d in dates)
            elif inner.startswith("#"):
                bad_bracket = True
        if bad_bracket or any(d is None or d not in allowed for d in found):
            dropped.append(sentence.strip())
            continue
        if not found:
            uncited += 1
        for d in found:
            if d is not None and d not in cited:
                cited.append(d)
        kept.append(sentence.strip())
    return CheckedAnswer(" ".join(kept), tuple(cited), tuple(dropped), uncited)


def fallback_text(items: Sequence[EvidenceItem], notes: Sequence[str] = ()) -> str:
    """The evidence as a readable list: the answer when no model is available (or allowed)."""
    if not items:
        lines = ["I couldn't find a low period followed by a recovery in your check-ins yet."]
        lines.extend(notes)
        return "\n".join(lines)
    lines = ["Here is what your journal shows about earlier low periods and what came before "
             "feeling better:", ""]  # fmt: skip
    lines.extend(item.line() for item in items)
    if notes:
        lines.append("")
        lines.extend(notes)
    return "\n".join(lines)
