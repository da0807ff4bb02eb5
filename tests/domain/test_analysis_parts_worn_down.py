"""A body part worn down by a cause, said to be agony, or eyes gone dry: a health chip.

"The stairs have done my knee in", "these tablets are wrecking my stomach", "wrist is agony",
"eyes are gritty": the writer's own hurt, however plainly the rest of the sentence reads. The
head is left out ("doing my head in" is a mood) and a wait or a wedding's tears name no part.
The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Decorating the landing has done my shoulder in",
        "These new work boots are killing my feet",
        "The antibiotics are wrecking my stomach again",
        "Left wrist is agony after the climbing wall",
        "Eyes are gritty after the long drive up",
    ],
)
def test_a_part_worn_down_or_agony_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "This roadworks traffic is doing my head in",
        "Waiting for the results is agony",
        "Not a dry eye in the church when they read the vows",
        "Killing time at the station till the next train",
    ],
)
def test_a_mood_or_a_wait_is_no_health_chip(text: str) -> None:
    assert "health" not in predict(text).stress
