"""What the writer earns told down, halved or dropped ("Tips are down", "Commission's down 30%",
"earnings have halved", "orders dropped off a cliff") is money lost by itself, as takings and
bookings down already were. A number or a price down, or a temperature dropped, are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Tips are down since they put the card machines in",
        "Commission's down a third this quarter",
        "My earnings have halved since the new app launched",
        "Orders dropped after Christmas like they always do",
        "Donations are down and the shelter's heating bill isn't",
        "Profits were down again in the autumn",
    ],
)
def test_earnings_down_are_money(text: str) -> None:
    assert "money" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My resting heart rate is down to 58, the running is working",
        "Temperature dropped overnight, frost on the car",
        "Wind's down, lovely evening on the water",
    ],
)
def test_other_things_down_are_no_money(text: str) -> None:
    assert "money" not in predict(text).stress
