"""The search panel: highlighted results, opening an entry, stale results, filters, meaning."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.models import EntrySource, NewEntry
from neuroleaf_desktop.services.search_service import SearchFilters, SearchOrder, SearchResult
from neuroleaf_desktop.services.search_text import snippet_html
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.search import SearchPanel
from neuroleaf_desktop.ui.search.panel import NO_MODEL_HINT, PREPARING
from tests.support.search_helpers import use_embedder
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui

JOG = "I went jogging by the river and felt lighter"
QUERY = "exercise outdoors improved my mood"


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()  # loaded on first use, once for this module


@pytest.fixture
def open_panel(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[Callable[[], SearchPanel]]:
    made: list[SearchPanel] = []

    def make() -> SearchPanel:
        panel = SearchPanel(ui_ctx)
        made.append(panel)
        panel.resize(900, 640)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: panel.semantic_available is not None)
        return panel

    yield make
    for panel in made:
        panel.close()
        drain(ui_ctx)
        panel.deleteLater()


def _add(session: Session, title: str, body: str, **kw: Any) -> str:
    return session.journal.add(NewEntry(title=title, body=body, **kw)).id


def _bold_words(html: str) -> list[str]:
    """The words a QTextDocument renders in bold, and the document's plain text."""
    doc = QTextDocument()
    doc.setHtml(html)
    cursor = QTextCursor(doc)
    bold: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= 700:
                bold.append(fragment.text())
            it += 1
        block = block.next()
    del cursor
    return bold


def _search(qtbot: QtBot, panel: SearchPanel, text: str, timeout: int = 5_000) -> list[str]:
    panel.set_query(text)
    qtbot.waitUntil(lambda: not panel.is_searching, timeout=timeout)
    return panel.result_ids()


def test_fulltext_result_shows_the_match_in_bold(
    qtbot: QtBot, session: Session, open_panel: Callable[[], SearchPanel]
) -> None:
    river = _add(session, "Evening", "A slow walk along the river after work.")
    _add(session, "Taxes", "The printer broke again.")
    panel = open_panel()
    assert panel.stack.currentWidget() is panel.idle_state  # "Type to search your journal"
    panel.set_mode("fulltext")
    # debounced: no search per keystroke
    qtbot.keyClicks(panel.search_field, "river")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: panel.result_ids() == [river])
    assert panel.stack.currentWidget() is panel.results_area
    row = panel.rows[0]
    assert row.title == "Evening"
    assert "[[river]]" in row.snippet
    assert _bold_words(snippet_html(row.snippet)) == ["river"]
    shown = panel.results_list.html()
    assert _bold_words(shown) == ["Evening", "river"]  # the title, then the match
    assert not panel.results_list.grab().isNull()
    assert panel.status_label.text() == "1 entry"

    assert _search(qtbot, panel, "zebra") == []
    assert panel.stack.currentWidget() is panel.no_match
    assert panel.no_match.title_label.text() == "No entries match"
    panel.search_field.clear()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.idle_state)


def test_users_markup_is_shown_literally(
    qtbot: QtBot, session: Session, open_panel: Callable[[], SearchPanel]
) -> None:
    _add(session, "<i>Notes</i>", "I typed <b>not bold</b> next to the lighthouse.")
    panel = open_panel()
    panel.set_mode("fulltext")
    assert len(_search(qtbot, panel, "lighthouse")) == 1
    row = panel.rows[0]
    assert row.title == "<i>Notes</i>"
    assert panel.results_list.plain_text().startswith("<i>Notes</i>")  # shown as typed
    html = snippet_html(row.snippet)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html
    doc = QTextDocument()
    doc.setHtml(html)
    assert "<b>not bold</b>" in doc.toPlainText()
    assert _bold_words(html) == ["lighthouse"]


def test_a_stale_result_is_dropped(
    qtbot: QtBot,
    session: Session,
    open_panel: Callable[[], SearchPanel],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = _add(session, "Old", "the old harbour")
    new = _add(session, "New", "the new bridge")
    panel = open_panel()
    panel.set_mode("fulltext")
    release = threading.Event()
    real = session.search.fulltext

    def slow_for_old(
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        order: SearchOrder = SearchOrder.BEST,
    ) -> list[SearchResult]:
        if query == "harbour":
            release.wait(10)
        return real(query, filters, limit=limit, order=order)

    monkeypatch.setattr(session.search, "fulltext", slow_for_old)
    panel.set_query("harbour")  # slow: still running when the newer search ends
    assert _search(qtbot, panel, "bridge") == [new]
    release.set()
    qtbot.waitUntil(lambda: panel.ctx.tasks.in_flight == 0)
    assert panel.result_ids() == [new]  # the old answer arrived late and was dropped
    assert panel.search_field.text() == "bridge"
    assert old not in panel.result_ids()


def test_filters_narrow_the_results(
    qtbot: QtBot, session: Session, open_panel: Callable[[], SearchPanel]
) -> None:
    now = datetime.now(UTC)
    park = _add(session, "Park", "A walk in the park.", tags=("outside",))
    voice = _add(
        session,
        "Spoken",
        "A walk to the shop.",
        source=EntrySource.VOICE,
        voice_duration_s=5.0,
    )
    old = _add(session, "Long ago", "A walk by the sea.", created_at=now - timedelta(days=90))
    panel = open_panel()
    panel.set_mode("fulltext")
    assert set(_search(qtbot, panel, "walk")) == {park, voice, old}
    qtbot.waitUntil(lambda: panel.filter_bar.tag_combo.findData("outside") > 0)

    panel.filter_bar.tag_combo.setCurrentIndex(panel.filter_bar.tag_combo.findData("outside"))
    qtbot.waitUntil(lambda: panel.result_ids() == [park])
    panel.filter_bar.tag_combo.setCurrentIndex(0)
    panel.filter_bar.source_combo.setCurrentIndex(panel.filter_bar.source_combo.findText("Voice"))
    qtbot.waitUntil(lambda: panel.result_ids() == [voice])
    panel.filter_bar.source_combo.setCurrentIndex(0)
    dates = panel.filter_bar.date_combo
    dates.setCurrentIndex(dates.findText("Last 30 days"))
    qtbot.waitUntil(lambda: set(panel.result_ids()) == {park, voice})
    panel.set_mood_range(8, 10)  # no check-ins: nothing has a mood that high
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.no_match)
    assert panel.filters().mood_min == 8.0 and panel.filters().mood_max is None


