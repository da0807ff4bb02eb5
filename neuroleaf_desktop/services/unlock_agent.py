"""Keep one profile's data key in memory for a while, so terminal commands skip the passphrase.

Why an agent: unlocking costs a deliberate Argon2id derivation (≈0.4 s, 256 MiB) on every
command. Like ssh-agent and gpg-agent, `neuroleaf unlock --for 15m` starts a small process that
holds the key and hands it to the same user's commands over a UNIX socket.

What keeps it safe:

- The key reaches the agent through a pipe and lives only in its memory (a bytearray that is
  overwritten on exit). It is never written to disk, never put in an environment variable, and
  the agent's own environment is reduced to a few harmless variables.
- The socket sits in a folder only the user can enter (0700), is itself 0600, and every
  connection's peer credentials (SO_PEERCRED) must name the agent's own user id.
- The process is not dumpable (no core file, no ptrace by other processes of the user) where
  the platform allows it.
- It forgets the key and exits: at expiry, on `neuroleaf lock`, when the machine was suspended
  (CLOCK_BOOTTIME runs on during suspend while CLOCK_MONOTONIC stops, so a gap between them
  means the lid was closed), when the login session that started it ends, on SIGTERM/SIGHUP,
  and on any unexpected error.

Protocol: one JSON object per line in each direction; `{"op": "key"}`, `{"op": "status"}`,
`{"op": "lock"}`.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from neuroleaf_desktop import APP_NAME
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.paths import ENV_HOME

MAX_SECONDS = 12 * 3600
SUSPEND_GAP_S = 5.0
_POLL_S = 0.5
_MAX_REQUEST = 4096
_AF_UNIX_PATH_MAX = 100
_SAFE_ENV = ("PATH", "LANG", "LC_ALL", "TZ", "XDG_SESSION_ID", "XDG_RUNTIME_DIR")


@dataclass(frozen=True)
class AgentStatus:
    profile: str
    seconds_left: int


def runtime_dir() -> Path:
    """Where agent sockets live: private to the user, honouring NEUROLEAF_HOME."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser().resolve() / "run"
    return Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))


def socket_path(profile_slug: str) -> Path:
    return runtime_dir() / f"agent-{profile_slug}.sock"


def parse_duration(text: str) -> int:
    """'15m', '1h', '90s', '1h30m' or plain minutes → seconds (1 s … 12 h)."""
    clean = text.strip().lower().replace(" ", "")
    if clean.isdigit():
        seconds = int(clean) * 60
    else:
        seconds, number = 0, ""
        units = {"h": 3600, "m": 60, "s": 1}
        for char in clean:
            if char.isdigit():
                number += char
            elif char in units and number:
                seconds += int(number) * units[char]
                number = ""
            else:
                number = "x"
                break
        if number:
            raise ValidationError(
                f"{text!r} is not a duration. Use e.g. 15m, 1h or 1h30m (at most 12h)."
            )
    if not 1 <= seconds <= MAX_SECONDS:
        raise ValidationError("Keep a journal unlocked for between 1 second and 12 hours.")
    return seconds


