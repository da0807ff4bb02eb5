"""A relative's home named as a place, and a treatment that says who someone met is.

Why: a relative's home named as where the writer went, came from or was ("got lost driving to
my sister's house", "the lambs came from my brother's farm") chipped family, though it only
says where, as "walked to work" does; the writers who told one labelled no family. Someone met
named with a treatment they are going through ("a lace-front for a girl going through chemo")
chipped health, though the illness is theirs, as "a lady with dementia" already was. Each case
shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Missed the turning on the way to my brother's house, felt like an idiot.", False),
        ("Took the wrong bus back from my mum's flat and sat in the rain for an hour.", False),
        ("Lost my keys somewhere near my parents' place, awful evening.", False),
        ("Spent the night at my nan's bungalow and the heating broke, freezing.", False),
        ("My brother's house got repossessed and I'm worried sick about him.", True),
        ("Drove to my sister's house and we had a huge row about dad.", True),
        ("Mum keeps ringing about her house and I can't cope with it.", True),
    ],
)
def test_a_relatives_home_named_as_a_place_is_no_family_strain(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Knitted a hat for a lad going through chemo, he wore it straight away.", False),
        ("Drove a man undergoing dialysis to the station, he was awful company.", False),
        ("Cut the hair of a woman recovering from surgery, hard going.", False),
        ("I'm going through chemo again and everything aches.", True),
        ("Still recovering from surgery and the pain is awful.", True),
    ],
)
def test_a_treatment_that_says_who_someone_met_is_theirs(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health
