"""A time before work or a shift says when ("plucking in the car mirror before work", "rang
the vet before my shift"), as "home from work" and "between shifts" already did: what is done
then is the trouble, if any, not the job. The job told as the trouble ("the new manager is
vile", "behind on the rota", "work is crushing me") stays work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Plucking my chin in the car mirror before work, feel disgusting",
        "Threw up before work again, the scan results are tomorrow",
        "Rang the vet before work, the old dog's gone off her food and I'm worried sick",
        "Argued with my sister on the phone before my shift, still fuming",
        "Spent an hour before work on hold to the council about the damp, hate this",
        "Sat in the car park before my shift crying about the divorce",
    ],
)
def test_a_time_before_work_is_no_work_trouble(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Dreading going in before my shift tomorrow, the new manager is vile",
        "Before work I was already behind on the rota, total chaos",
        "Work is crushing me, I cry in the car before I go in",
    ],
)
def test_the_job_told_as_the_trouble_stays_work(text: str) -> None:
    assert "work" in predict(text).stress
