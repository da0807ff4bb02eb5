"""The gallery's shots of each screen on its own, in its states (empty, loading, filled, error):
journal, mood check-in, history, unlock, settings, dashboard and search.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.tools import gallery_stage as stage
from neuroleaf_desktop.tools.gallery_stage import Profiles
from neuroleaf_desktop.ui.tasks import TaskRunner


def render_journal(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.ui.journal import JournalScreen

    size = (1100, 720)
    paths = []
    # empty
    screen = JournalScreen(prof.empty)
    stage.settle(app, prof.empty)
    paths.append(stage.shoot(app, screen, out / f"journal-empty-{theme}.png", size))
    stage.close(app, screen)
    # loading: what shows before the first read lands
    screen = JournalScreen(prof.filled)
    screen.show_loading()
    paths.append(stage.shoot(app, screen, out / f"journal-loading-{theme}.png", size))
    stage.settle(app, prof.filled)
    # filled: the newest entry open in the editor
    if screen.entry_list.count():
        screen.entry_list.setCurrentRow(0)
    paths.append(stage.shoot(app, screen, out / f"journal-filled-{theme}.png", size))
    # error: a failed save, shown in the banner with Retry
    screen.banner.show_error(
        NeuroLeafError("Your entry could not be saved: the disk is full. Free some space."),
        action_text="Retry",
    )
    paths.append(stage.shoot(app, screen, out / f"journal-error-{theme}.png", size))
    stage.close(app, screen)
    return paths


def render_mood(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.domain.emotions import Quadrant
    from neuroleaf_desktop.ui.mood import MoodCheckInDialog

    size = (780, 980)
    paths = []
    dialog = MoodCheckInDialog(prof.filled)
    stage.settle(app, prof.filled, lambda: bool(dialog.activities.chips))
    paths.append(stage.shoot(app, dialog, out / f"mood-empty-{theme}.png", size))
    dialog.mood.set_value(7)
    dialog.energy.set_value(5)
    dialog.anxiety.set_value(3)
    dialog.sleep_hours.setValue(7.5)
    dialog.sleep_quality.set_value(4)
    dialog.emotion_groups[Quadrant.LOW_ENERGY_PLEASANT].set_selected(["calm", "grateful"])
    dialog.emotion_groups[Quadrant.HIGH_ENERGY_UNPLEASANT].set_selected(["stressed"])
    dialog.activities.set_selected(["walk", "friends"])
    dialog.note.setPlainText("Coffee with Sam helped more than I expected.")
    paths.append(stage.shoot(app, dialog, out / f"mood-filled-{theme}.png", size))
    dialog.banner.show_error(
        NeuroLeafError("The journal is locked. Unlock it to continue."), action_text="Retry"
    )
    paths.append(stage.shoot(app, dialog, out / f"mood-error-{theme}.png", size))
    stage.close(app, dialog)
    return paths


def render_history(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.ui.history import HistoryScreen

    size = (1100, 860)
    paths = []
    screen = HistoryScreen(prof.empty)
    stage.settle(app, prof.empty)
    paths.append(stage.shoot(app, screen, out / f"history-empty-{theme}.png", size))
    stage.close(app, screen)

    screen = HistoryScreen(prof.filled)
    paths.append(stage.shoot(app, screen, out / f"history-loading-{theme}.png", size))
    stage.settle(app, prof.filled)
    today = datetime.now().astimezone().date()
    screen.show_day(today - timedelta(days=1))
    stage.settle(app, prof.filled, lambda: screen.day_data is not None)
    paths.append(stage.shoot(app, screen, out / f"history-filled-{theme}.png", size))
    screen.banner.show_error(
        NeuroLeafError("Your history could not be read. Run `neuroleaf doctor`."),
        action_text="Retry",
    )
    paths.append(stage.shoot(app, screen, out / f"history-error-{theme}.png", size))
    stage.close(app, screen)
    return paths


def render_unlock(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    """The unlock window's pages: first run, recovery key, unlock, recovery reset."""
    from neuroleaf_desktop.errors import ProfileExistsError, WrongPassphraseError
    from neuroleaf_desktop.ui.unlock import UnlockWindow

    if prof.store is None:
        return []
    size = (620, 860)
    paths: list[Path] = []
    tasks = TaskRunner()
    window = UnlockWindow(prof.store, tasks)

    def settle() -> None:
        for _ in range(3):
            tasks.wait(2_000)
            app.processEvents()

    def shoot(name: str) -> None:
        paths.append(stage.shoot(app, window, out / f"{name}-{theme}.png", size))

    # first run: no profile yet, so there is no way "back" to unlocking
    window.show_create()
    page = window.create_page
    page.set_can_go_back(False)
    shoot("first-run-empty")
    page.name.setText("Sam")
    page.fields.passphrase.setText("river lamp quietly orange")
    page.fields.confirm.setText("river lamp quietly orange")
    shoot("first-run-filled")
    page.fields.confirm.setText("river lamp quietly")
    page.show_error(ProfileExistsError("A profile called 'Sam' already exists.").user_message)
    shoot("first-run-error")
    page.reset()

    window.recovery_page.set_key(prof.recovery_key or "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345")
    window._show(window.recovery_page)
    shoot("recovery-key-filled")
    window.recovery_page.set_key("")

    window.refresh("gallery-filled")
    settle()
    unlock = window.unlock_page
    shoot("unlock-empty")
    unlock.passphrase.setText("not the right one")
    unlock.wrong_passphrase(
        WrongPassphraseError(
            "That passphrase doesn't open this journal. Check Caps Lock and try again, "
            "or use your recovery key."
        ).user_message
    )
    shoot("unlock-error")
    unlock.start_countdown(27)
    shoot("unlock-throttled")
    unlock.stop_countdown()
    unlock.reset()
    unlock.passphrase.setText("gallery passphrase")
    unlock.set_busy(True, "Unlocking…")
    shoot("unlock-loading")
    unlock.set_busy(False)
    unlock.reset()

    window.reset_page.set_profile(unlock.selected_slug(), unlock.selected_name())
    window._show(window.reset_page)
    shoot("reset-empty")
    window.reset_page.key.setText("ABCD-EFGH-JKLM-NPQR")
    window.reset_page.fields.passphrase.setText("a new quiet morning walk")
    window.reset_page.fields.confirm.setText("a new quiet morning walk")
    window.reset_page.show_error(
        "That recovery key has the wrong length: it should be 14 groups of 4 characters."
    )
    shoot("reset-error")
    window.reset_page.reset()
    settle()
    stage.close(app, window)
    return paths


