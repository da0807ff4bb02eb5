"""How services reach the person outside the window: a tiny protocol the UI implements with
the tray (a true edge, so tests substitute it) and the CLI implements by printing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Notifier(Protocol):
    def notify(self, title: str, message: str, *, action: str = "") -> None:
        """Show a notification. ``action`` names what a click opens (e.g. "breathing")."""


@dataclass
class CollectingNotifier:
    """Keeps notifications in memory: for the CLI (printed afterwards) and for tests."""

    sent: list[tuple[str, str, str]] = field(default_factory=list)

    def notify(self, title: str, message: str, *, action: str = "") -> None:
        self.sent.append((title, message, action))
