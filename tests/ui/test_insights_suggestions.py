"""Insights offers questions this journal can answer: none on a new journal, some once there is
data (read again when check-ins arrive), each answered with evidence when picked, and none
left on screen after a lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.insights import InsightsScreen
from tests.ui.helpers.keys import press
from tests.ui.helpers.ui_context import close_ctx, make_ctx

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 1)


def _screen(qtbot: QtBot, ctx: UiContext) -> InsightsScreen:
    screen = InsightsScreen(ctx)
    screen.service = InsightService(ctx.session, model="test", semantic=False, today=lambda: TODAY)
    screen._prepared = True  # no model warm-up: these questions are answered from evidence
    screen.no_llm.setChecked(True)
    qtbot.addWidget(screen)
    screen.resize(1000, 760)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: not screen.reading_suggestions, timeout=30_000)
    return screen


@pytest.fixture
def demo_ctx(store: ProfileStore) -> Iterator[UiContext]:
    session = create_demo_profile(store, 1, end=TODAY)
    made = make_ctx(session)
    yield made
    close_ctx(made)
    session.close()


def test_a_question_offered_is_asked_when_picked_and_answered_with_evidence(
    qtbot: QtBot, demo_ctx: UiContext
) -> None:
    screen = _screen(qtbot, demo_ctx)
    offered = screen.suggestions.questions()
    assert 1 <= len(offered) <= 4 and screen.suggestions.isVisible()
    assert screen.question.text() not in offered  # already in the box, one click from Ask
    assert any(q.startswith("How do my days with ") for q in offered)  # an activity of theirs

    for index in (0, len(offered) - 1):
        button = screen.suggestions.buttons[index]
        button.setFocus(Qt.FocusReason.TabFocusReason)
        with qtbot.waitSignal(screen.answered, timeout=60_000) as blocker:
            press(Qt.Key.Key_Space)
        answer: InsightAnswer = blocker.args[0]
        assert screen.question.text() == offered[index]
        assert answer.evidence, offered[index]  # the offer's promise: there is something to show
        assert answer.topic is not None and answer.topic.kind != "unknown"

    screen.prepare_to_lock()
    assert screen.suggestions.buttons == [] and screen.suggestions.isHidden()


def test_a_new_journal_is_offered_nothing_until_it_has_data(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    screen = _screen(qtbot, ui_ctx)
    assert screen.suggestions.buttons == [] and screen.suggestions.isHidden()

    start = datetime(2026, 9, 1, 21, tzinfo=UTC)
    for day in range(30):  # a month of sleep logged, some nights short
        hours = 4.5 if day % 5 == 0 else 7.5
        at = start + timedelta(days=day)
        session.mood.log(NewCheckIn(mood=6, sleep_hours=hours, logged_at=at, tz_offset_min=0))
    qtbot.waitUntil(lambda: bool(screen.suggestions.buttons), timeout=30_000)
    assert "What helps when I sleep badly?" in screen.suggestions.questions()
    assert "What helps when I feel anxious?" not in screen.suggestions.questions()
