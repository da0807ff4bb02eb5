"""No work to come, told as "nothing lined up", is the writer's money strain.

Why: a blind batch (test46) missed the money in "there's nothing lined up till spring"; other
writers told the same of themselves ("nothing lined up after", "I have nothing lined up") and
labelled money every time. "Nothing coming in" is as often told of someone else and "nothing
booked" of a free day, so both are left out. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Tour wraps up in May and I've got nothing lined up after that, worried.",
        "Freelance from March with nothing lined up and the van insurance is due, dreading it.",
    ],
)
def test_no_work_to_come_is_money(text: str) -> None:
    got = predict(text)
    assert "money" in got.stress
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing booked for Saturday so we're having a lazy day, bliss.",
        "Three months of gigs lined up, buzzing.",
    ],
)
def test_a_free_day_or_work_lined_up_is_no_money_strain(text: str) -> None:
    assert "money" not in predict(text).stress
