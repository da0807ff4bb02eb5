"""A close person whose wage, savings or patience the household lives on ("we're living on my
wife's salary now", "depending on my boyfriend's income") carries the writer's share of the
money: support, as a share carried is; the strain is the money or the work lost, not the
person. Their own job lost or their wage cut is a trouble of theirs and keeps them.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Lost my job in March, we're living on my wife's salary now and I'm scared stiff",
        "No work since the strike, we're on my partner's wages and I'm so worried",
        "Relying on my husband's pension this winter and I hate how frightened I feel",
        "Surviving off my girlfriend's overtime while the claim drags on, terrifying",
        "Made redundant, depending on my boyfriend's income for now, anxious all the time",
        "Six months out of work, living off my hubby's savings, I'm a wreck",
    ],
)
def test_the_one_whose_means_the_writer_lives_on_is_no_strain(text: str) -> None:
    assert "relationships" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My partner's job loss has us both on edge",
        "My husband's wage was cut again and we argued about money all night",
    ],
)
def test_their_own_loss_keeps_them(text: str) -> None:
    assert "relationships" in predict(text).stress
