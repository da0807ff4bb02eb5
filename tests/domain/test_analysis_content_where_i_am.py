"""Contentment told as nowhere else to be ("nowhere I'd rather be", "I didn't want to be
anywhere else", "couldn't think of anywhere I'd rather be") is the writer's calm. Wanting to be
anywhere else, unnegated, is the opposite and is no calm.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Sitting on the harbour wall with chips and the gulls, nowhere I'd rather be",
        "Night feed in the dark with her asleep, couldn't think of anywhere else I'd rather be",
        "Fourteen hours on the allotment and I didn't want to be anywhere else",
        "Empty beach, flask of tea, there's no place I'd rather be right now",
        "We sat by the fire till two, wouldn't want to be anywhere else",
        "Nowhere else we'd rather be than this little caravan in the rain",
    ],
)
def test_nowhere_else_to_be_is_calm(text: str) -> None:
    assert "calm" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I want to be anywhere else but this office",
        "I'd rather be anywhere but this waiting room",
    ],
)
def test_wanting_to_be_elsewhere_is_no_calm(text: str) -> None:
    assert "calm" not in predict(text).emotions
