"""Help: the keyboard shortcuts, what is encrypted, and where to find crisis lines."""

from neuroleaf_desktop.ui.help.dialogs import (
    ENCRYPTION_TEXT,
    EncryptionDialog,
    ShortcutsDialog,
    shortcut_rows,
)

__all__ = ["ENCRYPTION_TEXT", "EncryptionDialog", "ShortcutsDialog", "shortcut_rows"]
