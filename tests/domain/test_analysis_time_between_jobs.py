"""The time between two jobs, calls or clients ("read a book between jobs", "ate in the van
between clients") says when, as "between shifts" does: the job named is no strain of the
writer's there. A job or client that is itself the trouble stays work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Ate a cold pasty in the van between jobs, soaked through and miserable",
        "Sitting in a lay-by between clients with a headache and a flat phone",
        "Between calls I just stare at the wall, exhausted and fed up",
        "Fuel went up again and I can barely pay for the drive between gigs",
        "Spent the gap between lessons crying in the staff toilet",
        "I can hardly cover the bus fares between bookings",
        "Cold and wet waiting around between appointments again, hate it",
    ],
)
def test_time_between_jobs_names_no_work_strain(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Three jobs cancelled on me this week and the client won't pay for the last one",
        "Two clients shouted at me today, I'm done with this job",
        "The job is killing me, fourteen hours between the two sites",
        "Rushing between jobs all day with no lunch, knackered",
    ],
)
def test_a_job_or_client_that_is_the_trouble_stays_work(text: str) -> None:
    assert "work" in predict(text).stress
