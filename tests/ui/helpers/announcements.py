"""What the app tells assistive tech, recorded for the accessibility tests.

Qt sends every accessibility event through ``QAccessible.updateAccessibility``; the recorder
wraps it (each event still reaches Qt as before) and keeps three views of what went by: the
announced messages, the same with whether each was assertive, and every event with its widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget


@dataclass
class Announcements:
    said: list[str] = field(default_factory=list)  # announced messages, in order
    politely: list[tuple[str, bool]] = field(default_factory=list)  # (message, assertive)
    events: list[tuple[str, str, QWidget | None]] = field(default_factory=list)
    # (an event's type name or "announce", the announced text or "", the widget it concerns)


def record_announcements(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    """Start recording (until the test's monkeypatch is undone)."""
    heard = Announcements()
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        target = event.object()
        widget = target if isinstance(target, QWidget) else None
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.said.append(event.message())
            heard.politely.append((event.message(), assertive))
            heard.events.append(("announce", event.message(), widget))
        else:
            heard.events.append((event.type().name, "", widget))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return heard
