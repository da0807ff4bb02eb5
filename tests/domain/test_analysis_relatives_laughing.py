"""A relative laughing is their delight, no strain with them.

"My brother laughed so hard at the video he had to lie down" gives no chip of the writer's
family; a relative laughing at the writer is a slight and keeps it, as does a relative's
repeated act the writer lives with. The sentences are written for these tests, not taken from
the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My brother laughed so hard at the video he had to lie down",
        "My dad laughed so hard he couldn't breathe, worst joke ever",
    ],
)
def test_a_relative_laughing_is_no_family_strain(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My sister laughed at me in front of everyone and I wanted to disappear",
        "Mum keeps ringing at midnight and I'm exhausted",
    ],
)
def test_a_slight_or_a_habit_still_chips(text: str) -> None:
    assert "family" in predict(text).stress
