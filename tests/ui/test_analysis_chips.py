"""Analysis chips in the journal editor; background-jobs status indicator.

A stress chip's tooltip quotes the words it was read in (``services/analysis_sources``); those
quotes are the person's words, so they are checked against the entry as written, dropped when
they arrive for an entry no longer shown, blanked on lock and never logged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis, SentimentScores
from neuroleaf_desktop.domain.analysis.stress_spans import keyword_spans
from neuroleaf_desktop.domain.models import JournalEntry, NewEntry
from neuroleaf_desktop.logging_setup import LOG_FILE_NAME
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services import background as background_module
from neuroleaf_desktop.services.analysis_sources import stress_sources
from neuroleaf_desktop.services.background import BackgroundServices
from neuroleaf_desktop.services.jobs import Job
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import entry_chips as chips_module
from neuroleaf_desktop.ui.journal.editor import JournalEditor
from neuroleaf_desktop.ui.journal.screen import JournalScreen
from neuroleaf_desktop.ui.journal.store import EntryStore
from neuroleaf_desktop.ui.main_window import MainWindow
from neuroleaf_desktop.ui.widgets.analysis_chips import AnalysisChips, chip_specs
from tests.support.privacy import make_canary
from tests.ui.conftest import PASSPHRASE, widgets_containing
from tests.ui.helpers.ui_context import drain

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


# ---- where each stress chip came from --------------------------------------------------------
# Two sentences, each with its own stressors (rules only: the gate is off without semantic).
ROTA = "The rota changed again for Saturday."
RENT = "Then the rent went up and I can't sleep."
SHOUTED = "My manager shouted at me in front of everyone."
FSI, PDI = "\u2068", "\u2069"


def _stress_chips(chips: AnalysisChips) -> list[tuple[str, str, str]]:
    """(keyword, tooltip, accessible description) of each stress chip shown."""
    return [
        (chip.text(), chip.toolTip(), chip.accessibleDescription())
        for chip in chips.chips
        if chip.property("kind") == "stress"
    ]


def _chips_quoting(text: str) -> list[QWidget]:
    """Every live chip (shown or waiting to be deleted) whose tooltip or description holds
    ``text``: the entry list shows the text itself, the chips must not keep it."""
    return [
        w
        for w in QApplication.allWidgets()
        if w.objectName() == "analysisChip"
        and (text in w.toolTip() or text in w.accessibleDescription())
    ]


def _quoted(tooltip: str) -> list[str]:
    """The quotes in a tooltip, without the marks and bidi isolates round them."""
    return [part.split(PDI + "”")[0] for part in tooltip.split("“" + FSI)[1:]]


def test_a_stress_chip_says_which_words_it_came_from_and_lock_blanks_it(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Quotes", f"{ROTA} {RENT}", SHOUTED)
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    journal = _journal(controller)
    qtbot.waitUntil(lambda: journal.is_loaded, timeout=10_000)
    entry = next(e for e in journal.visible_entries() if e.body.startswith(ROTA))
    journal.open_entry(entry.id)
    chips = journal.analysis_chips
    qtbot.waitUntil(lambda: bool(_stress_chips(chips)), timeout=15_000)
    spans = keyword_spans(entry.title, entry.body, [k for k, *_ in _stress_chips(chips)])
    analysed = f"{entry.title}\n{entry.body}"
    for keyword, tooltip, description in _stress_chips(chips):
        assert tooltip.startswith(f"Stress: {keyword} — from “{FSI}")
        (quote,) = _quoted(tooltip)  # one place each in this entry
        assert quote in (ROTA, RENT)  # a whole sentence of the body, never the title with it
        words = [analysed[s:e] for k, s, e in spans if k == keyword]
        assert words and all(w in quote for w in words)
        # assistive tech reads the same sentence, without the display-only isolates
        assert description == tooltip.replace(FSI, "").replace(PDI, "")
        chip = next(c for c in chips.chips if c.text() == keyword)
        assert chip.accessibleName().startswith(f"Stress keyword: {keyword} (")
    assert _chips_quoting(ROTA) or _chips_quoting(RENT)

    # Another entry: its own quotes only.
    other = next(e for e in journal.visible_entries() if e.body == SHOUTED)
    journal.open_entry(other.id)
    qtbot.waitUntil(
        lambda: (
            bool(_stress_chips(chips))
            and all(_quoted(t) == [SHOUTED] for _k, t, _d in _stress_chips(chips))
        ),
        timeout=15_000,
    )
    assert not _chips_quoting(ROTA) and not _chips_quoting(RENT)

    # Before lock the screen clears the chips: the old chips' quotes go at once.
    old = list(chips.chips)
    journal.prepare_to_lock()
    assert chips.texts() == [] and chips.sources() == []
    assert all(shiboken6.isValid(c) and c.toolTip() == "" for c in old)
    assert all(c.accessibleDescription() == "" for c in old)
    assert _chips_quoting(SHOUTED) == []
    controller.lock("manual")
    assert _chips_quoting(SHOUTED) == []
    assert not widgets_containing(SHOUTED)  # nor anything else, once locked
    # the quotes were shown, never logged
    log_text = (app_paths().logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "ui.unlocked" in log_text
    assert not any(sentence in log_text for sentence in (ROTA, RENT, SHOUTED))


def _store_analysis(session: Session, entry: JournalEntry) -> EntryAnalysis:
    """The real analyser's reading of ``entry``, stored as the background job would."""
    analysis = analyse(entry.title, entry.body)
    with session.vault.transaction() as conn:
        assert AnalysisRepository(conn).upsert(entry.id, analysis, datetime.now(UTC))
    return analysis


