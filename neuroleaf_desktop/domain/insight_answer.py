"""The prompt given to the language model, and the answer built from checked claims.

The model sees the topic, that topic's numbered evidence and the question; nothing else (no
raw journal, no profile). It answers in JSON claims (``insights.claims``), each checked before
it is shown. The system prompt is fixed and comes first, so llama.cpp can keep its state
between questions and only read the short, topic-specific part anew. When no claim survives,
or no model is used, the answer is the evidence itself, from a template. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from neuroleaf_desktop.domain.insights.claims import Claim, cited_day
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence
from neuroleaf_desktop.domain.insights.topics import Topic

SYSTEM_PROMPT: Final = (
    "You restate evidence from a person's own journal as at most 3 short claims, written to "
    "them as 'you'. For each claim, first pick one evidence item, then restate it in its own "
    "words, numbers and dates: a claim may only say what that item says. No causes, advice or "
    "anything else. Never mention medication or diagnoses. Reply in JSON: "
    '{"claims": [{"evidence": [<item number>], "text": "<one sentence>"}]}'
)
TEMPLATE_ITEMS: Final = 3


def build_messages(
    question: str, topic: Topic, items: Sequence[EvidenceItem]
) -> list[dict[str, str]]:
    """Chat messages: the fixed rules, then the topic, its evidence and the question."""
    evidence = "\n".join(item.line() for item in items)
    user = f"Topic: {topic.label}\nEvidence:\n{evidence}\n\nQuestion: {question.strip()}"
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
        return "\n".join(found.gaps)
    lines = [f"{item.summary} [{item.day.isoformat()}]" for item in found.items[:limit]]
    lines.extend(found.gaps)
    return "\n".join(lines)


def fallback_text(found: TopicEvidence) -> str:
    """Every evidence line, numbered, and the notes: the evidence-only view."""
    if not found.items:
        return "\n".join([*found.gaps, *found.notes])
    lines = ["What your journal shows:", ""]
    lines.extend(item.line() for item in found.items)
    if found.gaps or found.notes:
        lines.append("")
        lines.extend([*found.gaps, *found.notes])
    return "\n".join(lines)
