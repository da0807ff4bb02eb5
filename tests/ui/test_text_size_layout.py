"""Nothing cut off when the text grows: a row puts its second part under its first when both
do not fit, and a size measured from a font is measured again when the font changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow
from neuroleaf_desktop.ui.widgets.style import fit_to_font


@pytest.fixture(autouse=True)
def actual_size(qapp: QApplication) -> Iterator[None]:
    text_size.current().set_percent(text_size.DEFAULT)
    yield
    text_size.current().set_percent(text_size.DEFAULT)


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, ReflowRow]:
    holder = QWidget()
    qtbot.addWidget(holder)
    heading = QLabel("A heading of some length", holder)
    buttons = QWidget(holder)
    line = QHBoxLayout(buttons)
    line.setContentsMargins(0, 0, 0, 0)
    for text in ("First action", "Second action"):
        line.addWidget(QPushButton(text, buttons))
    row = ReflowRow(heading, buttons, holder)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(row)
    holder.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, row


def _uncut(widget: QWidget) -> bool:
    return widget.width() >= widget.minimumSizeHint().width()


def test_a_wide_row_keeps_one_line(qtbot: QtBot) -> None:
    _holder, row = _row(qtbot, 900)
    assert not row.stacked
    assert row.trail.geometry().left() > row.lead.geometry().right()


def test_a_narrow_row_stacks_and_cuts_nothing(qtbot: QtBot) -> None:
    holder, row = _row(qtbot, 900)
    natural = row.sizeHint().width()
    holder.resize(natural - 40, 200)
    qtbot.waitUntil(lambda: row.stacked)
    QApplication.processEvents()
    assert row.trail.geometry().top() >= row.lead.geometry().bottom()
    assert _uncut(row.lead) and _uncut(row.trail)
    assert row.minimumSizeHint().width() < natural  # it lets its parent be narrower
    holder.resize(natural + 40, 200)
    qtbot.waitUntil(lambda: not row.stacked)


def test_larger_text_in_an_open_row_stacks_it(qtbot: QtBot) -> None:
    holder, row = _row(qtbot, 10)
    holder.resize(row.sizeHint().width() + 8, 200)  # just room for one line
    qtbot.waitUntil(lambda: not row.stacked)
    text_size.current().set_percent(150)
    qtbot.waitUntil(lambda: row.stacked)
    QApplication.processEvents()
    assert _uncut(row.lead) and _uncut(row.trail)
    text_size.current().set_percent(100)
    qtbot.waitUntil(lambda: not row.stacked)


def test_a_size_measured_from_the_font_is_measured_again(qtbot: QtBot) -> None:
    field = QLineEdit("22:00")
    qtbot.addWidget(field)
    fit_to_font(
        field, lambda: field.setMinimumWidth(field.fontMetrics().horizontalAdvance("00:00"))
    )
    before = field.minimumWidth()
    text_size.current().set_percent(150)
    assert field.minimumWidth() >= before * 1.35
    text_size.current().set_percent(90)
    assert field.minimumWidth() < before
