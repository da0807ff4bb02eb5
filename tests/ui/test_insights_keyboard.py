"""The Insights screen by keyboard and screen reader, in the screen as it is built.

Tab reaches the question, Ask, Stop, the questions offered, the switch, the answer and the
evidence in that order;
Enter asks and Escape stops; what is happening (the stage, the topic, the answer arriving) is
announced as it changes; each sentence and each evidence item is a row the arrow keys reach,
named by what it shows and described by what it cites; the keyboard lands on the first
sentence; and a lock leaves none of the journal's words in a widget or its accessible text.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ai.llm import Generation, LlamaWorker, LlmCancelledError, Messages
from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.autolock import scrub
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.insights import InsightsScreen
from tests.ui.conftest import widgets_containing
from tests.ui.helpers.keys import focused, press
from tests.ui.helpers.ui_context import close_ctx, make_ctx

pytestmark = pytest.mark.gui

LOW = "What helped last time I felt low?"


class _TwoClaims(LlamaWorker):
    """Picks the first two evidence items, in the typed JSON the schema asks for."""

    def loaded(self, model_path: Any) -> bool:
        return True

    def generate(self, messages: Messages, **kwargs: Any) -> Generation:  # type: ignore[override]
        text = json.dumps({"claims": [{"evidence": 1, "about": []}, {"evidence": 2, "about": []}]})
        kwargs["on_token"](text)
        return Generation(text, 1, "stop", "stub", 0.01, 0.02)


class _UntilStopped(LlamaWorker):
    """Writes nothing until told to stop, as a slow model would."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()

    def loaded(self, model_path: Any) -> bool:
        return True

    def generate(self, messages: Messages, **kwargs: Any) -> Generation:  # type: ignore[override]
        self.started.set()
        cancel: threading.Event = kwargs["cancel_event"]
        if not cancel.wait(30):
            raise AssertionError("never stopped")
        raise LlmCancelledError("Stopped.")


@pytest.fixture
def demo(store: ProfileStore) -> Iterator[Session]:
    session = create_demo_profile(store, 1, end=date(2026, 11, 1))
    yield session
    session.close()


@pytest.fixture
def ctx(demo: Session) -> Iterator[UiContext]:
    made = make_ctx(demo)
    yield made
    close_ctx(made)


def _screen(qtbot: QtBot, ctx: UiContext, worker: LlamaWorker) -> InsightsScreen:
    screen = InsightsScreen(ctx)
    screen.service = InsightService(ctx.session, model="test", semantic=False, worker=worker)
    screen._prepared = True  # no warm-up: the worker above stands in for the model
    qtbot.addWidget(screen)
    screen.resize(1000, 760)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.waitUntil(lambda: not screen.reading_suggestions, timeout=30_000)
    return screen


