"""Render every reusable widget and screen, in each of its states and themes, to PNG files.

``neuroleaf gallery --out DIR`` calls :func:`render_gallery`. It works headless
(``QT_QPA_PLATFORM=offscreen``) and never touches the person's own profiles: it builds throwaway
profiles in a temporary ``NEUROLEAF_HOME``.

This module runs the shots in order; what they are drawn on lives beside it:
``gallery_stage.py`` (temporary home, theme, settling, grabbing a PNG), ``gallery_data.py``
(what the filled profile holds), and the shots themselves in ``gallery_widgets.py`` (shared
widgets), ``gallery_screens.py`` (each screen alone) and ``gallery_window.py`` (the main
window, its screens at real sizes, and its dialogs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.tools import gallery_screens as screens
from neuroleaf_desktop.tools import gallery_stage as stage
from neuroleaf_desktop.tools import gallery_window as window
from neuroleaf_desktop.tools.gallery_data import populate
from neuroleaf_desktop.tools.gallery_stage import Profiles
from neuroleaf_desktop.tools.gallery_widgets import render_widgets

GALLERY_PASSPHRASE = "gallery passphrase 2468"  # noqa: S105 (a throwaway profile in a temp folder)

RENDERERS: tuple[str, ...] = ("widgets", "journal", "mood", "history")


def render_gallery(out_dir: Path, *, themes: tuple[str, ...] = ("light", "dark")) -> list[Path]:
    """Render the widgets and screens to ``out_dir``; returns the PNG paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([])
    written: list[Path] = []
    with stage.temp_home():
        store = ProfileStore(app_paths())
        empty_session, _ = store.create("Gallery empty", GALLERY_PASSPHRASE)
        filled_session, recovery_key = store.create("Gallery filled", GALLERY_PASSPHRASE)
        try:
            populate(filled_session)
            for theme in themes:
                stage.apply_theme(app, theme)
                dark = theme == "dark"
                prof = Profiles(
                    stage.context(empty_session, dark),
                    stage.context(filled_session, dark),
                    store,
                    str(recovery_key),
                )
                written += render_widgets(app, prof.empty, out_dir, theme)
                written += screens.render_journal(app, prof, out_dir, theme)
                written += _render_extra(app, prof, out_dir, theme)
                for ctx in (prof.empty, prof.filled):
                    ctx.tasks.wait()
                    app.processEvents()
                    ctx.bridge.detach()
        finally:
            empty_session.close()
            filled_session.close()
    return written


def _render_extra(app: QApplication, prof: Profiles, out: Path, theme: str) -> list[Path]:
    return (
        screens.render_mood(app, prof, out, theme)
        + screens.render_history(app, prof, out, theme)
        + screens.render_unlock(app, prof, out, theme)
        + window.render_main_window(app, prof, out, theme)
        + screens.render_settings(app, prof, out, theme)
        + screens.render_dashboard(app, prof, out, theme)
        + screens.render_search(app, prof, out, theme)
        + window.render_in_window(app, prof, out, theme)
    )
