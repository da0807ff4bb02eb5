"""Crash safety: SIGKILL a writer at random moments; every reported commit survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

from neuroleaf_desktop.services.profiles import ProfileStore
from tests.conftest import PASSPHRASE, PYTHON, cli_env

WRITER = r"""
import sys
from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import app_paths
configure_logging(app_paths().logs)
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.domain.models import NewEntry, NewCheckIn
session = ProfileStore(app_paths()).open("crash", sys.argv[1])
print("READY", flush=True)
i = 0
while True:
    i += 1
    e = session.journal.add(NewEntry(f"t{i}", "body " * (i % 50 + 1), ("k",)))
    print(e.id, flush=True)  # reported only after COMMIT returned
    if i % 3 == 0:
        c = session.mood.log(NewCheckIn(1 + i % 10, activities=("walk",)))
        print(c.id, flush=True)
"""

ROUNDS = int(os.environ.get("NEUROLEAF_CRASH_ROUNDS", "50"))


def test_sigkill_never_loses_a_reported_commit(home: Path, store: ProfileStore) -> None:
    session, _ = store.create("crash", PASSPHRASE)
    session.close()
    env = cli_env(home)
    rng = random.Random(1234)
    reported: list[str] = []
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [PYTHON, "-c", WRITER, PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        if first != "READY":
            proc.kill()
            raise AssertionError(f"writer did not start: {proc.communicate(timeout=30)}")
        time.sleep(rng.uniform(0.0, 0.15))  # a random moment, not a timing assertion
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        reported += [line for line in out.split("\n") if len(line) == 36]
    assert len(reported) > ROUNDS  # the writer really wrote between kills

    again = store.open("crash", PASSPHRASE)
    with again.vault.reading() as conn:
        ids = {
            r[0] for r in conn.execute("SELECT id FROM entries UNION SELECT id FROM mood_checkins")
        }
        fts = conn.execute("SELECT count(*) FROM entry_fts").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    missing = [r for r in reported if r not in ids]
    assert missing == []
    assert fts == entries  # the index never diverges from the rows
    assert again.vault.integrity_check() == []
    again.close()
