"""A relative's home as a place, a boiler of a building, parents of a kind, a treatment's who.

Why: a relative's home named as where the writer went, came from or was ("got lost driving to
my sister's house", "the lambs came from my brother's farm") chipped family, though it only
says where, as "walked to work" does; the writers who told one labelled no family. Someone met
named with a treatment they are going through ("a lace-front for a girl going through chemo")
chipped health, though the illness is theirs, as "a lady with dementia" already was. A boiler
placed in a building that is not a home ("Boiler in the sports hall packed in") chipped the
home's repairs, where the writers who told one labelled no home of theirs. Parents told of as a
kind of people, bare after "by" or before "who" ("called 'the handyman' by parents who've never
learnt my name"), chipped family, though they are the parents of the children the writer works
with. Each case
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


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Boiler in the church hall died again, the toddler group froze.", False),
        ("The boiler at the library packed up and I spent all morning on the phone.", False),
        ("Boiler in the science block broken again, awful day.", False),
        ("The boiler in the kitchen died again and the landlord won't answer.", True),
        ("Boiler in the loft is leaking again, can't afford a plumber.", True),
        ("Boiler broke again, freezing and miserable.", True),
    ],
)
def test_a_boiler_placed_in_a_building_is_no_home_repair(text: str, home: bool) -> None:
    assert ("home" in predict(text).stress) is home


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Got shouted at by parents who think homework is optional, awful day.", False),
        ("Another complaint from parents who never read the newsletter, so tedious.", False),
        ("My parents keep asking when I'm getting a proper job and it's driving me mad.", True),
        ("Parents keep nagging me about moving home, I can't cope with it.", True),
    ],
)
def test_parents_told_of_as_a_kind_are_no_family_strain(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family
