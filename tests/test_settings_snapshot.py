"""The typed, frozen settings snapshot: read once, replaced by settings change events."""

from __future__ import annotations

import dataclasses

import pytest

from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.settings_service import SCHEMA, Settings
from neuroleaf_desktop.storage.repositories.settings_repo import SettingsRepository


def test_the_snapshot_has_every_setting_typed_and_frozen(session: Session) -> None:
    snap = session.settings.snapshot()
    assert {f.name for f in dataclasses.fields(Settings)} == set(SCHEMA)
    assert snap == Settings.defaults()
    assert snap.reminder_times == ("20:30",) and snap.auto_lock_minutes == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.theme = "dark"  # type: ignore[misc]
    assert session.settings.get("reminder_times") == ["20:30"]  # plain values stay lists


def test_reads_are_served_from_the_snapshot_until_a_change(session: Session) -> None:
    settings = session.settings
    first = settings.snapshot()
    assert settings.snapshot() is first  # no second vault read
    settings.set("auto_lock_minutes", 12)
    second = settings.snapshot()
    assert second is not first and second.auto_lock_minutes == 12
    assert settings.get("auto_lock_minutes") == 12
    settings.reset("auto_lock_minutes")
    assert settings.snapshot().auto_lock_minutes == 5


def test_a_write_by_another_writer_is_seen_after_its_change_event(session: Session) -> None:
    settings = session.settings
    assert settings.snapshot().theme == "system"
    with session.vault.transaction() as conn:  # e.g. an import writing the table directly
        SettingsRepository(conn).set("theme", "dark")
    assert settings.snapshot().theme == "system"  # not announced yet: the snapshot stands
    session.events.publish(Change(Topic.SETTINGS, "updated", "theme"))
    assert settings.snapshot().theme == "dark"
