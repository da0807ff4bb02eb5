"""Longing for home or for the family far away ("Missing home at Christmas, the whole family's
in Wellington", "Homesick for Lagos, my mother's jollof", "Miss my family, they're all at
Gran's tonight") is loneliness; the relatives named beside it are the ones missed, no family
strain. A relative who is a trouble in a sentence with no longing ("Mum's in hospital and I'm
scared") stays family, and so does one missed for their illness.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Missing home so much, the whole family's at my uncle's for Diwali without me",
        "Homesick for Lagos tonight, my mother's jollof and my brothers arguing over the telly",
        "Miss my family, they're all round at Gran's for Sunday lunch and I'm on nights",
        "So homesick, mum sent a photo of the kids on the beach back home",
        "Been missing home all week, my sister's wedding photos keep popping up",
        "She's homesick and honestly so am I, Dad's birthday is tomorrow",
        "Missed home badly last night, Nan's cooking and my cousins shouting",
    ],
)
def test_family_longed_for_is_no_family_strain(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Mum's in hospital again and I'm scared",
        "My brother keeps borrowing money and never pays it back, I'm sick of it",
    ],
)
def test_a_relative_who_is_the_trouble_stays_family(text: str) -> None:
    assert "family" in predict(text).stress
