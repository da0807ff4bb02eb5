"""Counting words right ("1 day", "2 days", "1 entry", "3 entries"): one helper, so no
screen or report says "1 days"."""

from __future__ import annotations

# Nouns whose plural is not just "+s".
_IRREGULAR = {"entry": "entries", "activity": "activities", "this": "these"}


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``count`` followed by ``noun`` in the singular for exactly one, else the plural."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural_form or _IRREGULAR.get(noun) or noun + 's'}"


def duration_words(seconds: float) -> str:
    """A length of time as a person says it: "12 seconds", "1 minute 5 seconds", "2 minutes",
    "1 hour 10 minutes". A clock's "0 min 12 s" reads like a form to fill in; a moment too short
    to count is "less than a second", never "0 s"."""
    whole = max(0, round(seconds))
    if whole == 0:
        return "less than a second"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:  # seconds are noise beside hours
        parts = [plural(hours, "hour")] + ([plural(minutes, "minute")] if minutes else [])
    else:
        parts = ([plural(minutes, "minute")] if minutes else []) + (
            [plural(secs, "second")] if secs else []
        )
    return " ".join(parts)
