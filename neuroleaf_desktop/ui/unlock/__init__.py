"""First run (create a profile, show the recovery key) and unlocking."""

from neuroleaf_desktop.ui.unlock.window import UnlockWindow

__all__ = ["UnlockWindow"]