# ---- client side -------------------------------------------------------------------------------
def _request(path: Path, message: dict[str, Any], timeout: float = 2.0) -> dict[str, Any] | None:
    """One request; None when no agent answers (none running, stale socket, not ours)."""
    if not path.exists():
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(json.dumps(message).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n") and len(data) < _MAX_REQUEST:
                chunk = sock.recv(_MAX_REQUEST)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return None
    try:
        reply = json.loads(data)
    except ValueError:
        return None
    return reply if isinstance(reply, dict) else None


def fetch_key(profile_slug: str) -> tuple[bytes, str] | None:
    """The kept data key and vault id for this profile, or None (then ask for the passphrase)."""
    reply = _request(socket_path(profile_slug), {"op": "key"})
    if not reply or not reply.get("ok"):
        return None
    try:
        return bytes.fromhex(str(reply["key"])), str(reply["vault_id"])
    except (KeyError, ValueError):
        return None


def status(profile_slug: str) -> AgentStatus | None:
    reply = _request(socket_path(profile_slug), {"op": "status"})
    if not reply or not reply.get("ok"):
        return None
    return AgentStatus(profile_slug, int(reply.get("seconds_left", 0)))


def lock(profile_slug: str) -> bool:
    """Ask the agent to forget the key; True when one was running."""
    reply = _request(socket_path(profile_slug), {"op": "lock"})
    path = socket_path(profile_slug)
    for _ in range(40):  # the agent removes its socket as it exits
        if not path.exists():
            break
        time.sleep(0.05)
    return bool(reply and reply.get("ok"))


def start(profile_slug: str, data_key: bytes, vault_id: str, seconds: int) -> AgentStatus:
    """Start an agent for this profile (replacing a running one) and wait until it listens."""
    lock(profile_slug)
    folder = runtime_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    path = socket_path(profile_slug)
    if len(str(path)) > _AF_UNIX_PATH_MAX:
        raise ValidationError(
            f"The folder for the unlock agent's socket has too long a path ({folder})."
        )
    env = {k: v for k, v in os.environ.items() if k in _SAFE_ENV}
    if "PYTHONPATH" in os.environ:  # a source checkout run as `python -m`
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    env[ENV_HOME] = os.environ.get(ENV_HOME, "")
    import subprocess  # here: every command asks the agent for a key, only `unlock` starts one

    process = subprocess.Popen(
        [sys.executable, "-m", "neuroleaf_desktop.services.unlock_agent"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    assert process.stdin is not None
    handover = {
        "socket": str(path),
        "key": data_key.hex(),
        "vault_id": vault_id,
        "seconds": seconds,
        "profile": profile_slug,
    }
    process.stdin.write(json.dumps(handover).encode())
    process.stdin.close()
    for _ in range(200):
        found = status(profile_slug)
        if found is not None:
            return found
        if process.poll() is not None:
            break
        time.sleep(0.025)
    raise ValidationError("The unlock agent did not start; use your passphrase as usual.")


# ---- agent side --------------------------------------------------------------------------------
def _harden() -> None:
    """No core dumps, no ptrace from the user's other processes (Linux; best effort elsewhere)."""
    with contextlib.suppress(Exception):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_dumpable = 4
            ctypes.CDLL(None).prctl(pr_set_dumpable, 0, 0, 0, 0)


def _peer_uid(conn: socket.socket) -> int | None:
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def _boot_gap() -> float:
    """Seconds the machine spent suspended since boot (0 where the clocks are missing)."""
    try:
        return time.clock_gettime(time.CLOCK_BOOTTIME) - time.clock_gettime(time.CLOCK_MONOTONIC)
    except (AttributeError, OSError):
        return 0.0


class _Agent:
    def __init__(self, handover: dict[str, Any]) -> None:
        self.path = Path(str(handover["socket"]))
        self.key = bytearray(bytes.fromhex(str(handover["key"])))
        self.vault_id = str(handover["vault_id"])
        self.deadline = time.monotonic() + min(int(handover["seconds"]), MAX_SECONDS)
        self.gap = _boot_gap()
        session_id = os.environ.get("XDG_SESSION_ID")
        sessions = Path("/run/systemd/sessions")
        self.session_file = sessions / session_id if session_id and sessions.is_dir() else None
        self.running = True

    def forget(self) -> None:
        for i in range(len(self.key)):
            self.key[i] = 0
        self.running = False

    def should_stop(self) -> bool:
        if time.monotonic() >= self.deadline:
            return True
        if _boot_gap() - self.gap > SUSPEND_GAP_S:
            return True
        return self.session_file is not None and not self.session_file.exists()

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op")
        if op == "key":
            return {"ok": True, "key": bytes(self.key).hex(), "vault_id": self.vault_id}
        if op == "status":
            return {"ok": True, "seconds_left": max(0, int(self.deadline - time.monotonic()))}
        if op == "lock":
            self.forget()
            return {"ok": True}
        return {"ok": False, "error": "unknown request"}

    def serve_one(self, conn: socket.socket) -> None:
        with conn:
            if _peer_uid(conn) not in (None, os.getuid()):
                return
            conn.settimeout(2.0)
            data = b""
            while not data.endswith(b"\n") and len(data) < _MAX_REQUEST:
                chunk = conn.recv(_MAX_REQUEST)
                if not chunk:
                    break
                data += chunk
            try:
                request = json.loads(data)
            except ValueError:
                return
            if isinstance(request, dict):
                conn.sendall(json.dumps(self.answer(request)).encode() + b"\n")

    def run(self) -> None:
        old_umask = os.umask(0o177)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(str(self.path))
            os.umask(old_umask)
            self.path.chmod(0o600)
            server.listen(8)
            server.setblocking(False)
            selector = selectors.DefaultSelector()
            selector.register(server, selectors.EVENT_READ)
            while self.running and not self.should_stop():
                if selector.select(timeout=_POLL_S):
                    conn, _addr = server.accept()
                    conn.setblocking(True)
                    self.serve_one(conn)
        finally:
            self.forget()
            server.close()
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def main() -> None:
    """Agent process entry: read the hand-over from stdin, serve, forget, exit."""
    _harden()
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, lambda *_: sys.exit(0))
    handover = json.loads(sys.stdin.read(_MAX_REQUEST))
    agent = _Agent(handover)
    handover.clear()
    try:
        agent.run()
    except BaseException:  # any error: the key is forgotten in run()'s finally, then exit
        sys.exit(1)


if __name__ == "__main__":
    main()
