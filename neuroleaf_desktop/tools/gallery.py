"""Render every reusable widget and screen, in each of its states and themes, to PNG files.

``neuroleaf gallery --out DIR`` calls :func:`render_gallery`. It works headless
(``QT_QPA_PLATFORM=offscreen``) and never touches the person's own profiles: it builds throwaway
profiles in a temporary ``NEUROLEAF_HOME``.
"""

from __future__ import annotations

import contextlib
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QVBoxLayout, QWidget

from neuroleaf_desktop.domain.emotions import EMOTION_GRID
from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import TaskRunner

GALLERY_PASSPHRASE = "gallery passphrase 2468"  # noqa: S105 (a throwaway profile in a temp folder)
SETTLE_TIMEOUT_S = 15.0


@dataclass
class _Profiles:
    empty: UiContext
    filled: UiContext
    store: ProfileStore | None = None
    recovery_key: str = ""


# ---- environment -----------------------------------------------------------------------------
@contextlib.contextmanager
def _temp_home() -> Iterator[Path]:
    names = ("NEUROLEAF_HOME", "NEUROLEAF_KDF_TARGET_MS", "NEUROLEAF_TESTING")
    saved = {k: os.environ.get(k) for k in names}
    with tempfile.TemporaryDirectory(prefix="neuroleaf-gallery-") as tmp:
        os.environ["NEUROLEAF_HOME"] = tmp
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
        os.environ["NEUROLEAF_TESTING"] = "1"  # throwaway vaults: the fast KDF target is fine
        try:
            yield Path(tmp)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _fallback_palette(dark: bool) -> QPalette:
    pal = QPalette()
    colours = (
        {"window": "#141916", "base": "#1d2320", "text": "#e4eae5", "alt": "#262e29"}
        if dark
        else {"window": "#f5f6f2", "base": "#ffffff", "text": "#1e2823", "alt": "#eceFea"}
    )
    pal.setColor(QPalette.ColorRole.Window, QColor(colours["window"]))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colours["text"]))
    pal.setColor(QPalette.ColorRole.Base, QColor(colours["base"]))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(colours["alt"]))
    pal.setColor(QPalette.ColorRole.Text, QColor(colours["text"]))
    pal.setColor(QPalette.ColorRole.Button, QColor(colours["base"]))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(colours["text"]))
    return pal


def _apply_theme(app: QApplication, name: str) -> None:
    try:
        from neuroleaf_desktop.ui.theme import ThemeManager
    except ImportError:
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(_fallback_palette(name == "dark"))
        app.setStyleSheet("")
        return
    ThemeManager(app, name).apply()


