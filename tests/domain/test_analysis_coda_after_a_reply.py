"""A coda of thanks after a bare reply ("… keeps saying 'have you tried ginger'. Yes. Thanks.")
answers the sentence before the reply: thanks alone after a trouble are irony, as they are right
after it. Both ways: the coda after a trouble, and thanks after good news or with what they are
for. The sentences are new (not rows of the labelled set); assertions are the entry's chips.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Boss says the migraines are just me being dramatic. Yeah. Thanks.",
        "Landlord keeps telling me the damp is my fault. Right. Thanks.",
    ],
)
def test_thanks_after_a_reply_to_a_trouble_are_irony(text: str) -> None:
    got = predict(text)
    assert "gratitude" not in got.emotions
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "My neighbour fixed the gate for me. Yes. Thanks.",
        "Neighbour helped me carry the shopping up. Yes. Thanks, that was kind.",
    ],
)
def test_thanks_after_a_kindness_stay_thanks(text: str) -> None:
    assert "gratitude" in predict(text).emotions
