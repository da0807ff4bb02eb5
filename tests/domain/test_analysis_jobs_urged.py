"""A kind of job someone says the writer should get ("Husband thinks I should get a part-time
job", "says I should look for a desk job") is their nag, no work strain of the writer's, as
"a proper job" already was. The writer's own job ("my part-time job is killing me") stays work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Wife thinks I should get a part-time job now, we argued till midnight",
        "Mum reckons I should get a job at the council, same lecture every Sunday",
        "My husband says I should look for a desk job after the fall, we keep going round",
        "Dad wants me to take a steady job instead of the band, he's on at me constantly",
        "Everyone says I should find a different job but nobody pays my rent",
        "Partner keeps on about how I should apply for the office job, drives me mad",
    ],
)
def test_a_job_urged_on_the_writer_is_no_work_strain(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My part-time job is killing me, three closes in a row",
        "The office job is crushing me, the new manager watches every minute",
    ],
)
def test_the_writers_own_job_stays_work(text: str) -> None:
    assert "work" in predict(text).stress