def _settle(app: QApplication, ctx: UiContext, until: Callable[[], bool] | None = None) -> None:
    """Let workers finish and their results arrive (bounded: a broken screen still renders)."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    quiet_rounds = 0
    while time.monotonic() < deadline:
        app.processEvents()
        ctx.tasks.wait(50)
        app.processEvents()
        done = ctx.tasks.in_flight == 0 and (until is None or until())
        quiet_rounds = quiet_rounds + 1 if done else 0
        if quiet_rounds >= 3:
            break


def _shoot(app: QApplication, widget: QWidget, path: Path, size: tuple[int, int]) -> Path:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.show()
    for _ in range(3):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path), "PNG")
    return path


def _close(app: QApplication, widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    app.processEvents()


# ---- data ------------------------------------------------------------------------------------
def _populate(session: Session, *, seed: int = 7) -> None:
    try:  # the demo generator, when present, makes the profile look lived-in
        from neuroleaf_desktop.demo import generator

        data = generator.generate(1, seed)
        generator.populate(session, data)
    except Exception:  # no generator (or a different API): a small hand-made profile
        _populate_small(session, seed=seed)
    now = datetime.now(UTC)
    session.journal.add(
        NewEntry(
            title="A quieter evening",
            body="Walked home through the park. The light was soft and I felt my shoulders "
            "drop for the first time this week.\n\n- slept better\n- less coffee",
            tags=("evening", "gratitude"),
            created_at=now - timedelta(minutes=40),
        )
    )
    session.journal.add(
        NewEntry(
            title="Morning pages",
            body="Three things on my mind: the presentation, calling Mum, the garden.",
            tags=("morning",),
            created_at=now - timedelta(hours=3),
        )
    )


def _populate_small(session: Session, *, seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 (sample data)
    now = datetime.now(UTC)
    words = [e.word for e in EMOTION_GRID]
    activities = [a.name for a in session.activities.list()]
    titles = [
        "Long day at work",
        "Coffee with Sam",
        "Couldn't sleep",
        "Sunday walk",
        "Small wins",
        "Feeling flat",
        "Therapy notes",
        "Rainy afternoon",
    ]
    start = now - timedelta(days=300)
    for day in range(300):
        if rng.random() < 0.25:
            continue
        moment = start + timedelta(days=day, hours=rng.randint(7, 21))
        base = 6 + 2 * __import__("math").sin(day / 23)
        mood = max(1, min(10, round(base + rng.gauss(0, 1.3))))
        session.mood.log(
            NewCheckIn(
                mood=mood,
                energy=rng.randint(3, 9),
                anxiety=rng.randint(1, 7),
                sleep_hours=round(rng.uniform(5, 9) * 2) / 2,
                sleep_quality=rng.randint(2, 5),
                emotions=tuple(rng.sample(words, 2)),
                activities=tuple(rng.sample(activities, 2)) if activities else (),
                note="",
                logged_at=moment,
            )
        )
        if rng.random() < 0.3:
            session.journal.add(
                NewEntry(
                    title=rng.choice(titles),
                    body="Wrote a little about the day. " * rng.randint(2, 6),
                    tags=tuple(rng.sample(["work", "family", "sleep", "health", "friends"], 2)),
                    created_at=moment,
                )
            )


def _context(session: Session, dark: bool) -> UiContext:
    return UiContext(session, TaskRunner(), ChangeBridge(session.events), dark=dark)


# ---- renderers -------------------------------------------------------------------------------
def _host(widget: QWidget, margin: int = 24) -> QWidget:
    from neuroleaf_desktop.ui.widgets import install_style

    host = QWidget()
    host.setAutoFillBackground(True)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(margin, margin, margin, margin)
    widget.setParent(host)
    layout.addWidget(widget)
    install_style(host)
    return host


def _render_widgets(app: QApplication, ctx: UiContext, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.ui.widgets import (
        Banner,
        BannerKind,
        Card,
        ChipGroup,
        EmptyState,
        LoadingState,
        RatingSelector,
        TagEditor,
        mood_color,
    )

    shots: list[tuple[str, Callable[[], QWidget], tuple[int, int]]] = []

    def card() -> QWidget:
        c = Card("A card")
        from PySide6.QtWidgets import QLabel

        c.body.addWidget(QLabel("Cards hold one idea each, with room to breathe."))
        return _host(c)

    def empty() -> QWidget:
        return _host(
            EmptyState(
                "No entries yet",
                "Write your first one — it stays on this computer, encrypted.",
                action_text="Write your first entry",
            )
        )

    def banner(kind: BannerKind, text: str, action: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            b = Banner()
            b.show_message(text, kind, action_text=action, timeout_ms=0)
            return _host(b)

        return make

    def tags() -> QWidget:
        t = TagEditor()
        t.set_tags(["sleep", "work", "gratitude"])
        return _host(t)

    def chips() -> QWidget:
        g = ChipGroup(["walk", "friends", "reading", "work", "music", "cooking", "therapy"])
        g.set_selected(["walk", "reading"])
        return _host(g)

    def rating(value: int | None) -> Callable[[], QWidget]:
        def make() -> QWidget:
            r = RatingSelector(
                1, 10, value=value, low_label="Very low", high_label="Great", color_for=mood_color
            )
            return _host(r)

        return make

    def loading() -> QWidget:
        return _host(LoadingState("Loading your journal…"))

    shots += [
        ("card-filled", card, (480, 160)),
        ("empty-state-empty", empty, (480, 320)),
        ("banner-info", banner(BannerKind.INFO, "Entry moved to the trash.", "Undo"), (560, 90)),
        (
            "banner-error",
            banner(BannerKind.ERROR, "The journal is locked. Unlock it to continue.", "Retry"),
            (560, 90),
        ),
        ("tag-editor-filled", tags, (560, 120)),
        ("chips-filled", chips, (420, 150)),
        ("rating-empty", rating(None), (560, 110)),
        ("rating-filled", rating(7), (560, 110)),
        ("loading-loading", loading, (420, 200)),
    ]
    paths = []
    for name, make, size in shots:
        widget = make()
        paths.append(_shoot(app, widget, out / f"{name}-{theme}.png", size))
        _close(app, widget)
    return paths


def _render_journal(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.ui.journal import JournalScreen

    size = (1100, 720)
    paths = []
    # empty
    screen = JournalScreen(prof.empty)
    _settle(app, prof.empty)
    paths.append(_shoot(app, screen, out / f"journal-empty-{theme}.png", size))
    _close(app, screen)
    # loading: what shows before the first read lands
    screen = JournalScreen(prof.filled)
    screen.show_loading()
    paths.append(_shoot(app, screen, out / f"journal-loading-{theme}.png", size))
    _settle(app, prof.filled)
    # filled: the newest entry open in the editor
    if screen.entry_list.count():
        screen.entry_list.setCurrentRow(0)
    paths.append(_shoot(app, screen, out / f"journal-filled-{theme}.png", size))
    # error: a failed save, shown in the banner with Retry
    screen.banner.show_error(
        NeuroLeafError("Your entry could not be saved: the disk is full. Free some space."),
        action_text="Retry",
    )
    paths.append(_shoot(app, screen, out / f"journal-error-{theme}.png", size))
    _close(app, screen)
    return paths


RENDERERS: tuple[str, ...] = ("widgets", "journal", "mood", "history")


def render_gallery(out_dir: Path, *, themes: tuple[str, ...] = ("light", "dark")) -> list[Path]:
    """Render the widgets and screens to ``out_dir``; returns the PNG paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([])
    written: list[Path] = []
    with _temp_home():
        store = ProfileStore(app_paths())
        empty_session, _ = store.create("Gallery empty", GALLERY_PASSPHRASE)
        filled_session, recovery_key = store.create("Gallery filled", GALLERY_PASSPHRASE)
        try:
            _populate(filled_session)
            for theme in themes:
                _apply_theme(app, theme)
                dark = theme == "dark"
                prof = _Profiles(
                    _context(empty_session, dark),
                    _context(filled_session, dark),
                    store,
                    str(recovery_key),
                )
                written += _render_widgets(app, prof.empty, out_dir, theme)
                written += _render_journal(app, prof, out_dir, theme)
                written += _render_extra(app, prof, out_dir, theme)
                for ctx in (prof.empty, prof.filled):
                    ctx.tasks.wait()
                    app.processEvents()
                    ctx.bridge.detach()
        finally:
            empty_session.close()
            filled_session.close()
    return written


