"""A person due somewhere ("I'm due in at six", "we're due on site at seven") is expected at a
place or a shift, no deadline; a thing due ("Essay's due in at five", "the report is due at
noon") keeps its time limit.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Boss rang at midnight and I'm due in at six, barely slept",
        "We're due on site at seven and the van won't start, great",
        "Only got home at two and I'm due at the depot for half five, shattered",
        "Am due in tomorrow at 7am and still can't get to sleep",
        "Rota says I'm due in on Saturday too, fed up",
        "I'm due on at six and the buses are on strike, stressing",
    ],
)
def test_a_person_due_somewhere_is_no_deadline(text: str) -> None:
    assert "deadlines" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Essay's due in at five and I've barely started, panicking",
        "The report is due at noon and I'm nowhere near, stressed",
        "Timesheets due in by Friday and I've lost half of mine, ugh",
    ],
)
def test_a_thing_due_keeps_its_deadline(text: str) -> None:
    assert "deadlines" in predict(text).stress
