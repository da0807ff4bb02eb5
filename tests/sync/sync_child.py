"""Run one sync of a profile in a child process, so a test can SIGKILL it mid-push."""

from __future__ import annotations

import os
import sys

from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.sync.service import SyncService


def main() -> None:
    session = ProfileStore(app_paths()).open(sys.argv[1], os.environ["NEUROLEAF_PASSPHRASE"])
    SyncService(session.vault, session.events, batch_size=int(sys.argv[2])).sync_now()
    session.close()


if __name__ == "__main__":
    main()
