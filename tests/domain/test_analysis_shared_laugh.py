"""A tease or a small row the two ended laughing over together ("we laughed about it", "we
were laughing by bedtime", "had a good laugh about it later") is made up, as "made up with
him" is: the person and the quarrel are settled, no relationships, family or conflict chip. A
laugh at someone, the writer laughing it off alone, or a hurt that lasts past the laugh keeps
them.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict

_SETTLED = {"relationships", "family", "conflict"}


@pytest.mark.parametrize(
    "text",
    [
        "Argued with Dad about the satnav the whole way, we laughed about it over chips",
        "Husband and I bickered about where the tent pegs went, had a good laugh about it later",
        "My brother wound me up about my driving test all week, we both laughed about it in "
        "the end",
        "Me and my girlfriend fell out over Monopoly, we're laughing about it now",
        "Mum nagged me about my messy room again, we ended up laughing about it",
        "Bickered with my boyfriend over whose turn it was to cook, then we laughed till our "
        "sides hurt",
        "Had a silly argument with my husband about the bins, we were laughing about it by dinner",
        "Girlfriend said my singing in the shower is a crime, we had a good laugh about it",
    ],
)
def test_a_laugh_shared_after_it_settles_the_quarrel(text: str) -> None:
    assert _SETTLED.isdisjoint(predict(text).stress)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mum keeps asking when I'll get a real job, I laughed it off but it stung", "family"),
        ("My husband laughed at me when I fell over and I was so hurt", "relationships"),
        ("Had a row with my sister, she laughed in my face and walked out", "conflict"),
        (
            "Had a row with my sister about Christmas, we laughed about it, it still stings",
            "family",
        ),
        ("My boss is a nightmare, at least we laughed at lunch", "work"),
    ],
)
def test_a_laugh_at_someone_alone_or_outlasted_keeps_it(text: str, kept: str) -> None:
    assert kept in predict(text).stress
