"""Stored analyses record which gate read them; the catch-up re-gates the ones it did not read.

Real SQLCipher vault, real rules, real MiniLM gate. "MiniLM missing" is a model registry that
finds no model (what a person without the model has), not a stub of the gate.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from neuroleaf_desktop.ai.analysis_gate import WEIGHTS, AnalysisGate
from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.ai.model_registry import BUILTIN_SPECS, ModelRegistry
from neuroleaf_desktop.demo.analysed import analyse_all
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.analysis_service import ANALYSE_KIND, AnalysisService
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.jobs import JobRunner
from neuroleaf_desktop.services.session import Session

# Written for this test: "debt" is the topic of the writer's work, not their money trouble;
# the rules read a money stressor, the gate withdraws it (tests/ai/test_analysis_gate.py).
INTERVIEW = "Interviewing a debt counsellor for the article tomorrow, prep all done."
CALM = "Watered the tomatoes and read on the bench."
# Written for this test: a quarrel in the family the rules read, rightly; the shipped gate keeps
# it (tests/ai/test_analysis_gate.py), a much stricter operating point does not.
QUARREL = "Argued with my sister about the will again."


def _gate_without_minilm() -> AnalysisGate:
    nowhere = ModelRegistry(BUILTIN_SPECS, project_models=None, locate_package=lambda _n: None)
    return AnalysisGate(MiniLMEmbedder(nowhere))


@contextmanager
def _analysis(session: Session, gate: AnalysisGate) -> Iterator[tuple[JobRunner, AnalysisService]]:
    """The app's analysis wiring (as ``attach_background``) around a given gate."""
    runner = JobRunner(session.vault, session.events, workers=1, poll_interval=0.05)
    service = AnalysisService(
        session.vault, session.events, runner, analyser=gate.analyse, gate_version=gate.version
    )
    service.register_jobs()
    service.attach()
    runner.recover()
    service.schedule_catch_up()
    runner.start()
    try:
        yield runner, service
    finally:
        service.detach()
        runner.stop()
        gate.close()


def _categories(session: Session, entry_id: str) -> set[str]:
    stored = session.analysis.get(entry_id)
    assert stored is not None
    return {c for k, _w in stored.stress_keywords if (c := category_of(k))}


def _analyse_jobs(runner: JobRunner) -> int:
    return len(runner.list(kind=ANALYSE_KIND))


def test_an_entry_stored_without_minilm_is_regated_once_it_is_present(session: Session) -> None:
    with _analysis(session, _gate_without_minilm()) as (runner, service):
        entry = session.journal.add(NewEntry(title="", body=INTERVIEW))
        assert runner.wait_idle(30)
        before = session.analysis.get(entry.id)
        assert before is not None and before.gate == ""  # the rules' result, marked ungated
        assert "money" in _categories(session, entry.id)
        assert service.reanalyse_outdated() == 0  # without MiniLM: nothing to re-gate
    services = attach_background(session, poll_interval=0.05, learned=True)
    try:
        assert services.gate is not None
        version = services.gate.version()
        assert version.startswith("minilm-l6-v2:")
        assert services.jobs.wait_idle(60)  # the start-up catch-up queued and ran it
        after = session.analysis.get(entry.id)
        assert after is not None and after.gate == version
        assert "money" not in _categories(session, entry.id)  # withdrawn by the gate
        assert services.analysis.reanalyse_outdated() == 0  # gated now: not queued again
    finally:
        services.stop()


def test_an_entry_stored_gated_is_not_requeued(session: Session) -> None:
    services = attach_background(session, poll_interval=0.05, learned=True)
    try:
        gated = session.journal.add(NewEntry(title="", body=INTERVIEW))
        calm = session.journal.add(NewEntry(title="", body=CALM))  # nothing for the gate
        assert services.jobs.wait_idle(60)
        assert services.gate is not None
        version = services.gate.version()
        for entry in (gated, calm):
            stored = session.analysis.get(entry.id)
            assert stored is not None and stored.gate == version
        jobs = _analyse_jobs(services.jobs)
    finally:
        services.stop()
    again = attach_background(session, poll_interval=0.05, learned=True)
    try:
        assert again.jobs.wait_idle(60)
        assert _analyse_jobs(again.jobs) == jobs  # the catch-up found nothing to re-gate
        assert again.analysis.reanalyse_outdated() == 0
    finally:
        again.stop()


