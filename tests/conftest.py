"""Shared fixtures: every test runs in its own NEUROLEAF_HOME and temp folder.

Argon2id runs the users' code with smaller numbers: the time target is lowered (NEUROLEAF_KDF_
TARGET_MS) and the memory floor with it (NEUROLEAF_KDF_MEMORY_KIB, 8 MiB instead of 64), so that
creating a vault costs ~0.03 s of CPU instead of ~0.5 s; thousands of tests create one.
``tests/storage/test_kdf_floor.py`` checks the users' 64 MiB floor with the variables unset.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import AppPaths, app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage import crypto

PASSPHRASE = "correct horse battery staple"
TEST_KDF_MEMORY_KIB = str(crypto.TEST_MEMORY_KIB_FLOOR)  # the least the suite may use
# The KDF time target and memory (NEUROLEAF_KDF_TARGET_MS, _MEMORY_KIB) are honoured only when
# this is set.
os.environ["NEUROLEAF_TESTING"] = "1"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    tmp = tmp_path / "tmp"
    root.mkdir()
    tmp.mkdir()
    monkeypatch.setenv("NEUROLEAF_HOME", str(root))
    monkeypatch.setenv("NEUROLEAF_KDF_TARGET_MS", "5")
    monkeypatch.setenv("NEUROLEAF_KDF_MEMORY_KIB", TEST_KDF_MEMORY_KIB)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.delenv("NEUROLEAF_PASSPHRASE", raising=False)
    configure_logging(app_paths().logs)
    return root


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return app_paths()


@pytest.fixture
def store(paths: AppPaths) -> ProfileStore:
    return ProfileStore(paths)


@pytest.fixture
def session(store: ProfileStore) -> Iterator[Session]:
    created, _recovery = store.create("Test", PASSPHRASE)
    yield created
    created.close()


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for running `neuroleaf` in a subprocess against ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEUROLEAF_")}
    env.update(
        NEUROLEAF_HOME=str(home),
        NEUROLEAF_KDF_TARGET_MS="5",
        NEUROLEAF_KDF_MEMORY_KIB=TEST_KDF_MEMORY_KIB,
        NEUROLEAF_TESTING="1",
        TMPDIR=str(home.parent / "tmp"),
        PYTHONDONTWRITEBYTECODE="1",
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


PYTHON = sys.executable
JFK = Path(__file__).resolve().parent / "data" / "audio" / "jfk.flac"


@pytest.fixture
def require_jfk() -> Path:
    assert JFK.is_file(), f"test speech {JFK} is missing (tests/data/audio)"
    return JFK


@pytest.fixture
def require_espeak() -> None:
    import shutil

    assert shutil.which("espeak-ng"), "espeak-ng is missing: run scripts/install-system-deps.sh"
