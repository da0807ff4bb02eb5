"""The writer's body told in words the lexicons lacked: a toe or a shin hurt, a limp, shin
splints, eyes that will not stay open.

Why: "the toe on fire", "limped round Tesco with a stick" and "Shin splints." are the
writer's health as "my wrists are on fire" and "limping" were, as every writer who told one
labelled; a machine that limps along ("Engine coughing, limped back on one cylinder") falters,
no one's health. "I can barely keep my eyes open" is a night's rest missing, sleep as the
writer who wrote it labelled. The sentences are new, written for these tests.
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


@pytest.mark.parametrize(
    "text",
    [
        "Gorgeous sunrise from the deck, shame I could barely keep my eyes open for it.",
        "Can't keep my eyes open in the afternoon meeting any more.",
    ],
)
def test_eyes_that_will_not_stay_open_are_sleep(text: str) -> None:
    assert "sleep" in predict(text).stress
