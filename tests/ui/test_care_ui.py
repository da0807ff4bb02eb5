"""Care UI: nudge → breathing, the animation's rhythm, the safety card (plan, crisis
lines, the check on save), PHQ-9 item 9, the Care screen and the scheduler's life cycle."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import EntryPatch, NewCheckIn, NewEntry
from neuroleaf_desktop.domain.questionnaires import NOT_A_DIAGNOSIS
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.care import BreathingDialog, CareScreen, QuestionnaireDialog, SafetyCard
from neuroleaf_desktop.ui.care.breathing_model import PATTERNS, state_at
from neuroleaf_desktop.ui.care.hook import BACKGROUND_CARD, CareHook, EntryCheck
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tray import NullTray
from tests.ui.conftest import PASSPHRASE, widget_texts
from tests.ui.helpers.ui_context import close_ctx, drain, make_ctx

pytestmark = pytest.mark.gui


class FakeTime:
    """A monotonic time source that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def texts_under(root: QWidget) -> list[str]:
    found = list(widget_texts(root))
    for child in root.findChildren(QWidget):
        if child.isVisibleTo(root):
            found.extend(widget_texts(child))
    return found


def holds(root: QWidget, text: str) -> bool:
    return any(text in t for t in texts_under(root))


def open_cards(ctx: UiContext | None = None) -> list[SafetyCard]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SafetyCard) and w.isVisible() and (ctx is None or w.ctx is ctx)
    ]


def close_all_cards() -> None:
    for card in open_cards():
        card.close()


def apscheduler_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "APScheduler" and t.is_alive()]


@pytest.fixture
def ui_ctx(session: Session) -> Iterator[UiContext]:
    ctx = make_ctx(session)
    yield ctx
    close_all_cards()
    close_ctx(ctx)


@pytest.fixture
def care_profile(ui_home: object) -> Callable[..., str]:
    """A profile whose mood slid 7 → 6 → 4 over the last three days, quiet hours off."""

    def create(*, decline: bool = True) -> str:
        session, _ = ProfileStore(app_paths()).create("Care", PASSPHRASE)
        try:
            session.settings.set("quiet_hours_start", "00:00")
            session.settings.set("quiet_hours_end", "00:00")
            session.settings.set("reminder_times", [])
            if decline:
                today = datetime.now().astimezone()
                for days_ago, mood in ((3, 7), (2, 6), (1, 4)):
                    noon = (today - timedelta(days=days_ago)).replace(hour=12, minute=0)
                    session.mood.log(NewCheckIn(mood, logged_at=noon))
        finally:
            session.close()
        return session.profile_slug

    return create


def unlocked(
    qtbot: QtBot, make_controller: Callable[..., AppController], slug: str
) -> AppController:
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    care = controller.care
    assert care is not None
    qtbot.waitUntil(lambda: care.running, timeout=10_000)
    return controller


# ---- nudge → breathing ------------------------------------------------------------------------
def test_nudge_click_opens_breathing_and_stores_before_and_after(
    qtbot: QtBot, make_controller: Callable[..., AppController], care_profile: Callable[..., str]
) -> None:
    controller = unlocked(qtbot, make_controller, care_profile())
    tray, hook, session = controller.tray, controller.care, controller.session
    assert isinstance(tray, NullTray) and hook is not None and session is not None
    # the catch-up daily check at unlock saw the decline and nudged through the tray
    qtbot.waitUntil(lambda: any(t == "A gentle check-in" for t, _m in tray.messages))
    (nudge,) = session.care.nudges()
    assert nudge.state == "shown" and "7 → 6 → 4" in nudge.reason
    assert hook.notifier.last_action == "breathing"

    hook.time_source = clock = FakeTime()
    tray.message_clicked.emit()  # the person clicks the notification
    qtbot.waitUntil(lambda: hook.breathing_dialog is not None)
    dialog = hook.breathing_dialog
    assert isinstance(dialog, BreathingDialog) and dialog.nudge_id == nudge.id
    qtbot.waitUntil(lambda: session.care.nudges()[0].state == "opened")

    dialog.before.set_value(3)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    clock.now += 30
    qtbot.waitUntil(lambda: dialog.guide.elapsed_s >= 30)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    dialog.after.set_value(8)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(session.care.breathing_sessions()) == 1)
    (stored,) = session.care.breathing_sessions()
    assert stored["pattern"] == "box"
    assert stored["before"] == 3 and stored["after"] == 8
    assert stored["nudge_id"] == nudge.id
    assert stored["duration_s"] == 30
    screen = controller.main_window.screens["Care"] if controller.main_window else None
    assert isinstance(screen, CareScreen)
    qtbot.waitUntil(lambda: holds(screen.nudge_list, "Opened"))


