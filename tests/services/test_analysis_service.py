"""Analysis in the background: saved entries get analysed, edits re-analysed, ids only in jobs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import click
import pytest
from click.testing import CliRunner

from neuroleaf_desktop.cli.analysis_cmd import analysis_group, jobs_cmd
from neuroleaf_desktop.cli.common import CliState
from neuroleaf_desktop.domain.analysis.analyzer import ANALYSER_NAME, ANALYSER_VERSION
from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.logging_setup import LOG_FILE_NAME
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.analysis_service import ANALYSE_KIND, CATCH_UP_KIND
from neuroleaf_desktop.services.background import BackgroundServices, attach_background
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.jobs import JobState
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.support.privacy import make_canary

HAPPY = "I'm so grateful for my friends, today was wonderful"
WORRIED = "I can't stop worrying about the exam and the rent, I feel sick with anxiety"


@pytest.fixture
def bg(session: Session) -> Iterator[BackgroundServices]:
    services = attach_background(session, poll_interval=0.05)
    yield services
    services.stop()


def test_new_entry_is_analysed_in_the_background(session: Session, bg: BackgroundServices) -> None:
    analysed: list[str] = []
    session.events.subscribe(lambda c: analysed.append(c.id) if c.op == "analysed" else None)
    entry = session.journal.add(NewEntry(title="", body=HAPPY))
    assert bg.jobs.wait_idle(10)
    result = bg.analysis.get(entry.id)
    assert result is not None
    assert result.entry_id == entry.id and result.analysed_at is not None
    assert result.analyser == ANALYSER_NAME and result.analyser_version == ANALYSER_VERSION
    assert result.sentiment.compound > 0.5
    assert {e for e, _ in result.top_emotions(2)} == {"gratitude", "joy"}
    assert bg.analysis.is_current(result, entry.title, entry.body)
    assert analysed == [entry.id]
    jobs = bg.jobs.list(kind=ANALYSE_KIND)
    assert [(j.payload_ref, j.state) for j in jobs] == [(entry.id, JobState.DONE)]


def test_editing_reanalyses(session: Session, bg: BackgroundServices) -> None:
    entry = session.journal.add(NewEntry(title="", body=HAPPY))
    assert bg.jobs.wait_idle(10)
    before = bg.analysis.get(entry.id)
    session.journal.edit(entry.id, EntryPatch(body=WORRIED))
    assert bg.jobs.wait_idle(10)
    after = bg.analysis.get(entry.id)
    assert before is not None and after is not None
    assert after.content_hash != before.content_hash
    assert after.sentiment.compound < 0 and after.top_emotions(1)[0][0] == "anxiety"
    assert {"exam", "rent"} <= {k for k, _ in after.stress_keywords}
    assert bg.analysis.count() == 1


def test_old_analyser_version_and_stale_rows_are_rerun(
    session: Session, bg: BackgroundServices
) -> None:
    first = session.journal.add(NewEntry(title="", body=HAPPY))
    second = session.journal.add(NewEntry(title="", body=WORRIED))
    assert bg.jobs.wait_idle(10)
    assert bg.analysis.reanalyse_outdated() == 0
    with session.vault.transaction() as conn:
        conn.execute("UPDATE entry_analyses SET analyser_version = ?", (ANALYSER_VERSION - 1,))
        conn.execute(
            "UPDATE entry_analyses SET content_hash = 'stale' WHERE entry_seq = "
            "(SELECT seq FROM entries WHERE id = ?)",
            (second.id,),
        )
    assert bg.analysis.reanalyse_outdated() == 2
    assert bg.jobs.wait_idle(10)
    for entry_id in (first.id, second.id):
        result = bg.analysis.get(entry_id)
        assert result is not None and result.analyser_version == ANALYSER_VERSION
        assert result.content_hash != "stale"
    assert bg.analysis.reanalyse_outdated() == 0
    # --all re-runs everything even when current (a duplicate job is not skipped).
    assert bg.analysis.reanalyse_outdated(everything=True) == 2
    assert bg.jobs.wait_idle(10)
    assert len(bg.jobs.list([JobState.DONE], kind=ANALYSE_KIND)) == 6


def test_trash_restore_and_purge(session: Session, bg: BackgroundServices) -> None:
    entry = session.journal.add(NewEntry(title="", body=HAPPY))
    assert bg.jobs.wait_idle(10)
    session.journal.delete(entry.id)
    assert bg.analysis.reanalyse_outdated() == 0  # trashed entries are left alone
    # The start-up catch-up may have queued this entry too (a harmless no-op job), so count
    # only what the restore adds: exactly one analysis.
    before = len(bg.jobs.list(kind=ANALYSE_KIND))
    session.journal.restore(entry.id)
    assert bg.jobs.wait_idle(10)
    assert len(bg.jobs.list(kind=ANALYSE_KIND)) == before + 1
    session.journal.purge(entry.id)
    assert bg.analysis.get(entry.id) is None
    with session.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM entry_analyses").fetchone()[0] == 0


def test_entries_saved_without_workers_are_analysed_at_next_start(session: Session) -> None:
    paused = attach_background(session, start=False, catch_up=False, poll_interval=0.05)
    ids = [session.journal.add(NewEntry(title="", body=f"Day {i}: happy")).id for i in range(3)]
    assert paused.jobs.status().text == "Analysing 3 entries…"
    paused.stop()
    resumed = attach_background(session, poll_interval=0.05)
    try:
        assert resumed.jobs.wait_idle(10)
        assert all(resumed.analysis.get(i) is not None for i in ids)
        assert resumed.jobs.status().text == ""
    finally:
        resumed.stop()


def test_catch_up_finds_entries_written_without_background(session: Session) -> None:
    """E.g. entries added with `neuroleaf journal add`, or a vault upgraded from version 3."""
    ids = [session.journal.add(NewEntry(title="", body=HAPPY)).id for _ in range(2)]
    background = attach_background(session, poll_interval=0.05)
    try:
        assert background.jobs.wait_idle(10)
        assert all(background.analysis.get(i) is not None for i in ids)
        catch_up = background.jobs.list(kind=CATCH_UP_KIND)
        assert [j.state for j in catch_up] == [JobState.DONE]
    finally:
        background.stop()


def test_catch_up_leaves_entries_saved_after_it_to_their_own_job(session: Session) -> None:
    """A save that lands after the start-up pass was queued queues its own analysis; the pass
    reading it too would analyse it twice (seen when the pass ran between save and queueing)."""
    before = session.journal.add(NewEntry(title="", body=HAPPY)).id
    background = attach_background(session, start=False, poll_interval=0.05)
    background.analysis.detach()  # the save's own job is "not yet queued", as in the race
    after = session.journal.add(NewEntry(title="", body=WORRIED)).id
    background.jobs.start()
    try:
        assert background.jobs.wait_idle(10)
        queued = [j.payload_ref for j in background.jobs.list(kind=ANALYSE_KIND)]
        assert queued == [before]
        assert background.analysis.get(after) is None
        assert background.analysis.reanalyse_outdated() == 1  # without a cutoff it is found
    finally:
        background.stop()


def test_summaries_for_charts(session: Session, bg: BackgroundServices) -> None:
    march = datetime(2026, 3, 10, 12, tzinfo=UTC)
    session.journal.add(NewEntry(title="", body=WORRIED, created_at=march))
    session.journal.add(
        NewEntry(title="", body="The exam is tomorrow and I am scared.", created_at=march)
    )
    session.journal.add(NewEntry(title="", body=HAPPY, created_at=march + timedelta(days=40)))
    assert bg.jobs.wait_idle(10)
    april = datetime(2026, 4, 1, tzinfo=UTC)
    keywords = bg.analysis.stress_keyword_counts(since=march - timedelta(days=1), until=april)
    exam = next(k for k in keywords if k.keyword == "exam")
    assert exam.entries == 2 and exam.weight > 0
    assert keywords[0].weight >= keywords[-1].weight
    summary = bg.analysis.emotion_summary(until=april)
    assert summary.entries == 2 and summary.mean_compound < 0
    assert summary.dominant["anxiety"] == 2
    everything = bg.analysis.emotion_summary()
    assert everything.entries == 3 and everything.dominant["gratitude"] == 1
    assert bg.analysis.emotion_summary(since=april + timedelta(days=60)).entries == 0


def test_jobs_and_logs_hold_ids_only(session: Session, bg: BackgroundServices) -> None:
    canary = make_canary()
    job_changes: list[Change] = []
    session.events.subscribe(job_changes.append, Topic.JOB)
    entry = session.journal.add(
        NewEntry(title=f"About {canary}", body=f"{canary} made me furious and sad. " * 20)
    )
    session.journal.edit(entry.id, EntryPatch(body=f"Still {canary}, the deadline is awful."))
    assert bg.jobs.wait_idle(10)
    with session.vault.reading() as conn:
        rows = conn.execute("SELECT * FROM jobs").fetchall()
    assert rows and all(canary not in str(cell) for row in rows for cell in row)
    payloads = {row[1]: set() for row in rows}
    for row in rows:
        payloads[row[1]].add(row[2])
    assert payloads == {ANALYSE_KIND: {entry.id}, CATCH_UP_KIND: {""}}  # ids, nothing else
    assert all(canary not in c.id for c in job_changes)
    log_text = (app_paths().logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "analysis.stored" in log_text
    assert canary not in log_text and canary.lower() not in log_text


# ---- the CLI commands (in-process; the lead registers them in cli/main.py) --------------------
def _cli() -> click.Group:
    @click.group()
    @click.pass_context
    def root(ctx: click.Context) -> None:
        ctx.ensure_object(CliState)

    root.add_command(analysis_group)
    root.add_command(jobs_cmd)
    return root


def test_cli_run_show_and_jobs(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEUROLEAF_PASSPHRASE", PASSPHRASE)
    first = session.journal.add(NewEntry(title="", body=WORRIED))  # no workers: not analysed
    second = session.journal.add(NewEntry(title="", body=HAPPY))
    runner = CliRunner()

    shown = runner.invoke(_cli(), ["analysis", "show", first.id[:8]])
    assert shown.exit_code == 0 and "not been analysed yet" in shown.output

    ran = runner.invoke(_cli(), ["analysis", "run", "--json"])
    assert ran.exit_code == 0, ran.output
    assert json.loads(ran.output) == {
        "queued": 2, "analysed": 2, "failed": 0, "pending": 0, "finished": True,
    }  # fmt: skip
    again = runner.invoke(_cli(), ["analysis", "run"])
    assert again.output.strip() == "Analysed 0 entries."

    shown = runner.invoke(_cli(), ["analysis", "show", first.id[:8]])
    assert shown.exit_code == 0, shown.output
    assert "Sentiment: negative" in shown.output and "anxiety" in shown.output
    assert "exam" in shown.output.split("Stress keywords:")[1]
    data = json.loads(runner.invoke(_cli(), ["analysis", "show", first.id, "--json"]).output)
    assert data["current"] is True and data["entry_id"] == first.id
    assert set(data["emotions"]) >= {"anxiety", "joy"}

    listed = json.loads(runner.invoke(_cli(), ["jobs", "--json"]).output)
    assert listed["counts"] == {ANALYSE_KIND: {"done": 2}}
    assert {j["payload_ref"] for j in listed["jobs"]} == {first.id, second.id}
    text = runner.invoke(_cli(), ["jobs", "--state", "done"]).output
    assert text.startswith("done: 2") and ANALYSE_KIND in text
    assert runner.invoke(_cli(), ["jobs", "--state", "failed"]).output.strip() == (
        "No background jobs."
    )
