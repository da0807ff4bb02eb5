"""Work owed by a time limit, told by how much is left or by a blank: a deadline strain by itself.

A count of things still to do before a named day ("Sixty invoices to send by Friday", "38
cakes to ice before Saturday") and a page, screen or contract still blank or unsigned as the
day nears ("speech due Saturday, blank page", "contract still unsigned and the launch is in
nine days") are the writer's deadline though no feeling word makes the part negative. A count
with no limit, a time counted down with nothing owed, a blank with no day and work done by the
day are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Sixty invoices to send out by Friday",
        "Thirty-eight wedding cakes to ice before Saturday",
        "We've got 200 orders to pack by the end of the week",
        "Nine chapters to proofread for the publisher by the 12th",
        "Twelve reports to write by Monday morning",
        "Wedding speech due Saturday, blank page",
        "Grant bid due on the 30th and the budget sheet is still blank",
        "The lease is still unsigned and the shop opens in ten days",
        "Staring at a blank screen, the pitch deck is due tomorrow",
    ],
)
def test_work_owed_by_a_limit_is_a_deadline(text: str) -> None:
    assert "deadlines" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Sixty invoices sent this week, all paid",
        "Three weeks to go until the holiday",
        "Bought a notebook with a blank page for every day of the year",
        "Finished all twelve reports by Monday, feeling great",
        "Two more sleeps to go until Christmas",
        "The café opens in ten days and I can't wait",
        "Sent the parents a note at eleven at night to say the trip is off, all sorted",
        "Two-day course before Friday, looking forward to it",
    ],
)
def test_a_count_a_countdown_or_a_blank_alone_is_no_deadline(text: str) -> None:
    assert "deadlines" not in predict(text).stress
