"""The analysis chips by keyboard, in the journal screen as it is built (its own Tab order).

The row is one Tab stop after the entry's text, the arrow keys move between chips, the chip in
focus holds the real keyboard focus (what a screen reader announces: its name and its "from …"
description) and shows its tooltip at once, and when the chips go (another entry, a lock) the
keyboard lands on the text and no quote stays behind, in a chip or in the tooltip window.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.models import JournalEntry, NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.widgets.analysis_chips import TIP_LABEL, AnalysisChips
from tests.support.privacy import make_canary
from tests.ui.conftest import widgets_containing
from tests.ui.helpers.keys import focused, press

pytestmark = pytest.mark.gui

RENT = "Then the rent went up and I can't sleep."
FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def screens(journal_screens: list[JournalScreen]) -> Iterator[list[JournalScreen]]:
    yield journal_screens
    QToolTip.hideText()


def _analysed(session: Session, title: str, body: str) -> JournalEntry:
    """An entry with the real analyser's reading stored, as the background job stores it."""
    entry = session.journal.add(NewEntry(title=title, body=body))
    with session.vault.transaction() as conn:
        assert AnalysisRepository(conn).upsert(entry.id, analyse(title, body), datetime.now(UTC))
    return entry


def _open(qtbot: QtBot, ctx: UiContext, made: list[JournalScreen]) -> JournalScreen:
    screen = JournalScreen(ctx)
    made.append(screen)
    screen.resize(1000, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.left_stack.currentWidget() is not screen.loading)
    return screen


def _showing_rent(
    qtbot: QtBot, ctx: UiContext, session: Session, made: list[JournalScreen], body: str
) -> tuple[JournalScreen, AnalysisChips]:
    """A journal screen open on a new analysed entry "Week", once its rent chip shows."""
    entry = _analysed(session, "Week", body)
    screen = _open(qtbot, ctx, made)
    screen.open_entry(entry.id)
    row = screen.analysis_chips
    qtbot.waitUntil(lambda: "rent" in row.texts(), timeout=10_000)
    return screen, row


def _tip_texts() -> list[str]:
    """What the tooltip window holds (shown or waiting to be deleted)."""
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if w.objectName() == TIP_LABEL and isinstance(w, QLabel) and w.text()
    ]


def test_tab_reaches_the_chip_row_and_the_arrows_move_between_chips(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screens: list[JournalScreen]
) -> None:
    screen, row = _showing_rent(
        qtbot, ui_ctx, session, screens, f"I'm so grateful for my friends. {RENT}"
    )
    assert len(row.chips) >= 3  # sentiment, at least one emotion, the stress chip

    # Tab from the text stops once on the row: on its first chip, which shows its tooltip.
    screen.body_edit.setFocus()
    press(Qt.Key.Key_Tab)
    first = row.chips[0]
    assert focused() is first and row.focused_chip() is first
    assert QToolTip.isVisible() and QToolTip.text() == first.toolTip()
    assert first.accessibleName() == row.accessible_texts()[0]

    # The arrows walk the chips; each in turn is the focus a screen reader announces.
    for index in range(1, len(row.chips)):
        press(Qt.Key.Key_Right)
        chip = row.chips[index]
        assert focused() is chip
        assert chip.accessibleName() == row.accessible_texts()[index]
        assert chip.accessibleDescription() == row.sources()[index]
        assert QToolTip.text() == chip.toolTip()
    press(Qt.Key.Key_Right)  # the last chip stays the last
    assert focused() is row.chips[-1]
    press(Qt.Key.Key_Home)
    assert focused() is row.chips[0]
    press(Qt.Key.Key_End)
    assert focused() is row.chips[-1]
    press(Qt.Key.Key_Left)
    assert focused() is row.chips[-2]
    qtbot.mouseClick(row.chips[0], Qt.MouseButton.LeftButton)  # a click focuses a chip too
    assert focused() is row.chips[0] and row.current == 0

    # The stress chip: named by its label, described by where it was read, and Space shows
    # that sentence again (the quote isolated for display, plain for assistive tech).
    rent = next(c for c in row.chips if c.text() == "rent")
    rent.setFocus()
    QToolTip.hideText()
    press(Qt.Key.Key_Space)
    assert rent.accessibleName().startswith("Stress keyword: rent (")
    assert rent.accessibleDescription() == f"Stress: rent — from “{RENT}”"
    assert QToolTip.isVisible() and QToolTip.text() == f"Stress: rent — from “{FSI}{RENT}{PDI}”"
    # what assistive tech is told: the row's focused child is this chip, named and described
    seen = QAccessible.queryAccessibleInterface(row).focusChild()
    assert seen is not None and seen.object() is rent
    assert seen.state().focused and seen.state().focusable
    assert seen.text(QAccessible.Text.Name) == rent.accessibleName()
    assert seen.text(QAccessible.Text.Description) == f"Stress: rent — from “{RENT}”"

    # One stop: Tab leaves the row for the tags, Shift+Tab from there comes back to the chip
    # last visited, and Shift+Tab from the row goes back to the text.
    press(Qt.Key.Key_Tab)
    assert focused() is screen.tag_editor.input
    press(Qt.Key.Key_Backtab)
    assert focused() is rent
    press(Qt.Key.Key_Backtab)
    assert focused() is screen.body_edit


