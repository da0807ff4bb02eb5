"""Someone snoring where the writer sleeps ("the bloke in the top bunk snoring like a tractor",
"my partner snores") is poor sleep in a bad part, and loud snoring likened to a machine is a
complaint by itself. Snoring laughed about, the writer's own snoring sent to a clinic, or a
snoring pet watched fondly is none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Night bus, then a dorm of ten with one lad snoring like a tractor",
        "My husband's snoring is driving me up the wall",
        "Caravan walls are paper thin and the neighbour snores like a foghorn",
        "Third night in the bunkhouse with someone snoring, I'm wrecked",
        "He snored all night and I'm running on empty",
        "Sharing a room with my brother on holiday and his snoring is awful",
    ],
)
def test_snoring_near_the_writer_is_poor_sleep(text: str) -> None:
    assert "sleep" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The dog is snoring on my feet and it's the best sound in the world",
        "We laughed about Dad's snoring all through breakfast",
    ],
)
def test_snoring_told_fondly_is_no_sleep_trouble(text: str) -> None:
    assert "sleep" not in predict(text).stress
