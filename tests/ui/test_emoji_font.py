"""Emoji are drawn as colour glyphs, not empty boxes ("tofu").

The colour emoji font comes from the system (Debian: fonts-noto-color-emoji, installed by
scripts/install-system-deps.sh); Qt falls back to it for emoji through fontconfig.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication


def _render(text: str, width: int = 96) -> QImage:
    image = QImage(width, 96, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(64)
    painter.setFont(font)
    painter.setPen(QColor("black"))  # a missing glyph's box would be drawn in this colour
    painter.drawText(QRect(0, 0, width, 96), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def _coloured_pixels(text: str) -> int:
    image = _render(text)
    count = 0
    for y in range(0, 96, 2):
        for x in range(0, 96, 2):
            colour = image.pixelColor(x, y)
            if colour.hsvSaturation() > 80 and colour.value() > 60:
                count += 1
    return count


def test_a_colour_emoji_font_is_installed(qapp: QApplication) -> None:
    families = QFontDatabase.families()
    assert any("emoji" in f.lower() for f in families), (
        "no emoji font: run scripts/install-system-deps.sh (fonts-noto-color-emoji)"
    )


def test_emoji_render_in_colour_not_as_boxes(qapp: QApplication) -> None:
    for emoji in ("🌿", "👍🏽"):
        assert _coloured_pixels(emoji) > 50, f"{emoji!r} was drawn without colour (a box?)"
    assert _coloured_pixels("Ab") == 0  # plain text stays black: the measure is sound


def _ink_width(image: QImage) -> int:
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).value() < 235 for y in range(0, image.height(), 2))
    ]
    return columns[-1] - columns[0] + 1 if columns else 0


def test_a_joined_emoji_is_one_glyph(qapp: QApplication) -> None:
    """Man + ZWJ + woman + ZWJ + girl is one family glyph with the font (Noto draws it in
    grey, so colour says nothing here); without it, three boxes side by side."""
    one = _ink_width(_render("👨", 320))
    family = _ink_width(_render("👨\u200d👩\u200d👧", 320))
    assert one > 0
    assert family < one * 1.6
