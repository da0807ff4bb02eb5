"""`neuroleaf import` with real-world files: format recognised from the file, every unknown
Daylio mood listed with its count, mappings given on the command line or in a file (names with
commas included), and updates reported on re-import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from neuroleaf_desktop.cli.export_cmd import import_cmd
from neuroleaf_desktop.cli.main import cli
from neuroleaf_desktop.errors import ImportValidationError
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.support.cli_helpers import run_cli

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
CUSTOM = DATA / "daylio_2022_en_custom.csv"
MAP_ARGS = ("--mood-map", "grand=5", "--mood-map", "grand, really=rad",
            "--mood-map", "Not so good [-]=2", "--mood-map", "shite=1")  # fmt: skip

cli.add_command(import_cmd)


def run(*args: str) -> str:
    result = CliRunner().invoke(
        cli, list(args), env={"NEUROLEAF_PASSPHRASE": PASSPHRASE}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def profile(session: Session) -> Session:
    session.close()
    return session


def test_dry_run_lists_every_mood_then_refuses(profile: Session, home: Path) -> None:
    proc = run_cli(home, "import", str(CUSTOM), "--dry-run", check=False)
    assert proc.returncode == 2
    for row in ("grand", "grand, really", "Not so good [-]", "shite", "Sick", "rad"):
        assert row in proc.stdout
    assert "NEEDS A LEVEL" in proc.stdout and "Dry run: nothing was changed." in proc.stdout
    assert "'Sick' (1×)" in proc.stderr and "'grand' (2×)" in proc.stderr


def test_mood_map_options_and_file(profile: Session, tmp_path: Path) -> None:
    with pytest.raises(ImportValidationError, match=r"'Sick' \(1×\)") as info:
        run("import", str(CUSTOM), *MAP_ARGS)
    assert "'grand'" not in info.value.reason  # only what is still unknown is listed
    mapping = tmp_path / "moods.txt"
    mapping.write_text("# my Daylio moods\nSick = 2\n", encoding="utf-8")
    out = json.loads(run("import", str(CUSTOM), *MAP_ARGS, "--mood-map-file", str(mapping),
                         "--tz-offset", "0", "--json"))  # fmt: skip
    assert out["format"] == "daylio" and out["imported"]["checkins"] == 7
    assert {m["name"]: m["mood"] for m in out["moods"]}["grand, really"] == 10
    assert {m["name"]: m["how"] for m in out["moods"]}["Sick"] == "your mapping"


def test_bad_mood_map_is_a_clear_error(profile: Session) -> None:
    from neuroleaf_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match=r"--mood-map: the level '9' is not 1–5"):
        run("import", str(CUSTOM), "--mood-map", "grand=9")


def test_reimport_of_edited_file_reports_updates(profile: Session, tmp_path: Path) -> None:
    journal = tmp_path / "journal.txt"
    original = (DATA / "jrnl_journal.txt").read_text(encoding="utf-8")
    journal.write_text(original, encoding="utf-8")
    first = run("import", str(journal), "--tz-offset", "0")
    assert "Imported from" in first and "(jrnl)" in first
    journal.write_text(original.replace("It should be plain text", "Plain text, always"),
                       encoding="utf-8")  # fmt: skip
    again = run("import", str(journal), "--tz-offset", "0")
    assert "In short: 0 new, updated 1, 3 duplicates skipped." in again
    assert json.loads(run("import", str(journal), "--tz-offset", "0", "--json"))[
        "duplicates_skipped"
    ]["entries"] == 4  # fmt: skip


def test_backup_and_dayone_folder_need_no_options(profile: Session) -> None:
    out = json.loads(run("import", str(DATA / "daylio_backup_es.daylio"), "--json"))
    assert out["imported"] == {**out["imported"], "checkins": 4, "entries": 2}
    out = json.loads(run("import", str(DATA / "dayone_folder"), "--json"))
    assert out["format"] == "dayone" and out["imported"]["entries"] == 3
    assert any("[photo], [audio], [PDF]" in note for note in out["notes"])


def test_endless_and_huge_inputs_stop_early(profile: Session, home: Path, tmp_path: Path) -> None:
    proc = run_cli(home, "import", "/dev/zero", check=False)
    assert proc.returncode == 2 and "too large to import" in proc.stderr
    big = tmp_path / "export.json"
    with big.open("wb") as handle:  # sparse: 1 GB on paper
        handle.write(b'{"format": "neuroleaf-export", "version": 1, "entries": [')
        handle.truncate(1024**3)
    proc = run_cli(home, "import", str(big), "--format", "neuroleaf", check=False)
    assert proc.returncode == 2 and "too large to import (the limit is 160 MB)" in proc.stderr


def test_a_folder_of_notes_from_the_command_line(profile: Session, tmp_path: Path) -> None:
    notes = tmp_path / "Journal notes"
    (notes / "2023").mkdir(parents=True)
    (notes / "2023" / "2023-11-02.md").write_text(
        "---\ntags: [garden]\n---\nPlanted garlic before the frost.\n", encoding="utf-8"
    )
    (notes / "Templates").mkdir()
    (notes / "Templates" / "Day.md").write_text("# {{date}}\n", encoding="utf-8")
    dry = json.loads(run("import", str(notes), "--dry-run", "--json", "--tz-offset", "0"))
    assert dry["format"] == "notes" and dry["dry_run"] is True
    out = json.loads(run("import", str(notes), "--json", "--tz-offset", "0"))
    assert out["imported"]["entries"] == 1
    assert any("templates folder" in note for note in out["notes"])
