"""A job named as why the writer moved ("lonely since I moved to Red Deer for the new job",
"moved up here for work last spring and I still don't know a soul") says why, and the trouble
told is the move's loneliness: no work strain. A job that goes on to be the trouble ("moved here
for a job that's slowly killing me", "moved for the job and the job is awful") stays work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "So lonely since I moved to Dundee for the new job, the flat is silent every night",
        "Moved up here for work last spring and I still don't know a soul, so lonely",
        "Since I came over for the job, the evenings are so quiet and empty",
        "Moved to Cork for work and honestly the loneliness is crushing",
        "We moved across the country for my job and the kids have no friends yet, heartbreaking",
        "Been miserable since we relocated for work, nobody here even says hello",
    ],
)
def test_a_job_moved_for_is_no_work_strain(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Moved here for a job that's slowly killing me",
        "Moved for the job and the job is awful, the hours are insane",
    ],
)
def test_a_job_that_is_the_trouble_stays_work(text: str) -> None:
    assert "work" in predict(text).stress
