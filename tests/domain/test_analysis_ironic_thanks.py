"""Thanks closing a sentence in a set form of irony right after a trouble ("my head's pounding,
thanks a bunch Navy", "Boiler died on the coldest night of the year, cheers for that") is the
writer's exasperation, anger, no gratitude; the same thanks after a kindness, or naming what
they are for, are meant.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Sonar pinging all night and my head's pounding, thanks a bunch Navy",
        "Landlord put the rent up again, thanks a bunch",
        "Boiler died on the coldest night of the year, cheers for that",
        "Train cancelled again and I missed my daughter's assembly, thanks very much Northern",
        "Third parking ticket this month, ta very much council",
        "The neighbours' party went on till four, thanks for that",
    ],
)
def test_ironic_thanks_after_a_trouble_is_anger(text: str) -> None:
    got = predict(text)
    assert "anger" in got.emotions
    assert "gratitude" not in got.emotions


@pytest.mark.parametrize(
    "text",
    [
        "Rough week but my sister brought round a lasagne, thanks a bunch sis",
        "Thanks a bunch for helping me move, you're a star",
        "Knackered after the move, my mate lent me his van for free, much obliged",
    ],
)
def test_thanks_after_a_kindness_stay_meant(text: str) -> None:
    assert "anger" not in predict(text).emotions