def _render_extra(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    return (
        _render_mood(app, prof, out, theme)
        + _render_history(app, prof, out, theme)
        + _render_unlock(app, prof, out, theme)
        + _render_main_window(app, prof, out, theme)
        + _render_settings(app, prof, out, theme)
        + _render_dashboard(app, prof, out, theme)
        + _render_search(app, prof, out, theme)
        + _render_in_window(app, prof, out, theme)
    )


# The sizes people see: the window's default, and a small laptop screen.
WINDOW_SIZES: tuple[tuple[int, int], ...] = ((1180, 780), (1024, 700))


def _render_in_window(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
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
    _settle(app, ctx, lambda: window.journal.is_loaded)
    for width, height in WINDOW_SIZES:
        for title in window.screens:
            window.show_screen(title)
            if title == "Dashboard":
                window.dashboard.ensure_loaded()
                _settle(app, ctx, window.dashboard.is_settled)
            _settle(app, ctx)
            name = f"window-{title.lower()}-{width}x{height}-{theme}.png"
            paths.append(_shoot(app, window, out / name, (width, height)))
    checkins = ctx.session.mood.list(limit=1)
    dialogs: list[tuple[str, Callable[[], QWidget], tuple[int, int]]] = [
        ("export", lambda: ExportDialog(ctx, window), (560, 520)),
        ("trash", lambda: window.open_trash(), (640, 520)),
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
        _settle(app, ctx)
        paths.append(_shoot(app, dialog, out / f"dialog-{name}-{theme}.png", size))
        _close(app, dialog)
    paths.append(_breathing_still(app, ctx, window, out / f"dialog-breathing-still-{theme}.png"))
    window.prepare_to_lock()
    window.allow_close = True
    _settle(app, ctx)
    _close(app, window)
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
        _settle(app, ctx)
        dialog.start()
        _settle(app, ctx)
        shot = _shoot(app, dialog, path, (560, 640))
        dialog.reject()
        _close(app, dialog)
    finally:
        settings.set("reduce_motion", before)
        motion.policy().set_choice(before)
    return shot


def _render_dashboard(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    """The dashboard: empty profile, and the filled one (charts drawn on show)."""
    from neuroleaf_desktop.ui.dashboard import DashboardScreen

    size = (1200, 1000)
    paths: list[Path] = []
    for state, ctx in (("empty", prof.empty), ("filled", prof.filled)):
        screen = DashboardScreen(ctx)
        screen.ensure_loaded()
        _settle(app, ctx, screen.is_settled)
        paths.append(_shoot(app, screen, out / f"dashboard-{state}-{theme}.png", size))
        _close(app, screen)
    return paths


def _render_search(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    """The search panel: nothing typed yet, word matches, no match, and the end of a full page
    listed newest first."""
    from neuroleaf_desktop.ui.search import SearchPanel

    size = (1000, 720)
    paths: list[Path] = []
    panel = SearchPanel(prof.filled)
    _settle(app, prof.filled, lambda: panel.semantic_available is not None)
    panel.set_mode("fulltext")  # no model load in the gallery
    paths.append(_shoot(app, panel, out / f"search-empty-{theme}.png", size))
    for state, query in (("results", "walk"), ("nomatch", "xylophone")):
        panel.set_query(query)
        _settle(app, prof.filled, lambda: not panel.is_searching)
        paths.append(_shoot(app, panel, out / f"search-{state}-{theme}.png", size))
    # newest first, scrolled to the end of a full page: "Show more" under the last row
    panel.set_order(SearchOrder.NEWEST)
    panel.set_query("walk")
    _settle(app, prof.filled, lambda: not panel.is_searching)
    panel.resize(*size)
    app.processEvents()
    bar = panel.results_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    paths.append(_shoot(app, panel, out / f"search-more-{theme}.png", size))
    _close(app, panel)
    return paths


def _render_unlock(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
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
        paths.append(_shoot(app, window, out / f"{name}-{theme}.png", size))

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
    _close(app, window)
    return paths


def _render_main_window(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    """The whole main window on the filled (demo-generated) profile, idle and with jobs."""
    from neuroleaf_desktop.ui.main_window import MainWindow

    size = (1280, 820)
    paths: list[Path] = []
    window = MainWindow(prof.filled)
    _settle(app, prof.filled, lambda: bool(getattr(window.journal, "is_loaded", True)))
    journal = window.journal
    entry_list = getattr(journal, "entry_list", None)
    if entry_list is not None and entry_list.count():
        entry_list.setCurrentRow(0)
    _settle(app, prof.filled)
    paths.append(_shoot(app, window, out / f"main-window-filled-{theme}.png", size))
    window._on_busy(2)  # the status bar's background-jobs indicator
    paths.append(_shoot(app, window, out / f"main-window-busy-{theme}.png", size))
    window._on_busy(prof.filled.tasks.in_flight)
    window.show_screen("History")
    _settle(app, prof.filled)
    paths.append(_shoot(app, window, out / f"main-window-history-{theme}.png", size))
    window.prepare_to_lock()
    window.allow_close = True
    _settle(app, prof.filled)
    _close(app, window)
    return paths


SETTINGS_TABS = ("appearance", "privacy", "reminders", "about")


def _render_settings(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
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
    _settle(app, ctx, dialog.tabs.isEnabled)
    for index, name in enumerate(SETTINGS_TABS):
        dialog.tabs.setCurrentIndex(index)
        paths.append(_shoot(app, dialog, out / f"settings-{name}-{theme}.png", size))
    _settle(app, ctx)
    _close(app, dialog)
    manager.deleteLater()
    return paths


def _render_mood(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.domain.emotions import Quadrant
    from neuroleaf_desktop.ui.mood import MoodCheckInDialog

    size = (780, 980)
    paths = []
    dialog = MoodCheckInDialog(prof.filled)
    _settle(app, prof.filled, lambda: bool(dialog.activities.chips))
    paths.append(_shoot(app, dialog, out / f"mood-empty-{theme}.png", size))
    dialog.mood.set_value(7)
    dialog.energy.set_value(5)
    dialog.anxiety.set_value(3)
    dialog.sleep_hours.setValue(7.5)
    dialog.sleep_quality.set_value(4)
    dialog.emotion_groups[Quadrant.LOW_ENERGY_PLEASANT].set_selected(["calm", "grateful"])
    dialog.emotion_groups[Quadrant.HIGH_ENERGY_UNPLEASANT].set_selected(["stressed"])
    dialog.activities.set_selected(["walk", "friends"])
    dialog.note.setPlainText("Coffee with Sam helped more than I expected.")
    paths.append(_shoot(app, dialog, out / f"mood-filled-{theme}.png", size))
    dialog.banner.show_error(
        NeuroLeafError("The journal is locked. Unlock it to continue."), action_text="Retry"
    )
    paths.append(_shoot(app, dialog, out / f"mood-error-{theme}.png", size))
    _close(app, dialog)
    return paths


def _render_history(app: QApplication, prof: _Profiles, out: Path, theme: str) -> list[Path]:
    from neuroleaf_desktop.ui.history import HistoryScreen

    size = (1100, 860)
    paths = []
    screen = HistoryScreen(prof.empty)
    _settle(app, prof.empty)
    paths.append(_shoot(app, screen, out / f"history-empty-{theme}.png", size))
    _close(app, screen)

    screen = HistoryScreen(prof.filled)
    paths.append(_shoot(app, screen, out / f"history-loading-{theme}.png", size))
    _settle(app, prof.filled)
    today = datetime.now().astimezone().date()
    screen.show_day(today - timedelta(days=1))
    _settle(app, prof.filled, lambda: screen.day_data is not None)
    paths.append(_shoot(app, screen, out / f"history-filled-{theme}.png", size))
    screen.banner.show_error(
        NeuroLeafError("Your history could not be read. Run `neuroleaf doctor`."),
        action_text="Retry",
    )
    paths.append(_shoot(app, screen, out / f"history-error-{theme}.png", size))
    _close(app, screen)
    return paths
