"""Claims the language model makes about the evidence, and the check each must pass.

The model answers in JSON (a grammar constrains it): a few claims, each citing evidence ids.
The app asks for *typed* claims (``claim_fields``: an item, a few of its own terms, a
direction; code renders the sentence); free-text claims (:func:`claim_schema`) are still
read and checked the same way. :func:`verify_claim` then shows a claim only if
everything it asserts is in the items it cites:

* it cites at least one existing item;
* it speaks to the person ("you"), never as them ("I felt low…"): first person is allowed
  only inside a quotation that appears in the cited entry;
* every date (ISO, "28 Nov", "November 28", a weekday, a month) is a date of a cited item;
* every number (digits or "two".."twelve") is a number the cited items state;
* every direction word ("rose", "improved", "fell", "worse") matches a change the cited
  items report, and a rise that is still below the person's usual level is not called
  better unless the claim says "still low" / "still below";
* every other content word (activities, emotions, people, places, causes such as "helped")
  occurs in the cited items; only a small list of neutral framing words is free;
* no medication or diagnosis (``llm_guard``);
* a typed claim's direction is a change the cited item reports, and its words are the item's
  own terms.

Deterministic and pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from neuroleaf_desktop.domain.insights.claim_fields import DIRECTIONS, render_typed
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, numbers_in
from neuroleaf_desktop.domain.llm_guard import answer_violations

MAX_CLAIMS: Final = 3
MAX_CLAIM_CHARS: Final = 320


@dataclass(frozen=True)
class Claim:
    text: str
    evidence: tuple[int, ...]
    about: tuple[str, ...] = ()  # a typed claim's chosen terms ("" text was rendered by us)
    direction: str = ""  # a typed claim's direction: "up", "down", "none"; "" for free text


@dataclass(frozen=True)
class ClaimCheck:
    claim: Claim
    reasons: tuple[str, ...]  # why it is not shown; () when supported

    @property
    def ok(self) -> bool:
        return not self.reasons


def claim_schema(n_items: int) -> dict[str, Any]:
    """JSON schema for the model's answer (llama.cpp turns it into a grammar)."""
    return {
        "type": "object",
        "properties": {
            "claims": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_CLAIMS,
                "items": {
                    "type": "object",
                    # The item first, then the sentence: the model writes about the item
                    # it has just chosen (with text first, small models mixed items up).
                    "properties": {
                        "evidence": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 2,
                            "items": {"type": "integer", "minimum": 1, "maximum": max(1, n_items)},
                        },
                        "text": {"type": "string", "minLength": 8, "maxLength": MAX_CLAIM_CHARS},
                    },
                    "required": ["evidence", "text"],
                },
            }
        },
        "required": ["claims"],
    }


# ---- parsing ----------------------------------------------------------------------------------
def _ids(value: object) -> tuple[int, ...] | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,)
    if isinstance(value, list):
        return tuple(i for i in value if isinstance(i, int) and not isinstance(i, bool))
    return None


def _typed(obj: dict[str, Any], ids: tuple[int, ...], items: Sequence[EvidenceItem]) -> Claim:
    """A typed claim, its sentence rendered from the cited item (empty if none exists)."""
    about_raw = obj.get("about")
    about = tuple(a for a in about_raw if isinstance(a, str)) if isinstance(about_raw, list) \
        else ()  # fmt: skip
    item = next((i for i in items if ids and i.number == ids[0]), None)
    direction = obj.get("direction")  # the item's own unless the model was asked for one
    if not isinstance(direction, str):
        direction = item.direction if item is not None else "none"
    text = render_typed(item, about, direction, MAX_CLAIM_CHARS) if item is not None else ""
    return Claim(text, ids, about, direction)


def _claim(obj: object, items: Sequence[EvidenceItem] = ()) -> Claim | None:
    if not isinstance(obj, dict):
        return None
    ids = _ids(obj.get("evidence"))
    if ids is None:
        return None
    text = obj.get("text")
    if isinstance(text, str):
        return Claim(text.strip(), ids)
    if "about" in obj or "direction" in obj:
        return _typed(obj, ids, items)
    return None


def parse_claims(text: str, items: Sequence[EvidenceItem] = ()) -> list[Claim]:
    """Claims from the model's JSON; complete claims only when the JSON was cut short.
    ``items``: the evidence typed claims are rendered from."""
    try:
        data = json.loads(text)
    except ValueError:
        return ClaimStream(items).feed(text)
    found = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(found, list):
        return []
    return [c for obj in found if (c := _claim(obj, items)) is not None]


