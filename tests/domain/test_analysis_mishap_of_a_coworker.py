"""A mishap that befell someone the writer works beside ("Dave from the night shift got
punched by a drunk customer", "Our team leader fell down the stairs at the depot", "One of the
lads on my team got sacked") is their news, no work strain of the writer's, though the words
that place them at work (the shift, the team, the depot, the customer) sit in a negative part
(the labelling guide: someone else's trouble is not the writer's stress). A colleague who does
something to the writer, the writer's own part told after ("… and now I'm doing two jobs") and
a mistake ("slipped up") keep the work strain.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Dave from the night shift got punched by a drunk customer on Saturday, awful",
        "One of the lads on my team got sacked for something he didn't do, so unfair",
        "Jo on the late shift collapsed at the till last night, frightening",
        "Our supervisor is going through a horrible divorce, she's in bits",
        "Our team leader fell down the stairs at the depot and broke her wrist, awful",
        "A driver on my route got attacked at the depot last night, horrible",
        "A guard from the other shift got headbutted by a passenger, awful",
    ],
)
def test_a_coworkers_mishap_is_no_work_strain_of_the_writers(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Colleague keeps taking credit for my work and I'm furious",
        "My manager got sacked and now I'm doing two jobs, exhausted",
        "Customer shouted at me over a refund and my boss did nothing, fuming",
        "The boss slipped up again and I got the blame, raging",
    ],
)
def test_the_writers_own_strain_at_work_stays(text: str) -> None:
    assert "work" in predict(text).stress
