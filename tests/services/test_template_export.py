"""Templates in the JSON export (version 2), its import, the encrypted backup, and v1 files."""

from __future__ import annotations

import json
from pathlib import Path

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services import backup_service as bk
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services.importers import neuroleaf as nl
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.services.test_export import FAST_KDF, validate_schema

PROMPT = "Anything that made me anxious or stressed at work?"


def _with_templates(session: Session) -> str:
    templates = session.journal.templates
    made = templates.create(TemplateDraft("Work check", "Work {date}", PROMPT + "\n", ("job",)))
    templates.move(made.id, -10)  # first in the person's order
    filled = templates.fill(made)
    entry = session.journal.add(
        NewEntry(filled.title, filled.body + "Lunch by the canal."), template=filled.lines
    )
    return entry.id


def test_the_export_has_a_templates_section_and_a_new_version(session: Session) -> None:
    entry_id = _with_templates(session)
    doc = ex.build_export(session)
    validate_schema(doc)
    assert doc["version"] == 2
    assert doc["templates"][0]["name"] == "Work check"
    assert doc["templates"][0]["tags"] == ["job"] and doc["templates"][0]["starter"] == ""
    assert [x["position"] for x in doc["templates"]] == list(range(len(doc["templates"])))
    (lines,) = doc["entry_template_lines"]
    assert lines["entry_id"] == entry_id and lines["lines"] == [PROMPT]
    (entry,) = doc["entries"]
    assert entry["body"].startswith(PROMPT)  # the entry as written


def test_import_restores_templates_and_skips_names_present(
    session: Session, store: ProfileStore, tmp_path: Path
) -> None:
    entry_id = _with_templates(session)
    data = ex.dumps(ex.build_export(session)).encode()
    other, _ = store.create("Other", PASSPHRASE)
    other.journal.templates.create(TemplateDraft("WORK CHECK", "", "their own page"))
    bundle = nl.loads(data, "export.json")
    report = ex.import_bundle(other, bundle)
    counts = report.to_json()
    assert counts["duplicates_skipped"]["templates"] >= 1  # their own "WORK CHECK" stays
    assert counts["imported"]["entry_template_lines"] == 1
    names = [x.name for x in other.journal.templates.list()]
    assert "WORK CHECK" in names and "Work check" not in names
    assert other.journal.templates.find("work check").body == "their own page"
    lines = other.journal.template_lines(entry_id)
    assert lines is not None and lines.lines == (PROMPT,)
    assert PROMPT not in other.journal.readable(entry_id).body
    again = ex.import_bundle(other, nl.loads(data, "export.json")).to_json()
    assert again["imported"].get("templates", 0) == 0
    other.close()


def test_a_fresh_profile_takes_the_files_catalogue_in_its_order(
    session: Session, store: ProfileStore
) -> None:
    _with_templates(session)
    starter = session.journal.templates.find("Gratitude list")
    session.journal.templates.delete(starter.id)
    wanted = [x.name for x in session.journal.templates.list()]
    data = ex.dumps(ex.build_export(session)).encode()
    fresh, _ = store.create("Fresh", PASSPHRASE)
    ex.import_bundle(fresh, nl.loads(data, "x.json"))
    assert [x.name for x in fresh.journal.templates.list()] == wanted  # no starter back
    fresh.close()


def test_version_1_files_still_import(session: Session, store: ProfileStore) -> None:
    session.journal.add(NewEntry("Old", "an entry from before templates"))
    doc = ex.build_export(session)
    doc["version"] = 1
    del doc["templates"], doc["entry_template_lines"]
    fresh, _ = store.create("V1", PASSPHRASE)
    report = ex.import_bundle(fresh, nl.loads(json.dumps(doc).encode(), "v1.json"))
    assert report.to_json()["imported"]["entries"] == 1
    assert "templates" not in report.to_json()["imported"]
    assert [x.name for x in fresh.journal.templates.list()][:1] == ["Evening review"]
    fresh.close()


def test_templates_survive_an_encrypted_backup_restore(
    session: Session, store: ProfileStore, tmp_path: Path
) -> None:
    entry_id = _with_templates(session)
    out = tmp_path / "all.nlbackup"
    bk.create_backup(session, out, "backup passphrase here", kdf=FAST_KDF)
    restored, _key, _report = bk.restore_new_profile(
        store, "Restored", PASSPHRASE, out, "backup passphrase here"
    )
    assert [x.name for x in restored.journal.templates.list()] == [
        x.name for x in session.journal.templates.list()
    ]
    assert restored.journal.template_lines(entry_id) == session.journal.template_lines(entry_id)
    restored.close()