def test_meaning_is_off_without_the_model(
    qtbot: QtBot, session: Session, open_panel: Callable[[], SearchPanel]
) -> None:
    class Missing:
        model_key = "missing"
        dim = 384

        def available(self) -> bool:
            return False

    use_embedder(session, Missing())
    panel = open_panel()
    assert panel.semantic_available is False and panel.mode == "fulltext"
    for mode in ("semantic", "hybrid"):
        assert not panel.mode_buttons[mode].isEnabled()
        assert panel.mode_buttons[mode].toolTip() == NO_MODEL_HINT


def test_meaning_finds_a_paraphrase(
    qtbot: QtBot,
    session: Session,
    model: MiniLMEmbedder,
    open_panel: Callable[[], SearchPanel],
) -> None:
    use_embedder(session, model)
    jog = _add(session, "", JOG, tags=("outside",))
    _add(session, "Taxes", "The quarterly tax form was due and the printer broke again.")
    _add(session, "Dinner", "Cooked lentil soup with my sister; we talked about her job.")
    session.embeddings.embed_pending()
    assert session.search.fulltext(QUERY) == []  # no word in common
    panel = open_panel()
    assert panel.semantic_available is True
    assert panel.mode == "hybrid"  # the default when the model is installed
    panel.set_mode("semantic")
    panel.set_query(QUERY)
    assert panel.loading.caption == PREPARING  # the index is loaded on the first search
    assert panel.stack.currentWidget() is panel.loading
    qtbot.waitUntil(lambda: not panel.is_searching, timeout=120_000)
    assert panel.result_ids()[0] == jog
    assert panel.rows[0].title == "Untitled"
    # the second search by meaning is ready at once: no "preparing" message
    panel.set_query("running outside")
    assert panel.status_label.text() != PREPARING
    qtbot.waitUntil(lambda: not panel.is_searching, timeout=60_000)
    assert jog in panel.result_ids()


def test_open_entry_selects_its_day_even_before_the_first_page(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    old = session.journal.add(
        NewEntry(
            title="Ten days ago",
            body="quiet",
            created_at=datetime.now(UTC) - timedelta(days=10),
        )
    )
    session.journal.add(NewEntry(title="Today", body="busy"))
    gone = session.journal.add(NewEntry(title="Gone", body="x"))
    session.journal.delete(gone.id)
    screen = JournalScreen(ui_ctx)
    try:
        screen.open_entry(old.id)  # before the first page has landed
        qtbot.waitUntil(lambda: screen.current_entry_id == old.id)
        assert screen.title_edit.text() == "Ten days ago"
        assert screen.visible_titles() == ["Ten days ago"]  # its day is the one shown
        screen.open_entry(gone.id)
        qtbot.waitUntil(lambda: screen.banner.text == "That entry is in the trash.")
        assert screen.current_entry_id == old.id
    finally:
        screen.autosave_timer.stop()
        screen.close()
        drain(ui_ctx)
        screen.deleteLater()


def test_enter_on_a_result_opens_it_in_the_journal(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Searcher", "Groceries and laundry.", "The lighthouse at dusk.")
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    panel = window.search
    assert isinstance(panel, SearchPanel)
    assert window.search_action.shortcut().toString() == "Ctrl+F"
    window.search_action.trigger()
    assert window.stack.currentWidget() is panel
    panel.set_mode("fulltext")
    qtbot.keyClicks(panel.search_field, "lighthouse")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: len(panel.result_ids()) == 1)
    panel.results_list.focus_row(0)
    qtbot.keyClick(panel.results_list.rows[0], Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    journal = window.journal
    assert isinstance(journal, JournalScreen)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is journal)
    qtbot.waitUntil(lambda: journal.title_edit.text() == "Entry 2")
    assert journal.title_edit.isVisible()
    assert journal.current_entry_id == panel.result_ids()[0]
