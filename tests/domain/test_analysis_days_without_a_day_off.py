"""Every day worked is the work's strain, told by itself.

Why: "Seven days a week behind that counter since Easter", "fourth week without a day off"
and "No day off since August" name the work as the trouble though no work word is in them;
every writer who told one (four writers) labelled work. A day off had ("Had a day off, bliss")
is no strain. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Seven days a week on the stall since March, not one off.",
        "Third week without a day off and I'm running on fumes.",
        "No days off since the new manager started.",
    ],
)
def test_every_day_worked_is_work(text: str) -> None:
    assert "work" in predict(text).stress


def test_a_day_off_had_is_no_work_strain() -> None:
    assert "work" not in predict("Had a proper day off today, read in the garden.").stress
