"""Import dialog (Daylio, Day One, jrnl, NeuroLeaf exports)."""

from neuroleaf_desktop.ui.importing.dialog import ImportDialog

__all__ = ["ImportDialog"]
