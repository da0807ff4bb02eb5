"""The safety card by keyboard and screen reader, as a person in crisis meets it.

When the card opens, the keyboard is on it at once: on the first crisis line for "urgent", on
the first step of the person's own plan for "concern"; the level, the heading and that row are
announced. Each line and step is a row the arrow keys walk, named by what it is; Enter or
Ctrl+C copies a number; Tab goes on to the other section; Escape closes the card and gives the
keyboard back to the writing as it was, and a plan edit not yet saved survives it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.care import SafetyCard, show_safety_card
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.help.dialogs import shortcut_rows
from tests.ui.helpers.keys import focused, press

pytestmark = pytest.mark.gui

Said = list[tuple[str, bool]]  # (message, assertive)


@pytest.fixture
def writing(qtbot: QtBot) -> Iterator[tuple[QWidget, QPlainTextEdit]]:
    """A window with text being written in it, the keyboard in the text."""
    window = QWidget()
    window.resize(700, 500)
    editor = QPlainTextEdit(window)
    QVBoxLayout(window).addWidget(editor)
    editor.setPlainText("half a sentence about the evening and")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    editor.setFocus()
    yield window, editor
    for card in QApplication.topLevelWidgets():
        if isinstance(card, SafetyCard):
            card.plan_stack.setCurrentIndex(0)  # nothing unsaved: close really closes
            card.close()
    window.close()
    window.deleteLater()


def _name(widget: QWidget | None) -> str:
    """What Qt's accessibility layer tells a screen reader the widget is called."""
    assert widget is not None
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _drain(ctx: UiContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.in_flight == 0)


def test_an_urgent_card_puts_the_keyboard_on_the_first_crisis_line_and_says_so(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    said_how: Said,
    writing: tuple[QWidget, QPlainTextEdit],
) -> None:
    session.settings.set("safety_country", "GB")
    window, editor = writing
    card = show_safety_card(ui_ctx, window, severity="urgent")
    qtbot.waitUntil(lambda: focused() is not None and focused() is not editor)
    _drain(ui_ctx, qtbot)
    row = focused()
    assert row is not None and card.isAncestorOf(row)
    assert _name(row) == "Samaritans, 116 123, free to call, 24 hours"
    opening = [(text, loud) for text, loud in said_how if text.startswith("Safety card")]
    assert len(opening) == 1
    text, assertive = opening[0]
    assert "urgent" in text and "Samaritans, 116 123" in text and assertive

    press(Qt.Key.Key_Down)
    assert _name(focused()).startswith("Shout, text SHOUT to 85258")
    press(Qt.Key.Key_Down)
    assert _name(focused()) == "Emergency number, for immediate danger: 999"
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "116 123"
    assert ("Copied 116 123", False) in said_how
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Return)
    assert QApplication.clipboard().text() == "999"

    # Escape closes the card and the keyboard is back in the writing, which is untouched.
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    qtbot.waitUntil(lambda: focused() is editor)
    assert editor.toPlainText() == "half a sentence about the evening and"


def test_a_concern_card_lands_on_the_plan_and_tab_reaches_the_lines(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    said_how: Said,
    writing: tuple[QWidget, QPlainTextEdit],
) -> None:
    session.settings.set("safety_country", "IE")
    session.care.set_safety_plan(
        {"warning_signs": ["Not sleeping", "Skipping meals"], "people": ["Aunt Rosa 087 555"]}
    )
    window, editor = writing
    card = show_safety_card(ui_ctx, window, severity="concern")
    qtbot.waitUntil(lambda: focused() is not None and focused() is not editor)
    _drain(ui_ctx, qtbot)
    assert _name(focused()) == "My warning signs, 1 of 2: Not sleeping"
    opening = [(text, loud) for text, loud in said_how if text.startswith("Safety card")]
    assert len(opening) == 1
    text, assertive = opening[0]
    assert "concern" in text and "Not sleeping" in text and not assertive
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert _name(focused()) == "People I can reach out to, 1 of 1: Aunt Rosa 087 555"
    press(Qt.Key.Key_Return)
    assert QApplication.clipboard().text() == "Aunt Rosa 087 555"

    press(Qt.Key.Key_Tab)
    assert focused() is card.edit_button
    press(Qt.Key.Key_Tab)
    assert focused() is card.country_box
    press(Qt.Key.Key_Tab)
    line = focused()
    assert line is not None and card.lines_list.isAncestorOf(line)
    assert _name(line).startswith("Samaritans, 116 123")  # Ireland's line
    press(Qt.Key.Key_Backtab)
    assert focused() is card.country_box


def test_escape_keeps_a_plan_being_written_and_opening_again_shows_it(
    qtbot: QtBot,
    ui_ctx: UiContext,
    said_how: Said,
    writing: tuple[QWidget, QPlainTextEdit],
) -> None:
    window, editor = writing
    card = show_safety_card(ui_ctx, window)
    qtbot.waitUntil(lambda: focused() is not None and focused() is not editor)
    _drain(ui_ctx, qtbot)
    card.edit_button.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.keyClicks(focused(), "Walking the dog")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    qtbot.waitUntil(lambda: focused() is editor)

    again = show_safety_card(ui_ctx, window)
    assert again is card
    qtbot.waitUntil(lambda: focused() is card.editors["warning_signs"])
    assert card.editors["warning_signs"].toPlainText() == "Walking the dog"


def test_the_help_lists_the_keys_of_the_card_search_and_questionnaires() -> None:
    keys = dict(shortcut_rows([]))
    assert keys["Enter or Ctrl+C on a crisis line"].startswith("Copy its number")
    assert "kept" in keys["Esc on the safety card"]
    assert "Tab goes to the next question" in keys["← → ↑ ↓ in a questionnaire"]
    assert keys["Enter on a search result"].startswith("Open the entry")
    assert "↓ in the search field" in keys
