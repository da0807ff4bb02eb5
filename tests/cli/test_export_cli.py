"""`neuroleaf export / import / restore`, run in-process through the real click group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from neuroleaf_desktop.cli.export_cmd import export_cmd, import_cmd, restore_cmd
from neuroleaf_desktop.cli.main import cli
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.services.test_export import fill, validate_schema

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
BACKUP_PASS = "backup passphrase for tests"

for command in (export_cmd, import_cmd, restore_cmd):
    cli.add_command(command)


def run(*args: str, ok: bool = True, **env: str) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(
        cli, list(args), env={"NEUROLEAF_PASSPHRASE": PASSPHRASE, **env}, catch_exceptions=False
    )
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def filled(session: Session) -> Session:
    fill(session)
    session.close()
    return session


def test_export_json_warns_and_validates(filled: Session, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    _code, stdout, stderr = run("export", "--format", "json", "--out", str(out), "--json")
    assert "NOT encrypted" in stderr
    assert json.loads(stdout)["counts"]["entries"] == 3
    validate_schema(json.loads(out.read_text(encoding="utf-8")))
    run("export", "--format", "json", "--from", "2025-03-02", "--to", "2025-03-02",
        "--out", str(tmp_path / "day.json"))  # fmt: skip
    assert len(json.loads((tmp_path / "day.json").read_text())["entries"]) == 1


def test_import_dry_run_then_real_then_duplicates(filled: Session, tmp_path: Path) -> None:
    _c, out, _e = run("import", str(DATA / "jrnl_export.json"), "--format", "jrnl",
                      "--tz-offset", "60", "--dry-run")  # fmt: skip
    assert "Would import" in out and "Dry run: nothing was changed." in out
    _c, out, _e = run("import", str(DATA / "jrnl_export.json"), "--format", "jrnl",
                      "--tz-offset", "60", "--json")  # fmt: skip
    assert json.loads(out)["imported"]["entries"] == 3
    _c, out, _e = run("import", str(DATA / "jrnl_export.json"), "--format", "jrnl",
                      "--tz-offset", "60", "--json")  # fmt: skip
    assert json.loads(out)["duplicates_skipped"]["entries"] == 3


def test_import_error_has_exit_code_and_place(filled: Session, tmp_path: Path) -> None:
    from neuroleaf_desktop.errors import ImportValidationError

    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                   "2024-01-01,a,b,10:00,sublime,,,\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportValidationError) as info:
        run("import", str(bad), "--format", "daylio", ok=False)
    assert info.value.exit_code == 2 and info.value.record == "line 2"


def test_backup_and_restore_via_cli(filled: Session, tmp_path: Path) -> None:
    secret_file = tmp_path / "pass.txt"
    secret_file.write_text(BACKUP_PASS + "\n", encoding="utf-8")
    out = tmp_path / "j.nlbackup"
    _c, _o, stderr = run("export", "--format", "backup", "--out", str(out),
                         "--backup-passphrase-file", str(secret_file))  # fmt: skip
    assert "NOT encrypted" not in stderr and out.read_bytes()[:8] == b"NLBACKUP"
    _c, stdout, _e = run("restore", str(out), "--new-profile", "Copy", "--json",
                         NEUROLEAF_BACKUP_PASSPHRASE=BACKUP_PASS)  # fmt: skip
    restored = json.loads(stdout)
    assert restored["imported"]["entries"] == 3 and restored["recovery_key"]
    _c, stdout, _e = run("restore", str(out), "--into-profile", "Copy", "--json",
                         NEUROLEAF_BACKUP_PASSPHRASE=BACKUP_PASS)  # fmt: skip
    assert json.loads(stdout)["duplicates_skipped"]["entries"] == 3


def test_export_pdf_therapist(filled: Session, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    _c, stdout, stderr = run("export", "--format", "pdf", "--preset", "therapist",
                             "--out", str(out), "--json")  # fmt: skip
    assert "NOT encrypted" in stderr and json.loads(stdout)["entries"] == 0
    assert out.read_bytes().startswith(b"%PDF")
