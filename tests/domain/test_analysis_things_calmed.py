"""A symptom or the weather that calms ("the tics have calmed right down", "the rash has calmed
down", "Wind's calmed down at last") eases: the thing's, no calm of the writer's, as a symptom
that settles already was. The writer calmed down stays calm.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The rash has calmed down a lot since I switched creams",
        "Wind's calmed down at last so the ferry's running",
        "My stomach has settled and the swelling's calmed down",
        "The tics calmed down after the new meds",
        "Sea calmed right down by lunchtime and we got the boat out",
        "The tremors have calmed since they changed my tablets",
    ],
)
def test_a_thing_calmed_is_no_calm_of_the_writers(text: str) -> None:
    assert "calm" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Took a while but I've calmed right down now",
        "Sat by the river and finally calmed down after the call",
    ],
)
def test_the_writer_calmed_stays_calm(text: str) -> None:
    assert "calm" in predict(text).emotions
