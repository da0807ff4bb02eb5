"""A complaint not made ("took over the cooking without one word of complaint", "without a
single grumble", "never once complained") is praise of the one who made none: no strain with
them and no bad part. A partner or relative who complains or moans stays the trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Dad drove me to all six appointments without one word of complaint",
        "Boyfriend drove four hours to fetch me from the airport without a word of complaint",
        "Mum looked after the kids all half term without a single grumble",
        "Wife's covered every school run this month without complaining once",
        "My brother lent me his car for the move without any fuss",
        "Husband's been doing all the washing since my op, never once complained",
    ],
)
def test_a_complaint_not_made_is_no_strain(text: str) -> None:
    got = predict(text)
    assert not {"relationships", "family"} & got.stress
    assert got.polarity != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "My husband complains about my cooking every single night",
        "My girlfriend moans every time I see my mates, exhausting",
    ],
)
def test_a_complaint_made_stays(text: str) -> None:
    assert "relationships" in predict(text).stress