SETTINGS_TABS = ("appearance", "privacy", "reminders", "about")


def render_settings(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    """The settings dialog, one picture per tab."""
    from neuroleaf_desktop.ui.settings import SettingsDialog
    from neuroleaf_desktop.ui.theme import ThemeManager

    ctx = prof.filled
    ctx.session.settings.set("theme", theme)
    ctx.session.settings.set("reminder_times", ["08:30", "21:00"])
    manager = ThemeManager(app, theme)
    size = (680, 720)
    paths: list[Path] = []
    dialog = SettingsDialog(ctx, manager)
    stage.settle(app, ctx, dialog.tabs.isEnabled)
    for index, name in enumerate(SETTINGS_TABS):
        dialog.tabs.setCurrentIndex(index)
        paths.append(stage.shoot(app, dialog, out / f"settings-{name}-{theme}.png", size))
    stage.settle(app, ctx)
    stage.close(app, dialog)
    manager.deleteLater()
    return paths


def render_dashboard(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    """The dashboard: empty profile, and the filled one (charts drawn on show)."""
    from neuroleaf_desktop.ui.dashboard import DashboardScreen

    size = (1200, 1000)
    paths: list[Path] = []
    for state, ctx in (("empty", prof.empty), ("filled", prof.filled)):
        screen = DashboardScreen(ctx)
        screen.ensure_loaded()
        stage.settle(app, ctx, screen.is_settled)
        paths.append(stage.shoot(app, screen, out / f"dashboard-{state}-{theme}.png", size))
        stage.close(app, screen)
    return paths


def render_search(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    """The search panel: nothing typed yet, word matches, no match, and the end of a full page
    listed newest first."""
    from neuroleaf_desktop.ui.search import SearchPanel

    size = (1000, 720)
    paths: list[Path] = []
    panel = SearchPanel(prof.filled)
    stage.settle(app, prof.filled, lambda: panel.semantic_available is not None)
    panel.set_mode("fulltext")  # no model load in the gallery
    paths.append(stage.shoot(app, panel, out / f"search-empty-{theme}.png", size))
    for state, query in (("results", "walk"), ("nomatch", "xylophone")):
        panel.set_query(query)
        stage.settle(app, prof.filled, lambda: not panel.is_searching)
        paths.append(stage.shoot(app, panel, out / f"search-{state}-{theme}.png", size))
    # newest first, scrolled to the end of a full page: "Show more" under the last row
    panel.set_order(SearchOrder.NEWEST)
    panel.set_query("walk")
    stage.settle(app, prof.filled, lambda: not panel.is_searching)
    panel.resize(*size)
    app.processEvents()
    bar = panel.results_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    paths.append(stage.shoot(app, panel, out / f"search-more-{theme}.png", size))
    stage.close(app, panel)
    return paths
