"""The writer crawling about a bus or a train ("I was crawling round the carriage floor looking
for my lens", "I crawled under a stranger's legs for the dummy") is a mishap on board: the
vehicle is only where it happened, so no commute, as a bag leaking on the bus already was not.
A journey that crawls ("the bus crawled the whole way in", "train was crawling along behind a
freight") stays the commute.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Spilled my coins on the train and I was crawling along the floor picking them up, so "
        "embarrassing",
        "My toddler threw his dummy on the bus and I crawled under a stranger's legs to get it, "
        "mortified",
        "Baby's sock fell off on the metro and I was crawling round the aisle for it, cringe",
        "Dropped my keys on the subway and I crawled the length of the carriage looking, so "
        "embarrassed",
        "Dropped a fiver on the train and I was crawling under the table after it, humiliating",
        "Pen rolled off on the bus and I crawled after it between everyone's feet, cringe",
    ],
)
def test_the_writer_crawling_on_board_is_no_commute(text: str) -> None:
    assert "commute" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The bus crawled the whole way in, fuming",
        "Train was crawling along behind a freight, so fed up",
    ],
)
def test_a_journey_that_crawls_stays_the_commute(text: str) -> None:
    assert "commute" in predict(text).stress
