"""A relative's home named by their name alone ("at my brother's", "back to my mum's", "round
at my sister's place") is where the writer is staying or going, no family strain by itself,
as the labelling guide says of where and when: the trouble told beside it (a crowded room, a
bad night, a flood) is what counts. A relative who is the trouble ("my brother's drinking
again") stays family.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Staying at my dad's since the flood and it's cramped and miserable",
        "Sleeping on the sofa at my sister's again, my back's in bits",
        "Kids and I are camped at my mum's till the insurance pays out, it's chaos",
        "Had to move back to my parents' after the breakup, feel like a failure",
        "Three weeks at my in-laws' place and I'm losing my mind",
        "Dropped the boys round at my brother's and the car died on the way home",
        "Another night at my nan's on the camp bed, barely slept",
    ],
)
def test_a_relatives_home_is_no_family_strain(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My brother's drinking again and I'm scared for him",
        "Had a huge row at my mum's about money, she never lets anything go",
    ],
)
def test_a_relative_who_is_the_trouble_stays_family(text: str) -> None:
    assert "family" in predict(text).stress
