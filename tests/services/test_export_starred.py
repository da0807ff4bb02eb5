"""The star in what leaves the app: the JSON export, the PDF report, backup and restore."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import ImportValidationError
from neuroleaf_desktop.services import backup_service as bk
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services import importers, report_pdf
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.report_pdf import ReportOptions
from neuroleaf_desktop.services.session import Session
from tests.services.test_export import FAST_KDF, validate_schema

T0 = datetime(2025, 9, 1, 20, 0, tzinfo=UTC)


def _two(session: Session) -> tuple[str, str]:
    kept = session.journal.add(NewEntry("Harvest", "apples from the old tree", created_at=T0))
    plain = session.journal.add(
        NewEntry("Errands", "post office, bakery", created_at=T0 + timedelta(days=1))
    )
    session.journal.set_starred(kept.id, True)
    return kept.id, plain.id


def test_json_export_says_starred_true_or_false_per_entry(session: Session, tmp_path: Path) -> None:
    kept, plain = _two(session)
    out = tmp_path / "out.json"
    ex.export_json(session, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    validate_schema(document)
    starred = {e["id"]: e["starred"] for e in document["entries"]}
    assert starred == {kept: True, plain: False}


def test_pdf_report_marks_a_starred_entrys_heading(session: Session, tmp_path: Path) -> None:
    _two(session)
    out = tmp_path / "report.pdf"
    report_pdf.write_report(session, out, ReportOptions.preset(None))
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    headings = [line.strip() for line in text.splitlines() if "·" in line and "2025" in line]
    harvest = next(h for h in headings if "Harvest" in h)
    errands = next(h for h in headings if "Errands" in h)
    assert harvest.endswith("★") and "★" not in errands


def test_the_star_mark_falls_back_to_words_without_the_glyph() -> None:
    assert report_pdf.star_mark("Helvetica") == " (starred)"
    assert report_pdf.star_mark(report_pdf.FONT) == " ★"


def test_backup_and_restore_keep_the_star(
    session: Session, store: ProfileStore, tmp_path: Path
) -> None:
    kept, plain = _two(session)
    out = tmp_path / "journal.nlbackup"
    bk.create_backup(session, out, "a backup passphrase", kdf=FAST_KDF)
    restored, _key, _report = bk.restore_new_profile(
        store, "Restored", "another vault passphrase", out, "a backup passphrase"
    )
    try:
        assert restored.journal.get(kept).starred
        assert not restored.journal.get(plain).starred
        assert [e.id for e in restored.journal.list(EntryFilter(starred=True))] == [kept]
    finally:
        restored.close()


def test_an_export_from_before_stars_imports_unstarred(session: Session, tmp_path: Path) -> None:
    _two(session)
    document = ex.build_export(session)
    for entry in document["entries"]:
        del entry["starred"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    bundle = importers.load(old, "auto")
    assert [e.starred for e in bundle.entries] == [False, False]
    document["entries"][0]["starred"] = "yes"
    old.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportValidationError, match="starred"):
        importers.load(old, "auto")