def test_the_focused_chip_wears_the_theme_ring(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screens: list[JournalScreen]
) -> None:
    _screen, row = _showing_rent(qtbot, ui_ctx, session, screens, RENT)
    chip = next(c for c in row.chips if c.text() == "rent")
    plain = chip.grab().toImage()
    chip.setFocus()
    ringed = chip.grab().toImage()
    assert chip.hasFocus()
    assert plain.size() == ringed.size()  # the ring takes the padding's pixel: nothing moves
    # the ring is drawn at the chip's edge: the border pixels differ once it has focus
    y = chip.height() // 2
    edge = [plain.pixelColor(x, y) != ringed.pixelColor(x, y) for x in (0, 1)]
    assert any(edge), "the focus ring is not drawn"


def test_chips_that_go_leave_the_keyboard_on_the_text_and_no_quote_behind(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screens: list[JournalScreen]
) -> None:
    canary = make_canary()
    sentence = f"The rent for {canary} went up and I can't sleep."
    quoted = _analysed(session, "Rent", sentence)
    other = _analysed(session, "Quiet", "Walked by the river and read my book.")
    screen = _open(qtbot, ui_ctx, screens)
    screen.open_entry(quoted.id)
    row = screen.analysis_chips
    qtbot.waitUntil(lambda: any(canary in s for s in row.sources()), timeout=10_000)
    rent = next(c for c in row.chips if canary in c.accessibleDescription())
    rent.setFocus()
    press(Qt.Key.Key_Return)
    assert any(canary in t for t in _tip_texts())  # shown while the chip is in focus

    # Another entry: the chips are replaced; no chip or tooltip keeps the old quote.
    screen.open_entry(other.id)
    qtbot.waitUntil(lambda: not any(canary in s for s in row.sources()), timeout=10_000)
    assert not any(canary in t for t in _tip_texts())
    assert not [w for w in widgets_containing(canary) if w.objectName() == "analysisChip"]

    # Back to it, a chip in focus, then the lock: the keyboard goes to the text, and the
    # quote is in no widget at all (the entry's text aside, which the lock closes with
    # the window).
    screen.open_entry(quoted.id)
    qtbot.waitUntil(lambda: any(canary in s for s in row.sources()), timeout=10_000)
    rent = next(c for c in row.chips if canary in c.accessibleDescription())
    rent.setFocus()
    press(Qt.Key.Key_Space)
    assert any(canary in t for t in _tip_texts())
    screen.prepare_to_lock()
    assert row.chips == [] and focused() is screen.body_edit
    assert not _tip_texts() and not QToolTip.isVisible()
    holders = widgets_containing(canary)
    assert all(w is screen.body_edit or screen.isAncestorOf(w) for w in holders)
    assert not [w for w in holders if w.objectName() == "analysisChip"]


def test_chips_replaced_under_the_keyboard_keep_it_in_the_row(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screens: list[JournalScreen]
) -> None:
    _screen, row = _showing_rent(
        qtbot, ui_ctx, session, screens, f"I'm so grateful for my friends. {RENT}"
    )
    row.chips[-1].setFocus()  # focus given without a key: the tooltip follows it all the same
    qtbot.waitUntil(lambda: QToolTip.text() == row.chips[-1].toolTip())
    # The entry read anew (a background analysis landing): fewer chips, the keyboard stays
    # in the row on the nearest one, and the tooltip shown is that chip's.
    row.show_analysis(analyse("", "What a lovely calm walk by the sea."))
    assert len(row.chips) < 4 and focused() is row.chips[-1]
    qtbot.waitUntil(lambda: QToolTip.text() == row.chips[-1].toolTip())
    assert not any(RENT in t for t in _tip_texts())


def test_the_editor_tab_order_is_the_one_it_declares(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screens: list[JournalScreen]
) -> None:
    screen, row = _showing_rent(qtbot, ui_ctx, session, screens, RENT)
    declared = screen.editor.focus_order()
    start = declared.index(screen.title_edit)
    expected = [w for w in declared[start:] if w.isVisible() and w.isEnabled()]
    assert row in expected  # the row is one stop of the declared order
    screen.title_edit.setFocus()
    reached: list[QWidget] = []
    for _ in expected:
        focus = focused()
        assert focus is not None
        reached.append(row if row.isAncestorOf(focus) else focus)
        press(Qt.Key.Key_Tab)
    assert reached == expected
    assert row.current == 0  # entered on its first chip
