"""A friend word said to the reader, and a body part someone looks at, name no trouble.

"…, mate, …" set off by commas is a way of speaking: no friend in the trouble, while the
writer's mate as the one in it keeps the chip. A part stared or looked at ("kept looking at my
neck") is seen, not hurt; the part that hurts keeps health. The sentences are written for
these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def test_a_mate_spoken_to_is_no_friend_trouble() -> None:
    text = "The heating's off again, mate, I'm typing in gloves"
    assert "relationships" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My best mate hasn't spoken to me in a month and it's killing me",
        "Fell out with my mate over the stag do and I feel awful",
    ],
)
def test_the_writers_mate_in_the_trouble_still_chips(text: str) -> None:
    assert "relationships" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "A lad on the bus kept looking at my neck and I felt awful",
        "Everyone at the pool stared at my back and I felt sick",
    ],
)
def test_a_part_looked_at_is_no_hurt(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    ["My back is agony this morning", "Pulled something in my neck at the gym, can't turn my head"],
)
def test_a_part_that_hurts_still_chips(text: str) -> None:
    assert "health" in predict(text).stress
