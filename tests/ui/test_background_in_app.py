"""The desktop app runs the durable analysis jobs while unlocked and stops them on lock."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.ui.app import AppController
from tests.ui.conftest import PASSPHRASE


def test_entries_are_analysed_in_the_background_and_workers_stop_on_lock(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    # An entry written by the CLI while the app was closed is caught up after unlock.
    slug = profile_with_entries("Jobs", "I'm so grateful for my friends, today was wonderful")
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.background is not None, timeout=10_000)
    session, background = controller.session, controller.background
    assert session is not None and background is not None
    old = session.journal.list()[0]
    qtbot.waitUntil(lambda: background.analysis.get(old.id) is not None, timeout=10_000)
    # A new entry saved while unlocked is analysed too.
    new = session.journal.add(NewEntry("Exam", "I can't stop worrying about the exam and rent"))
    qtbot.waitUntil(lambda: background.analysis.get(new.id) is not None, timeout=10_000)
    analysis = background.analysis.get(new.id)
    assert analysis is not None and analysis.sentiment.compound < 0

    controller.lock("manual")
    assert controller.background is None
    qtbot.waitUntil(
        lambda: not any(t.name.startswith("neuroleaf-jobs-") for t in threading.enumerate()),
        timeout=10_000,
    )