def test_mood_notification_click_opens_the_check_in(
    qtbot: QtBot, make_controller: Callable[..., AppController], care_profile: Callable[..., str]
) -> None:
    controller = unlocked(qtbot, make_controller, care_profile(decline=False))
    hook, window = controller.care, controller.main_window
    assert hook is not None and window is not None
    hook.notifier.notify("How are you today?", "A 10-second mood check-in.", action="mood")
    qtbot.waitUntil(lambda: hook.notifier.last_action == "mood")
    controller.tray.message_clicked.emit()
    from neuroleaf_desktop.ui.mood import MoodCheckInDialog

    qtbot.waitUntil(
        lambda: any(
            isinstance(w, MoodCheckInDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MoodCheckInDialog):
            w.close()


# ---- the animation ----------------------------------------------------------------------------
def test_box_breathing_phases_follow_the_injected_clock(qtbot: QtBot, ui_ctx: UiContext) -> None:
    clock = FakeTime()
    dialog = BreathingDialog(ui_ctx, time_source=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_pattern("box")
    dialog.start()
    guide = dialog.guide
    assert dialog.phase_label.text() == "Breathe in… 4"
    assert guide.state.scale == 0.0

    steps = [
        (1.0, "Breathe in… 3", "in"),
        (4.0, "Hold… 4", "hold_full"),
        (8.0, "Breathe out… 4", "out"),
        (12.0, "Hold… 4", "hold_empty"),
        (15.5, "Hold… 1", "hold_empty"),
        (16.0, "Breathe in… 4", "in"),
    ]
    for at, label, kind in steps:
        clock.now = 100.0 + at
        qtbot.waitUntil(lambda label=label: dialog.phase_label.text() == label)  # the QTimer
        assert guide.state.kind == kind
    assert guide.state.cycle == 1
    clock.now = 100.0 + 6.0  # mid-hold: the circle stays full
    guide.tick()
    assert guide.state.scale == 1.0
    clock.now = 100.0 + 10.0  # halfway out
    guide.tick()
    assert 0.4 < guide.state.scale < 0.6
    dialog.reject()
    drain(ui_ctx)


def test_other_patterns_and_the_end_of_the_exercise(qtbot: QtBot, ui_ctx: UiContext) -> None:
    labels = [state_at(PATTERNS["4-7-8"], t).label for t in (0, 4, 11, 18.5)]
    assert labels == ["Breathe in… 4", "Hold… 7", "Breathe out… 8", "Breathe out… 1"]
    assert state_at(PATTERNS["4-7-8"], 19).label == "Breathe in… 4"
    coherent = PATTERNS["coherent"]
    assert [state_at(coherent, t).kind for t in (0, 5.4, 5.5, 10.9, 11)] == [
        "in", "in", "out", "out", "in"
    ]  # fmt: skip

    clock = FakeTime()
    dialog = BreathingDialog(ui_ctx, time_source=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_pattern("coherent")
    dialog.duration.setCurrentIndex(dialog.duration.findData(1))
    dialog.start()
    with qtbot.waitSignal(dialog.guide.finished):
        clock.now += 61
    assert dialog.pages.currentIndex() == 2  # "how do you feel now?"
    dialog.after.set_value(6)
    dialog.save()
    qtbot.waitUntil(lambda: len(ui_ctx.session.care.breathing_sessions()) == 1)
    (stored,) = ui_ctx.session.care.breathing_sessions()
    assert stored["pattern"] == "coherent" and stored["duration_s"] == 60
    assert stored["before"] is None and stored["after"] == 6


# ---- the safety card --------------------------------------------------------------------------
def test_safety_card_shows_the_persons_plan_and_local_crisis_line(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    session.care.set_safety_plan(
        {"coping_steps": ["Walk to the river"], "people": ["Sam 07700 900123"]}
    )
    card = SafetyCard(ui_ctx, country="NZ")
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.plan_loaded)
    qtbot.waitUntil(lambda: holds(card, "Walk to the river") and holds(card, "Sam 07700 900123"))
    qtbot.waitUntil(lambda: holds(card, "1737") and holds(card, "call 111"))
    card.set_country("FR")
    qtbot.waitUntil(lambda: holds(card, "3114"))
    assert not holds(card, "1737")
    card.set_country("ZZ")
    assert card.country_box.currentData() == ""
    qtbot.waitUntil(lambda: holds(card, "local emergency number"))

    card.edit_plan()
    card.editors["reasons"].setPlainText("My dog Pip\n\n  My sister  ")
    qtbot.mouseClick(card.save_plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.care.safety_plan()["reasons"] == ["My dog Pip", "My sister"])
    qtbot.waitUntil(lambda: holds(card, "My dog Pip"))
    assert session.care.safety_plan()["coping_steps"] == ["Walk to the river"]
    card.close()
    drain(ui_ctx)


@pytest.fixture
def hook(ui_ctx: UiContext) -> Iterator[CareHook]:
    care_hook = CareHook(ui_ctx, NullTray(), None, lambda: None)
    yield care_hook
    care_hook.stop()


def test_saving_a_flagged_entry_shows_the_card_and_figurative_one_does_not(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, hook: CareHook
) -> None:
    with qtbot.waitSignal(hook.entry_checked) as checked:
        entry = session.journal.add(NewEntry(title="Monday", body="this traffic is killing me"))
    result = checked.args[0]
    assert isinstance(result, EntryCheck) and result.entry_id == entry.id
    assert not result.flagged
    assert open_cards(ui_ctx) == []

    with qtbot.waitSignal(hook.entry_checked) as checked:
        session.journal.edit(entry.id, EntryPatch(body="I want to kill myself"))
    assert checked.args[0].flagged
    qtbot.waitUntil(lambda: len(open_cards(ui_ctx)) == 1)
    (card,) = open_cards(ui_ctx)
    assert holds(card, "Talk to someone now")
    assert not card.isModal()  # never blocks writing


def test_new_flagged_entry_shows_the_card(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, hook: CareHook
) -> None:
    with qtbot.waitSignal(hook.entry_checked):
        session.journal.add(NewEntry(title="", body="I want to kill myself"))
    qtbot.waitUntil(lambda: len(open_cards(ui_ctx)) == 1)


def test_the_card_takes_the_keyboard_after_the_persons_save_only(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    hook: CareHook,
    said: list[str],
) -> None:
    """An entry the person saved in a view (which names itself as the origin) ends an act of
    theirs: the card may take the keyboard. One written in the background (a transcript, an
    import) shows the card without taking it from whatever they are doing."""
    with qtbot.waitSignal(hook.entry_checked):
        session.journal.add(NewEntry(title="", body="I want to kill myself"))
    qtbot.waitUntil(lambda: len(open_cards(ui_ctx)) == 1)
    (card,) = open_cards(ui_ctx)
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    close_all_cards()
    qtbot.waitUntil(lambda: not open_cards(ui_ctx))

    # with a window that keeps the keyboard, that window says where the card is
    window = QWidget()
    qtbot.addWidget(window)
    hook.window = window  # type: ignore[assignment]  # any window will do for the announcement
    with qtbot.waitSignal(hook.entry_checked):
        session.journal.add(NewEntry(title="", body="I want to die tonight"))
    qtbot.waitUntil(lambda: len(open_cards(ui_ctx)) == 1)
    assert BACKGROUND_CARD in said
    hook.window = None
    close_all_cards()
    qtbot.waitUntil(lambda: not open_cards(ui_ctx))

    with qtbot.waitSignal(hook.entry_checked):
        session.journal.add(NewEntry(title="", body="I want to end my life"), origin="journal")
    qtbot.waitUntil(lambda: len(open_cards(ui_ctx)) == 1)
    (card,) = open_cards(ui_ctx)
    assert not card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


# ---- questionnaires ---------------------------------------------------------------------------
def test_phq9_item9_shows_the_card_and_stores_the_result(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    dialog = QuestionnaireDialog(ui_ctx, "phq9")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: holds(dialog, NOT_A_DIAGNOSIS[:60]))
    assert not dialog.submit_button.isEnabled()
    dialog.items[0].focus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.items[0].buttons[0])
    for key in "00000000" + "1":  # keyboard only: a digit answers and moves on
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
    assert dialog.answers() == [0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert dialog.submit_button.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.score_label.text() == "1 of 27"
    assert dialog.band_label.text() == "Minimal range"
    qtbot.waitUntil(lambda: holds(dialog, NOT_A_DIAGNOSIS[:60]))
    qtbot.waitUntil(lambda: len(open_cards(ui_ctx)) == 1)  # ALWAYS, whatever the total
    (record,) = session.care.questionnaire_history("phq9")
    assert record.total == 1 and record.answers[8] == 1
    dialog.close()


def test_gad7_does_not_show_the_card(qtbot: QtBot, ui_ctx: UiContext, session: Session) -> None:
    dialog = QuestionnaireDialog(ui_ctx, "gad7")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_answers([3, 3, 2, 2, 1, 1, 0])
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.band_label.text() == "Moderate range"
    assert len(session.care.questionnaire_history("gad7")) == 1
    drain(ui_ctx)
    assert open_cards(ui_ctx) == []


# ---- the Care screen --------------------------------------------------------------------------
def test_care_screen_settings_snooze_and_history(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    session.care.record_questionnaire("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0])
    screen = CareScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None)
    assert holds(screen, "No check-ins yet")
    assert screen.charts["phq9"].points and screen.charts["phq9"].points[0][1] == 8
    assert "8 of 27 (Mild)" in screen.latest_labels["phq9"].text()
    assert screen.nudges_enabled.isChecked()

    screen.nudges_enabled.setChecked(False)
    qtbot.waitUntil(lambda: session.settings.get("nudges_enabled") is False)
    screen.reminders.setChecked(True)
    qtbot.waitUntil(lambda: session.settings.get("questionnaire_reminders") is True)
    qtbot.waitUntil(lambda: screen.snooze_label.text() == "Nudges are off.")
    screen.nudges_enabled.setChecked(True)
    qtbot.waitUntil(lambda: screen.snooze_hour.isEnabled())
    qtbot.mouseClick(screen.snooze_hour, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(session.settings.get("nudge_snoozed_until")))
    qtbot.waitUntil(lambda: screen.resume_button.isVisible())
    qtbot.mouseClick(screen.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.settings.get("nudge_snoozed_until") == "")
    screen.quiet_start.setTime(screen.quiet_start.time().addSecs(-3600))
    screen.quiet_start.editingFinished.emit()
    qtbot.waitUntil(lambda: session.settings.get("quiet_hours_start") == "21:00")
    drain(ui_ctx)


def test_care_is_in_the_navigation_rail(
    qtbot: QtBot, make_controller: Callable[..., AppController], care_profile: Callable[..., str]
) -> None:
    controller = unlocked(qtbot, make_controller, care_profile(decline=False))
    window = controller.main_window
    assert window is not None
    assert "Care" in window.screens and isinstance(window.screens["Care"], CareScreen)
    window.show_screen("Care")
    assert window.stack.currentWidget() is window.screens["Care"]


# ---- scheduler life cycle ---------------------------------------------------------------------
def test_scheduler_runs_while_unlocked_and_stops_on_lock(
    qtbot: QtBot, make_controller: Callable[..., AppController], care_profile: Callable[..., str]
) -> None:
    controller = unlocked(qtbot, make_controller, care_profile(decline=False))
    hook = controller.care
    assert hook is not None
    assert {"daily_check", "weekly_reflection"} <= set(hook.scheduler.jobs())
    # "running" flips just before APScheduler starts its thread: wait for the thread itself.
    qtbot.waitUntil(lambda: bool(apscheduler_threads()), timeout=10_000)
    controller.lock("manual")
    assert controller.care is None
    assert not hook.running
    qtbot.waitUntil(lambda: apscheduler_threads() == [])


# ---- how long a breathing session lasted ----------------------------------------------------
@pytest.mark.parametrize(
    ("seconds", "said"),
    [(12, "12 seconds"), (65, "1 minute 5 seconds"), (0, "less than a second")],
)
def test_a_short_breathing_session_is_said_in_words(
    qtbot: QtBot, ui_ctx: UiContext, seconds: int, said: str
) -> None:
    """Stopped after a few seconds, the session is "12 seconds", not "0 min 12 s"; and the
    dialog's own summary says the same words."""
    clock = FakeTime()
    dialog = BreathingDialog(ui_ctx, time_source=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    clock.now += seconds
    dialog.guide.tick()
    dialog.finish()
    assert dialog.summary.text() == f"You breathed with box breathing for {said}."
    dialog.save()
    qtbot.waitUntil(lambda: len(ui_ctx.session.care.breathing_sessions()) == 1)

    screen = CareScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None)
    summary = screen.breathing_summary.text()
    assert summary.startswith(f"Last time: Box breathing for {said} ·"), summary
    assert " min " not in summary and " 0 s" not in summary
    drain(ui_ctx)


def _packed(card: QWidget) -> tuple[int, int]:
    """(the height the card's shown contents span, the height they need at its width)."""
    layout = card.layout()
    assert layout is not None
    boxes = [
        item.geometry()
        for item in (layout.itemAt(i) for i in range(layout.count()))
        if item.spacerItem() is None and not item.isEmpty()
    ]
    margins = layout.contentsMargins()
    need = (
        layout.heightForWidth(card.width())
        if layout.hasHeightForWidth()
        else layout.sizeHint().height()
    )
    return boxes[-1].bottom() - boxes[0].top() + 1, need - margins.top() - margins.bottom()


@pytest.mark.parametrize("size", [(1180, 780), (1700, 900), (1180, 1500)])
def test_the_nudges_card_keeps_its_contents_together_at_the_top(
    qtbot: QtBot, ui_ctx: UiContext, size: tuple[int, int]
) -> None:
    """Beside the taller column of cards, or in a wide or tall window, the nudges card's lines
    stay together at its top at their usual spacing; its spare height is left under them."""
    screen = CareScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None)
    qtbot.wait(20)
    card = screen.nudge_empty.parentWidget()
    assert isinstance(card, QWidget) and screen.nudge_empty.isVisible()
    spanned, needed = _packed(card)
    assert spanned <= needed + 2, (spanned, needed, card.height())
    drain(ui_ctx)


def test_the_list_of_nudges_takes_the_cards_spare_height(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    """With nudges to list, the list (not a gap under it) fills the card to its foot."""
    session.settings.set("quiet_hours_start", "00:00")
    session.settings.set("quiet_hours_end", "00:00")
    today = datetime.now().astimezone()
    for days_ago, mood in ((3, 7), (2, 6), (1, 4)):
        noon = (today - timedelta(days=days_ago)).replace(hour=12, minute=0)
        session.mood.log(NewCheckIn(mood, logged_at=noon))
    session.care.daily_check(None, force=True)
    assert session.care.nudges()
    screen = CareScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(1180, 1500)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None and screen.nudge_list.isVisible())
    qtbot.wait(20)
    card = screen.nudge_list.parentWidget()
    assert isinstance(card, QWidget)
    layout = card.layout()
    assert layout is not None
    foot = card.contentsRect().bottom() - layout.contentsMargins().bottom()
    assert screen.nudge_list.geometry().bottom() >= foot - 2
    drain(ui_ctx)
