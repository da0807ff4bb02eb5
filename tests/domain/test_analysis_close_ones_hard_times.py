"""A close person having a rotten, grim or horrible time is their trouble until the writer
says it touches them.

As "having a hard time" already was: the partner or relative named as the one the time befalls
gives no chip of their category when the writer names no worry or strain of their own. The
sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My wife is having a rotten time of it at the new place", "relationships"),
        ("Mum's having a grim time with her new boss", "family"),
        ("My girlfriend's having a horrible time on the placement", "relationships"),
    ],
)
def test_their_hard_time_is_theirs(text: str, category: str) -> None:
    assert category not in predict(text).stress


def test_the_writers_worry_for_them_still_chips() -> None:
    text = "My husband is having a rotten time with his back and I'm worried sick"
    assert "relationships" in predict(text).stress
