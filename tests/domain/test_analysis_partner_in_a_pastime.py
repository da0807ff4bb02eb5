"""A partner named by what the two do together ("my climbing partner", "sparring partner", "my
tag partner") is someone the writer trains, plays or performs with, not the one they share a
life with: no relationships strain, though a row with them is still a row (conflict). The
partner named alone ("my partner") stays the writer's relationship.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My climbing partner and I had a huge row at the crag about the rope, we're not speaking",
        "Sparring partner caught me with a cheap shot and we had words after",
        "Had a blazing argument with my dance partner over the lift, she stormed off",
        "My doubles partner keeps blaming me for every lost point, it's doing my head in",
        "Fell out with my running partner over the pace, awkward",
        "My chess partner at the club accused me of cheating last night",
    ],
)
def test_a_partner_in_a_pastime_is_no_relationship(text: str) -> None:
    stress = predict(text).stress
    assert "relationships" not in stress
    assert "conflict" in stress


@pytest.mark.parametrize(
    "text",
    [
        "Had a blazing row with my partner over the dishes again",
        "My partner and I argued all night about money and I'm exhausted",
    ],
)
def test_the_partner_alone_is_the_writers_relationship(text: str) -> None:
    assert "relationships" in predict(text).stress
