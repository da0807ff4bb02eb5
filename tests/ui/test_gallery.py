"""The gallery renders every widget and screen state in both themes, and nothing is blank."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.tools.gallery import render_gallery

pytestmark = pytest.mark.gui

SCREENS = {
    "journal": ("empty", "loading", "filled", "error"),
    "mood": ("empty", "filled", "error"),
    "history": ("empty", "loading", "filled", "error"),
    "search": ("empty", "results", "nomatch", "more"),
    # the unlock window's pages
    "first-run": ("empty", "filled", "error"),
    "recovery-key": ("filled",),
    "unlock": ("empty", "error", "throttled", "loading"),
    "reset": ("empty", "error"),
    # the main window on the demo-generated profile; "busy" shows the background-jobs light
    "main-window": ("filled", "busy", "history"),
    # the settings dialog, one state per tab
    "settings": ("appearance", "privacy", "reminders", "about"),
}
WIDGETS = (
    "card-filled",
    "empty-state-empty",
    "banner-info",
    "banner-error",
    "tag-editor-filled",
    "chips-filled",
    "rating-empty",
    "rating-filled",
    "loading-loading",
)
THEMES = ("light", "dark")
# every screen inside the real main window, at the default size and a small laptop screen
WINDOW_SCREENS = ("journal", "history", "care", "dashboard", "insights", "search")
WINDOW_SIZES = ("1180x780", "1024x700")
DIALOGS = (
    "export", "trash", "shortcuts", "breathing", "breathing-still", "safety-plan", "mood-edit",
    "tags", "templates", "template-picker",
)  # fmt: skip


def expected_names() -> set[str]:
    names = set()
    for theme in THEMES:
        names |= {f"{w}-{theme}.png" for w in WIDGETS}
        for screen, states in SCREENS.items():
            names |= {f"{screen}-{state}-{theme}.png" for state in states}
        names |= {
            f"window-{screen}-{size}-{theme}.png"
            for screen in WINDOW_SCREENS
            for size in WINDOW_SIZES
        }
        names |= {f"dialog-{name}-{theme}.png" for name in DIALOGS}
        names |= {f"window-journal-template-{size}-{theme}.png" for size in WINDOW_SIZES}
    return names


def distinct_colours(image: QImage, step: int = 3, enough: int = 50) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) >= enough:
                return len(seen)
    return len(seen)


def test_gallery_renders_every_state_in_both_themes(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    before = dict(os.environ)
    out = tmp_path / "gallery"
    written = render_gallery(out, themes=THEMES)

    names = [p.name for p in written]
    assert len(names) == len(set(names)), "two states were written to the same file"
    missing = expected_names() - set(names)
    assert not missing, f"not rendered: {sorted(missing)}"
    assert all(p.parent == out and p.exists() for p in written)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() > 100 and image.height() > 50, path.name
        # anti-aliased text and controls give many colours; a blank or flat frame gives a few
        assert distinct_colours(image) >= 12, f"{path.name} looks blank"
    # whole screens hold real content, not one colour with a few lines
    for name in expected_names():
        if name.startswith(("main-window-", "settings-", "unlock-", "first-run-")):
            assert distinct_colours(QImage(str(out / name)), step=2) >= 40, f"{name} looks empty"
    # states differ from each other (the state was really applied before the shot)
    for theme in THEMES:
        for first, second in (
            ("unlock-empty", "unlock-throttled"),
            ("first-run-empty", "first-run-filled"),
            ("main-window-filled", "main-window-busy"),
            ("settings-appearance", "settings-about"),
        ):
            a = QImage(str(out / f"{first}-{theme}.png"))
            b = QImage(str(out / f"{second}-{theme}.png"))
            assert a != b, f"{first} and {second} look the same in {theme}"
    # light and dark really differ
    for name in ("journal-filled", "unlock-empty", "main-window-filled", "settings-privacy"):
        light = QImage(str(out / f"{name}-light.png"))
        dark = QImage(str(out / f"{name}-dark.png"))
        assert light.pixelColor(5, 5).lightness() > dark.pixelColor(5, 5).lightness(), name
    # the gallery used its own temporary home and restored the environment
    assert dict(os.environ) == before
