"""A helper praised as "what a star" (or a gem, a hero) reads as good news, as "what a
legend" does.

Why: a blind batch (test46) read "Neighbour's done my shopping every other day, what a star" as
flat. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Postman carried the parcel up three flights for me, what a star.",
        "Lad next door cleared our gutters unasked, what a gem.",
    ],
)
def test_a_helper_praised_reads_positive(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_a_star_rating_is_no_praise() -> None:
    assert predict("Customer left me one star because the bus was late, gutted.").polarity == "neg"
