"""A roof or a ceiling named by a place that is no one's home ("the clubhouse roof is leaking",
"rehearsal room ceiling leaked", "the chapel roof's been leaking for months") is that place's
leak, no repair of the writer's home, as a snow machine's leak already was. A part of a home
("the spare room ceiling is leaking again", "caravan roof's leaking onto my sleeping bag") stays
the home's.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The clubhouse roof is leaking again and the committee won't fix it, so annoying",
        "Changing room ceiling leaked all over our kit bags, grim",
        "The chapel roof's been leaking for months and the choir sits round buckets, miserable",
        "Scout hut roof's leaking onto the craft table, annoying",
        "Rehearsal room ceiling leaked onto the drum kit last night, gutted",
        "The pavilion roof is leaking onto the tea urn again, honestly so fed up",
    ],
)
def test_a_leak_of_a_place_that_is_no_home_is_no_home_repair(text: str) -> None:
    assert "home" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The spare room ceiling is leaking again, I'm so fed up",
        "Caravan roof's leaking onto my sleeping bag and I can't afford a new one",
    ],
)
def test_a_leak_of_a_home_stays_the_homes(text: str) -> None:
    assert "home" in predict(text).stress
