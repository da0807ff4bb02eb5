"""Laughter that had the writer's company helpless, and a body that felt like flying, are joy.

"The new lad had me in stitches" and "felt like flying down the hill" show delight without
its name; stitches sewn ("ended up in stitches at A&E", "knee's still in stitches") stay no
joy. The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The new lad had me in stitches all through the stocktake",
        "First run since the op, felt like flying down the hill",
    ],
)
def test_delight_shown_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Came off the bike and ended up in stitches at A&E",
        "My knee's still in stitches from Tuesday",
    ],
)
def test_stitches_sewn_are_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions
