"""The prompt given to the language model, and the answer built from checked claims.

The model sees the topic, a short line per numbered evidence item (``claim_fields.brief``:
its first sentence and its terms) and the question; nothing else (no raw journal, no
profile). It answers in typed JSON claims (``insights.claim_fields``): which items answer the
question and which of their terms matter; code writes each claim's sentence from the item,
and each is checked before it is shown. The system prompt is fixed and comes first, then the
topic's evidence, then the question, so llama.cpp can keep the state of everything before the
question (read at warm-up or while the question is typed) and read only the question anew.
When no claim survives, or no model is used, the answer is the evidence itself, from a
template. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from neuroleaf_desktop.domain.insights.claim_fields import brief
from neuroleaf_desktop.domain.insights.claims import Claim, cited_day
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence
from neuroleaf_desktop.domain.insights.topic import Topic

SYSTEM_PROMPT: Final = (
    "You pick the evidence from a person's journal that best answers their question. Each "
    "evidence line has a number, what it says and its 'about' words. Reply in JSON with 1 to "
    '3 claims, the most relevant item first. Each claim: the item\'s number as "evidence" '
    "and the words of that item's 'about' list that matter to the question as \"about\". "
    'Compact JSON, no spaces (each token costs time): {"claims":[{"evidence":2,"about":["walk"]}]}'
)
QUESTION_LABEL: Final = "Question: "
TEMPLATE_ITEMS: Final = 3


def build_messages(
    question: str, topic: Topic, items: Sequence[EvidenceItem]
) -> list[dict[str, str]]:
    """Chat messages: the fixed rules, then the topic, its evidence (short) and the question."""
    evidence = "\n".join(brief(item) for item in items)
    user = f"Topic: {topic.label}\nEvidence:\n{evidence}\n\n{QUESTION_LABEL}{question.strip()}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def warm_messages() -> list[dict[str, str]]:
    """The system prompt alone with an empty question: read once when the screen opens."""
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "Topic:"}]


def render_claim(claim: Claim, items: Sequence[EvidenceItem]) -> str:
    """The claim as shown: its own text, then the cited item's date as a link target."""
    text = re.sub(r"\s*\[[^\[\]]*\]", "", claim.text).strip()
    if text and text[-1] not in ".!?":
        text += "."
    day = cited_day(claim, items)
    return f"{text} [{day.isoformat()}]" if day is not None else text


def claims_text(claims: Sequence[Claim], items: Sequence[EvidenceItem]) -> str:
    return " ".join(render_claim(c, items) for c in claims)


def template_answer(found: TopicEvidence, limit: int = TEMPLATE_ITEMS) -> str:
    """The evidence itself, in plain sentences: the answer when no claim can be shown."""
    if not found.items:
        return "\n".join([*found.limits, *found.gaps])
    lines = [*found.limits]
    lines.extend(f"{item.summary} [{item.day.isoformat()}]" for item in found.items[:limit])
    lines.extend(found.gaps)
    return "\n".join(lines)


def fallback_text(found: TopicEvidence) -> str:
    """Every evidence line, numbered, and the notes: the evidence-only view."""
    if not found.items:
        return "\n".join([*found.limits, *found.gaps, *found.notes])
    lines = [*found.limits, ""] if found.limits else []
    lines.extend(["What your journal shows:", ""])
    lines.extend(item.line() for item in found.items)
    if found.gaps or found.notes:
        lines.append("")
        lines.extend([*found.gaps, *found.notes])
    return "\n".join(lines)