def test_tab_order_enter_asks_and_the_keyboard_lands_on_the_first_sentence(
    qtbot: QtBot, ctx: UiContext
) -> None:
    screen = _screen(qtbot, ctx, _TwoClaims())
    # Tab from the question goes Ask → the questions offered → the model switch (Stop is off
    # while nothing runs).
    offered = screen.suggestions.buttons
    assert offered  # a year of demo data: there is something to offer
    screen.question.setFocus()
    reached = [focused()]
    for _ in range(2 + len(offered)):
        press(Qt.Key.Key_Tab)
        reached.append(focused())
    assert reached == [screen.question, screen.ask_button, *offered, screen.no_llm]
    assert offered[0].accessibleName() == f"Ask: {offered[0].text()}"

    # Enter in the question box asks; the answer lands with the keyboard on its first row.
    screen.question.setFocus()
    screen.question.setText(LOW)
    with qtbot.waitSignal(screen.answered, timeout=60_000) as blocker:
        press(Qt.Key.Key_Return)
    answer: InsightAnswer = blocker.args[0]
    assert answer.used_llm and len(answer.claims) == 2
    # what a screen reader is told now: the first sentence, and the evidence it cites
    landed = focused()
    assert landed is not None and landed.accessibleName().startswith(
        answer.claims[0].text.split(" [")[0][:20]
    )
    assert landed.accessibleDescription().startswith("Cites 1. ")
    rows = screen.answer_list.rows
    assert len(rows) == 2 and landed is rows[0]

    # Each sentence: named as shown, described by the evidence it cites (its number, date,
    # summary), and that is what Qt's accessibility layer hands a screen reader.
    items = {item.number: item for item in answer.evidence}
    shown = screen.answer_list.plain_text().split("\n")
    for row, claim, line in zip(rows, answer.claims, shown, strict=True):
        cited = items[claim.evidence[0]]
        assert row.accessibleName() == line and claim.text.split(" [")[0][:20] in line
        assert row.accessibleDescription().startswith(f"Cites {cited.number}. ")
        assert cited.day.isoformat() in row.accessibleDescription()
        assert cited.summary in row.accessibleDescription()
    seen = QAccessible.queryAccessibleInterface(rows[0])
    assert seen is not None and seen.state().focused and seen.state().focusable
    assert seen.text(QAccessible.Text.Name) == rows[0].accessibleName()
    assert seen.text(QAccessible.Text.Description) == rows[0].accessibleDescription()

    # The arrows walk the sentences; Tab goes on to the evidence, whose rows walk the same way.
    press(Qt.Key.Key_Down)
    assert focused() is rows[1]
    press(Qt.Key.Key_Down)  # the last stays the last
    assert focused() is rows[1]
    press(Qt.Key.Key_Home)
    assert focused() is rows[0]
    press(Qt.Key.Key_Tab)
    evidence = screen.evidence_list.rows
    assert len(evidence) >= len(answer.evidence) and focused() is evidence[0]
    first = answer.evidence[0]
    assert evidence[0].accessibleName().startswith(f"{first.number}. {first.day.isoformat()}")
    press(Qt.Key.Key_End)
    assert focused() is evidence[-1]
    press(Qt.Key.Key_PageUp)
    assert focused() is not evidence[-1] and focused() in evidence
    press(Qt.Key.Key_Backtab)  # back to the answer, where the keyboard was
    assert focused() is rows[0]

    # Enter on a sentence opens the entry it cites (when it cites one).
    target = next((r.target for r in screen._answer_rows if r.target), "")
    if target:
        index = [r.target for r in screen._answer_rows].index(target)
        screen.answer_list.focus_row(index)
        with qtbot.waitSignal(screen.open_entry_requested) as opened:
            press(Qt.Key.Key_Return)
        assert opened.args == [target]


def test_the_stages_the_topic_and_the_answer_are_announced(
    qtbot: QtBot, ctx: UiContext, heard: list[tuple[str, str, QWidget | None]]
) -> None:
    screen = _screen(qtbot, ctx, _TwoClaims())
    screen.question.setText("What helps when I sleep badly?")
    with qtbot.waitSignal(screen.answered, timeout=60_000):
        screen.ask()
    said = [text for kind, text, _w in heard if kind == "announce"]
    assert said and said[0] == "Reading your journal…"
    assert "Looking at: sleep" in said
    assert any(s.startswith("Writing") for s in said)
    assert said[-1].startswith("Answer ready: 2 sentences")
    assert said.count("Reading your journal…") == 1  # a stage is said once, not per step
    # the progress bar's description follows the stage, and says so
    assert ("DescriptionChanged", "", screen.progress) in heard
    # the topic line is heard as what it shows, not as a fixed label
    topic = QAccessible.queryAccessibleInterface(screen.topic_label)
    assert topic is not None and topic.text(QAccessible.Text.Name) == "Looking at: sleep"


def test_escape_stops_a_running_question(
    qtbot: QtBot, ctx: UiContext, heard: list[tuple[str, str, QWidget | None]]
) -> None:
    worker = _UntilStopped()
    screen = _screen(qtbot, ctx, worker)
    screen.question.setFocus()
    screen.question.setText(LOW)
    with qtbot.waitSignal(screen.answered, timeout=60_000) as blocker:
        press(Qt.Key.Key_Return)
        assert worker.started.wait(30)
        qtbot.waitUntil(lambda: screen.stop_button.isEnabled())
        press(Qt.Key.Key_Escape)
    answer: InsightAnswer = blocker.args[0]
    assert answer.outcome.reason == "cancelled"
    assert ("announce", "Stopping…", screen.status) in heard
    # the evidence is still shown, and the keyboard is on it rather than lost
    assert screen.answer_list.rows and focused() is screen.answer_list.rows[0]
    # Escape with nothing running is not the screen's: no stop, nothing said
    heard.clear()
    press(Qt.Key.Key_Escape)
    assert not [h for h in heard if h[1] == "Stopping…"]


