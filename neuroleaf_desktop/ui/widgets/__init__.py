"""Reusable widgets shared by the screens."""

from neuroleaf_desktop.ui.widgets.banner import Banner, BannerKind, user_message
from neuroleaf_desktop.ui.widgets.card import Card
from neuroleaf_desktop.ui.widgets.chips import ChipGroup, ToggleChip
from neuroleaf_desktop.ui.widgets.empty_state import EmptyState
from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout
from neuroleaf_desktop.ui.widgets.loading import LoadingState
from neuroleaf_desktop.ui.widgets.rating import RatingSelector
from neuroleaf_desktop.ui.widgets.style import install_style, mood_color
from neuroleaf_desktop.ui.widgets.tag_editor import TagEditor

__all__ = [
    "Banner",
    "BannerKind",
    "Card",
    "ChipGroup",
    "EmptyState",
    "FlowLayout",
    "LoadingState",
    "RatingSelector",
    "TagEditor",
    "ToggleChip",
    "install_style",
    "mood_color",
    "user_message",
]
