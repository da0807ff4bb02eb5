"""`neuroleaf ask "what helped last time I felt low?"`: the evidence, phrased by a local model."""

from __future__ import annotations

import sys
from typing import Any

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.domain import crisis_lines
from neuroleaf_desktop.domain.insights import Citation, Topic
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService

MODEL_CHOICES = ("default", "light", "test")


def _citation(c: Citation) -> dict[str, str]:
    return {"kind": c.kind, "id": c.id, "date": c.day.isoformat()}


def answer_json(answer: InsightAnswer) -> dict[str, Any]:
    """The answer for scripts: the topic, each shown claim with its evidence ids (and, for a
    typed claim, the terms the model chose and the change), and every dropped claim with the
    reasons it was not shown."""
    topic = answer.topic
    return {
        "kind": answer.kind,
        "reason": answer.outcome.reason,
        "message": answer.outcome.message,
        "topic": None
        if topic is None
        else {
            "kind": topic.kind,
            "label": topic.label,
            "subject": topic.subject,
            "method": topic.method,
            "matched": list(topic.matched),
        },
        "text": answer.text,
        "used_llm": answer.used_llm,
        "model": answer.model,
        "claims": [
            {
                "text": c.text,
                "evidence": list(c.evidence),
                "about": list(c.about),
                "direction": c.direction,
            }
            for c in answer.claims
        ],
        "dropped": [
            {"text": d.claim.text, "evidence": list(d.claim.evidence), "reasons": list(d.reasons)}
            for d in answer.dropped
        ],
        "citations": [_citation(c) for c in answer.citations],
        "evidence": [
            {
                "id": e.number,
                "date": e.day.isoformat(),
                "kind": e.kind,
                "summary": e.summary,
                "quote": e.quote,
                "citations": [_citation(c) for c in e.citations],
            }
            for e in answer.evidence
        ],
        "gaps": list(answer.gaps),
        "notes": list(answer.notes),
    }


def _country() -> str:
    import locale

    name = (locale.getlocale()[0] or "").replace("-", "_")
    return name.split("_")[1][:2] if "_" in name else ""


def _crisis_text() -> str:
    region = crisis_lines.lines_for(_country())
    lines = ["", f"If you are in danger right now, call {region.emergency}."]
    for line in region.lines[:3]:
        lines.append(f"  {line.name}: {line.contact} ({line.hours})")
    lines.append("`neuroleaf safety` shows your safety plan and the lines for your country.")
    return "\n".join(lines)


@click.command("ask")
@click.argument("question", nargs=-1, required=True)
@click.option("--no-llm", is_flag=True, help="Show the evidence only; do not start a model.")
@click.option(
    "--model",
    type=click.Choice(MODEL_CHOICES),
    default="default",
    show_default=True,
    help="Which local model phrases the answer (test: tiny, for tests only).",
)
@click.option("--max-tokens", type=click.IntRange(16, 1024), default=220, show_default=True)
@json_option
def ask_cmd(question: tuple[str, ...], no_llm: bool, model: str, max_tokens: int) -> None:
    """Ask your journal, e.g. "what helped last time I felt low?".

    The question's topic (low mood, anxiety, sleep, stress, energy, an activity or person,
    "when did I last …") decides which evidence is read from your own entries and check-ins
    on this computer; a local model restates it as short claims, and only claims the
    evidence supports are shown (--json lists the dropped ones and why).
    Nothing leaves the machine. Not medical advice: diagnosis and medication questions are
    left to professionals.
    """
    st = state()
    text = " ".join(question).strip()
    streamed = False

    def on_token(piece: str) -> None:
        nonlocal streamed
        if not st.json:
            streamed = True
            click.echo(piece, nl=False)
            sys.stdout.flush()

    def on_topic(topic: Topic) -> None:
        if not st.json:
            click.echo(f"{topic.heading}\n", err=True)

    with st.open_session() as session:
        service = InsightService(session, model=model, max_tokens=max_tokens)
        answer = service.ask(text, on_token=on_token, use_llm=not no_llm, on_topic=on_topic)
    if st.json:
        emit_json(answer_json(answer))
        return
    if answer.kind == "safety":
        click.echo(answer.text)
        click.echo(_crisis_text())
        return
    if answer.kind == "refused":
        click.echo(answer.text)
        return
    if streamed:
        click.echo()
    else:
        click.echo(answer.text)
    if answer.outcome.message:
        click.echo(f"\n({answer.outcome.message})", err=True)
    if answer.used_llm:
        click.echo("\nEvidence:")
        for item in answer.evidence:
            click.echo(f"  {item.line()}")