def test_a_focused_row_wears_the_theme_ring(qtbot: QtBot, ctx: UiContext) -> None:
    screen = _screen(qtbot, ctx, _TwoClaims())
    screen.question.setFocus()
    screen.question.setText(LOW)
    with qtbot.waitSignal(screen.answered, timeout=60_000) as blocker:
        press(Qt.Key.Key_Return)
    answer: InsightAnswer = blocker.args[0]
    row = focused()  # the keyboard is on the answer's first sentence
    assert row is not None and row.accessibleName().startswith(answer.claims[0].text[:20])
    screen.question.setFocus()
    plain = row.grab().toImage()
    row.setFocus()
    ringed = row.grab().toImage()
    assert plain.size() == ringed.size()  # the ring replaces a transparent one: nothing moves
    y = row.height() // 2
    assert any(plain.pixelColor(x, y) != ringed.pixelColor(x, y) for x in (0, 1))


def test_a_lock_leaves_no_words_behind(qtbot: QtBot, ctx: UiContext) -> None:
    screen = _screen(qtbot, ctx, _TwoClaims())
    screen.question.setText(LOW)
    with qtbot.waitSignal(screen.answered, timeout=60_000) as blocker:
        screen.ask()
    answer: InsightAnswer = blocker.args[0]
    words = [item.summary for item in answer.evidence[:3]]
    words += [item.quote for item in answer.evidence if item.quote]
    # each evidence item is told to a screen reader as an item of its own …
    for item in answer.evidence:
        assert [n for _d, n in _accessible_texts() if n.startswith(f"{item.number}. ")]
    screen.evidence_list.focus_row(0)
    screen.prepare_to_lock()
    scrub(screen)  # what the app does next on lock
    # … and after the lock none of it is anywhere, and the keyboard is on the question box
    assert focused() is screen.question
    for word in words:
        assert not widgets_containing(word)
        assert not [d for d, n in _accessible_texts() if word in d or word in n]


def _accessible_texts() -> list[tuple[str, str]]:
    return [(w.accessibleDescription(), w.accessibleName()) for w in QApplication.allWidgets()]


def test_an_answer_landing_in_a_hidden_window_is_said_only_once_it_is_shown(
    qtbot: QtBot, ctx: UiContext
) -> None:
    screen = _screen(qtbot, ctx, _TwoClaims())
    screen.question.setText(LOW)
    screen.hide()  # locked or in the tray while the answer is on its way
    with qtbot.waitSignal(screen.answered, timeout=60_000) as blocker:
        screen.ask()
    answer: InsightAnswer = blocker.args[0]
    assert len(screen.evidence_list.rows) >= len(answer.evidence) > 0
    assert not any(screen.evidence_list.names() + screen.answer_list.names())
    assert not any(screen.evidence_list.descriptions() + screen.answer_list.descriptions())
    screen.show()
    qtbot.waitExposed(screen)
    first = answer.evidence[0]
    assert screen.evidence_list.names()[0].startswith(f"{first.number}. {first.day.isoformat()}")
    assert screen.answer_list.descriptions()[-1].startswith("Cites ")


def test_the_evidence_follows_a_short_answer_at_once(qtbot: QtBot, ctx: UiContext) -> None:
    """A two-sentence answer is followed by what it rests on, not by half a screen of space
    (the answer and the evidence share one scroll area)."""
    screen = _screen(qtbot, ctx, _TwoClaims())
    screen.question.setText(LOW)
    with qtbot.waitSignal(screen.answered, timeout=60_000):
        screen.ask()
    qtbot.waitUntil(lambda: bool(screen.evidence_list.rows))
    last = screen.answer_list.rows[-1]
    answer_bottom = last.mapTo(screen, last.rect().bottomLeft()).y()
    evidence_top = screen.evidence_list.mapTo(screen, screen.evidence_list.rect().topLeft()).y()
    assert 0 < evidence_top - answer_bottom < 60
