"""The search panel's "Starred only" chip and the ★ on a starred result, in real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.search import SearchPanel
from tests.ui.helpers.search_panel import shown_search_panel

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[SearchPanel]:
    yield from shown_search_panel(qtbot, ui_ctx)


def _ids(session: Session) -> tuple[str, str]:
    kept = session.journal.add(
        NewEntry(title="Choir", body="Sang the alto line in the choir without notes", starred=True)
    )
    plain = session.journal.add(NewEntry(title="Rehearsal", body="Choir rehearsal ran late"))
    return kept.id, plain.id


def test_starred_only_narrows_the_results_and_the_star_is_shown_and_said(
    qtbot: QtBot, session: Session, panel: SearchPanel
) -> None:
    kept, plain = _ids(session)
    chip = panel.filter_bar.starred_chip
    assert chip in panel.filter_bar.widgets()  # reachable by Tab with the other filters
    assert chip.accessibleName() == "Starred only" and not chip.isChecked()
    panel.set_query("choir")
    qtbot.waitUntil(lambda: set(panel.result_ids()) == {kept, plain})

    names = dict(zip(panel.result_ids(), panel.results_list.names(), strict=True))
    assert "Choir, starred:" in names[kept]
    assert "starred" not in names[plain]
    shown = panel.results_list.html()
    assert shown.count("★") == 1

    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.isChecked() and chip.text().startswith("★")
    assert chip.accessibleDescription() == "selected"
    assert panel.filters().starred
    qtbot.waitUntil(lambda: panel.result_ids() == [kept])

    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not panel.filters().starred
    qtbot.waitUntil(lambda: set(panel.result_ids()) == {kept, plain})


def test_starred_only_with_no_starred_match_says_nothing_matches(
    qtbot: QtBot, session: Session, panel: SearchPanel
) -> None:
    session.journal.add(NewEntry(title="Bins", body="Put the recycling out"))
    panel.set_query("recycling")
    qtbot.waitUntil(lambda: len(panel.result_ids()) == 1)
    panel.filter_bar.starred_chip.click()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.no_match)
