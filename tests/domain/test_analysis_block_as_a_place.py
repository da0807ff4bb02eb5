"""A block after a preposition is a place or a thing ("a walk round the block", "chisels on a
small block", "raced down the block"), not an obstruction: it gives the part no bad side, so a
relative named in it is no strain. A block of the mind ("mental block") or being blocked by
someone stays bad.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Took my son for a slow walk round the block after tea",
        "My daughter and I did three laps around the block on her new scooter",
        "Grandad sat on a stone block by the gate watching the sunset",
        "Nan's flat is up the block from ours, popped in with soup for her",
        "Carved a little owl from a pine block for my niece's birthday",
        "The kids raced their bikes down the block all afternoon",
    ],
)
def test_a_block_as_a_place_or_thing_reads_no_trouble(text: str) -> None:
    prediction = predict(text)
    assert prediction.polarity != "neg"
    assert "family" not in prediction.stress


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mental block on the last chapter all week", None),
        ("My sister blocked me on everything after the wedding", "family"),
    ],
)
def test_a_block_of_the_mind_or_by_someone_stays_bad(text: str, kept: str | None) -> None:
    prediction = predict(text)
    assert prediction.polarity == "neg"
    assert kept is None or kept in prediction.stress
