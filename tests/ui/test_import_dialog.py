"""ImportDialog: recognises the format, previews counts and dates, asks for the levels of
renamed Daylio moods, imports everything or nothing, and says why a file is refused."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.importing import ImportDialog
from tests.ui.helpers.ui_context import close_ctx, make_ctx
from tests.ui.test_accessibility import unnamed_controls

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"


def _wait_for_status(qtbot: QtBot, dialog: ImportDialog, words: str) -> None:
    qtbot.waitUntil(lambda: words in dialog.status.text(), timeout=15_000)


def test_daylio_preview_mapping_and_import(qtbot: QtBot, session: Session) -> None:
    ctx = make_ctx(session)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_path(DATA / "daylio_2022_en_custom.csv")
    _wait_for_status(qtbot, dialog, "Choose a level for")
    assert not dialog.import_button.isEnabled()
    assert dialog.preview is not None and dialog.preview.fmt == "daylio"
    rows = {
        dialog.moods.item(r, 0).text(): dialog.moods.item(r, 1).text()
        for r in range(dialog.moods.rowCount())
    }
    assert rows == {"grand": "2", "grand, really": "1", "Not so good [-]": "1", "rad": "1",
                    "shite": "1", "Sick": "1"}  # fmt: skip
    assert dialog.level_combo("rad").currentData() == 5  # a default name comes pre-set
    assert "5 moods need a level" in dialog.summary.text()
    assert unnamed_controls(dialog) == []  # every level chooser is named for screen readers

    for name, level in (("grand", 5), ("grand, really", 5), ("Not so good [-]", 2),
                        ("shite", 1), ("Sick", 2)):  # fmt: skip
        combo = dialog.level_combo(name)
        combo.setCurrentIndex(combo.findData(level))
        qtbot.waitUntil(lambda n=name: dialog.level_combo(n).currentData() is not None)
    _wait_for_status(qtbot, dialog, "Ready to import")
    summary = dialog.summary.text()
    assert "4 journal entries and 7 mood check-ins from 2022-10-30 to 2022-11-03" in summary
    assert "Stress (1×)" in dialog.notes.text()  # what is left out, and why
    assert ex.build_export(session)["checkins"] == []  # the preview wrote nothing

    dialog.import_button.click()
    _wait_for_status(qtbot, dialog, "Imported 11 records")
    moods = sorted(c["mood"] for c in ex.build_export(session)["checkins"])
    assert moods == [1, 3, 3, 10, 10, 10, 10]
    close_ctx(ctx)


def test_refused_file_says_why_and_changes_nothing(qtbot: QtBot, session: Session) -> None:
    ctx = make_ctx(session)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    before = ex.content_of(ex.build_export(session))
    dialog.set_path(DATA / "daylio_headerless.csv")
    _wait_for_status(qtbot, dialog, "the first line is not a header")
    assert not dialog.import_button.isEnabled() and "Nothing was imported" in dialog.status.text()

    dialog.set_path(DATA / "dayone_folder")  # an unzipped Day One export
    _wait_for_status(qtbot, dialog, "Ready to import")
    assert dialog.preview is not None and dialog.preview.format_name == "Day One"
    assert "[photo], [audio], [PDF]" in dialog.notes.text()
    assert dialog.moods.isHidden()
    assert ex.content_of(ex.build_export(session)) == before
    dialog.import_button.click()
    _wait_for_status(qtbot, dialog, "Imported 3 records")
    dialog.set_path(DATA / "dayone_nested.zip")  # the same journal zipped: all duplicates
    _wait_for_status(qtbot, dialog, "Ready to import")
    assert "0 new, 0 updated, 3 already in your journal" in dialog.summary.text()
    close_ctx(ctx)


def test_a_notes_folder_previews_what_is_left_out_then_imports(
    qtbot: QtBot, session: Session
) -> None:
    ctx = make_ctx(session)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_path(DATA / "notes_export")  # an Obsidian-like vault with Notion pages in it
    _wait_for_status(qtbot, dialog, "Ready to import")
    assert dialog.preview is not None and dialog.preview.format_name == "Markdown or text notes"
    notes = dialog.notes.text()
    assert "templates folder" in notes and "not text" in notes and "was not imported" in notes
    assert dialog.moods.isHidden()
    dialog.import_button.click()
    _wait_for_status(qtbot, dialog, "Imported 6 records")
    titles = {e["title"] for e in ex.build_export(session)["entries"]}
    assert {"Hard evening", "Train to Porto", "Ideas for spring"} <= titles
    close_ctx(ctx)
