"""Tears in another's eyes ("he hugged me with tears in his eyes", "her eyes welled up",
"his eyes were full of tears") are theirs, no sadness of the writer's; tears in the writer's
own eyes stay sadness where the sentence is sad.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Gave mum the photo album and she looked at me with tears in her eyes",
        "The kids sang happy birthday and her eyes filled with tears, what a day",
        "Coach gave his farewell speech with tears in his eyes",
        "Mum read my card and her eyes welled up",
        "Told my grandad I got the apprenticeship and he hugged me with tears in his eyes",
        "The groom's dad stood up to speak and his eyes were full of tears",
    ],
)
def test_tears_in_their_eyes_are_theirs(text: str) -> None:
    assert "sadness" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Read her letter with tears in my eyes, I miss her so much",
        "Sat in the car with tears in my eyes after the funeral",
    ],
)
def test_tears_in_my_eyes_stay_sadness(text: str) -> None:
    assert "sadness" in predict(text).emotions
