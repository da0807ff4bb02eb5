"""A lone "honestly" closing a grievance is the writer's anger.

"Parking at the hospital has gone up again, honestly" and a question put about someone's
doings ("Why would anyone leave a trolley …, honestly") are exasperation; after a good part
or a plain remark ("It's fine, honestly") it names no anger. The sentences are written for
these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Parking at the hospital has gone up again, honestly",
        "Why would anyone leave a trolley in the middle of the lane, honestly",
    ],
)
def test_a_grievance_closed_with_honestly_is_anger(text: str) -> None:
    prediction = predict(text)
    assert "anger" in prediction.emotions and prediction.polarity == "neg"


@pytest.mark.parametrize(
    "text", ["It's fine, honestly", "Best sandwich I've had all year, honestly"]
)
def test_honestly_after_a_plain_or_good_part_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions
