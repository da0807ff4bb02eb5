"""ExportDialog: warns about plaintext formats and runs the export on the workers."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.export import ExportDialog
from tests.ui.helpers.ui_context import drain, make_ctx


def test_export_dialog_json_pdf_backup(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    session.journal.add(NewEntry("hello", "from the dialog"))
    ctx = make_ctx(session)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert "NOT encrypted" in dialog.warning.text()

    dialog.path.setText(str(tmp_path / "out.json"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=10_000)
    assert (tmp_path / "out.json").read_text(encoding="utf-8").count("from the dialog") == 1

    dialog.format.setCurrentIndex(2)  # backup
    assert "encrypted" in dialog.warning.text() and "NOT" not in dialog.warning.text()
    assert dialog.path.text().endswith(".nlbackup")
    dialog.passphrase.setText("a long backup passphrase")
    dialog.confirm.setText("a different one entirely")
    dialog.result_path = None
    dialog.start_export()
    assert "differ" in dialog.status.text() and dialog.result_path is None
    dialog.confirm.setText("a long backup passphrase")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=10_000)
    assert Path(dialog.path.text()).read_bytes().startswith(b"NLBACKUP")

    dialog.format.setCurrentIndex(1)  # pdf
    dialog.therapist.setChecked(True)
    assert not dialog.include_entries.isChecked()
    assert "NOT encrypted" in dialog.warning.text()
    drain(ctx)
