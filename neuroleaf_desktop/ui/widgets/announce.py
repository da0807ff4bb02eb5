"""Telling a screen reader that something changed, without moving the keyboard focus.

A label that changes its text says so on its own only when it has no accessible name of its
own; a progress line or an answer arriving on a worker would otherwise be heard only if the
person went looking. ``announce`` sends Qt's announcement event (a live region's polite or
assertive update, where the platform has one); ``name_changed`` and ``description_changed``
tell assistive tech to read a widget's name or description again.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget

Politeness = QAccessible.AnnouncementPoliteness


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have assistive tech say ``text`` now, on behalf of ``widget`` (nothing when empty)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(Politeness.Assertive if assertive else Politeness.Polite)
    QAccessible.updateAccessibility(event)


def name_changed(widget: QWidget) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def description_changed(widget: QWidget) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
