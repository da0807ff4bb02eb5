"""Plural relatives with no noun after them, reached "at", "to" or "round", are their home.

"Dropped a glass at my in-laws'" tells where a mishap happened; the tokenizer drops the plural's
apostrophe, so the home is read from what follows (nothing, or only where or when) and from what
comes before ("snapped at my parents" is said at them). The sentences are written for these
tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Dropped a wine glass at my in-laws', mortified",
        "Burnt my hand on the oven round my parents' tonight, ouch",
        "Lost my good earring at the grandparents'",
    ],
)
def test_their_home_is_where_not_a_family_trouble(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Snapped at my parents again, feel rotten",
        "Shouted at the in-laws over nothing and now it's awkward",
        "My in-laws are criticising everything I cook, exhausting",
    ],
)
def test_a_trouble_with_them_stays_family(text: str) -> None:
    assert "family" in predict(text).stress
