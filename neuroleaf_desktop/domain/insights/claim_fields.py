"""Typed claims: the model picks evidence and fields, code writes the sentence.

Why: asked to write free sentences about the evidence, the default 1.5B model mixed items up,
added causes and spoke as the person, so nearly every claim failed the check and the template
was always shown. Its job is now narrower. Per claim it chooses only

* ``evidence``: one item's number (the grammar allows only existing ids);
* ``about``: up to ``MAX_ABOUT`` words from *that item's* own terms (activities, emotions,
  people, places) that matter to the question — the grammar offers no other word.

The change an item reports (its ``direction``: up, down or none) is the item's own: an early
version let the model choose it too, and it said "up" for items that report no change (all
dropped by the checker). Every token the model writes also costs time before the first claim
can be shown, so what it can only copy, it does not write.

:func:`render_typed` turns those fields into a second-person sentence made only of the item's
own words (its first sentence, and of its lists only the chosen words), and the claim checker
(``claims.verify_claim``) still gates every claim: a direction the item does not report, a
word that is not among its terms, anything unsupported is dropped with the reason. So the
model decides *what matters for this question*; what is said comes from the data. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from neuroleaf_desktop.domain.insights.evidence import EvidenceItem

MAX_TYPED_CLAIMS: Final = 3
MAX_ABOUT: Final = 3
DIRECTIONS: Final = ("up", "down", "none")
BRIEF_CHARS: Final = 150
_SENTENCE: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z'])")
# The list sentences of the evidence templates: only the chosen words of a list are kept.
_LIST: Final = re.compile(
    r"^(Logged that day:|Logged on \d{4}-\d{2}-\d{2}:|The day before you had logged|You felt)"
    r" (.+?)\.?$"
)
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")  # fmt: skip
_DIRECTION_WORD: Final = {"up": "a rise", "down": "a fall"}


def typed_claim_schema(items: Sequence[EvidenceItem]) -> dict[str, Any]:
    """JSON schema (llama.cpp makes it a grammar): one alternative per item, so ``about``
    can only hold that item's own terms. Keys are written in this order: the item first."""
    alternatives: list[dict[str, Any]] = []
    for item in items:
        terms = list(dict.fromkeys(item.terms))
        # No terms: the empty list itself ({"maxItems": 0} alone became "any array" in
        # llama.cpp's grammar, and the model filled it with words of its own).
        about: dict[str, Any] = (
            {"type": "array", "items": {"enum": terms}, "maxItems": min(MAX_ABOUT, len(terms))}
            if terms
            else {"const": []}
        )
        alternatives.append(
            {
                "type": "object",
                "properties": {
                    "evidence": {"const": item.number},
                    "about": about,
                },
                "required": ["evidence", "about"],
                "additionalProperties": False,
            }
        )
    return {
        "type": "object",
        "properties": {
            "claims": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_TYPED_CLAIMS,
                "items": {"anyOf": alternatives},
            }
        },
        "required": ["claims"],
        "additionalProperties": False,
    }


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def brief(item: EvidenceItem) -> str:
    """The short line the model reads for one item: what it says first, and its terms.
    Short, because reading the prompt is most of the time to the first token."""
    first = _sentences(item.summary)[0] if item.summary else ""
    if len(first) > BRIEF_CHARS:
        first = first[: BRIEF_CHARS - 1].rsplit(" ", 1)[0] + "…"
    about = ", ".join(dict.fromkeys(item.terms)) or "-"
    return f"{item.number}. {first} | about: {about}"


def _join(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _chosen(about: Sequence[str], item: EvidenceItem) -> list[str]:
    allowed = {t.lower(): t for t in item.terms}
    return list(dict.fromkeys(allowed[a.lower()] for a in about if a.lower() in allowed))


def render_typed(item: EvidenceItem, about: Sequence[str], direction: str, limit: int = 320) -> str:
    """The claim as the person reads it, built from ``item``'s own sentences only.

    "On 22 Oct (a rise): Low days … (up to 6, still below your usual 6.5). Logged that day:
    exercise and family." The first sentence of the summary always; of the later ones, a
    list keeps only the chosen words (and is left out when none was chosen), any other
    sentence is kept when it names a chosen word. A direction other than "none" is written
    out, so the checker can hold the claim to it.
    """
    chosen = _chosen(about, item)
    lowered = {c.lower() for c in chosen}
    sentences = _sentences(item.summary)
    parts = [sentences[0].rstrip(".")] if sentences else []
    for sentence in sentences[1:]:
        match = _LIST.match(sentence)
        if match is not None:
            listed = [w.strip() for w in match[2].split(",")]
            kept = [w for w in listed if w.lower() in lowered]
            if kept:
                parts.append(f"{match[1]} {_join(kept)}")
            continue
        if any(re.search(rf"\b{re.escape(c)}\b", sentence, re.I) for c in chosen):
            parts.append(sentence.rstrip("."))
    day = f"{item.day.day} {_MONTHS[item.day.month - 1]}"
    change = _DIRECTION_WORD.get(direction)
    text = f"On {day} ({change}): " if change else f"On {day}: "
    for i, part in enumerate(parts):
        candidate = f"{text}{part}." if i == 0 else f"{text} {part}."
        if i and len(candidate) > limit:
            break
        text = candidate
    return text
