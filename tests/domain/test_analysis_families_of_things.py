"""A "family" of things is a kind, not the writer's kin: a patent family, a font family, the
nightshade family, a product family, a gene family ("Missed a renewal fee on one patent family",
"tomatoes are in the nightshade family"). The writer's own family ("My family is driving me up
the wall") stays family.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Our patent family in Japan lapsed because nobody paid the annuity, I'm fuming",
        "Lost a whole day because the font family we licensed won't render on the client's laptops",
        "Tomatoes are in the nightshade family and I'm reacting to every one of them, gutted",
        "The entire product family got recalled and I'm the one fielding the angry calls",
        "Two weeks on one gene family and the data makes no sense, I'm losing the will",
        "She forgot to renew a whole patent family last year and we're still paying for it",
        "Messed up the typeface family on the brochure and the printer's already run it, ugh",
    ],
)
def test_a_family_of_things_is_no_kin(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My family is driving me up the wall this week",
        "Dreading the family Christmas, everyone's already bickering",
    ],
)
def test_the_writers_family_stays_family(text: str) -> None:
    assert "family" in predict(text).stress