class ClaimStream:
    """Claims as soon as each one's JSON object is complete, while the model still writes."""

    def __init__(self, items: Sequence[EvidenceItem] = ()) -> None:
        self._items = tuple(items)
        self._text = ""
        self._pos: int | None = None  # where the next claim object may start
        self._decoder = json.JSONDecoder()

    def feed(self, piece: str) -> list[Claim]:
        self._text += piece
        if self._pos is None:
            match = re.search(r'"claims"\s*:\s*\[', self._text)
            if match is None:
                return []
            self._pos = match.end()
        out: list[Claim] = []
        while True:
            rest = self._text[self._pos :]
            skip = len(rest) - len(rest.lstrip(" \t\r\n,"))
            start = self._pos + skip
            if start >= len(self._text) or self._text[start] != "{":
                return out
            try:
                obj, end = self._decoder.raw_decode(self._text, start)
            except ValueError:
                return out
            self._pos = end
            claim = _claim(obj, self._items)
            if claim is not None:
                out.append(claim)


# ---- verification -----------------------------------------------------------------------------
_FIRST_PERSON: Final = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|our|us)\b", re.I)
_QUOTED: Final = re.compile(r"[\"“]([^\"”]{3,})[\"”]")
_MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH_RX: Final = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ISO: Final = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH: Final = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH_RX}(?:,? (\d{{4}}))?\b", re.I
)
_MONTH_DAY: Final = re.compile(
    rf"\b{_MONTH_RX} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b", re.I
)
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RX: Final = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")s?\b", re.I)
# "may" is left out: "you may" is far more common than the month.
_MONTH_WORD_RX: Final = re.compile(
    r"\b(" + "|".join(m for m in _MONTHS if m != "may") + r")\b", re.I
)
_NUMBER_WORDS: Final = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_UP: Final = frozenset(
    {
        "rose",
        "rise",
        "risen",
        "rising",
        "up",
        "higher",
        "improved",
        "improve",
        "improving",
        "better",
        "lifted",
        "increased",
        "increase",
    }
)
_DOWN: Final = frozenset(
    {
        "fell",
        "fall",
        "fallen",
        "falling",
        "dropped",
        "drop",
        "down",
        "lower",
        "worse",
        "decreased",
        "declined",
        "slid",
        "sank",
    }
)
# Words free to use: grammar and neutral framing that asserts nothing about the person.
_FRAME: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "as",
        "of",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "into",
        "than",
        "then",
        "also",
        "both",
        "you",
        "your",
        "yours",
        "yourself",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "they",
        "them",
        "their",
        "which",
        "who",
        "what",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "may",
        "might",
        "will",
        "would",
        "day",
        "days",
        "that's",
        "it's",
        "you're",
        "you've",
        "you'd",
        "when",
        "while",
        "during",
        "after",
        "before",
        "since",
        "around",
        "between",
        "about",
        "over",
        "across",
        "logged",
        "log",
        "noted",
        "wrote",
        "written",
        "writing",
        "recorded",
        "entries",
        "entry",
        "check",
        "check-in",
        "check-ins",
        "checkins",
        "journal",
        "data",
        "shows",
        "show",
        "showed",
        "see",
        "seems",
        "looked",
        "looks",
        "time",
        "times",
        "compared",
        "mention",
        "mentions",
        "mentioned",
        "same",
        "other",
        "others",
        "each",
        "one",
    ]
)
_IRREGULAR: Final = {"slept": "sleep", "felt": "feel", "went": "go", "fell": "fall",
                     "rose": "rise", "risen": "rise", "ran": "run", "chose": "choose",
                     "chosen": "choose", "had": "have"}  # fmt: skip


def stem(word: str) -> str:
    w = word.lower().strip("'’-")
    for tail in ("'s", "’s"):
        w = w.removesuffix(tail)
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in ("ing", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    return w.rstrip("e") or w


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'’-]*[a-z]|[a-z]", text.lower())


def _evidence_text(items: Sequence[EvidenceItem]) -> str:
    return " ".join(f"{i.summary} {i.quote} {' '.join(i.terms)}" for i in items)


def _month_of(name: str) -> int:
    key = name.lower()[:3]
    return next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(key))


def _check_dates(text: str, allowed: frozenset[date], reasons: list[str]) -> str:
    """Check every date in ``text``; return the text with the dates taken out."""

    def known(year: int | None, month: int, day: int, written: str) -> None:
        if not any(d.month == month and d.day == day and (year is None or d.year == year)
                   for d in allowed):  # fmt: skip
            reasons.append(f"date '{written}' is not in the cited evidence")

    for m in _ISO.finditer(text):
        known(int(m[1]), int(m[2]), int(m[3]), m[0])
    text = _ISO.sub(" ", text)
    for m in _DAY_MONTH.finditer(text):
        known(int(m[3]) if m[3] else None, _month_of(m[2]), int(m[1]), m[0])
    text = _DAY_MONTH.sub(" ", text)
    for m in _MONTH_DAY.finditer(text):
        known(int(m[3]) if m[3] else None, _month_of(m[1]), int(m[2]), m[0])
    text = _MONTH_DAY.sub(" ", text)
    for m in _WEEKDAY_RX.finditer(text):
        if not any(_WEEKDAYS[d.weekday()] == m[1].lower() for d in allowed):
            reasons.append(f"'{m[0]}' is not a day of the cited evidence")
    text = _WEEKDAY_RX.sub(" ", text)
    for m in _MONTH_WORD_RX.finditer(text):
        if not any(d.month == _month_of(m[1]) for d in allowed):
            reasons.append(f"'{m[0]}' is not a month of the cited evidence")
    return _MONTH_WORD_RX.sub(" ", text)


