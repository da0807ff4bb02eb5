"""ImportDialog: File → Import. Pick a file (or a folder: Day One, or Markdown notes); the format is
recognised from it; a preview says how many entries and check-ins, over which dates, how many
are new, updated or already there, and what is left out and why; Daylio moods are listed with
their counts and a level each (known names come pre-set, renamed ones must be chosen); then
the import runs in one transaction, or changes nothing.

All reading, validating and writing happens in ``services.importers.preview`` on
``ctx.tasks``; the dialog only shows results.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.services.export_service import ImportReport
from neuroleaf_desktop.services.importers import FORMAT_NAMES, preview
from neuroleaf_desktop.services.importers.daylio_moods import LEVEL_NAMES, normalize
from neuroleaf_desktop.services.importers.preview import ImportPreview
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets.banner import user_message

AUTO = "auto"
FILE_FILTER = (
    "Journal exports (*.json *.csv *.zip *.daylio *.txt *.md *.markdown);;All files (*)"
)  # fmt: skip
_LEVEL_CHOICES = [(None, "— choose a level —")] + [
    (level, f"{level} · {LEVEL_NAMES[level]}") for level in (5, 4, 3, 2, 1)
]


class ImportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Import from another app")
        self.setMinimumWidth(620)
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._levels: dict[str, int] = {}  # normalized mood name -> level the person chose

        self.path = QLineEdit()
        self.path.setAccessibleName("File to import")
        self.path.setPlaceholderText("Daylio, Day One, jrnl, or a folder of Markdown notes…")
        self.path.editingFinished.connect(self.check_file)
        choose_file = QPushButton("Choose file…")
        choose_file.clicked.connect(self._browse_file)
        choose_folder = QPushButton("Folder…")
        choose_folder.setToolTip(
            "An unzipped Day One export, or a folder of Markdown or text notes (Obsidian, Bear, "
            "Notion, Joplin…)"
        )
        choose_folder.clicked.connect(self._browse_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose_file)
        path_row.addWidget(choose_folder)

        self.format = QComboBox()
        self.format.setAccessibleName("Format")
        self.format.addItem("Recognise from the file", AUTO)
        for key, name in FORMAT_NAMES.items():
            self.format.addItem(name, key)
        self.format.currentIndexChanged.connect(lambda _i: self.check_file())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Import preview")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName("Left out and why")

        self.moods = QTableWidget(0, 3)
        self.moods.setAccessibleName("Daylio moods and their levels")
        self.moods.setHorizontalHeaderLabels(["Daylio mood", "Entries", "Level (5 = best)"])
        header = self.moods.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.moods.verticalHeader().setVisible(False)
        self.moods.hide()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Import status")

        form = QFormLayout()
        form.addRow("File", path_row)
        form.addRow("Format", self.format)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.moods)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ---- choosing -----------------------------------------------------------------------------
    def _browse_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, "Import file", "", FILE_FILTER)
        if chosen:
            self.set_path(Path(chosen))

    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Day One export or notes folder")
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        self._levels.clear()
        self.check_file()

    def _chosen(self) -> tuple[Path, str] | None:
        text = self.path.text().strip()
        return (Path(text).expanduser(), str(self.format.currentData())) if text else None

    # ---- preview ------------------------------------------------------------------------------
    def check_file(self) -> None:
        """Validate and dry-run the chosen file off the UI thread."""
        chosen = self._chosen()
        self.import_button.setEnabled(False)
        if chosen is None:
            return
        path, fmt = chosen
        levels = dict(self._levels)
        session = self.ctx.session
        self.status.setText("Reading the file…")
        self.ctx.tasks.run(
            self,
            lambda: preview.preview(session, path, fmt, mood_map=levels),
            self._show_preview,
            self._failed,
            key="import-preview",
        )

    def _show_preview(self, result: ImportPreview) -> None:
        self.preview = result
        self.summary.setText(result.summary())
        self.notes.setText("\n".join(result.notes))
        self._fill_moods(result)
        self.import_button.setEnabled(result.ready)
        if result.unmapped:
            names = ", ".join(f"“{m.name}”" for m in result.unmapped)
            self.status.setText(f"Choose a level for {names} to import.")
        elif not result.ready:
            self.status.setText("There is nothing to import in this file.")
        else:
            self.status.setText("Ready to import. Nothing changes until you press Import.")

    def _fill_moods(self, result: ImportPreview) -> None:
        self.moods.setRowCount(0)
        self.moods.setVisible(bool(result.moods))
        for row, mood in enumerate(result.moods):
            self.moods.insertRow(row)
            name = QTableWidgetItem(mood.name)
            count = QTableWidgetItem(str(mood.count))
            self.moods.setItem(row, 0, name)
            self.moods.setItem(row, 1, count)
            combo = QComboBox()
            combo.setAccessibleName(f"Level for {mood.name}")
            for level, text in _LEVEL_CHOICES:
                combo.addItem(text, level)
            index = combo.findData(mood.level) if mood.level is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(
                lambda _i, n=mood.name, c=combo: self._level_chosen(n, c.currentData())
            )
            self.moods.setCellWidget(row, 2, combo)

    def _level_chosen(self, name: str, level: int | None) -> None:
        if level is None:
            self._levels.pop(normalize(name), None)
        else:
            self._levels[normalize(name)] = int(level)
        self.check_file()

    def level_combo(self, name: str) -> QComboBox:
        """The level chooser of one mood (for keyboard users and tests)."""
        for row in range(self.moods.rowCount()):
            item = self.moods.item(row, 0)
            widget = self.moods.cellWidget(row, 2)
            if item is not None and item.text() == name and isinstance(widget, QComboBox):
                return widget
        raise KeyError(name)

    # ---- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        current = self.preview
        if current is None or not current.ready:
            return
        levels = dict(self._levels)
        session = self.ctx.session
        path, fmt = current.path, current.fmt
        self.import_button.setEnabled(False)
        self.status.setText("Importing…")
        self.ctx.tasks.run(
            self,
            lambda: preview.run(session, path, fmt, mood_map=levels),
            self._imported,
            self._failed,
            key="import-run",
        )

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        updated = sum(c.updated for c in report.counts.values())
        self.status.setText(
            f"Imported {report.total_new} records, updated {updated}, skipped "
            f"{report.total_duplicates} already in your journal."
        )

    def _failed(self, exc: BaseException) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText("")
        self.notes.setText("")
        self.moods.hide()
        self.status.setText(user_message(exc))
