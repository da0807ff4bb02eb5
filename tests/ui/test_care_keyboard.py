"""Care by keyboard and screen reader: the questionnaires, their charts and breathing.

A questionnaire's answers are one group per question: the arrow keys choose, Tab goes to the
next question, and each answer is named with its question's place ("Question 2 of 7: Several
days"); the score is announced when it is shown. A chart's results are in its accessible
description and behind a "Show as text" toggle Tab reaches. The breathing exercise starts and
stops from the keyboard and announces each phase once, politely, never each count.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.care import BreathingDialog, CareScreen, QuestionnaireDialog
from neuroleaf_desktop.ui.care.breathing_model import PATTERNS, state_at
from neuroleaf_desktop.ui.context import UiContext
from tests.ui.helpers.keys import focused, press
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui

Said = list[tuple[str, bool]]  # (message, assertive)


class FakeTime:
    """A monotonic time source that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _name(widget: QWidget | None) -> str:
    assert widget is not None
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _shown(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def gad7(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[QuestionnaireDialog]:
    dialog = QuestionnaireDialog(ui_ctx, "gad7")
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    yield dialog
    drain(ui_ctx)


def test_each_question_is_a_group_arrows_choose_and_tab_goes_to_the_next(
    qtbot: QtBot, gad7: QuestionnaireDialog, session: Session, said_how: Said
) -> None:
    first = focused()
    assert first is gad7.items[0].buttons[0]
    assert _name(first) == "Question 1 of 7: Not at all"
    assert gad7.items[0].accessibleName() == (
        "Question 1 of 7: Feeling nervous, anxious, or on edge"
    )
    press(Qt.Key.Key_Right)
    assert focused() is gad7.items[0].buttons[1] and gad7.items[0].value() == 1
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Left)
    assert gad7.items[0].value() == 1  # the arrows choose; one answer a question
    press(Qt.Key.Key_Tab)  # the next question, not the next option
    second = focused()
    assert isinstance(second, QRadioButton) and second is gad7.items[1].buttons[0]
    assert _name(second) == "Question 2 of 7: Not at all"
    assert gad7.items[1].value() is None  # reaching a question answers nothing
    press(Qt.Key.Key_Backtab)
    assert focused() is gad7.items[0].buttons[1]  # back on the answer given
    press(Qt.Key.Key_Tab)
    for _ in range(6):  # questions 2 to 7 by their digits
        press(Qt.Key.Key_1)
    assert gad7.answers() == [1, 1, 1, 1, 1, 1, 1]
    assert focused() is gad7.submit_button
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: gad7.result_ is not None)
    assert ("GAD-7 score: 7 of 21, mild range. A score is not a diagnosis.", False) in said_how
    assert focused() is gad7.close_button
    assert len(session.care.questionnaire_history("gad7")) == 1


def test_a_chart_gives_its_results_as_text_reachable_by_tab(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    session.care.record_questionnaire("gad7", [1, 1, 1, 1, 1, 1, 1])
    session.care.record_questionnaire("gad7", [3, 3, 2, 2, 1, 1, 0])
    screen = CareScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    _shown(qtbot, screen)
    chart = screen.charts["gad7"]
    qtbot.waitUntil(lambda: "2 results" in chart.accessibleDescription())
    lines = chart.accessibleDescription().splitlines()
    assert lines[0] == "GAD-7: 2 results, oldest first."
    assert lines[1].endswith(": 7 of 21, mild.") and lines[2].endswith(": 12 of 21, moderate.")
    assert lines[3].startswith("Latest: 12 of 21 (moderate) on ")

    text = screen.chart_texts["gad7"]
    assert not text.isVisible()
    screen.take_buttons["gad7"].setFocus()
    press(Qt.Key.Key_Tab)
    toggle = focused()
    assert toggle is screen.text_buttons["gad7"]
    assert _name(toggle) == "Show the GAD-7 results as text"
    press(Qt.Key.Key_Space)
    assert text.isVisible() and text.text() == chart.accessibleDescription()
    screen._refresh_timer.stop()
    drain(ui_ctx)


def test_breathing_starts_and_stops_by_keyboard_and_says_each_phase_once(
    qtbot: QtBot, ui_ctx: UiContext, said_how: Said
) -> None:
    clock = FakeTime()
    dialog = BreathingDialog(ui_ctx, time_source=clock)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    dialog.set_pattern("box")
    dialog.start_button.setFocus()
    press(Qt.Key.Key_Return)
    assert dialog.guide.running and focused() is dialog.finish_button
    for at in (0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0):  # many counts, three phases
        clock.now = 100.0 + at
        dialog.guide.tick()
    phases = [(text, loud) for text, loud in said_how if "second" in text]
    assert phases == [
        ("Breathe in, 4 seconds", False),
        ("Hold, 4 seconds", False),
        ("Breathe out, 4 seconds", False),
    ]
    press(Qt.Key.Key_Space)  # "I'm done"
    assert not dialog.guide.running and dialog.pages.currentIndex() == 2
    assert said_how[-1][0].startswith("Well done. You breathed with box breathing for 8 seconds.")
    dialog.reject()
    drain(ui_ctx)


def test_a_breathing_phase_is_said_with_its_length() -> None:
    box = PATTERNS["box"]
    assert state_at(box, 0).spoken == "Breathe in, 4 seconds"
    assert state_at(box, 4.01).spoken == "Hold, 4 seconds"  # a tick just after it began
    assert state_at(PATTERNS["coherent"], 5.5).spoken == "Breathe out, 5.5 seconds"
