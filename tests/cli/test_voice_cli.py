"""`neuroleaf voice …` run as a real subprocess: transcribe (and save), models, devices, record.

They run the real entry point (`python -m neuroleaf_desktop`), its error handling and exit
codes.
"""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest

from tests.ai.test_stt import JFK, JFK_TEXT, needs_jfk, wer
from tests.conftest import PASSPHRASE, PYTHON, cli_env
from tests.support.cli_helpers import run_cli


def voice_cli(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = cli_env(home, NEUROLEAF_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run(
        [PYTHON, "-m", "neuroleaf_desktop", "voice", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if check:
        assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc


@pytest.fixture
def profile(home: Path) -> Path:
    run_cli(home, "init", "--name", "Test")
    return home


@needs_jfk
def test_transcribe_and_save(profile: Path) -> None:
    proc = voice_cli(
        profile, "transcribe", str(JFK), "--save", "--title", "JFK", "--tag", "speech", "--json"
    )
    data = json.loads(proc.stdout)
    assert wer(JFK_TEXT, data["text"]) <= 0.10
    assert data["model"] == "tiny.en" and data["language"] == "en"
    assert data["segments"] and data["duration_s"] == pytest.approx(11.0, abs=0.1)
    entry = data["entry"]
    assert entry["source"] == "voice" and entry["title"] == "JFK"
    assert entry["voice_duration_s"] == pytest.approx(11.0, abs=0.2)
    assert data["safety"] == {"flagged": False, "severity": "none"}  # the saved entry is checked
    listed = json.loads(run_cli(profile, "journal", "list", "--json").stdout)
    assert [e["id"] for e in listed] == [entry["id"]]
    assert listed[0]["source"] == "voice"


@needs_jfk
def test_transcribe_prints_text_without_saving(profile: Path) -> None:
    proc = voice_cli(profile, "transcribe", str(JFK))
    assert wer(JFK_TEXT, proc.stdout) <= 0.10
    assert "%]" in proc.stderr  # segment progress on stderr, not mixed into the transcript
    assert json.loads(run_cli(profile, "journal", "list", "--json").stdout) == []


def test_bad_files_fail_with_a_message(home: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.m4a"
    junk.write_bytes(random.Random(2048).randbytes(2048))  # fixed bytes FFmpeg cannot open
    proc = voice_cli(home, "transcribe", str(junk), check=False)
    assert proc.returncode == 2 and "could not be read as audio" in proc.stderr
    empty = tmp_path / "empty.ogg"
    empty.write_bytes(b"")
    proc = voice_cli(home, "transcribe", str(empty), check=False)
    assert proc.returncode == 2 and "empty" in proc.stderr
    proc = voice_cli(home, "transcribe", str(JFK), "--language", "fr", check=False)
    assert proc.returncode == 2 and "English only" in proc.stderr


def test_models_and_devices(home: Path) -> None:
    models = json.loads(voice_cli(home, "models", "--json").stdout)
    by_name = {m["model"]: m for m in models}
    assert by_name["tiny.en"]["status"] == "present"
    assert by_name["base"]["status"] in ("present", "needs-assembly")
    table = voice_cli(home, "models").stdout
    assert "tiny.en" in table and "base" in table
    devices = json.loads(voice_cli(home, "devices", "--json").stdout)
    assert isinstance(devices, list)


def test_record_without_microphone_says_so(home: Path) -> None:
    devices = json.loads(voice_cli(home, "devices", "--json").stdout)
    if devices:
        pytest.skip("this machine has a microphone")
    assert "No microphone" in voice_cli(home, "devices").stdout
    proc = voice_cli(home, "record", check=False)
    assert proc.returncode == 7
    assert "No microphone was found" in proc.stderr


@needs_jfk
def test_several_files_in_one_run_english_by_default_json_progress(home: Path) -> None:
    """Two files share one model; base hears English unless told otherwise (no detection)."""
    proc = voice_cli(home, "transcribe", str(JFK), str(JFK), "--model", "base", "--json")
    results = json.loads(proc.stdout)
    assert [r["file"] for r in results] == [str(JFK), str(JFK)]
    for result in results:
        assert result["language"] == "en"
        assert wer(JFK_TEXT, result["text"]) <= 0.10
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.strip()]
    assert events and {e["event"] for e in events} == {"progress"}
    assert max(e["percent"] for e in events) == 100