def _check_numbers(text: str, allowed: frozenset[float], reasons: list[str]) -> None:
    for n in numbers_in(text):
        if not any(abs(n - a) < 0.051 for a in allowed):
            reasons.append(f"number {n:g} is not in the cited evidence")
    for word in _words(text):
        value = _NUMBER_WORDS.get(word)
        if value is not None and float(value) not in allowed:
            reasons.append(f"'{word}' is not a number in the cited evidence")


def _check_direction(
    words: Sequence[str], cited: Sequence[EvidenceItem], stems: set[str], text: str,
    reasons: list[str],
) -> None:  # fmt: skip
    directions = {i.direction for i in cited}
    for word in words:
        want = "up" if word in _UP else "down" if word in _DOWN else None
        if want is None:
            continue
        if want not in directions and stem(word) not in stems:
            reasons.append(f"'{word}' is a change the cited evidence does not report")
    rises = any(w in _UP for w in words)
    honest = re.search(r"\bstill (?:low|below)\b", text, re.I)
    if rises and any(i.still_low for i in cited) and not honest:
        reasons.append("calls a rise better without saying it is still low")


def _check_typed(claim: Claim, cited: Sequence[EvidenceItem], reasons: list[str]) -> None:
    """The typed fields themselves: a known direction the cited items report, their terms."""
    if claim.direction not in DIRECTIONS:
        reasons.append(f"direction '{claim.direction}' is not one of {', '.join(DIRECTIONS)}")
    elif claim.direction != "none" and all(i.direction != claim.direction for i in cited):
        reasons.append(f"direction '{claim.direction}' is a change the cited evidence does "
                       "not report")  # fmt: skip
    terms = {t.lower() for i in cited for t in i.terms}
    for word in claim.about:
        if word.lower() not in terms:
            reasons.append(f"'{word}' is not a term of the cited evidence")


def verify_claim(claim: Claim, items: Sequence[EvidenceItem]) -> ClaimCheck:
    reasons: list[str] = []
    by_number = {i.number: i for i in items}
    unknown = [n for n in claim.evidence if n not in by_number]
    cited = [by_number[n] for n in dict.fromkeys(claim.evidence) if n in by_number]
    text = re.sub(r"\[[^\[\]]*\]", " ", claim.text).strip()  # bracketed citations are ours
    if unknown:
        reasons.append(f"cites evidence that does not exist: {unknown}")
    if not cited:
        reasons.append("cites no evidence")
        return ClaimCheck(claim, tuple(reasons))
    if len(text) < 8 or len(text) > MAX_CLAIM_CHARS:
        reasons.append("too short or too long")
    if claim.direction:
        _check_typed(claim, cited, reasons)
    reasons.extend(f"mentions {v}" for v in answer_violations(text))
    quotes = " ".join(i.quote for i in cited)
    for m in _QUOTED.finditer(text):
        if m[1].strip() not in quotes:
            reasons.append("quotes words the cited entry does not contain")
    unquoted = _QUOTED.sub(" ", text)
    if _FIRST_PERSON.search(unquoted):
        reasons.append("speaks as the person (first person) instead of to them")
    allowed_dates = frozenset(d for i in cited for d in i.all_dates)
    rest = _check_dates(unquoted, allowed_dates, reasons)
    allowed_numbers = frozenset(n for i in cited for n in i.numbers)
    _check_numbers(rest, allowed_numbers, reasons)
    evidence_stems = {stem(w) for w in _words(_evidence_text(cited))}
    words = _words(rest)
    _check_direction(words, cited, evidence_stems, text, reasons)
    for word in dict.fromkeys(words):
        if word in _FRAME or word in _UP or word in _DOWN or word in _NUMBER_WORDS:
            continue
        if _FIRST_PERSON.fullmatch(word):
            continue
        if stem(word) not in evidence_stems:
            reasons.append(f"'{word}' is not in the cited evidence")
    return ClaimCheck(claim, tuple(dict.fromkeys(reasons)))


def cited_day(claim: Claim, items: Sequence[EvidenceItem]) -> date | None:
    by_number = {i.number: i for i in items}
    first = next((by_number[n] for n in claim.evidence if n in by_number), None)
    return None if first is None else first.day
