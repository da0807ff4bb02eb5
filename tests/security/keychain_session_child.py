"""Keychain unlock through the real `neuroleaf` command against GNOME Keyring.

Run by test_keychain_unlock.py as ``dbus-run-session -- python -m <this module>``: a private
D-Bus session in which this script starts gnome-keyring-daemon (unlocked with a throw-away
login password, as a desktop login would), runs the CLI steps, locks the keyring's collection
to see what a locked keychain does, stops the daemon, and prints one JSON report.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from typing import Any

LOGIN_PASSWORD = "throw-away login password"


def _start_keyring() -> subprocess.Popen[bytes]:
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(LOGIN_PASSWORD.encode())
    daemon.stdin.close()
    import secretstorage

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):  # not on the bus yet
            connection = secretstorage.dbus_init()
            if secretstorage.check_service_availability(connection):
                collection = secretstorage.get_default_collection(connection)
                if not collection.is_locked():
                    return daemon
        time.sleep(0.1)
    daemon.kill()
    raise SystemExit("gnome-keyring-daemon did not start")


def _cli(*args: str, passphrase: bool = True) -> dict[str, Any]:
    env = dict(os.environ)
    if not passphrase:
        env.pop("NEUROLEAF_PASSPHRASE", None)
    proc = subprocess.run(
        [sys.executable, "-m", "neuroleaf_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return {"rc": proc.returncode, "out": proc.stdout, "err": proc.stderr}


def _keychain_secret() -> str:
    """What the keychain holds for the profile (so the test can look for it on disk)."""
    import keyring

    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.keychain_unlock import SERVICE
    from neuroleaf_desktop.services.profiles import ProfileStore

    store = ProfileStore(app_paths())
    vault_id = store.vault(store.list()[0].slug).keyfile.vault_id
    return str(keyring.get_password(SERVICE, vault_id))


def _lock_collection() -> None:
    import secretstorage

    secretstorage.get_default_collection(secretstorage.dbus_init()).lock()


def main() -> None:
    daemon = _start_keyring()
    report: dict[str, Any] = {}
    try:
        report["status_before"] = _cli("keychain", "status")
        report["on"] = _cli("keychain", "on")
        report["status_on"] = _cli("keychain", "status")
        report["secret"] = _keychain_secret()
        report["unlock"] = _cli("unlock", "--keychain", "--for", "5m", passphrase=False)
        report["list"] = _cli("journal", "list", passphrase=False)
        report["lock"] = _cli("lock", passphrase=False)
        _lock_collection()
        report["unlock_locked"] = _cli("unlock", "--keychain", passphrase=False)
        report["passphrase_still"] = _cli("journal", "list")
        report["off"] = _cli("keychain", "off", passphrase=False)
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
