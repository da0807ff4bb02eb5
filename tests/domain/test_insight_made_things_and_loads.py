"""Things done told by what they make or how (a dish by how it was cooked, the mind emptied
onto paper, a book by its form, a thing weighed as of any use to the person), a load set as
the condition of the feeling asked after, and "dreadful" as how bad, not as fear."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- things done, told by what they make or how ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a dish by how it was cooked
        ("a home-made lentil soup on a Monday, does it help my mood", ("activity", "cooking")),
        ("does an oven-baked loaf at the weekend settle me", ("activity", "cooking")),
        # the mind emptied onto paper
        ("getting my thoughts down on paper at night, any good for me?",
         ("activity", "journaling")),
        ("does pouring my worries out onto the page help me sleep", ("activity", "journaling")),
        # a book by its form, after its kind
        ("do chunky crime sagas help me switch off", ("activity", "reading")),
        ("do short story anthologies calm me down", ("activity", "reading")),
        # weighed as of use to the person
        ("has bouldering at the wall been much use to me", ("activity", "bouldering")),
        ("has beekeeping been any use for my nerves", ("activity", "beekeeping")),
    ],
)  # fmt: skip
def test_things_done_told_by_what_they_make_or_how(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "not_expected"),
    [
        # a made thing that is no dish, a heart poured out to someone, a saga of events
        ("does a home-made card cheer me up", ("activity", "cooking")),
        ("pouring my heart out to my sister, does it help", ("activity", "journaling")),
        ("the whole saga with the landlord, is it wearing me down", ("activity", "reading")),
        # "any use" weighing nothing
        ("is there any use in trying when I'm this low", ("activity", "trying")),
    ],
)  # fmt: skip
def test_look_alikes_are_not_those_things(question: str, not_expected: tuple[str, str]) -> None:
    assert topic_of(question) != not_expected


# ---- a load set as the condition, and a bad night told by how bad it was ---------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the load opens the condition: the feeling asked after is the outcome
        ("when work's piling up does my sleep go to pot", "sleep"),
        ("whenever things get hectic do I end up anxious", "anxiety"),
        # with no other feeling asked after, the load is what is asked about
        ("what helps when work's getting on top of me", "stress"),
        # "dreadful" says how bad the nights were, not a fear
        ("my nights have been dreadful lately, anything that helped before?", "sleep"),
        # ... while dread itself is the fear
        ("the dread before Monday, what eases it", "anxiety"),
    ],
)  # fmt: skip
def test_a_load_as_condition_and_dreadful_as_how_bad(question: str, kind: str) -> None:
    assert topic_of(question)[0] == kind
