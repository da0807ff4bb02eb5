"""A full data disk: reading and exporting elsewhere still work, writing says so calmly.

Uses a real 30 MB tmpfs (needs root, as in the project's CI container), filled to the brim.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroleaf_desktop.errors import CannotWriteError
from neuroleaf_desktop.services import export_service
from neuroleaf_desktop.services.session import Session
from tests.cli_helpers import run_cli


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=30m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (1 << 20, 4096, 1):  # big blocks, then the last crumbs
            with contextlib.suppress(OSError):
                while True:
                    handle.write(bytes(size))
    return filler


def _clean(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Logging error" not in proc.stderr and "Traceback" not in proc.stderr
    assert "something unexpected" not in proc.stderr


def test_full_data_disk(small_disk: Path, tmp_path: Path) -> None:
    home = small_disk / "neuroleaf"
    run_cli(home, "init", "--name", "Me")
    run_cli(home, "journal", "add", "--title", "before", "--body", "written before the disk filled")
    filler = _fill(small_disk)

    listed = run_cli(home, "journal", "list")
    _clean(listed)
    assert "before" in listed.stdout

    added = run_cli(home, "journal", "add", "--title", "after", "--body", "x", check=False)
    _clean(added)
    assert added.returncode == 1 and "The disk is full" in added.stderr

    out = tmp_path / "elsewhere.json"
    exported = run_cli(home, "export", "--out", str(out))
    _clean(exported)
    assert "written before the disk filled" in out.read_text(encoding="utf-8")

    same_disk = run_cli(home, "export", "--out", str(small_disk / "x.json"), check=False)
    _clean(same_disk)
    assert same_disk.returncode == 1 and "The disk is full" in same_disk.stderr
    assert not list(small_disk.glob(".x.json.*"))

    filler.unlink()  # space again: nothing was damaged, writing works
    doctor = run_cli(home, "doctor", "--deep", "--json")
    assert '"ok": true' in doctor.stdout
    run_cli(home, "journal", "add", "--title", "after", "--body", "space again")
    assert "after" in run_cli(home, "journal", "list").stdout


def test_export_to_a_read_only_disk_says_so(session: Session, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only tmpfs needs root")
    mount = tmp_path / "read-only"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mount)], check=True)
    try:
        with pytest.raises(CannotWriteError, match="read-only disk"):
            export_service.export_json(session, mount / "export.json")
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
