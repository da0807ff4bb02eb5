"""Ids as people type them: a full id, or a unique prefix of at least 6 characters.

The CLI shows 8 characters of an id; entries and check-ins accept the same short forms with the
same messages, so the rule lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from neuroleaf_desktop.errors import NotFoundError, ValidationError

MIN_PREFIX = 6


def resolve_prefix(
    typed: str,
    exists: Callable[[str], bool],
    find_by_prefix: Callable[[str], Sequence[str]],
    *,
    noun: str,
    nouns: str,
) -> str:
    """The full id that ``typed`` names (``noun``/``nouns``: "entry"/"entries" in messages)."""
    typed = typed.strip()
    if exists(typed):
        return typed
    if len(typed) < MIN_PREFIX:
        raise NotFoundError(f"No {noun} {typed!r}. Use at least 6 characters of its id.")
    matches = find_by_prefix(typed)
    if not matches:
        raise NotFoundError(f"No {noun} {typed!r}.")
    if len(matches) > 1:
        raise ValidationError(f"{typed!r} matches several {nouns}; type more of the id.")
    return matches[0]
