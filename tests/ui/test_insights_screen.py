"""The Insights screen: stages and progress, the topic, checked claims as links, the real model.

The first-question hang (the answer only appeared after Stop) had two causes: the warm-up read
the *whole* evidence prompt into the model while holding the worker, so the question queued
behind it with "Looking through your journal…" and nothing else, and llama.cpp ran two
spinning threads on a two-core machine, ten times slower than one. These tests ask the first
question with the real SmolLM2 model in a real widget, while the warm-up is still running.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ai.llm import Generation, LlamaWorker, Messages, resolve_model
from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.insights import InsightsScreen
from tests.conftest import PASSPHRASE
from tests.ui.helpers.ui_context import close_ctx, make_ctx

pytestmark = pytest.mark.gui


class _ClaimWorker(LlamaWorker):
    """Answers in the JSON the schema asks for: one supported claim and one invented one."""

    def __init__(self, claims: list[dict[str, Any]]) -> None:
        super().__init__()
        self.claims = claims

    def loaded(self, model_path: Any) -> bool:
        return True

    def generate(self, messages: Messages, **kwargs: Any) -> Generation:  # type: ignore[override]
        text = json.dumps({"claims": self.claims})
        for i in range(0, len(text), 7):
            kwargs["on_token"](text[i : i + 7])
        return Generation(text, len(text) // 7, "stop", "stub", 0.01, 0.02)


@pytest.fixture
def demo(store: ProfileStore) -> Iterator[Session]:
    session = create_demo_profile(store, 1, end=date(2026, 11, 1))
    yield session
    session.close()


@pytest.fixture(scope="module")
def smol_worker() -> Iterator[LlamaWorker]:
    with LlamaWorker(threads=1, n_ctx=2048) as worker:
        yield worker


def _ask(
    qtbot: QtBot, screen: InsightsScreen, question: str, timeout: int = 60_000
) -> InsightAnswer:
    screen.question.setText(question)
    with qtbot.waitSignal(screen.answered, timeout=timeout) as blocker:
        screen.ask()
    answer: InsightAnswer = blocker.args[0]
    return answer


def _record_items(screen: InsightsScreen) -> list[Any]:
    seen: list[Any] = []
    original = screen._on_item

    def record(item: object) -> None:
        seen.append(item)
        original(item)

    screen._on_item = record  # type: ignore[method-assign]
    return seen


def test_first_question_with_the_real_model_arrives_without_stop(
    qtbot: QtBot, demo: Session, smol_worker: LlamaWorker
) -> None:
    ctx = make_ctx(demo)
    try:
        smol_worker.close()  # a cold child: the warm-up must load the model
        screen = InsightsScreen(ctx)
        screen.service = InsightService(demo, model="test", worker=smol_worker, semantic=False)
        qtbot.addWidget(screen)
        seen = _record_items(screen)
        screen.show()  # starts the warm-up task soon…
        qtbot.waitUntil(lambda: screen._warm_task is not None, timeout=10_000)
        assert screen._warm_task is not None and screen._warm_task.running
        answer = _ask(qtbot, screen, "What helps when I sleep badly?", 180_000)  # …ask now
        assert answer.outcome.reason != "cancelled" and answer.topic is not None
        assert answer.topic.kind == "sleep" and screen.topic_label.text() == "Looking at: sleep"
        stages = [i[1] for i in seen if i[0] == "stage"]
        assert stages[0] == "reading" and "writing" in stages
        assert answer.generation is not None and answer.generation.tokens > 0
        assert not screen.progress.isVisible() and screen.ask_button.isEnabled()
        for claim in answer.claims:  # whatever SmolLM2 wrote, only checked claims are shown
            assert claim.text.split("[")[0].strip()[:20] in screen.answer_list.plain_text()
        assert "nights were poor" in screen.evidence_list.plain_text()
        # warm now: the second question does not load the model again
        seen.clear()
        again = _ask(qtbot, screen, "Is work stressing me?", 120_000)
        assert again.topic is not None and again.topic.kind == "stress"
        assert "loading" not in [i[1] for i in seen if i[0] == "stage"]
        path = resolve_model("test")[1]
        assert smol_worker.loaded(path)
    finally:
        close_ctx(ctx)


def test_a_glance_does_not_load_the_model(qtbot: QtBot, demo: Session) -> None:
    ctx = make_ctx(demo)
    try:
        screen = InsightsScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        screen.hide()  # left at once
        qtbot.wait(2_000)
        assert screen._warm_task is None
    finally:
        close_ctx(ctx)


def test_the_page_has_the_common_margins_and_explains_its_empty_boxes(
    qtbot: QtBot, demo: Session
) -> None:
    from neuroleaf_desktop.ui.dashboard.screen import DashboardScreen

    ctx = make_ctx(demo)
    try:
        screen = InsightsScreen(ctx)
        dashboard = DashboardScreen(ctx)
        qtbot.addWidget(screen)
        qtbot.addWidget(dashboard)
        ours, theirs = screen.layout().contentsMargins(), dashboard.layout().contentsMargins()
        assert (ours.left(), ours.top(), ours.right()) == (
            theirs.left(),
            theirs.top(),
            theirs.right(),
        )
        assert "answer appears here" in screen.answer_list.placeholder.text()
        assert "listed here" in screen.evidence_list.placeholder.text()
    finally:
        close_ctx(ctx)


class _RecordingWorker(_ClaimWorker):
    """Remembers every prompt it was given (warm-up, prefetch, question); loads nothing."""

    def __init__(self) -> None:
        super().__init__([])
        self.prompts: list[str] = []

    def preload(self, model_path: Any, cancel_event: Any = None) -> None:
        return None

    def generate(self, messages: Messages, **kwargs: Any) -> Generation:  # type: ignore[override]
        self.prompts.append(messages[-1]["content"])
        return Generation("{", 1, "length", "stub", 0.01, 0.02)


def test_the_box_question_and_a_typed_draft_are_read_into_the_model_ahead(
    qtbot: QtBot, demo: Session
) -> None:
    ctx = make_ctx(demo)
    try:
        worker = _RecordingWorker()
        screen = InsightsScreen(ctx)
        screen.service = InsightService(demo, model="test", worker=worker, semantic=False)
        qtbot.addWidget(screen)
        screen.show()
        # opened: the fixed prompt, then the box's (default) question's evidence
        qtbot.waitUntil(lambda: len(worker.prompts) == 2, timeout=20_000)
        assert worker.prompts[0] == "Topic:" and "Topic: low mood" in worker.prompts[1]
        qtbot.waitUntil(lambda: not screen._warm_task.running, timeout=20_000)  # type: ignore[union-attr]
        screen.question.clear()
        qtbot.keyClicks(screen.question, "why cant i sleep lately")  # typed, then a pause
        qtbot.waitUntil(lambda: len(worker.prompts) == 3, timeout=20_000)
        draft = worker.prompts[2]
        assert draft.startswith("Topic: sleep") and draft.endswith("Question: ")
        assert "nights were poor" in draft
    finally:
        close_ctx(ctx)


def test_supported_claims_are_shown_as_links_and_invented_ones_dropped(
    qtbot: QtBot, demo: Session
) -> None:
    ctx = make_ctx(demo)
    try:
        screen = InsightsScreen(ctx)
        qtbot.addWidget(screen)
        probe = InsightService(demo, model="test", semantic=False).evidence(
            "What helped last time I felt low?"
        )
        first = probe.items[0]
        claims = [
            {"text": first.summary, "evidence": [first.number]},
            {"text": "A trip to Paris helped you on 2001-01-01.", "evidence": [first.number]},
        ]
        screen.service = InsightService(
            demo, model="test", semantic=False, worker=_ClaimWorker(claims)
        )
        seen = _record_items(screen)
        answer = _ask(qtbot, screen, "What helped last time I felt low?")
        assert answer.used_llm and len(answer.claims) == 1 and len(answer.dropped) == 1
        assert "Paris" in answer.dropped[0].claim.text and answer.dropped[0].reasons
        html = screen.answer_list.html()
        assert "Paris" not in html and first.day.isoformat() in html
        assert "Left out 1 sentence" in screen.status.text()
        assert [i for i in seen if i[0] == "claim"] and screen.topic_label.text().endswith(
            "low mood"
        )
        if any(c.kind == "entry" for c in first.citations):
            entry_id = html.split('href="entry:')[1].split('"')[0]
            with qtbot.waitSignal(screen.open_entry_requested) as opened:
                screen.answer_list.link_activated.emit(f"entry:{entry_id}")
            assert opened.args == [entry_id]
    finally:
        close_ctx(ctx)


def test_too_little_data_is_said_plainly(qtbot: QtBot, store: ProfileStore) -> None:
    session, _key = store.create("New", PASSPHRASE)
    session.mood.log(
        NewCheckIn(
            mood=6,
            note="Felt calmer than yesterday",
            logged_at=datetime(2026, 11, 30, 9, tzinfo=UTC),
            tz_offset_min=0,
        )
    )
    ctx = make_ctx(session)
    try:
        screen = InsightsScreen(ctx)
        screen.no_llm.setChecked(False)
        screen.service = InsightService(session, model="test", semantic=False,
                                        worker=_ClaimWorker([]))  # fmt: skip
        qtbot.addWidget(screen)
        answer = _ask(qtbot, screen, "What helped last time I felt low?")
        assert answer.outcome.reason == "no-data" and not answer.claims and not answer.evidence
        text = screen.answer_list.plain_text()
        assert "recovery" in text or "check-in" in text
        assert "walk" not in text and "helped" not in text.lower().replace("what helped", "")
        assert screen.status.text() == "Not enough in your journal for this yet."
    finally:
        close_ctx(ctx)
        session.close()


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
        assert "1." in screen.answer_list.plain_text()
        crisis = _ask(qtbot, screen, "I want to end my life")
        assert crisis.kind == "safety" and shown == [crisis.text]
    finally:
        close_ctx(ctx)
