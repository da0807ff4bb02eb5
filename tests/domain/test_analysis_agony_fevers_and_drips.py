"""The writer in agony, glandular fever, and a roof or ceiling letting water through.

"… and I'm in agony", "Second week of glandular fever" are the writer's health, and "the
ceiling's dripping onto the sofa" a trouble of the home, each by itself. Someone else's agony
is theirs, and a tap dripping that the writer fixed is no trouble. The sentences are written
for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Carried the wardrobe up three flights and I'm in agony", "health"),
        ("Day nine of glandular fever and the sofa is my whole world", "health"),
        ("The roof's dripping into the spare room, bucket's full already", "home"),
    ],
)
def test_chips_by_itself(text: str, category: str) -> None:
    assert category in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My sister's been in agony with her wisdom teeth all week",
        "Heard the tap dripping all night, finally fixed the washer, bliss",
    ],
)
def test_no_trouble_of_the_writers(text: str) -> None:
    assert not predict(text).stress