def test_without_minilm_starts_do_not_requeue_ungated_entries(session: Session) -> None:
    for _start in range(3):
        with _analysis(session, _gate_without_minilm()) as (runner, _service):
            if _start == 0:
                entry = session.journal.add(NewEntry(title="", body=INTERVIEW))
            assert runner.wait_idle(30)
            assert _analyse_jobs(runner) == 1  # analysed once, never queued again
    stored = session.analysis.get(entry.id)
    assert stored is not None and stored.gate == ""


def test_a_gated_result_survives_a_start_without_minilm(session: Session) -> None:
    """A result read by the gate is kept when MiniLM later goes missing (no ping-pong)."""
    services = attach_background(session, poll_interval=0.05, learned=True)
    try:
        entry = session.journal.add(NewEntry(title="", body=INTERVIEW))
        assert services.jobs.wait_idle(60)
    finally:
        services.stop()
    with _analysis(session, _gate_without_minilm()) as (runner, service):
        assert runner.wait_idle(30)
        assert _analyse_jobs(runner) == 1
        assert service.reanalyse_outdated() == 0
    stored = session.analysis.get(entry.id)
    assert stored is not None and stored.gate.startswith("minilm-l6-v2:")
    assert "money" not in _categories(session, entry.id)


def test_demo_seeding_stores_what_the_app_stores(session: Session) -> None:
    entry = session.journal.add(NewEntry(title="", body=INTERVIEW))
    assert analyse_all(session) == 1
    seeded = session.analysis.get(entry.id)
    services = attach_background(session, poll_interval=0.05, learned=True)
    try:
        assert services.jobs.wait_idle(60)
        assert services.gate is not None
        assert seeded is not None and seeded.gate == services.gate.version()
        assert _analyse_jobs(services.jobs) == 0  # the app finds nothing to re-gate
        assert services.analysis.get(entry.id) == seeded
    finally:
        services.stop()
    assert "money" not in _categories(session, entry.id)
    analyse_all(session, learned=False)  # a fixture pinning the rules' chips: marked ungated
    rules = session.analysis.get(entry.id)
    assert rules is not None and rules.gate == "" and "money" in _categories(session, entry.id)


def _strict_gate(folder: Path) -> AnalysisGate:
    """The shipped weights at another operating point: the same model, every chip withdrawn
    unless the model is all but certain of it."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["thresholds"] = {"stress": 0.99, "emotions": 0.99}
    path = folder / "strict_gate.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return AnalysisGate(weights=path)


def test_new_thresholds_are_a_new_gate_and_stored_results_are_reread(
    session: Session, tmp_path: Path
) -> None:
    """Changing the operating point changes the gate's version, so every stored result read
    at the old one is read again at the next start: each panel shows what the gate of today
    reads, here a chip the stricter point had withdrawn comes back."""
    strict = _strict_gate(tmp_path)
    old_version = strict.version()
    with _analysis(session, strict) as (runner, _service):
        entry = session.journal.add(NewEntry(title="", body=QUARREL))
        assert runner.wait_idle(30)
    before = session.analysis.get(entry.id)
    assert before is not None and before.gate == old_version
    assert "family" not in _categories(session, entry.id)
    services = attach_background(session, poll_interval=0.05, learned=True)
    try:
        assert services.gate is not None
        version = services.gate.version()
        assert version != old_version and version.startswith("minilm-l6-v2:")
        assert services.jobs.wait_idle(60)  # the start-up catch-up re-read it
        after = session.analysis.get(entry.id)
        assert after is not None and after.gate == version
        assert "family" in _categories(session, entry.id)
        assert services.analysis.reanalyse_outdated() == 0
    finally:
        services.stop()
