"""Exports, backups and reports never land inside the app's own folders or over a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import OutputPathError
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services import backup_service, export_service, report_pdf
from neuroleaf_desktop.services.output_paths import check_output_path, write_output
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage import crypto
from tests.cli_helpers import run_cli
from tests.conftest import PASSPHRASE

FAST_KDF = crypto.KdfParams("argon2id", "AAAAAAAAAAAAAAAAAAAAAA==", 1, 64 * 1024, 1)


def _profile_files(session: Session) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in session.vault.folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("name", ["vault.key.json", "vault.db", "new-file.json"])
def test_export_into_the_profile_folder_is_refused(
    session: Session, store: ProfileStore, name: str
) -> None:
    session.journal.add(NewEntry("t", "canary-export-guard"))
    before = _profile_files(session)
    with pytest.raises(OutputPathError, match="NeuroLeaf's own folder"):
        export_service.export_json(session, session.vault.folder / name)
    with pytest.raises(OutputPathError):
        backup_service.create_backup(session, session.vault.folder / name, "backup pass 123456")
    with pytest.raises(OutputPathError):
        report_pdf.write_report(session, session.vault.folder / name, report_pdf.ReportOptions())
    session.close()
    assert not (session.vault.folder / "new-file.json").exists()
    assert (session.vault.folder / "vault.key.json").read_bytes() == before["vault.key.json"]
    reopened = store.open("Test", PASSPHRASE)  # the journal still opens
    assert reopened.journal.count() == 1
    reopened.close()


def test_every_app_folder_and_symlinks_into_them_are_refused(
    paths: AppPaths, tmp_path: Path
) -> None:
    for folder in (paths.data, paths.config, paths.cache, paths.logs):
        folder.mkdir(parents=True, exist_ok=True)
        with pytest.raises(OutputPathError):
            write_output(folder / "x.json", b"{}")
        assert not (folder / "x.json").exists()
    link = tmp_path / "innocent"
    link.symlink_to(paths.data)
    with pytest.raises(OutputPathError, match="own folder"):
        write_output(link / "x.json", b"{}")
    file_link = tmp_path / "export.json"
    file_link.symlink_to(paths.config / "app.json")
    with pytest.raises(OutputPathError):
        write_output(file_link, b"{}", force=True)


def test_no_overwrite_without_force_and_atomic_replace_with_it(
    session: Session, tmp_path: Path
) -> None:
    session.journal.add(NewEntry("t", "fresh content"))
    out = tmp_path / "export.json"
    out.write_text("precious", encoding="utf-8")
    with pytest.raises(OutputPathError, match=r"already exists.*--force"):
        export_service.export_json(session, out)
    with pytest.raises(OutputPathError, match="already exists"):
        backup_service.create_backup(session, out, "backup pass 123456", kdf=FAST_KDF)
    assert out.read_text(encoding="utf-8") == "precious"
    export_service.export_json(session, out, force=True)
    assert "fresh content" in out.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".export.json.*"))  # no temp file left beside it
    assert out.stat().st_mode & 0o777 == 0o600


def test_system_files_and_missing_folders_are_refused(tmp_path: Path, home: Path) -> None:
    with pytest.raises(OutputPathError, match="system file"):
        check_output_path(Path("/proc/version"), force=True)
    with pytest.raises(OutputPathError, match="does not exist"):
        check_output_path(tmp_path / "nope" / "x.json")
    with pytest.raises(OutputPathError, match="not a plain file"):
        check_output_path(tmp_path, force=True)


def test_cli_refuses_key_file_and_existing_file(home: Path, tmp_path: Path) -> None:
    run_cli(home, "init", "--name", "Me")
    run_cli(home, "journal", "add", "--title", "t", "--body", "canary-cli-guard")
    key = next((home / "data" / "profiles").glob("*/vault.key.json"))
    before = key.read_bytes()
    proc = run_cli(home, "export", "--format", "json", "--out", str(key), check=False)
    assert proc.returncode == 2 and "own folder" in proc.stderr
    assert key.read_bytes() == before
    assert not list(key.parent.glob("*.json.*"))
    proc = run_cli(home, "export", "--out", "/proc/version", "--force", check=False)
    assert proc.returncode == 2 and "system file" in proc.stderr
    out = tmp_path / "mine.json"
    out.write_text("keep me", encoding="utf-8")
    proc = run_cli(home, "export", "--out", str(out), check=False)
    assert proc.returncode == 2 and "--force" in proc.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    run_cli(home, "export", "--out", str(out), "--force")
    assert "canary-cli-guard" in out.read_text(encoding="utf-8")
    # The journal still opens and finds its entry.
    proc = run_cli(home, "search", "canary", "--json")
    assert "[[canary]]-cli-guard" in proc.stdout
