"""A voice raised at the crew the writer is one of is a quarrel the writer is in.

"Foreman shouting at us", "yelling at everyone" as it goes on read as "shouted at us" already
did: conflict. Shouting at each other in play or at a stage is no quarrel of the writer's.
The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Foreman shouting at us all morning over the scaffolding",
        "Head chef was yelling at everyone before service again",
    ],
)
def test_a_voice_raised_at_the_crew_is_a_quarrel(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The kids were shouting at each other in the garden, happy chaos",
        "Fans screaming at the stage, best gig of the year",
    ],
)
def test_shouting_in_play_or_at_a_stage_is_none(text: str) -> None:
    assert "conflict" not in predict(text).stress
