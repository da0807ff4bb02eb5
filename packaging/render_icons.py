"""Render the app icon (assets/icons/neuroleaf.svg) to PNGs at the sizes desktops look for.

Usage: ``python packaging/render_icons.py OUT_DIR`` → OUT_DIR/<size>x<size>/apps/neuroleaf.png
(the hicolor theme layout), rendered offscreen with Qt's SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = (
    Path(__file__).resolve().parents[1] / "neuroleaf_desktop" / "assets" / "icons" / "neuroleaf.svg"
)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = Path(argv[0])
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "neuroleaf.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
    print(f"{len(SIZES)} icon sizes in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
