"""`neuroleaf unlock --for …` keeps the key in an agent's memory only; `lock` and time end it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services import unlock_agent
from tests.conftest import PASSPHRASE, PYTHON, cli_env
from tests.support.cli_helpers import run_cli, run_json
from tests.support.privacy import scan

CANARY = "agent-canary-7f3e9b21"


@pytest.fixture
def profile(home: Path) -> Path:
    run_json(home, "init", "--name", "Ana")
    return home


def _socket(home: Path) -> Path:
    return home / "run" / "agent-ana.sock"


def _agent_pid(home: Path) -> int:
    """The agent's pid, from its socket's peer credentials."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(str(_socket(home)))
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
    return int.from_bytes(creds[:4], "little")


def _without_passphrase(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, passphrase=None, check=False)


def test_durations() -> None:
    assert unlock_agent.parse_duration("15m") == 900
    assert unlock_agent.parse_duration("1h30m") == 5400
    assert unlock_agent.parse_duration("90s") == 90
    assert unlock_agent.parse_duration("20") == 1200
    for bad in ("forever", "13h", "0m", "5x", ""):
        with pytest.raises(ValidationError):
            unlock_agent.parse_duration(bad)


def test_unlock_then_commands_skip_the_passphrase_until_lock(profile: Path) -> None:
    assert _without_passphrase(profile, "journal", "list").returncode == 2  # asks first
    out = run_json(profile, "unlock", "--for", "10m")
    assert 590 <= out["seconds_left"] <= 600
    try:
        mode = _socket(profile).stat().st_mode & 0o777
        assert mode == 0o600 and (_socket(profile).parent.stat().st_mode & 0o777) == 0o700
        added = _without_passphrase(profile, "journal", "add", "-t", CANARY, "-b", CANARY)
        assert added.returncode == 0, added.stderr
        listed = _without_passphrase(profile, "--json", "journal", "list")
        assert json.loads(listed.stdout)[0]["title"] == CANARY
        environ = Path(f"/proc/{_agent_pid(profile)}/environ").read_bytes()
        assert PASSPHRASE.encode() not in environ and b"NEUROLEAF_PASSPHRASE" not in environ
        # Neither the passphrase nor the journal's words reach a file while it runs.
        assert scan([profile.parent], CANARY) == []
        assert scan([profile.parent], PASSPHRASE) == []
    finally:
        locked = run_json(profile, "lock", passphrase=None)
    assert locked["locked"] is True
    assert not _socket(profile).exists()
    assert _without_passphrase(profile, "journal", "list").returncode == 2


def test_the_key_is_forgotten_at_expiry(profile: Path) -> None:
    # long enough for one CLI start on a loaded machine, short enough to watch it expire
    run_cli(profile, "unlock", "--for", "8s")
    assert _without_passphrase(profile, "journal", "list").returncode == 0
    deadline = time.monotonic() + 30
    while _socket(profile).exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _socket(profile).exists()
    assert _without_passphrase(profile, "journal", "list").returncode == 2


def test_another_user_cannot_connect(profile: Path) -> None:
    run_cli(profile, "unlock", "--for", "5m")
    try:
        probe = (
            "import os, socket, sys\n"
            "os.setgid(65534); os.setuid(65534)\n"
            "s = socket.socket(socket.AF_UNIX)\n"
            "try:\n"
            '    s.connect(sys.argv[1]); s.sendall(b\'{"op": "key"}\\n\')\n'
            "    print('REPLY', s.recv(4096))\n"
            "except OSError as exc:\n"
            "    print('REFUSED', type(exc).__name__)\n"
        )
        if os.getuid() != 0:
            pytest.fail("this test switches to another user and needs to run as root (as CI does)")
        proc = subprocess.run(
            [PYTHON, "-c", probe, str(_socket(profile))],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        assert proc.stdout.startswith("REFUSED"), proc.stdout
    finally:
        run_cli(profile, "lock", passphrase=None)


def test_a_killed_agent_falls_back_to_the_passphrase(profile: Path) -> None:
    run_cli(profile, "unlock", "--for", "5m")
    pid = _agent_pid(profile)
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.3)
    assert _socket(profile).exists()  # a stale socket is left behind by kill -9
    assert _without_passphrase(profile, "journal", "list").returncode == 2
    assert run_cli(profile, "journal", "list").returncode == 0  # the passphrase still works
    run_cli(profile, "unlock", "--for", "5m")  # and a new agent replaces the stale socket
    try:
        assert _without_passphrase(profile, "journal", "list").returncode == 0
    finally:
        run_cli(profile, "lock", passphrase=None)


def test_an_agent_stops_when_the_machine_was_suspended(home: Path) -> None:
    agent = unlock_agent._Agent(
        {"socket": str(home / "x.sock"), "key": "00" * 32, "vault_id": "v", "seconds": 600}
    )
    assert not agent.should_stop()
    agent.gap -= unlock_agent.SUSPEND_GAP_S + 1  # as if CLOCK_BOOTTIME ran on while asleep
    assert agent.should_stop()
    agent.forget()
    assert bytes(agent.key) == bytes(32)


def test_wrong_passphrase_starts_no_agent(profile: Path) -> None:
    env = cli_env(profile, NEUROLEAF_PASSPHRASE="not the passphrase at all")
    proc = subprocess.run(
        [PYTHON, "-m", "neuroleaf_desktop", "unlock"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 3
    assert not _socket(profile).exists()