@pytest.fixture
def editor(qtbot: QtBot, ui_ctx: UiContext, session: Session) -> Iterator[JournalEditor]:
    """An editor on its own over the test's vault, its entries added by the test."""
    made = JournalEditor(ui_ctx, EntryStore())
    made.resize(700, 600)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.autosave_timer.stop()
    made.close()
    drain(ui_ctx)
    made.deleteLater()


def _entries(session: Session, editor: JournalEditor, *bodies: str) -> list[JournalEntry]:
    entries = [session.journal.add(NewEntry(title="Week", body=body)) for body in bodies]
    for entry in entries:
        _store_analysis(session, entry)
    editor.store.first_page(entries, page_size=200)
    return entries


def test_a_late_quote_for_the_entry_no_longer_shown_is_dropped(
    qtbot: QtBot,
    session: Session,
    editor: JournalEditor,
    ui_ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = _entries(session, editor, f"{ROTA} {RENT}", SHOUTED)
    real = chips_module.stress_sources
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def slow(title: str, body: str, analysis: EntryAnalysis) -> Any:
        if body != first.body:
            return real(title, body, analysis)
        started.set()
        release.wait(10)  # the first entry's quotes arrive after the second is shown
        try:
            return real(title, body, analysis)
        finally:
            finished.set()

    monkeypatch.setattr(chips_module, "stress_sources", slow)
    chips = editor.analysis_chips
    editor.show_entry(first)
    qtbot.waitUntil(started.is_set, timeout=5_000)
    editor.show_entry(second)
    qtbot.waitUntil(lambda: bool(_stress_chips(chips)), timeout=10_000)
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=10_000)
    drain(ui_ctx)  # the first entry's result is delivered, and dropped
    tooltips = [t for _k, t, _d in _stress_chips(chips)]
    assert tooltips and all(_quoted(t) == [SHOUTED] for t in tooltips)
    assert not any(ROTA in s or RENT in s for s in chips.sources())


def test_quotes_that_fail_leave_the_chips_and_log_no_words(
    qtbot: QtBot,
    session: Session,
    editor: JournalEditor,
    ui_ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    canary = make_canary()
    (entry,) = _entries(session, editor, f"{SHOUTED} {canary} keeps saying it.")

    def broken(title: str, body: str, analysis: EntryAnalysis) -> Any:
        raise ValueError(f"could not quote {body}")  # an error that holds the entry's words

    monkeypatch.setattr(chips_module, "stress_sources", broken)
    editor.show_entry(entry)
    chips = editor.analysis_chips
    qtbot.waitUntil(lambda: bool(_stress_chips(chips)), timeout=10_000)
    for keyword, tooltip, description in _stress_chips(chips):
        assert tooltip.startswith(f"Stress keyword: {keyword} (") and description == ""
    drain(ui_ctx)
    log_text = (app_paths().logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "journal.analysis_sources_failed" in log_text
    assert canary not in log_text and canary.lower() not in log_text


def test_chip_specs_say_where_each_stress_keyword_came_from() -> None:
    body = (
        "The rent went up. I can't stop thinking about the rent, it's too much. "
        "Honestly the rent is the thing that keeps me awake every single night now."
    )
    analysis = analyse("", body)
    sources = stress_sources("", body, analysis)
    rent = next(s for s in sources if s.keyword == "rent")
    assert rent.more >= 1 and len(rent.quotes) == 2  # three places, two quoted
    specs = {s.text: s for s in chip_specs(analysis, sources) if s.kind == "stress"}
    lines = specs["rent"].source.split("\n")
    assert lines[0] == f"Stress: rent — from “{rent.quotes[0].text}”"
    assert lines[1] == f"and “{rent.quotes[1].text}”"
    assert lines[2] == f"(and {rent.more} more place{'' if rent.more == 1 else 's'} in this entry)"
    # the tooltip isolates each quote for display; assistive tech reads it plain
    assert specs["rent"].tooltip.replace(FSI, "").replace(PDI, "") == specs["rent"].source
    assert f"“{FSI}{rent.quotes[0].text}{PDI}”" in specs["rent"].tooltip
    # without sources a stress chip says what it always said, and claims no words
    for spec in chip_specs(analysis):
        assert spec.source == "" and spec.tooltip == spec.accessible
