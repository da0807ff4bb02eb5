"""The app's form of --force: the export dialog asks before replacing a file, and refuses the
app's own folders like the CLI does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.export import ExportDialog
from tests.ui.helpers.ui_context import drain, make_ctx


def test_export_dialog_asks_before_replacing(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.journal.add(NewEntry("hello", "from the dialog"))
    ctx = make_ctx(session)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    answers: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        def ask(*_args: object) -> QMessageBox.StandardButton:
            answers.append("asked")
            return reply

        monkeypatch.setattr(QMessageBox, "question", ask)

    answer(QMessageBox.StandardButton.No)  # the person keeps the old file
    dialog.path.setText(str(out))
    dialog.start_export()
    assert answers == ["asked"] and "already exists" in dialog.status.text()
    assert out.read_text(encoding="utf-8") == "keep me"

    answer(QMessageBox.StandardButton.Yes)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=10_000)
    assert "from the dialog" in out.read_text(encoding="utf-8")

    dialog.result_path = None
    dialog.path.setText(str(session.vault.folder / "vault.key.json"))
    dialog.start_export()
    assert "own folder" in dialog.status.text() and dialog.result_path is None
    drain(ctx)
