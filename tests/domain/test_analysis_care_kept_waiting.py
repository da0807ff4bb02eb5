"""A specialty's waiting list and a physio's word on rest, in a bad part, are the writer's health.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Rheumatology waiting list is a year now. A year.",
        "Orthopaedic waiting list letter came and it's another eight months, ridiculous",
        "Physio wants me in the boot another six weeks, gutted",
    ],
)
def test_care_kept_waiting_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Waiting list for the allotments is three years, ridiculous",
        "Physio says the knee is healing nicely, brilliant",
    ],
)
def test_another_list_or_good_news_is_not(text: str) -> None:
    assert "health" not in predict(text).stress
