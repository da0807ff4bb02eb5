"""Woken at a small hour and turning one thing over is worry ("woke at 4 thinking about the van
payment"), while waking early with nothing on the mind, or lying awake going over a task to
prepare, names no feeling. The sentences are new (not rows of the labelled set); assertions are
the entry's chips.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Woke at 3 thinking about the boiler quote.",
        "Keep waking up going over what I said to the head of year.",
        "Woke up at half four sure I'd left the oven on.",
        "Waking in the night thinking about the mortgage renewal.",
    ],
)
def test_woken_turning_one_thing_over_is_worry(text: str) -> None:
    assert "anxiety" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Woke at 6 with the sun on the curtains, made a coffee.",
        "Lying awake going over my lines for the play tomorrow.",
        "Woke up thinking it was Saturday, it wasn't.",
    ],
)
def test_waking_with_nothing_turned_over_is_no_worry(text: str) -> None:
    assert "anxiety" not in predict(text).emotions
