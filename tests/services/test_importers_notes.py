"""Markdown and text notes (Obsidian, Notion, Bear, Joplin exports, or a single file) as entries:
dated by what the note names, its tags read, templates and attachments left out and said so,
broken files skipped by name, and the same notes imported again from a zip recognised."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.errors import ImportValidationError
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services import importers
from neuroleaf_desktop.services.importers import notes as notes_importer
from neuroleaf_desktop.services.importers.notes_text import read_note
from neuroleaf_desktop.services.session import Session

EXPORT = Path(__file__).resolve().parents[1] / "data" / "importers" / "notes_export"
UTC0 = {"tz_offset_min": 0}


def _copy(tmp_path: Path) -> Path:
    """The export in a temporary folder, every file last saved on 1 May 2024 at 23:10."""
    root = tmp_path / "My vault"
    shutil.copytree(EXPORT, root)
    saved = datetime(2024, 5, 1, 23, 10).timestamp()
    for path in root.rglob("*"):
        os.utime(path, (saved, saved))
    return root


def _zip(root: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(
                    "My vault/" + path.relative_to(root).as_posix(), (2024, 5, 1, 23, 10, 0)
                )
                archive.writestr(info, path.read_bytes())
    return target


def _by_title(bundle: importers.ImportBundle) -> dict[str, object]:
    return {e.title: e for e in bundle.entries}


def test_a_folder_of_notes_is_recognised_and_each_note_becomes_an_entry(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    assert importers.detect(root) == "notes"
    bundle = importers.load(root, "auto", **UTC0)
    titles = sorted(e.title for e in bundle.entries)
    # the template, the empty note, the broken file and the app's own settings are not entries
    assert titles == ["", "", "", "Hard evening", "Ideas for spring", "Train to Porto"]
    days = {e.body.split()[0]: e.created_at for e in bundle.entries}
    assert days["Woke"].date().isoformat() == "2024-03-05"
    assert days["Better"].date().isoformat() == "2024-03-06"
    assert days["Windows"].date().isoformat() == "2024-03-07"
    assert all("{{date" not in e.body and "{{date" not in e.title for e in bundle.entries)


def test_dates_come_from_front_matter_properties_headings_and_names(tmp_path: Path) -> None:
    bundle = importers.load(_copy(tmp_path), "notes", **UTC0)
    entries = {e.title or e.body.split()[0]: e for e in bundle.entries}
    # Notion's "Created" property, with its time; its bookkeeping lines are not kept as text
    evening = entries["Hard evening"]
    assert evening.created_at == datetime(2024, 3, 8, 21, 40, tzinfo=UTC)
    assert evening.body.startswith("The argument at dinner")
    assert "Last edited time" not in evening.body and "Created:" not in evening.body
    assert evening.tags == ("family", "stress")
    # front matter with its own zone: kept, not replaced by this computer's offset
    train = entries["Train to Porto"]
    assert train.created_at == datetime(2024, 3, 10, 8, 15, tzinfo=UTC)
    assert train.tags == ("travel", "health/rest")
    # a day without a time, saved on another day: noon, and the person is told
    assert entries["Woke"].created_at == datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    assert "3 notes name a day but no time: they are placed at noon." in bundle.notes
    # no day at all: the file's save time, and the note names the file
    ideas = entries["Ideas for spring"]
    assert ideas.created_at == datetime(2024, 5, 1, 23, 10, tzinfo=UTC)
    assert any(n.startswith("1 note names no date") and "Ideas for spring.txt" in n
               for n in bundle.notes)  # fmt: skip


def test_tags_body_and_what_was_left_out_are_said(tmp_path: Path) -> None:
    bundle = importers.load(_copy(tmp_path), "notes", **UTC0)
    woke = next(e for e in bundle.entries if e.body.startswith("Woke"))
    assert woke.tags == ("daily", "sleep", "tired")
    assert "mood: 4" not in woke.body and "---" not in woke.body
    assert "- walked to the bakery" in woke.body and "![[balcony.jpg]]" in woke.body
    crlf = next(e for e in bundle.entries if e.body.startswith("Windows"))
    assert "\r" not in crlf.body
    notes = " ".join(bundle.notes)
    assert "Left out 1 note in a templates folder" in notes
    assert "1 other file (images, PDFs, attachments) was not imported" in notes
    assert "Skipped 1 empty note." in notes
    assert "Skipped 1 file that is not text ('Loose/broken.md')" in notes


def test_a_note_saved_on_the_day_it_names_keeps_that_time(tmp_path: Path) -> None:
    note = tmp_path / "2024-06-02.md"
    note.write_text("Long walk by the canal.\n", encoding="utf-8")
    saved = datetime(2024, 6, 2, 19, 45).timestamp()
    os.utime(note, (saved, saved))
    assert importers.detect(note) == "notes"
    bundle = importers.load(note, "auto", **UTC0)
    (entry,) = bundle.entries
    assert entry.created_at == datetime(2024, 6, 2, 19, 45, tzinfo=UTC)
    assert entry.title == "" and entry.body == "Long walk by the canal."
    assert not any("no time" in n for n in bundle.notes)


def test_the_same_notes_from_their_zip_are_recognised(session: Session, tmp_path: Path) -> None:
    root = _copy(tmp_path)
    first = ex.import_bundle(session, importers.load(root, "notes", **UTC0))
    assert first.count("entries").new == 6
    archive = _zip(root, tmp_path / "vault.zip")
    assert importers.detect(archive) == "notes"
    again = ex.import_bundle(session, importers.load(archive, "auto", **UTC0))
    assert again.count("entries").new == 0 and again.count("entries").duplicates == 6
    stored = sorted(e.title for e in session.journal.list())
    assert stored == ["", "", "", "Hard evening", "Ideas for spring", "Train to Porto"]
    assert "sleep" in {name for name, _count in session.journal.tags()}


def test_an_obsidian_vault_zip_with_settings_json_is_not_taken_for_day_one(tmp_path: Path) -> None:
    archive = _zip(_copy(tmp_path), tmp_path / "vault.zip")
    with zipfile.ZipFile(archive) as z:
        assert "My vault/.obsidian/app.json" in z.namelist()
    assert importers.detect(archive) == "notes"


@pytest.mark.parametrize(
    ("heading", "dated"),
    [
        ("# 2024-03-05", True),
        ("# Tuesday, March 5, 2024", True),
        ("# 5. März 2024", True),
        ("# Plans for May 5, 2025 and after", False),  # about a date, not the note's date
        ("# Notes 03/05/2024", False),  # day or month first? not guessed
    ],
)
def test_a_heading_dates_a_note_only_when_it_is_the_date(heading: str, dated: bool) -> None:
    note = read_note(f"{heading}\n\nText.", ("untitled.md",))
    assert (note.stamp is not None) is dated
    assert note.title == ("" if dated else heading.lstrip("# "))


def test_hashes_that_are_not_tags_stay_text() -> None:
    text = "Ranked #1 again. Learning C# tonight. See https://example.org/#intro and `#code`.\n"
    note = read_note(text + "Then #gratitude.", ("x.md",))
    assert note.tags == ("gratitude",)


def test_nothing_but_attachments_is_a_plain_refusal(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(ImportValidationError, match="no Day One journal"):
        importers.detect(folder)
    with pytest.raises(ImportValidationError, match="no notes with text"):
        importers.load(folder, "notes")


def test_an_oversized_note_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2024-01-01.md").write_text("x" * 5_000, encoding="utf-8")
    monkeypatch.setattr(notes_importer, "MAX_TEXT_BYTES", 4_096)
    with pytest.raises(ImportValidationError, match="too large"):
        importers.load(folder, "notes")


def test_a_date_outside_what_a_journal_keeps_names_the_note(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "old.md").write_text("---\ndate: 0001-01-01\n---\nText", encoding="utf-8")
    # year 1 is not read as a date at all, so the note falls back to its file's time
    bundle = importers.load(folder, "notes", **UTC0)
    assert bundle.entries[0].created_at.year >= datetime.now(UTC).year - 1
    assert bundle.entries[0].created_at <= datetime.now(UTC) + timedelta(days=1)


def test_textbundles_from_bear_or_ia_writer_are_notes_named_by_their_bundle(
    tmp_path: Path,
) -> None:
    export = tmp_path / "Bear export"
    lake = export / "Lake swim 2024-07-14.textbundle"
    (lake / "assets").mkdir(parents=True)
    (lake / "text.md").write_text("Cold, clear, the whole lake to myself. #summer\n", "utf-8")
    (lake / "info.json").write_text('{"version": 2, "type": "net.daringfireball.markdown"}')
    (lake / "assets" / "lake.jpg").write_bytes(b"\xff\xd8\xff")
    notes = export / "Reading notes.textbundle"
    notes.mkdir()
    (notes / "text.markdown").write_text("---\ndate: 2024-08-01 21:00\n---\nFinished it.", "utf-8")
    (notes / "info.json").write_text("{}")
    assert importers.detect(export) == "notes"  # the bundles' info.json is no Day One journal
    bundle = importers.load(export, "auto", **UTC0)
    by_title = {e.title: e for e in bundle.entries}
    assert set(by_title) == {"Lake swim", "Reading notes"}
    assert by_title["Lake swim"].created_at.date().isoformat() == "2024-07-14"
    assert by_title["Lake swim"].tags == ("summer",)
    assert by_title["Reading notes"].created_at == datetime(2024, 8, 1, 21, 0, tzinfo=UTC)
    assert "1 other file (images, PDFs, attachments) was not imported" in " ".join(bundle.notes)
