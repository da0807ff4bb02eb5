"""Per-profile settings with typed defaults. Stored encrypted in the vault.

Reads go through one frozen, typed :class:`Settings` snapshot per session: read from the vault
once, then kept until a settings change event (a ``set``, a ``reset``, an import) drops it.
A nudge decision that looks at five settings reads the vault at most once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.storage.repositories.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from neuroleaf_desktop.storage.vault import Vault

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _choice(*options: str) -> Callable[[Any], bool]:
    return lambda value: value in options


def _int_range(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: (
        isinstance(value, int) and not isinstance(value, bool) and (low <= value <= high)
    )


def _int_choice(*options: int) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, int) and not isinstance(value, bool) and value in options


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_time(value: Any) -> bool:
    return isinstance(value, str) and bool(_TIME.match(value))


def _is_times(value: Any) -> bool:
    return isinstance(value, list) and all(_is_time(t) for t in value) and len(value) <= 6


def _is_iso_or_empty(value: Any) -> bool:
    if value == "":
        return True
    try:
        return isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _is_date_or_empty(value: Any) -> bool:
    if value == "":
        return True
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _is_country(value: Any) -> bool:
    return isinstance(value, str) and (value == "" or bool(re.fullmatch(r"[A-Za-z]{2}", value)))


def _is_language(value: Any) -> bool:
    return isinstance(value, str) and (
        value in ("", "auto") or bool(re.fullmatch(r"[a-z]{2,3}", value))
    )


# key: (default, validator, human description)
SCHEMA: dict[str, tuple[Any, Callable[[Any], bool], str]] = {
    "theme": ("system", _choice("light", "dark", "system"), "light, dark or system"),
    # Keep animations still: "on", "off", or "system" (follow the desktop's own preference).
    "reduce_motion": ("system", _choice("system", "on", "off"), "system, on or off"),
    # The app's text size, a percentage of the system's font size.
    "text_size": (100, _int_choice(90, 100, 115, 130, 150), "90, 100, 115, 130 or 150 (percent)"),
    # Offer a gentle question on a new, empty entry: "on" or "off".
    "writing_prompts": ("on", _choice("on", "off"), "on or off"),
    # Offer what was written on this date in earlier years, above the Journal's days.
    "on_this_day": ("on", _choice("on", "off"), "on or off"),
    # The local day the person closed the "On this day" line on (it returns the next day).
    "on_this_day_hidden_on": ("", _is_date_or_empty, "a date as YYYY-MM-DD, or empty"),
    "auto_lock_minutes": (5, _int_range(0, 240), "minutes from 0 (never) to 240"),
    "lock_on_minimize": (True, _is_bool, "true or false"),
    "close_to_tray": (True, _is_bool, "true or false"),
    "reminder_times": (["20:30"], _is_times, "a list of HH:MM times"),
    "daily_check_time": ("09:00", _is_time, "a time as HH:MM"),
    "nudges_enabled": (True, _is_bool, "true or false"),
    "trash_retention_days": (30, _int_range(1, 365), "days from 1 to 365"),
    "keep_voice_audio": (False, _is_bool, "true or false"),
    "quiet_hours_start": ("22:00", _is_time, "a time as HH:MM"),
    "quiet_hours_end": ("08:00", _is_time, "a time as HH:MM"),
    "nudge_snoozed_until": ("", _is_iso_or_empty, "an ISO date-time, or empty"),
    "decline_length": (3, _int_range(3, 14), "days from 3 to 14"),
    "questionnaire_reminders": (False, _is_bool, "true or false"),
    "voice_model": ("tiny.en", _choice("tiny.en", "base"), "tiny.en or base"),
    "voice_language": ("en", _is_language, "a code such as en, de, or auto (detect)"),
    "voice_max_seconds": (900, _int_range(10, 7200), "seconds from 10 to 7200"),
    # The country whose crisis lines the safety card shows; empty: the system's country.
    "safety_country": ("", _is_country, "empty (the system's country) or a code such as DE"),
    # How search results are listed, as last chosen in the search panel.
    "search_order": ("best", _choice("best", "newest", "oldest"), "best, newest or oldest"),
}


@dataclass(frozen=True)
class Settings:
    """Every setting of a profile at one moment, typed, with the defaults filled in."""

    theme: str
    reduce_motion: str
    text_size: int
    writing_prompts: str
    on_this_day: str
    on_this_day_hidden_on: str
    auto_lock_minutes: int
    lock_on_minimize: bool
    close_to_tray: bool
    reminder_times: tuple[str, ...]
    daily_check_time: str
    nudges_enabled: bool
    trash_retention_days: int
    keep_voice_audio: bool
    quiet_hours_start: str
    quiet_hours_end: str
    nudge_snoozed_until: str
    decline_length: int
    questionnaire_reminders: bool
    voice_model: str
    voice_language: str
    voice_max_seconds: int
    safety_country: str
    search_order: str

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Settings:
        """From a full mapping of valid values (lists become tuples: the snapshot is frozen)."""
        return cls(
            **{f.name: _frozen(values[f.name]) for f in fields(cls)}  # KeyError: schema drift
        )

    @classmethod
    def defaults(cls) -> Settings:
        return cls.from_values({key: default for key, (default, _, _) in SCHEMA.items()})

    def as_dict(self) -> dict[str, Any]:
        """Plain values as stored (tuples back to lists), e.g. for JSON or a settings form."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


class SettingsService:
    def __init__(self, vault: Vault, events: EventBus) -> None:
        self.vault = vault
        self.events = events
        self._lock = threading.Lock()
        self._snapshot: Settings | None = None
        self._generation = 0  # bumped by every change: a read racing a write is not kept
        events.subscribe(self._on_change, Topic.SETTINGS)

    def snapshot(self) -> Settings:
        """The current settings (reads the vault only after a change, or the first time)."""
        with self._lock:
            cached, generation = self._snapshot, self._generation
        if cached is not None:
            return cached
        fresh = Settings.from_values(self._read())
        with self._lock:
            if self._generation == generation:
                self._snapshot = fresh
        return fresh

    def _read(self) -> dict[str, Any]:
        with self.vault.reading() as conn:
            stored = SettingsRepository(conn).get_all()
        values = {key: default for key, (default, _, _) in SCHEMA.items()}
        values.update({k: v for k, v in stored.items() if k in SCHEMA and SCHEMA[k][1](v)})
        return values

    def _on_change(self, _change: Change) -> None:
        with self._lock:
            self._generation += 1
            self._snapshot = None

    def all(self) -> dict[str, Any]:
        return self.snapshot().as_dict()

    def get(self, key: str) -> Any:
        self._check_key(key)
        return self.all()[key]

    def set(self, key: str, value: Any) -> None:
        self._check_key(key)
        _, valid, description = SCHEMA[key]
        if not valid(value):
            raise ValidationError(f"Setting {key!r} must be {description}.")
        with self.vault.transaction() as conn:
            SettingsRepository(conn).set(key, value)
        self.events.publish(Change(Topic.SETTINGS, "updated", key))

    def reset(self, key: str) -> None:
        self._check_key(key)
        with self.vault.transaction() as conn:
            SettingsRepository(conn).delete(key)
        self.events.publish(Change(Topic.SETTINGS, "updated", key))

    @staticmethod
    def _check_key(key: str) -> None:
        if key not in SCHEMA:
            known = ", ".join(sorted(SCHEMA))
            raise ValidationError(f"Unknown setting {key!r}. Known settings: {known}.")
