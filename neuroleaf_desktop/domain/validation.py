"""Rules for what we store. Pure functions: each returns the clean value or raises.

Text is stored faithfully (any Unicode, emoji, right-to-left scripts, combining marks) after
NFC normalisation, so the same word typed on two keyboards is found by search. We refuse only
what we cannot keep well: absurd sizes, and control characters in short labels such as tags.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from datetime import datetime

from neuroleaf_desktop.errors import ValidationError

MAX_TITLE_CHARS = 300
MAX_BODY_CHARS = 5_000_000  # ~5 MB of text; a 1 MB entry is fine
MAX_TAG_CHARS = 48
MAX_TAGS = 50
MAX_NOTE_CHARS = 20_000
MAX_LABEL_CHARS = 40
SCALE_MIN, SCALE_MAX = 1, 10
SLEEP_QUALITY_MIN, SLEEP_QUALITY_MAX = 1, 5
# Years a stored time may fall in. Times are kept as sortable text with a four-digit year, and a
# local day is the UTC time moved by up to 14 hours either way, so year 1 and year 9999 have no
# room; a date outside these is a broken clock or a broken file, never a day someone lived.
FIRST_YEAR, LAST_YEAR = 1000, 9998


def normalize_text(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d" for ch in text)


def clean_title(title: str) -> str:
    cleaned = normalize_text(title).strip()
    if "\x00" in cleaned or any(ch in cleaned for ch in "\r\n"):
        raise ValidationError("A title is one line of text, without line breaks.")
    if len(cleaned) > MAX_TITLE_CHARS:
        raise ValidationError(f"A title can be at most {MAX_TITLE_CHARS} characters.")
    return cleaned


def clean_body(body: str) -> str:
    cleaned = normalize_text(body)
    if len(cleaned) > MAX_BODY_CHARS:
        raise ValidationError(
            f"This entry is {len(cleaned):,} characters long; the limit is {MAX_BODY_CHARS:,}. "
            "Please split it into several entries."
        )
    return cleaned


def require_content(title: str, body: str) -> None:
    if not title.strip() and not body.strip():
        raise ValidationError("An entry needs a title or some text.")


def clean_label(label: str, *, what: str = "label") -> str:
    """Tags, emotion words and activity names: short, single-line, case-insensitive."""
    cleaned = " ".join(normalize_text(label).split()).lower().lstrip("#")
    if not cleaned:
        raise ValidationError(f"An empty {what} cannot be saved.")
    if _has_control(cleaned):
        raise ValidationError(f"The {what} '{cleaned!r}' contains control characters.")
    limit = MAX_TAG_CHARS if what == "tag" else MAX_LABEL_CHARS
    if len(cleaned) > limit:
        raise ValidationError(f"A {what} can be at most {limit} characters.")
    return cleaned


def clean_labels(labels: Iterable[str], *, what: str = "label") -> tuple[str, ...]:
    """Clean and de-duplicate, keeping the person's order."""
    seen: dict[str, None] = {}
    for label in labels:
        seen.setdefault(clean_label(label, what=what), None)
    if len(seen) > MAX_TAGS:
        raise ValidationError(f"At most {MAX_TAGS} {what}s per item.")
    return tuple(seen)


def check_scale(value: int | None, name: str, low: int = SCALE_MIN, high: int = SCALE_MAX) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{name.capitalize()} must be a whole number from {low} to {high}.")


def check_moment(moment: datetime, what: str) -> None:
    """Refuse a time whose year a journal cannot hold (``what``: "entry", "check-in")."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValidationError(
            f"The {what}'s date ({moment:%d %b} of the year {moment.year}) is not a date a "
            f"journal can keep: it must fall between the years {FIRST_YEAR} and {LAST_YEAR}."
        )


def check_sleep_hours(hours: float | None) -> None:
    if hours is None:
        return
    if not isinstance(hours, int | float) or math.isnan(hours) or not 0 <= hours <= 24:
        raise ValidationError("Sleep must be between 0 and 24 hours.")


def clean_note(note: str) -> str:
    cleaned = normalize_text(note).strip()
    if len(cleaned) > MAX_NOTE_CHARS:
        raise ValidationError(f"A note can be at most {MAX_NOTE_CHARS:,} characters.")
    return cleaned
