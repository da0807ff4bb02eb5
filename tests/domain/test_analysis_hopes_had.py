"""A hope told as had before it was lost ("we had such high hopes for that one", "had my hopes up
for the flat", "my hopes were high for the harvest") is a loss looked back on: no hope of the
writer's now. A hope the writer has ("I have high hopes for the new plot", "really hoping the
scan comes back clear") stays hope.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Frost took the whole row of seedlings overnight, we had such high hopes for them",
        "Didn't get the job, I had really high hopes for that interview",
        "We had high hopes for the puppy class but he bit the instructor",
        "Had my hopes up for the flat and someone outbid us",
        "My hopes were high for the harvest and then the blight came",
        "We had such great hopes for the new hive and the colony died over winter",
    ],
)
def test_a_hope_had_before_a_loss_is_no_hope_now(text: str) -> None:
    assert "hope" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I have high hopes for the new plot this spring",
        "Really hoping the scan comes back clear next week",
    ],
)
def test_a_hope_held_now_stays_hope(text: str) -> None:
    assert "hope" in predict(text).emotions
