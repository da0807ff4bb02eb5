"""The writer's body told in words the health lexicon lacked: a toe or a shin hurt, a limp,
shin splints.

Why: "the toe on fire", "limped round Tesco with a stick" and "Shin splints." are the
writer's health as "my wrists are on fire" and "limping" were, as every writer who told one
labelled; a machine that limps along ("Engine coughing, limped back on one cylinder") falters,
no one's health. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Woke at 4 with my big toe on fire, couldn't bear the duvet on it.",
        "Limped round the shops with a stick and felt about a hundred.",
        "Shin splints again. Physio says rest and the 10k is next month.",
        "My shins are in bits after the hill session.",
    ],
)
def test_a_toe_a_shin_or_a_limp_of_the_writers_is_health(text: str) -> None:
    assert "health" in predict(text).stress


def test_a_machine_limping_along_is_no_health() -> None:
    text = "Outboard spluttering all the way out, limped back on half power."
    assert "health" not in predict(text).stress
