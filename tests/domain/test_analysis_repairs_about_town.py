"""A repair placed about the town, or said of every home, is the work of one who fixes them.

"An emergency leak across town", "every boiler in town is broken" are the homes the
writer is called out to: no chip of the writer's own home. A leak or a boiler at home stays
the home's. The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Skipped lunch again for a burst leak over in town, soaked to the knees",
        "Frost last night and every boiler in town is broken, I've been out since six",
        "Called out at midnight to a leak across the city and the van wouldn't start",
    ],
)
def test_a_repair_about_town_is_no_home_trouble(text: str) -> None:
    assert "home" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The boiler's packed in again and we've had no hot water for three days",
        "Another leak in the bathroom ceiling and the landlord won't answer",
    ],
)
def test_a_repair_at_home_still_chips(text: str) -> None:
    assert "home" in predict(text).stress
