"""A quarrel told as a shouting match and blame put on the writer are anger.

Why: every labelled row with "shouting match" says anger (five writers), and so does every row
where someone blamed the writer or the writer "gets blamed" but one (five writers). The writer
blaming themself is shame, not anger, and is not read here. The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Parents' group chat turned into a screaming match over the school fair.",
        "Site manager blamed me for the delivery mix-up that was his own doing.",
        "Whenever the till is short I'm the one who gets blamed.",
    ],
)
def test_a_shouting_match_or_being_blamed_is_anger(text: str) -> None:
    assert "anger" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I blamed myself for the crash for years.",
        "Nobody's to blame, the roof just gave way in the storm.",
        "Watched a boxing match with Dad, shouting at the telly like old times, brilliant night.",
    ],
)
def test_self_blame_no_blame_and_a_match_watched_are_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions
