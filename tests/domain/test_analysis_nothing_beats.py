"""A pleasure ranked above all ("nothing beats …", "…, nothing better") is praise, though it
opens with "nothing".

Why: a blind batch (test46) read "Twenty clocks humming in the shop at closing, nothing better"
as a complaint (the negation turned "better" over) and "Nothing beats the quiet at twenty
metres" as flat. "Nothing better to do" is boredom and stays so. The sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "First coffee on the allotment at six, nothing better.",
        "Nothing beats a cold swim on a Sunday morning.",
    ],
)
def test_a_pleasure_ranked_above_all_reads_positive(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_nothing_better_to_do_is_no_praise() -> None:
    assert predict("Had nothing better to do so I scrubbed the oven, grim.").polarity == "neg"
