"""A relative's room or bed the writer stays in ("moving into the mother-in-law's box room",
"three weeks in my sister's spare room", "stuck on my nan's settee") says where the writer
lives for now, as the relative's house already did: no family strain. A relative who is the
trouble ("My sister's taken over the spare room") stays family.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks in my sister's spare room while the damp's treated and I'm climbing the walls",
        "Had to move into my dad's box room after the fire, it's grim",
        "Living out of a suitcase in the father-in-law's back bedroom, miserable",
        "Stuck on my nan's settee for a month while they rewire, shattered",
        "Kipping in my cousin's loft since the landlord chucked us out, stressed",
        "We're moving into the mother-in-law's spare room while the floors go in, dreading it",
    ],
)
def test_a_relatives_room_is_where(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My sister's taken over the spare room and won't move out, furious",
        "My brother's sofa-surfing at ours again and we keep rowing",
    ],
)
def test_a_relative_who_is_the_trouble_stays(text: str) -> None:
    assert "family" in predict(text).stress
