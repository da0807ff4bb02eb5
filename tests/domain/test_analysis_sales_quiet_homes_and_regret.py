"""The writer's stock sold out is joy; a home gone so quiet is loneliness; feeling awful about
what one did is shame.

Each pairs with a look-alike: what the writer wanted sold out before them, a quiet house
enjoyed, a day that was awful. The sentences are written for these tests, not taken from the
labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Sold out of the sourdough by half nine at the Saturday market",
        "Put the new candles out at the fair and sold out by lunch",
    ],
)
def test_the_writers_stock_sold_out_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The gig tickets sold out before I could log in, gutted",
        "The paint I wanted was sold out everywhere, so annoying",
    ],
)
def test_what_the_writer_wanted_sold_out_is_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The flat is so quiet since he moved out",
        "House is very quiet now the lodger's gone back to Spain",
    ],
)
def test_a_home_gone_so_quiet_is_loneliness(text: str) -> None:
    assert "loneliness" in predict(text).emotions


def test_a_quiet_house_enjoyed_is_no_loneliness() -> None:
    assert "loneliness" not in predict("Kids at nan's, house is quiet, bath run. Heaven.").emotions


@pytest.mark.parametrize(
    "text",
    [
        "Forgot my nephew's birthday completely and I feel awful about it",
        "Cancelled on Jo at the last minute again, felt terrible about it all evening",
    ],
)
def test_feeling_awful_about_ones_own_doing_is_shame(text: str) -> None:
    assert "shame" in predict(text).emotions


def test_an_awful_day_is_no_shame() -> None:
    assert "shame" not in predict("Awful day at the depot, rain and two breakdowns").emotions
