"""The gallery renders every widget and screen state in both themes, and nothing is blank."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.gallery import render_gallery

pytestmark = pytest.mark.gui

SCREENS = {
    "journal": ("empty", "loading", "filled", "error"),
    "mood": ("empty", "filled", "error"),
    "history": ("empty", "loading", "filled", "error"),
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


def expected_names() -> set[str]:
    names = set()
    for theme in THEMES:
        names |= {f"{w}-{theme}.png" for w in WIDGETS}
        for screen, states in SCREENS.items():
            names |= {f"{screen}-{state}-{theme}.png" for state in states}
    return names


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 50:
                return len(seen)
    return len(seen)


def test_gallery_renders_every_state_in_both_themes(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    before = dict(os.environ)
    out = tmp_path / "gallery"
    written = render_gallery(out, themes=THEMES)

    names = {p.name for p in written}
    assert expected_names() <= names
    assert all(p.parent == out and p.exists() for p in written)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() > 100 and image.height() > 50, path.name
        assert distinct_colours(image) >= 3, f"{path.name} looks blank"
    # light and dark really differ
    light = QImage(str(out / "journal-filled-light.png"))
    dark = QImage(str(out / "journal-filled-dark.png"))
    assert light.pixelColor(5, 5).lightness() > dark.pixelColor(5, 5).lightness()
    # the gallery used its own temporary home and restored the environment
    assert dict(os.environ) == before
