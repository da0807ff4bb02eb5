"""Reduce motion: the one place that decides whether anything on screen may move.

Some people get dizzy, distracted or more anxious when things move (vestibular disorders,
migraine, ADHD, panic). The profile's ``reduce_motion`` setting is "on" (keep still), "off"
(animate) or "system" (follow the desktop's own animation preference; when the desktop tells
nothing, things move as before).

* :func:`should_move` is the rule, pure: the setting and the desktop's hint in, a yes or no out.
* :func:`qt_animation_hint` (on the UI thread) and :func:`desktop_tool_hint` (on a worker, as a
  settings tool may be slow) are the only code that asks the desktop. No widget reads the OS.
* :func:`policy` is the app's one :class:`MotionPolicy`: it holds the setting as last read or
  chosen and says ``changed`` when it is chosen anew, so a moving widget can turn still (or move
  again) at once, without a restart. Widgets ask ``policy().moves()``.
* :func:`follow_settings` keeps the policy in step with a profile's stored setting: it reads it
  on a worker now and after every settings change (the Settings dialog, the CLI, a reset, an
  import) for a dialog opened on its own; in the app, ``AppController.apply_settings`` sets
  the policy with the other settings, at unlock and after every change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.ui.setting_follow import follow_setting
from neuroleaf_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from neuroleaf_desktop.ui.context import UiContext

log = get_logger("ui.motion")

SETTING = "reduce_motion"
CHOICES: tuple[str, ...] = ("system", "on", "off")
# Platforms that draw nowhere a person looks: they have no desktop preference to follow.
_HEADLESS = frozenset({"offscreen", "minimal", "vnc", ""})


def should_move(choice: str, os_animates: bool | None) -> bool:
    """Whether things may move: "on" keeps everything still, "off" lets it move, and "system"
    follows the desktop (``os_animates``), moving when the desktop says nothing (``None``)."""
    if choice == "on":
        return False
    if choice == "off":
        return True
    return os_animates is not False


class AskTheDesktop:
    """Qt cannot tell: the desktop's own settings tool must be asked (off the UI thread)."""


ASK_THE_DESKTOP: Final = AskTheDesktop()


def qt_animation_hint() -> bool | AskTheDesktop | None:
    """What Qt knows of the desktop's animation preference: True (animate), False (keep still),
    None (nowhere a person looks) or :data:`ASK_THE_DESKTOP`. Asked on the UI thread only.

    Qt's own answer is ``QApplication.isEffectEnabled(UI_General)``, fed by the platform theme
    (Windows' UI effects, KDE's animation level); its "off" is also what a platform without the
    hint reports, so an "off" is believed only where Qt reads a real preference (KDE), and the
    desktops Qt does not read (GNOME and its relatives, macOS, Windows' own switch) are asked
    by :func:`desktop_tool_hint`.
    """
    platform = QGuiApplication.platformName()
    if platform in _HEADLESS:
        return None
    if QApplication.isEffectEnabled(Qt.UIEffect.UI_General):
        return True
    if sys.platform not in ("win32", "darwin") and "KDE" in _current_desktop():
        return False  # Qt read KDE's animation level, and it is off
    return ASK_THE_DESKTOP


def desktop_tool_hint() -> bool | None:
    """The desktop's animation preference from its own settings tool, or None when it says
    nothing we can read. No Qt here: it runs on a worker, because a settings tool may take up
    to a second to answer and the window must not freeze meanwhile."""
    if sys.platform == "win32":
        return _windows_animations()
    if sys.platform == "darwin":
        reduce = _command_output(["defaults", "read", "com.apple.universalaccess", "reduceMotion"])
        return {"1": False, "0": True}.get(reduce or "")
    enabled = _command_output(
        ["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]
    )
    return {"true": True, "false": False}.get(enabled or "")


def _current_desktop() -> str:
    return os.environ.get("XDG_CURRENT_DESKTOP", "").upper()


def _command_output(argv: list[str]) -> str | None:
    """The trimmed output of a desktop's settings tool, or None when it is absent or fails."""
    if shutil.which(argv[0]) is None:
        return None
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=1.0, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


if sys.platform == "win32":

    def _windows_animations() -> bool | None:
        """Windows' "Show animations in Windows" (SPI_GETCLIENTAREAANIMATION)."""
        import ctypes

        value = ctypes.c_int(1)
        ok = ctypes.windll.user32.SystemParametersInfoW(0x1042, 0, ctypes.byref(value), 0)
        return bool(value.value) if ok else None

else:

    def _windows_animations() -> bool | None:
        return None


class MotionPolicy(QObject):
    """The reduce-motion choice as last read or made, and the question every widget asks.

    The desktop's hint is read once and again each time the app becomes active (the person can
    change the desktop's setting only while we are in the background), or when a widget asks
    for a ``fresh`` answer. What Qt knows is read at once; a desktop settings tool is asked on
    a worker, and until it answers the last answer stands (motion, before the first). When an
    answer changes whether things move, ``changed`` is said, so a widget that asked turns still
    (or moves again) the moment the desktop has spoken.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = "system"
        self._desktop: bool | None = None
        self._desktop_read = False
        self._reading = False
        self._tasks = TaskRunner(parent=self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def reading(self) -> bool:
        """A desktop settings tool is being asked; its answer has not landed yet."""
        return self._reading

    def set_choice(self, choice: str) -> None:
        """Take a new choice; widgets hear ``changed`` only when it differs."""
        if choice not in CHOICES or choice == self._choice:
            return
        self._choice = choice
        self.changed.emit()

    def moves(self, *, fresh: bool = False) -> bool:
        """Should things move now? ``fresh`` asks the desktop again (the answer may follow as
        ``changed``). Never waits for the desktop."""
        if fresh or not self._desktop_read:
            self._read_desktop()
        return should_move(self._choice, self._desktop)

    def forget_desktop(self) -> None:
        """Ask the desktop again at the next question."""
        self._desktop_read = False

    def _read_desktop(self) -> None:
        self._desktop_read = True
        if self._reading:
            return  # the answer on its way is fresh enough
        known = qt_animation_hint()
        if isinstance(known, AskTheDesktop):
            self._reading = True
            self._tasks.run(self, desktop_tool_hint, self._take_desktop, self._unread)
        else:
            self._take_desktop(known)

    def _take_desktop(self, hint: bool | None) -> None:
        self._reading = False
        before = should_move(self._choice, self._desktop)
        self._desktop = hint
        if should_move(self._choice, hint) != before:
            self.changed.emit()

    def _unread(self, exc: BaseException) -> None:
        log.warning("motion.desktop_unread", error=type(exc).__name__)
        self._take_desktop(None)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            return
        if self._choice != "system":
            self.forget_desktop()  # the hint does not count now; read it when it does
            return
        self._read_desktop()


_POLICY: MotionPolicy | None = None


def policy() -> MotionPolicy:
    """The app's one policy (made on first use, living as long as the QApplication)."""
    global _POLICY
    if _POLICY is None:
        _POLICY = MotionPolicy(QApplication.instance())
        _POLICY.destroyed.connect(_forget)
    return _POLICY


def _forget(*_args: object) -> None:
    global _POLICY
    _POLICY = None


def follow_settings(ctx: UiContext, owner: QObject) -> None:
    """Read the profile's setting into :func:`policy` now and after every settings change, for
    as long as ``owner`` lives (reads run on ``ctx.tasks``, never on the UI thread)."""
    settings = ctx.session.settings
    follow_setting(
        ctx, owner, lambda: str(settings.snapshot().reduce_motion), policy().set_choice, key=SETTING
    )
