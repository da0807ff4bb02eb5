"""`neuroleaf analysis …` and `neuroleaf jobs`: entry analysis and the background-job queue."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state, table, when_text
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.services.analysis_service import ANALYSE_KIND
from neuroleaf_desktop.services.analysis_sources import KeywordSource, stress_sources
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.jobs import Job, JobRunner, JobState


def sources_json(sources: tuple[KeywordSource, ...] | None) -> list[dict[str, Any]] | None:
    """Where each stress keyword was read: quotes and the matched words' offsets in the title
    or body (None when the entry changed since it was analysed: the words may be gone)."""
    return None if sources is None else [asdict(source) for source in sources]


def analysis_json(
    analysis: EntryAnalysis, current: bool, sources: tuple[KeywordSource, ...] | None = None
) -> dict[str, Any]:
    s = analysis.sentiment
    return {
        "entry_id": analysis.entry_id,
        "analyser": analysis.analyser,
        "analyser_version": analysis.analyser_version,
        "analysed_at": analysis.analysed_at.isoformat() if analysis.analysed_at else None,
        "current": current,
        "sentiment": {
            "label": s.label,
            "compound": s.compound,
            "positive": s.positive,
            "neutral": s.neutral,
            "negative": s.negative,
        },
        "emotions": analysis.emotions,
        "stress_keywords": [[k, w] for k, w in analysis.stress_keywords],
        "stress_sources": sources_json(sources),
    }


def job_json(job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "kind": job.kind,
        "payload_ref": job.payload_ref,
        "state": job.state.value,
        "attempts": job.attempts,
        "next_run_at": job.next_run_at.isoformat(),
        "last_error": job.last_error,
        "created_at": job.created_at.isoformat(),
        "updated_at": job.updated_at.isoformat(),
    }


def _bar(score: float, width: int = 20) -> str:
    return "█" * round(score * width)


@click.group("analysis")
def analysis_group() -> None:
    """Sentiment, emotions and stress keywords of your entries (computed on this computer)."""


@analysis_group.command("show")
@click.argument("entry_id")
@json_option
def analysis_show(entry_id: str) -> None:
    """Show the analysis of one entry (an id prefix of 6+ characters is enough)."""
    st = state()
    with st.open_session() as session:
        entry = session.journal.get(entry_id)
        service = session.analysis
        analysis = service.get(entry.id)
        current = analysis is not None and service.is_current(analysis, entry.title, entry.body)
        read = session.journal.readable(entry.id)  # template lines unchanged: not quoted
    if analysis is None:
        if st.json:
            emit_json({"entry_id": entry.id, "analysis": None})
        else:
            click.echo(
                f"Entry {entry.id[:8]} has not been analysed yet. "
                "Run `neuroleaf analysis run` (the desktop app does it by itself)."
            )
        return
    # Quoted only from the text the analysis describes: an edited entry may no longer hold them.
    sources = stress_sources(read.title, read.body, analysis) if current else None
    if st.json:
        emit_json(analysis_json(analysis, current, sources))
        return
    s = analysis.sentiment
    when = when_text(entry.created_at, entry.tz_offset_min)
    click.echo(f"Entry {entry.id[:8]} ({when})")
    if not current:
        click.echo("Note: the entry changed since; `neuroleaf analysis run` updates this.")
    click.echo(f"Sentiment: {s.label} ({s.compound:+.2f})")
    top = analysis.top_emotions(len(analysis.emotions))
    if top:
        click.echo("Emotions:")
        for name, score in top:
            click.echo(f"  {name:<11} {score:.2f} {_bar(score)}")
    else:
        click.echo("Emotions: none read clearly.")
    if analysis.stress_keywords:
        click.echo("Stress keywords: " + ", ".join(k for k, _ in analysis.stress_keywords))
        for source in sources or ():
            quotes = " and ".join(f"“{q.text}”" for q in source.quotes)
            more = f" (and {source.more} more)" if source.more else ""
            click.echo(f"  {source.keyword} — from {quotes}{more}")


@analysis_group.command("run")
@click.option("--all", "everything", is_flag=True, help="Re-analyse every entry, not only new.")
@click.option(
    "--timeout",
    default=600.0,
    show_default=True,
    type=click.FloatRange(1, 86_400),
    help="Give up waiting after this many seconds (work left stays queued).",
)
@json_option
def analysis_run(everything: bool, timeout: float) -> None:
    """Analyse entries that are new, changed, or analysed by an older version."""
    st = state()
    tally = {"analysed": 0, "failed": 0}

    def count(change: Change) -> None:
        if change.topic is Topic.ENTRY and change.op == "analysed":
            tally["analysed"] += 1
        elif change.topic is Topic.JOB and change.op == "failed":
            tally["failed"] += 1

    with st.open_session() as session:
        session.events.subscribe(count)
        background = attach_background(
            session, workers=2, poll_interval=0.2, catch_up=False, learned=True
        )
        try:
            queued = background.analysis.reanalyse_outdated(everything=everything)
            finished = background.jobs.wait_idle(timeout)
            pending = background.jobs.status().pending.get(ANALYSE_KIND, 0)
        finally:
            background.stop()
    result = {"queued": queued, **tally, "pending": pending, "finished": finished}
    if st.json:
        emit_json(result)
        return
    noun = "entry" if tally["analysed"] == 1 else "entries"
    click.echo(f"Analysed {tally['analysed']} {noun}.")
    if tally["failed"]:
        click.echo(f"{tally['failed']} failed; see `neuroleaf jobs --state failed`.")
    if pending:
        click.echo(f"{pending} still queued (retried later, or on the next run).")


@click.command("jobs")
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice([s.value for s in JobState]),
    help="Only jobs in this state (repeat for several).",
)
@click.option("--limit", "-n", default=30, show_default=True, type=click.IntRange(1, 10_000))
@json_option
def jobs_cmd(states: tuple[str, ...], limit: int) -> None:
    """List background jobs (analysis and other work), most recent first."""
    st = state()
    with st.open_session() as session:
        runner = JobRunner(session.vault, session.events)
        jobs = runner.list([JobState(s) for s in states] or None, limit=limit)
        counts = runner.counts()
    if st.json:
        emit_json(
            {
                "counts": {k: {s.value: n for s, n in v.items()} for k, v in counts.items()},
                "jobs": [job_json(j) for j in jobs],
            }
        )
        return
    if not jobs:
        click.echo("No background jobs.")
        return
    totals: dict[JobState, int] = {}
    for per_kind in counts.values():
        for job_state, n in per_kind.items():
            totals[job_state] = totals.get(job_state, 0) + n
    click.echo("  ".join(f"{s.value}: {totals[s]}" for s in JobState if s in totals))
    rows = [
        (
            j.id,
            j.kind,
            j.state.value,
            j.attempts,
            when_text(j.next_run_at if j.state is JobState.QUEUED else j.updated_at, 0)[5:],
            j.last_error,
        )
        for j in jobs
    ]
    click.echo(table(("ID", "KIND", "STATE", "TRIES", "WHEN (UTC)", "REASON"), rows, 60))
