"""A voice giving out, and skin rubbed raw, are the writer's health.

Why: a blind batch (test46) missed health in "Voice keeps going from shouting over parties" and
"Armpits rubbed raw from the crutches"; three other writers told a voice "going" and labelled
health each time. "Lost my voice" is as often told of a hard day at work alone and is left
out. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My voice is going after three days of calling bingo.",
        "Voice keeps going halfway through the evening tours.",
        "Shoulders rubbed raw from the new rucksack straps.",
    ],
)
def test_a_voice_giving_out_or_skin_rubbed_raw_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The choir's going to Wales in June, can't wait.",
        "Rubbed the old varnish off the door, raw wood underneath.",
    ],
)
def test_a_choir_going_or_raw_wood_is_no_health(text: str) -> None:
    assert "health" not in predict(text).stress
