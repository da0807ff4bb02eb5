"""The parent of children named with "the", and "the family" placed where the writer saw them.

"The kids' mum", "the twins' dad" are the parents of children the writer minds or teaches, and
"the family at the next table" a family met: no chip of the writer's family. The writer's own
children and family ("The kids were a nightmare", "the family at home") keep theirs. The
sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The kids' mum still hasn't paid me for last week",
        "The family at the next table were screaming at each other the whole meal",
    ],
)
def test_no_family_of_the_writers(text: str) -> None:
    assert "family" not in predict(text).stress


def test_what_the_childrens_mum_owes_is_still_money() -> None:
    assert "money" in predict("The kids' mum still hasn't paid me for last week").stress


@pytest.mark.parametrize(
    "text",
    [
        "The kids were a nightmare all day and I'm shattered",
        "The family at home are driving me up the wall this week",
        "Mum and Dad rowing again, the whole family on edge",
    ],
)
def test_the_writers_own_family_still_chips(text: str) -> None:
    assert "family" in predict(text).stress
