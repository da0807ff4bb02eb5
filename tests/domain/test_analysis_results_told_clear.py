"""A test or a scan told clear, normal, benign or negative right after it ("the biopsy's
clear", "Biopsy results are clear", "smear came back normal", "the covid test was negative")
is a worry settled, no health strain now, even when the test is one that names a worry by
itself (a biopsy). A result not yet back, one told unclear, or one that wants more tests stays
health.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Consultant rang to say the biopsy's clear, so relieved I sat in the car for an hour",
        "Biopsy results are clear, I cried in the car",
        "My mammogram came back clear and I've never hugged a receptionist before",
        "Heard this morning the biopsy was benign, slept properly for the first time in weeks",
        "The bloods were normal after all that worry",
        "Covid test negative at last, back to work Monday",
        "The lump is benign, they said it's just a cyst",
    ],
)
def test_a_result_told_clear_is_no_health_strain(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Still waiting on the biopsy results, can't sleep for thinking about it",
        "Biopsy came back and it's not clear, they want more tests",
        "The scan showed a shadow and I'm terrified",
    ],
)
def test_a_result_not_clear_stays_health(text: str) -> None:
    assert "health" in predict(text).stress
