"""Analysis chips in the journal editor; background-jobs status indicator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis, SentimentScores
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services import background as background_module
from neuroleaf_desktop.services.background import BackgroundServices
from neuroleaf_desktop.services.jobs import Job
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.journal.screen import JournalScreen
from neuroleaf_desktop.ui.main_window import MainWindow
from neuroleaf_desktop.ui.widgets.analysis_chips import AnalysisChips, chip_specs
from tests.ui.conftest import PASSPHRASE

HAPPY = "I'm so grateful for my friends, today was wonderful"


@pytest.fixture(autouse=True)
def _analysis_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background jobs without embeddings: no torch load holding the single job worker."""
    real = background_module.attach_background

    def attach(session: Session, **kwargs: Any) -> BackgroundServices:
        kwargs["semantic"] = False
        return real(session, **kwargs)

    monkeypatch.setattr(background_module, "attach_background", attach)


def _journal(controller: AppController) -> JournalScreen:
    window = controller.main_window
    assert window is not None and isinstance(window.journal, JournalScreen)
    return window.journal


def _window(controller: AppController) -> MainWindow:
    window = controller.main_window
    assert window is not None
    return window


def test_journal_editor_shows_the_entry_analysis_as_chips(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Chips", HAPPY)
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    journal = _journal(controller)
    qtbot.waitUntil(lambda: journal.is_loaded, timeout=10_000)
    entry = journal.visible_entries()[0]
    journal.open_entry(entry.id)
    chips = journal.analysis_chips
    # Caught up in the background after unlock; the "analysed" event refreshes the chips.
    qtbot.waitUntil(lambda: "Positive" in chips.texts(), timeout=15_000)
    lowered = [t.lower() for t in chips.texts()]
    assert "gratitude" in lowered
    assert chips.isVisibleTo(journal)
    sentiment = chips.chips[0]
    assert sentiment.accessibleName().startswith("Sentiment: positive (")
    assert sentiment.toolTip() == sentiment.accessibleName()
    # the row says what an absent chip means: not read clearly, not "not felt"
    assert "read clearly" in chips.accessibleDescription()
    assert "may still be there" in chips.toolTip()

    # A new, unsaved entry has no chips at all.
    journal.new_entry()
    qtbot.waitUntil(lambda: chips.texts() == [], timeout=5_000)
    assert not chips.isVisibleTo(journal)

    # Lock: the chips (which name words from the entry) are gone with the window.
    controller.lock("manual")
    assert _deleted(chips) or chips.texts() == []


def _deleted(widget: AnalysisChips) -> bool:
    return not shiboken6.isValid(widget)


def test_an_edited_entry_shows_analysing_until_its_new_analysis_arrives(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Pending", HAPPY)
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    journal = _journal(controller)
    qtbot.waitUntil(lambda: journal.is_loaded, timeout=10_000)
    qtbot.waitUntil(lambda: controller.background is not None, timeout=10_000)
    background = controller.background
    assert background is not None
    release = threading.Event()
    started = threading.Event()

    def block(_job: Job) -> None:  # occupies the single job worker
        started.set()
        release.wait(20)

    background.jobs.register("test_block", block, label=lambda n: "Testing…")
    entry = journal.visible_entries()[0]
    journal.open_entry(entry.id)
    qtbot.waitUntil(lambda: "Positive" in journal.analysis_chips.texts(), timeout=15_000)
    background.jobs.enqueue("test_block")
    qtbot.waitUntil(started.is_set, timeout=10_000)

    journal.body_edit.setPlainText("I can't stop worrying about the exam and the rent")
    journal.save()
    qtbot.waitUntil(lambda: journal.analysis_chips.texts() == ["Analysing…"], timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: "Negative" in journal.analysis_chips.texts(), timeout=15_000)


def test_status_bar_shows_queued_background_jobs_and_hides_when_idle(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Status", HAPPY)
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    qtbot.waitUntil(lambda: controller.background is not None, timeout=10_000)
    background, session, window = controller.background, controller.session, _window(controller)
    assert background is not None and session is not None
    label = window.job_status_label
    # The start-up catch-up analyses the profile's first entry (loading the embedding model on a
    # cold machine); let it finish so the count below is only the entries this test saves.
    qtbot.waitUntil(lambda: not background.jobs.status().busy, timeout=120_000)
    release = threading.Event()
    started = threading.Event()

    def block(_job: Job) -> None:  # holds the single worker, so analyses stay queued
        started.set()
        release.wait(20)

    background.jobs.register("test_block", block, label=lambda n: "Testing…")
    background.jobs.enqueue("test_block")
    qtbot.waitUntil(started.is_set, timeout=10_000)
    for i in range(3):  # several entries saved quickly
        session.journal.add(NewEntry(f"Quick {i}", "A calm walk by the river."))

    qtbot.waitUntil(
        lambda: label.isVisibleTo(window) and label.text().startswith("Analysing 3 entries"),
        timeout=10_000,
    )
    assert window.jobs_bar.isVisibleTo(window)  # the busy bar runs with it
    release.set()
    qtbot.waitUntil(lambda: not label.isVisibleTo(window), timeout=15_000)
    assert label.text() == ""


def test_job_status_tooltip_counts_failed_jobs(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Failed", HAPPY)
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = _window(controller)
    window.set_job_status("Analysing 2 entries…", 1)
    assert window.job_status_label.isVisibleTo(window)
    assert "1 job failed — see `neuroleaf jobs`" in window.job_status_label.toolTip()
    assert window.jobs_bar.isVisibleTo(window)
    window.set_job_status("", 1)
    assert not window.job_status_label.isVisibleTo(window)


def test_chip_specs_limit_and_label() -> None:
    analysis = EntryAnalysis(
        analyser="t",
        analyser_version=1,
        sentiment=SentimentScores(-0.02, 0.1, 0.8, 0.1),
        emotions={"joy": 0.9, "calm": 0.5, "anger": 0.4, "fear": 0.35, "sadness": 0.1},
        stress_keywords=(("exam", 2.0), ("rent", 1.5), ("deadline", 1.0), ("boss", 0.5)),
        content_hash="x",
    )
    specs = chip_specs(analysis)
    assert [s.text for s in specs] == [
        "Mixed",
        "Joy",
        "Calm",
        "Anger",
        "exam",
        "rent",
        "deadline",
    ]
    assert specs[0].accessible == "Sentiment: mixed (-0.02)"
