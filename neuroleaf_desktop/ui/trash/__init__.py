"""The trash: deleted entries and check-ins, restorable until the retention window ends."""

from neuroleaf_desktop.ui.trash.dialog import TrashDialog, TrashItem

__all__ = ["TrashDialog", "TrashItem"]
