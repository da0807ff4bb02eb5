"""Laughing a thing off in any person ("My brother has it as well and just laughs it off, wish
I could", "laughs them off", "laughs things off") is a shrug, masking or dismissing it: no joy,
as "laughed it off" already was. Laughter the writer shares ("We laughed all the way home")
stays joy.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Mum's got the same thing and just laughs it off, I can't",
        "My husband gets the same comments and just laughs them off",
        "Laughs it off, my brother, every single time",
        "Nan gets the same looks on the bus and just laughs them off",
        "My partner has the same condition and just laughs it off, I wish I could",
        "Sis just laughs everything off, I can't",
        "Laughs things off, my dad, always has",
    ],
)
def test_laughing_it_off_is_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Laughed till I cried at the panto with the kids",
        "We laughed all the way home from the pub",
    ],
)
def test_laughter_shared_stays_joy(text: str) -> None:
    assert "joy" in predict(text).emotions
