"""A coda of thanks or praise past a bare reply or a plain aside ("… keeps saying 'have you
tried ginger'. Yes. Thanks.", "… root canal. Before Christmas. Brilliant.") answers the sentence
before them: alone after a trouble it is irony, as it is right after it. Both ways: the coda
after a trouble, and after good news or a kindness. The sentences are new (not rows of the
labelled set); assertions are the entry's chips.
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


@pytest.mark.parametrize(
    "text",
    [
        "Dentist says I need a root canal. Before Christmas. Brilliant.",
        "Boiler's packed in and the engineer can't come till Monday. In January. Fantastic.",
    ],
)
def test_praise_after_a_plain_aside_to_a_trouble_is_irony(text: str) -> None:
    got = predict(text)
    assert "joy" not in got.emotions
    assert "anger" in got.emotions


def test_praise_after_an_aside_to_good_news_is_meant() -> None:
    got = predict("Passed my driving test. First time. Brilliant.")
    assert "anger" not in got.emotions
    assert got.polarity == "pos"
