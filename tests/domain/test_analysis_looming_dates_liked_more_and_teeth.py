"""A date looming over work still outstanding, a thing liked more than the family, a tooth hurt.

Why: a date told as looming ("31st of January looming") named no time limit, and work "still
outstanding" read as praise, since VADER scores "outstanding" as good; every writer labels
such work owed. A reproach that the writer likes a thing more than the ones who say it ("my
kids reckon I like the Scouts more than them") read as the writer's pleasure, where the same
reproach with "love" already read as theirs. Teeth, a tooth and a jaw were no body part whose
hurt is health by itself ("teeth throb", "jaw is killing me"). Each case shows the rule both
ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "polarity", "deadline"),
    [
        ("End of March looming and six reports still outstanding.", "neg", True),
        ("Friday looming, two chapters still outstanding.", "neg", True),
        ("The food at the new place was outstanding.", "pos", False),
        ("A storm looming over the hills, we watched from the porch.", "neutral", False),
    ],
)
def test_a_looming_date_and_work_still_outstanding_are_a_time_limit(
    text: str, polarity: str, deadline: bool
) -> None:
    got = predict(text)
    assert got.polarity == polarity
    assert ("deadlines" in got.stress) is deadline


@pytest.mark.parametrize(
    ("text", "polarity", "family"),
    [
        ("My kids reckon I like the allotment more than them.", "neg", True),
        ("The kids say I like my phone more than them.", "neg", True),
        ("I like the allotment more than the gym these days.", "pos", False),
    ],
)
def test_a_reproach_that_the_writer_likes_a_thing_more_is_theirs(
    text: str, polarity: str, family: bool
) -> None:
    got = predict(text)
    assert got.polarity == polarity
    assert ("family" in got.stress) is family


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Teeth throb every time I drink something cold.", True),
        ("Jaw is throbbing since the filling.", True),
        ("Tooth is cracked and the dentist can't see me till June.", True),
        ("Brushed my teeth and went to bed early, lovely.", False),
    ],
)
def test_teeth_and_a_jaw_hurt_are_health(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health
