"""The gallery's shots of the shared widgets (``ui/widgets``), each alone on a plain host:
a card, an empty state, banners, tags, chips, ratings, loading.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from neuroleaf_desktop.tools import gallery_stage as stage
from neuroleaf_desktop.ui.context import UiContext


def render_widgets(app: QApplication, ctx: UiContext, out: Path, theme: str) -> list[Path]:
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
        return stage.host(c)

    def empty() -> QWidget:
        return stage.host(
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
            return stage.host(b)

        return make

    def tags() -> QWidget:
        t = TagEditor()
        t.set_tags(["sleep", "work", "gratitude"])
        return stage.host(t)

    def chips() -> QWidget:
        g = ChipGroup(["walk", "friends", "reading", "work", "music", "cooking", "therapy"])
        g.set_selected(["walk", "reading"])
        return stage.host(g)

    def rating(value: int | None) -> Callable[[], QWidget]:
        def make() -> QWidget:
            r = RatingSelector(
                1, 10, value=value, low_label="Very low", high_label="Great", color_for=mood_color
            )
            return stage.host(r)

        return make

    def loading() -> QWidget:
        return stage.host(LoadingState("Loading your journal…"))

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
        paths.append(stage.shoot(app, widget, out / f"{name}-{theme}.png", size))
        stage.close(app, widget)
    return paths
