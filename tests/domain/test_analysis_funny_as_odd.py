""" "Funny" in the sense of odd, unwell or awkward ("my knee's gone funny again", "the hot
water's gone funny", "my vision went all funny") or as a sigh closing a trouble ("nobody
mentioned the pay rise again, funny that") names no joy of the writer's: nothing made them
laugh. A laugh told ("it was so funny watching Dad", "the kids were so funny at bathtime")
stays joy.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My knee's gone funny again on the stairs, here we go",
        "Redid the whole spreadsheet and the numbers have gone funny, brilliant",
        "My vision went all funny on the bus this morning",
        "The boiler's making that noise and the hot water's gone funny again",
        "Nobody mentioned the pay rise again, funny that",
        "My stomach goes funny every time the phone rings at work",
        "The sat nav went funny halfway to Leeds and we ended up in a field",
    ],
)
def test_funny_as_odd_is_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The kids were so funny at bathtime, I laughed till I cried",
        "It was so funny watching Dad try the trampoline, best laugh in ages",
    ],
)
def test_a_laugh_told_stays_joy(text: str) -> None:
    assert "joy" in predict(text).emotions
