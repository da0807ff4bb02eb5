"""A stressor the writer then says they don't mind ("… nobody pays back, and to be fair I don't
mind one bit", "The commute's an hour each way but I don't mind it") is taken back: no strain,
and the sentence reads good. "I do mind" and "I don't mind saying I hate …" keep the trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Mum rings three times a day since dad died, I don't mind, it's nice to be needed",
        "Paying for the kids' school trip again, don't mind one bit, they'll love it",
        "The commute's an hour each way but I don't mind it, podcasts",
        "Petrol money for the carpool never gets paid back, I don't mind though",
        "Landlord's slow with repairs but honestly I don't mind, the rent's cheap",
        "I cover the odd extra shift for the team and honestly I don't mind at all",
    ],
)
def test_a_trouble_not_minded_is_no_strain(text: str) -> None:
    got = predict(text)
    assert not got.stress
    assert got.polarity == "pos"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Rent went up fifty quid and I really do mind, we can barely cover it now", "money"),
        ("The commute's an hour each way and I don't mind saying I hate every minute", "commute"),
    ],
)
def test_a_trouble_minded_stays(text: str, category: str) -> None:
    assert category in predict(text).stress
