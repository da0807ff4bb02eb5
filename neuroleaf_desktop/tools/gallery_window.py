"""The gallery's shots of the whole main window: idle and busy, every screen inside it at the
sizes people see, and the dialogs a screen opens (export, trash, shortcuts, a check-in being
corrected, the breathing guide moving and still, the safety plan, the tag manager, the
template manager and picker, and a new entry started from a template).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from neuroleaf_desktop.tools import gallery_stage as stage
from neuroleaf_desktop.tools.gallery_stage import Profiles
from neuroleaf_desktop.ui.context import UiContext


def render_main_window(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    """The whole main window on the filled (demo-generated) profile, idle and with jobs."""
    from neuroleaf_desktop.ui.main_window import MainWindow

    size = (1280, 820)
    paths: list[Path] = []
    window = MainWindow(prof.filled)
    stage.settle(app, prof.filled, lambda: bool(getattr(window.journal, "is_loaded", True)))
    journal = window.journal
    entry_list = getattr(journal, "entry_list", None)
    if entry_list is not None and entry_list.count():
        entry_list.setCurrentRow(0)
    stage.settle(app, prof.filled)
    paths.append(stage.shoot(app, window, out / f"main-window-filled-{theme}.png", size))
    window._on_busy(2)  # the status bar's background-jobs indicator
    paths.append(stage.shoot(app, window, out / f"main-window-busy-{theme}.png", size))
    window._on_busy(prof.filled.tasks.in_flight)
    window.show_screen("History")
    stage.settle(app, prof.filled)
    paths.append(stage.shoot(app, window, out / f"main-window-history-{theme}.png", size))
    window.prepare_to_lock()
    window.allow_close = True
    stage.settle(app, prof.filled)
    stage.close(app, window)
    return paths


# The sizes people see: the window's default, and a small laptop screen.
WINDOW_SIZES: tuple[tuple[int, int], ...] = ((1180, 780), (1024, 700))


def render_in_window(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    """Every screen inside the real main window (sidebar, menus, status bar) at the default
    size and at 1024×700 — where cut-off text and crowded labels show — plus the dialogs a
    screen opens: export, trash, shortcuts, a check-in being corrected, the breathing guide,
    the safety plan."""
    from neuroleaf_desktop.ui.care.breathing import BreathingDialog
    from neuroleaf_desktop.ui.care.safety_card import SafetyCard
    from neuroleaf_desktop.ui.export import ExportDialog
    from neuroleaf_desktop.ui.main_window import MainWindow
    from neuroleaf_desktop.ui.mood import MoodCheckInDialog

    ctx = prof.filled
    paths: list[Path] = []
    window = MainWindow(ctx)
    stage.settle(app, ctx, lambda: window.journal.is_loaded)
    for width, height in WINDOW_SIZES:
        for title in window.screens:
            window.show_screen(title)
            if title == "Dashboard":
                window.dashboard.ensure_loaded()
                stage.settle(app, ctx, window.dashboard.is_settled)
            stage.settle(app, ctx)
            name = f"window-{title.lower()}-{width}x{height}-{theme}.png"
            paths.append(stage.shoot(app, window, out / name, (width, height)))
    checkins = ctx.session.mood.list(limit=1)
    dialogs: list[tuple[str, Callable[[], QWidget], tuple[int, int]]] = [
        ("export", lambda: ExportDialog(ctx, window), (560, 520)),
        ("trash", lambda: window.open_trash(), (640, 520)),
        ("tags", lambda: window.open_tag_manager(), (560, 560)),
        ("templates", lambda: window.open_template_manager(), (600, 540)),
        ("template-picker", lambda: window.choose_template(), (460, 440)),
        ("shortcuts", lambda: window.open_shortcuts(), (520, 560)),
        ("breathing", lambda: BreathingDialog(ctx, window), (560, 640)),
        ("safety-plan", lambda: SafetyCard(ctx, window, country="GB"), (620, 760)),
    ]
    if checkins:
        dialogs.append(
            (
                "mood-edit",
                lambda: MoodCheckInDialog(ctx, window, checkin=checkins[0]),
                (780, 720),
            )
        )
    for name, make, size in dialogs:
        dialog = make()
        stage.settle(app, ctx)
        paths.append(stage.shoot(app, dialog, out / f"dialog-{name}-{theme}.png", size))
        stage.close(app, dialog)
    paths.append(_breathing_still(app, ctx, window, out / f"dialog-breathing-still-{theme}.png"))
    paths += _from_template(app, ctx, window, out, theme)
    window.prepare_to_lock()
    window.allow_close = True
    stage.settle(app, ctx)
    stage.close(app, window)
    return paths


def _from_template(
    app: QApplication, ctx: UiContext, window: QWidget, out: Path, theme: str
) -> list[Path]:
    """A new entry just started from the first template, at both window sizes."""
    from neuroleaf_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.new_from_template(ctx.session.journal.templates.list()[0])
    stage.settle(app, ctx)
    paths = []
    for width, height in WINDOW_SIZES:
        name = f"window-journal-template-{width}x{height}-{theme}.png"
        paths.append(stage.shoot(app, window, out / name, (width, height)))
    window.journal.editor.discard_draft()
    return paths


def _breathing_still(app: QApplication, ctx: UiContext, window: QWidget, path: Path) -> Path:
    """The breathing guide running with motion reduced: one size, the step in words."""
    from neuroleaf_desktop.ui import motion
    from neuroleaf_desktop.ui.care.breathing import BreathingDialog

    settings = ctx.session.settings
    before = str(settings.get("reduce_motion"))
    settings.set("reduce_motion", "on")  # the dialog follows the profile's stored choice
    motion.policy().set_choice("on")
    try:
        dialog = BreathingDialog(ctx, window)
        stage.settle(app, ctx)
        dialog.start()
        stage.settle(app, ctx)
        shot = stage.shoot(app, dialog, path, (560, 640))
        dialog.reject()
        stage.close(app, dialog)
    finally:
        settings.set("reduce_motion", before)
        motion.policy().set_choice(before)
    return shot
