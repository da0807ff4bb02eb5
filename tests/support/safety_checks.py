"""The two checks every rule round's tests make of its new sentences: a sign is flagged with its
category among the matches, a look-alike is not flagged at all (reasons shown when it is)."""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category


def assert_flagged_as(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in {s.category for s in result.matched_spans}, (text, result.reasons)


def assert_not_flagged(text: str) -> None:
    result = assess(text)
    assert not result.flagged, (text, result.reasons)
