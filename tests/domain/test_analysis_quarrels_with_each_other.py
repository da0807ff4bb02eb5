"""The writer and another quarrelling with each other ("Hubby and I snapped at each other at
3am", "we keep sniping at each other", "my girlfriend and I bickered the whole way") is the
writer's own quarrel: conflict, beside the other's category, as "we keep bickering" is in the
guide. Others at each other ("the couple next door screamed at each other") are theirs, and a
boat rowed is no row.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Hubby and I snapped at each other over the bottles again",
        "My girlfriend and I bickered the whole way to Cornwall",
        "We keep sniping at each other since the move, it's exhausting",
        "Me and my sister shouted at each other in the car park at the hospital",
        "Wife and I were snapping at each other all through the school run",
        "We keep bickering about the wedding budget, I'm worn out",
    ],
)
def test_the_writer_quarrelling_with_another_is_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Two lads in the queue were sniping at each other about football",
        "We rowed over to the island before lunch, glorious",
    ],
)
def test_others_quarrels_and_boats_are_no_conflict(text: str) -> None:
    assert "conflict" not in predict(text).stress
