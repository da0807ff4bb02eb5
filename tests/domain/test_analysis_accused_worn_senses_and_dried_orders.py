"""Forms several writers label alike: one who swears blind the writer did a wrong, a sense worn
by the years, and the orders that brought money in dried up.

"Landlord swore blind I'd broken the shower" is an accusation (conflict); "My eyesight isn't
what it was" the writer's health; "Bookings have dried up" money. Someone swearing of
themself, a town "not what it was" and puddles dried up are none of these. The sentences are
written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Landlord swore blind I'd broken the shower, it was cracked when I moved in", "conflict"),
        ("My eyesight isn't what it was, had to hold the menu at arm's length", "health"),
        ("Bookings have dried up since the new road opened", "money"),
    ],
)
def test_the_form_chips(text: str, category: str) -> None:
    assert category in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "He swore blind he'd never met me, the liar",
        "The town isn't what it was, half the shops are boarded up",
        "The puddles have dried up at last, walked the dog without wellies",
    ],
)
def test_look_alikes_do_not(text: str) -> None:
    assert not predict(text).stress
