"""The Insights screen: streamed answer, checked citations as links, evidence-only, safety."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ai.llm import Generation, LlamaWorker, Messages
from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.insights import InsightsScreen
from tests.ui.helpers.ui_context import close_ctx, make_ctx

pytestmark = pytest.mark.gui


class _StubWorker(LlamaWorker):
    def __init__(self, day: str) -> None:
        super().__init__()
        self.day = day

    def generate(self, messages: Messages, **kwargs: Any) -> Generation:  # type: ignore[override]
        text = f"The lake walk helped [{self.day}]. Paris helped too [2001-01-01]."
        for word in text.split(" "):
            kwargs["on_token"](word + " ")
        return Generation(text, 9, "stop", "stub", 0.01, 0.02)


@pytest.fixture
def demo(store: ProfileStore) -> Iterator[Session]:
    session = create_demo_profile(store, 1, end=date(2026, 11, 1))
    yield session
    session.close()


def _ask(qtbot: QtBot, screen: InsightsScreen, question: str) -> InsightAnswer:
    screen.question.setText(question)
    # Generous: the first question may load the embedding model for related entries.
    with qtbot.waitSignal(screen.answered, timeout=120_000) as blocker:
        screen.ask()
    answer: InsightAnswer = blocker.args[0]
    return answer


def test_answer_streams_links_citations_and_lists_evidence(qtbot: QtBot, demo: Session) -> None:
    ctx = make_ctx(demo)
    try:
        screen = InsightsScreen(ctx)
        qtbot.addWidget(screen)
        probe = InsightService(demo, related="none")
        items = probe.evidence().items
        day = next(i for i in items if any(c.kind == "entry" for c in i.citations)).day.isoformat()
        screen.service = InsightService(demo, model="test", related="none", worker=_StubWorker(day))
        answer = _ask(qtbot, screen, "What helped last time?")
        assert answer.used_llm and answer.dropped
        html = screen.answer_view.toHtml()
        assert "entry:" in html and day in html and "Paris" not in html
        assert "Removed 1 sentence" in screen.status.text()
        assert day in screen.evidence_view.toPlainText()
        entry_id = html.split('href="entry:')[1].split('"')[0]
        assert entry_id in {c.id for c in answer.citations if c.kind == "entry"}
        with qtbot.waitSignal(screen.open_entry_requested) as opened:
            screen.answer_view.anchorClicked.emit(QUrl(f"entry:{entry_id}"))
        assert opened.args == [entry_id]
    finally:
        close_ctx(ctx)


def test_evidence_only_and_safety(
    qtbot: QtBot, demo: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_ctx(demo)
    shown: list[str] = []
    monkeypatch.setattr(
        "neuroleaf_desktop.ui.care.safety_card.show_safety_card",
        lambda _ctx, _parent=None, *, message="", activate=True: shown.append(message),
    )
    try:
        screen = InsightsScreen(ctx)
        qtbot.addWidget(screen)
        screen.no_llm.setChecked(True)
        answer = _ask(qtbot, screen, "What helped last time?")
        assert not answer.used_llm and answer.evidence
        assert "1." in screen.answer_view.toPlainText()
        crisis = _ask(qtbot, screen, "I want to end my life")
        assert crisis.kind == "safety" and shown == [crisis.text]
    finally:
        close_ctx(ctx)
