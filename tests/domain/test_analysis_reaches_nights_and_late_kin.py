"""A body part as a reach, a night spent doing what caused an ache, and another's late relative.

Why: a blind batch (test46) chipped health for a body part named only as how far something
came ("rolled right up to my knees", "mud to our knees"), poor sleep for "all night" that told
how long the writer worked at what made them ache ("aching from leaning over tables all
night"), and family for someone else's late parent ("his late dad's watch"). Each reading was
kept only where its record over every writer's rows held. The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Flood water up to my knees in the cellar again, fed up with it.",
        "Snow to our waists on the top road and the bus never came, miserable day.",
        "The tide came up to my shins before I noticed, soaked and freezing.",
    ],
)
def test_a_body_part_told_as_a_reach_is_no_hurt(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Scared the stiffness will spread to my hips next.",
        "My knees are killing me from kneeling in the water.",
    ],
)
def test_the_writers_own_part_that_hurts_is_still_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Wrists aching from icing cakes all night for the wedding order.",
        "Shoulders sore from lifting crates all night at the depot.",
    ],
)
def test_all_night_spent_on_the_cause_loses_no_night(text: str) -> None:
    got = predict(text)
    assert "sleep" not in got.stress
    assert "health" in got.stress


@pytest.mark.parametrize(
    "text",
    [
        "Coughing all night and my chest hurts this morning.",
        "Toothache all night, I'm a wreck today.",
    ],
)
def test_a_trouble_lasting_all_night_is_still_a_night_lost(text: str) -> None:
    assert "sleep" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "A lad brought in his late mum's sewing box to be fixed, it was a sad one.",
        "An old fella showed me his late wife's photo and I got upset with him.",
        "The customer's worried sick about her elderly dad living alone.",
    ],
)
def test_someone_elses_late_or_elderly_relative_is_not_the_writers_family(text: str) -> None:
    assert "family" not in predict(text).stress


def test_the_writers_own_relative_is_still_family() -> None:
    assert "family" in predict("Worried sick about my elderly dad living alone.").stress
