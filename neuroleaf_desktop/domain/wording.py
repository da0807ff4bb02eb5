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
