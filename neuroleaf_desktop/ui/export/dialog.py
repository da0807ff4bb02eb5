"""ExportDialog: JSON export, PDF report or encrypted backup of the open profile.

The work runs on ``ctx.tasks`` (the UI never blocks on the vault or reportlab). JSON and PDF
files are plaintext by the person's choice, so the dialog says so plainly while one of those
formats is selected; the backup asks for its own passphrase (twice).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets.banner import user_message

FORMATS = (
    ("json", "JSON (all your data)", ".json"),
    ("pdf", "PDF report", ".pdf"),
    ("backup", "Encrypted backup", ".nlbackup"),
)
NOT_ENCRYPTED = (
    "⚠ This file is NOT encrypted. Anyone who can open it can read it. Keep it somewhere safe "
    "and delete it when you no longer need it."
)
ENCRYPTED = (
    "The backup is encrypted with the passphrase below (it may differ from your journal's). "
    "Without it, the backup cannot be restored."
)
_WARNING_STYLE = (
    "QLabel { background: #fff4d6; color: #5a3d00; border: 1px solid #e8c56a;"
    " border-radius: 6px; padding: 8px; font-weight: bold; }"
)
_NOTE_STYLE = "QLabel { padding: 8px; }"


def export_target(typed: str, default_dir: Path, default_name: str, suffix: str) -> Path:
    """Where the file goes, from what was typed in "Save to": a folder means the default file
    name inside it; a name without a folder goes to the default folder; a missing suffix is
    added. Exactly the path shown after the export."""
    text = typed.strip()
    if not text:
        return default_dir / f"{default_name}{suffix}"
    path = Path(text).expanduser()
    if path.is_dir():
        return path / f"{default_name}{suffix}"
    if not path.is_absolute():
        path = default_dir / path
    if not path.suffix:
        path = path.with_suffix(suffix)
    return path


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Export and backup")
        self.setMinimumWidth(520)
        self.result_path: Path | None = None

        self.format = QComboBox()
        for key, text, _suffix in FORMATS:
            self.format.addItem(text, key)
        self.format.setAccessibleName("Export format")

        today = ctx.clock().date()
        self.all_time = QCheckBox("Everything (all dates)")
        self.all_time.setChecked(True)
        self.since = QDateEdit(_qdate(today.replace(day=1)))
        self.until = QDateEdit(_qdate(today))
        for edit, name in ((self.since, "From date"), (self.until, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        range_row = QHBoxLayout()
        range_row.addWidget(self.since)
        range_row.addWidget(QLabel("to"))
        range_row.addWidget(self.until)

        self.include_entries = QCheckBox("Include journal entries")
        self.include_entries.setChecked(True)
        self.therapist = QCheckBox("For my therapist (summary, charts, scores)")
        self.redact = QLineEdit()
        self.redact.setPlaceholderText("tags to leave out, comma-separated")
        self.redact.setAccessibleName("Tags to leave out")

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Backup passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName("Repeat backup passphrase")

        self.path = QLineEdit()
        self.path.setAccessibleName("Save to file")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Encryption notice")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Export status")

        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Period", self.all_time)
        form.addRow("", range_row)
        self._pdf_rows: list[QWidget] = [self.include_entries, self.therapist, self.redact]
        form.addRow("", self.include_entries)
        form.addRow("", self.therapist)
        form.addRow("Leave out tags", self.redact)
        form.addRow("Backup passphrase", self.passphrase)
        form.addRow("Repeat it", self.confirm)
        form.addRow("Save to", path_row)
        self._form = form

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(lambda _i: self._update())
        self.all_time.toggled.connect(lambda _c: self._update())
        self.therapist.toggled.connect(self._therapist_toggled)
        self._update()

    # ---- state --------------------------------------------------------------------------------
    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self._form.setRowVisible(widget, visible)

    def _update(self) -> None:
        fmt = self.chosen_format
        self.since.setEnabled(not self.all_time.isChecked())
        self.until.setEnabled(not self.all_time.isChecked())
        for widget in self._pdf_rows:
            self._set_row_visible(widget, fmt == "pdf")
        for widget in (self.passphrase, self.confirm):
            self._set_row_visible(widget, fmt == "backup")
        self.warning.setText(ENCRYPTED if fmt == "backup" else NOT_ENCRYPTED)
        self.warning.setStyleSheet(_NOTE_STYLE if fmt == "backup" else _WARNING_STYLE)
        suffix = next(s for k, _t, s in FORMATS if k == fmt)
        current = self.path.text().strip()
        if current and not Path(current).expanduser().is_dir():
            self.path.setText(str(Path(current).with_suffix(suffix)))
        elif not current:
            self.path.setText(str(Path.home() / f"{self._default_name()}{suffix}"))

    def _default_name(self) -> str:
        return f"neuroleaf-{self.ctx.clock():%Y-%m-%d}"

    def target(self) -> Path:
        """The file the export writes, from the "Save to" field as typed."""
        suffix = next(s for k, _t, s in FORMATS if k == self.chosen_format)
        return export_target(self.path.text(), Path.home(), self._default_name(), suffix)

    def _therapist_toggled(self, checked: bool) -> None:
        self.include_entries.setChecked(not checked)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, "Save export as", self.path.text())
        if chosen:
            self.path.setText(chosen)

    # ---- running ------------------------------------------------------------------------------
    def _range(self) -> tuple[date | None, date | None]:
        if self.all_time.isChecked():
            return None, None
        since, until = _pydate(self.since.date()), _pydate(self.until.date())
        if since > until:
            raise ValidationError("The start date is after the end date.")
        return since, until

    def job(self) -> Any:
        """The work to run off the UI thread (validated here, on the UI thread)."""
        fmt = self.chosen_format
        since, until = self._range()
        out = self.target()
        if not out.parent.is_dir():
            raise ValidationError(f"The folder {out.parent} does not exist. Choose another.")
        force = out.exists() and self._confirm_replace(out)
        from neuroleaf_desktop.services.output_paths import check_output_path

        check_output_path(out, force=force)
        session = self.ctx.session
        if fmt == "json":
            from neuroleaf_desktop.services import export_service

            return lambda: export_service.export_json(
                session, out, since=since, until=until, force=force
            )
        if fmt == "pdf":
            from neuroleaf_desktop.services import report_pdf

            options = report_pdf.ReportOptions.preset(
                "therapist" if self.therapist.isChecked() else None,
                since=since,
                until=until,
                include_entries=self.include_entries.isChecked(),
                redact_tags=[t for t in self.redact.text().split(",") if t.strip()],
            )
            return lambda: report_pdf.write_report(session, out, options, force=force)
        secret = self.passphrase.text()
        if secret != self.confirm.text():
            raise ValidationError("The two backup passphrases differ.")
        from neuroleaf_desktop.services import backup_service

        return lambda: backup_service.create_backup(
            session, out, secret, since=since, until=until, force=force
        )

    def _confirm_replace(self, out: Path) -> bool:
        """The app's form of ``--force``: ask before replacing a file that is already there."""
        answer = QMessageBox.question(
            self, "Replace file?", f"{out.name} already exists. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def start_export(self) -> None:
        try:
            work = self.job()
        except ValidationError as exc:
            self._failed(exc)
            return
        self.export_button.setEnabled(False)
        self.status.setText("Exporting…")
        out = self.target()
        self.ctx.tasks.run(self, work, lambda _r: self._done(out), self._failed)

    def _done(self, out: Path) -> None:
        self.result_path = out
        self.export_button.setEnabled(True)
        self.path.setText(str(out))
        note = "" if self.chosen_format == "backup" else " Remember: it is not encrypted."
        self.status.setText(f"Saved to {out}.{note}")
        # the export is done: leaving is no longer cancelling anything
        self.close_button.setText("Close")
        self.close_button.setAccessibleName("Close")

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(user_message(exc))
