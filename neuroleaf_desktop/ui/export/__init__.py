"""Export, report and backup dialog."""

from neuroleaf_desktop.ui.export.dialog import ExportDialog

__all__ = ["ExportDialog"]
