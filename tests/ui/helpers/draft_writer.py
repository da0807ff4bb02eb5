"""Run by test_draft_killed_process.py as a separate process that gets SIGKILLed.

Opens the profile, shows the journal offscreen, types into the editor like a person, waits for
the autosave to land in the vault, prints "SAVED" and then keeps running until it is killed.

    python -m tests.ui.helpers.draft_writer PROFILE PASSPHRASE TEXT
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.tasks import TaskRunner


def main() -> None:
    profile, passphrase, text = sys.argv[1:4]
    app = QApplication([])
    session = ProfileStore(app_paths()).open(profile, passphrase)
    ctx = UiContext(session, TaskRunner(), ChangeBridge(session.events))
    screen = JournalScreen(ctx)  # the real autosave interval (3 s)
    screen.show()

    def on_change(change: Change) -> None:
        if change.topic is Topic.DRAFT and change.op == "updated":
            print("SAVED", flush=True)

    ctx.bridge.changed.connect(on_change)

    def type_text() -> None:
        screen.new_entry()
        QTest.keyClicks(screen.body_edit, text)
        print("TYPED", flush=True)

    QTest.qWaitForWindowExposed(screen)
    QTimer.singleShot(0, type_text)
    app.exec()  # runs until SIGKILL: no clean shutdown, no flush on exit


if __name__ == "__main__":
    main()
