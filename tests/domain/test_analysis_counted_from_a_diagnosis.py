"""A diagnosis or an operation counted from ("not pulling my weight since the diagnosis",
"treats me like glass since the diagnosis", "can't afford the gym since my surgery") says
when the rest is told from, no health strain of its own; a trouble of the body named beside it
keeps health.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Manager keeps hinting I'm slacking since the diagnosis, fuming",
        "Husband treats me like glass since the diagnosis and it drives me mad",
        "Haven't been able to afford the gym since my surgery, skint",
        "My sister's barely spoken to me since the operation, it really hurts",
        "Nobody from the team has visited since the op, lonely",
        "Work have been funny with me ever since my surgery, feel pushed out",
    ],
)
def test_a_diagnosis_counted_from_is_no_health_strain(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Back's been agony since the op and I can't sleep",
        "Since my diagnosis I've been in pain every single day",
    ],
)
def test_the_body_named_beside_it_keeps_health(text: str) -> None:
    assert "health" in predict(text).stress
