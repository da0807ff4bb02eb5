"""Teeth in idioms and in grit are no toothache: "lying through my teeth", "fed up to the back
teeth", "through gritted teeth", "by the skin of my teeth", "sawdust in my teeth", "a kick in
the teeth", "like pulling teeth". Teeth that hurt, throb or need the dentist stay health.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Lying through my teeth to the recruiter about why I left, horrible",
        "Fed up to the back teeth of this weather",
        "Passed the practical by the skin of my teeth and I'm still shaking",
        "Long dusty shift on the site, grit in my teeth, fed up",
        "Not getting the flat after all that was a real kick in the teeth",
        "Getting a straight answer from the council is like pulling teeth",
        "Stood at the bus stop with my teeth chattering for forty minutes, miserable",
    ],
)
def test_teeth_in_an_idiom_or_in_grit_are_no_health(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My teeth are throbbing and the dentist can't see me till Friday",
        "Back teeth aching all night, couldn't sleep",
        "Cracked a tooth on a bit of crackling and it's agony",
    ],
)
def test_teeth_that_hurt_stay_health(text: str) -> None:
    assert "health" in predict(text).stress
