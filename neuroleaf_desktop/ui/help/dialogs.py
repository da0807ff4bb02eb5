"""The Help menu's dialogs.

The shortcut list is read from the window's own actions, so it cannot drift from what the
keys really do; a few keys that live inside screens (not on a menu) are added by name.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.ui.widgets import install_style
from neuroleaf_desktop.ui.widgets.style import scaled_font

# Keys handled inside a screen or dialog rather than by a menu action.
SCREEN_KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+S", "Save the entry being written"),
    ("Ctrl+D", "Star or unstar the open entry"),
    ("1 … 9, 0", "Pick a mood in the check-in (0 means 10)"),
    ("Ctrl+Enter", "Save a check-in"),
    ("Tab from an entry's text", "Reach the entry's analysis chips"),
    ("← → Home End on a chip", "Move between the analysis chips"),
    ("Enter or Space on a chip", "Show the words the chip was read from"),
    ("Enter in the Insights question", "Ask it"),
    ("Esc in Insights", "Stop the question being answered"),
    (
        "↑ ↓ Home End PgUp PgDn in a list",
        "Move between an answer's sentences, its evidence, or a day's check-ins and entries",
    ),
    ("Enter on a sentence or evidence item", "Open the entry it cites"),
    ("Enter on a day's check-in or entry", "Correct the check-in, or open the entry"),
    ("Delete on a day's check-in", "Move the check-in to the trash (with Undo)"),
    ("Arrows, Home End in History's year", "Move between days (↑ ↓ by month); Enter opens the day"),
    ("Page Up, Page Down in History's year", "The same day a year earlier or later"),
    ("Ctrl+Home, Ctrl+End in History's year", "The year's first or last day"),
    ("↓ in the search field", "Go to the first search result"),
    ("Enter on a search result", "Open the entry (or correct the check-in)"),
    ("↑ ↓ Home End on the safety card", "Move between the crisis lines, or your plan's steps"),
    ("Enter or Ctrl+C on a crisis line", "Copy its number (or a step of your plan)"),
    ("Esc on the safety card", "Close it; a plan you are editing is kept until you come back"),
    ("← → ↑ ↓ in a questionnaire", "Choose an answer; Tab goes to the next question"),
    ("0 … 3 in a questionnaire", "Answer the question and go to the next one"),
    ("Enter, Space in the breathing exercise", "Start it, or finish it early"),
    ("Esc", "Close a dialog"),
)

ENCRYPTION_TEXT = (
    "<p><b>Encrypted, on this computer only:</b> everything you write or log — entries, "
    "titles, tags, mood check-ins and their notes, drafts, settings, the search index and the "
    "data used for search by meaning. It all lives in one database locked with AES-256; "
    "without your passphrase or recovery key the file is noise.</p>"
    "<p><b>Never written unencrypted:</b> no temporary files, no caches on disk, no journal "
    "text in the logs. Voice recordings are transcribed on this computer and, unless you chose "
    "to keep them, thrown away.</p>"
    "<p><b>Not encrypted:</b> a JSON or PDF export is a plain file you chose to write — keep "
    "it somewhere safe, or use an encrypted backup instead. The profile's name and the app's "
    "own settings file are not secret.</p>"
    "<p><b>If you lose both your passphrase and your recovery key,</b> nobody can open the "
    "journal again — not you, not us. There is no back door.</p>"
    "<p>While the journal is unlocked, someone using this computer as you can read it: lock "
    "it (Ctrl+L) when you step away.</p>"
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the in-screen keys."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        native = QKeySequence.SequenceFormat.NativeText
        keys = " or ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows + list(SCREEN_KEYS)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent, 1.3, bold=True))
    return label


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ShortcutsDialog(QDialog):
    """``ShortcutsDialog(rows, parent)``: a two-column table of keys and what they do."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(_heading("Keyboard shortcuts", self))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName("Shortcut list")
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (keys, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(_close_buttons(self))
        install_style(self)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        rows = []
        for r in range(self.table.rowCount()):
            keys, does = self.table.item(r, 0), self.table.item(r, 1)
            rows.append((keys.text() if keys else "", does.text() if does else ""))
        return rows


class EncryptionDialog(QDialog):
    """What is encrypted and what is not, in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What is encrypted")
        self.setAccessibleName("What is encrypted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(_heading("What is encrypted", self))
        self.text = QLabel(ENCRYPTION_TEXT, self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName("What is encrypted, explained")
        layout.addWidget(self.text, 1)
        layout.addWidget(_close_buttons(self))
        install_style(self)
        self.resize(560, 520)
