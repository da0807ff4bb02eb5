"""Five classes of wording the topic rules read by meaning, each both ways.

- A craft named in two words, its tool or stuff and its gerund, put first with what it makes
  is the craft ("needle felting little animals" is needle felting, "wood turning little bowls"
  wood turning), as "whittling spoons" is whittling; a default activity's doing stays that
  activity ("batch cooking soups" is cooking).
- A craft's own name borrowed from another tongue, between the verb and what it makes, is the
  craft ("painting pysanky eggs" is pysanky, "stitching sashiko patches" sashiko); English
  words there ("painting little eggs", "knitting chunky jumpers") name no craft.
- Glass melted in a flame and wound into beads is lampwork bead making, however it is told
  ("melting glass into beads at the torch", "winding hot glass onto a mandrel"); a glass of wine
  or chocolate melted is not.
- A town named in hyphened parts with small joining words is one place ("Hay-on-Wye",
  "Stoke-on-Trent", "Weston-super-Mare"), not its first part.
- The day written up or down, with the verb's particle first, is journaling ("writing up my
  day"), as "jotting the day down" is; notes written up after a shift are not the day.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- a craft of two words ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("needle felting little animals in the evenings, does it settle me",
         ("activity", "needle felting")),
        ("wet felting little bags at the kitchen table, does it settle me",
         ("activity", "wet felting")),
        ("lino cutting birthday cards on a Sunday, any good for my mood",
         ("activity", "lino cutting")),
        ("spoon carving little ladles by the fire, does it calm him",
         ("activity", "spoon carving")),
        ("paper quilling birthday cards at the weekend, does it help",
         ("activity", "paper quilling")),
        ("wood turning little bowls in the garage, does it calm him", ("activity", "wood turning")),
    ],
)  # fmt: skip
def test_a_craft_of_two_words_is_the_craft(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("batch cooking soups on a Sunday, does it calm me", ("activity", "cooking")),
        ("writing morning pages over coffee, worth it for my mood?", ("activity", "journaling")),
    ],
)
def test_a_default_activity_s_doing_stays_that_activity(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


# ---- a craft's borrowed name ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("painting pysanky eggs against an afternoon at a craft fair, which leaves me happier",
         ("activity", "pysanky")),
        ("painting pysanky eggs, does it calm me", ("activity", "pysanky")),
        ("stitching sashiko patches on my jeans, does it settle me", ("activity", "sashiko")),
        ("carving netsuke figures in the evenings, does it calm me", ("activity", "netsuke")),
        ("dyeing shibori scarves at the weekend, any good for my mood", ("activity", "shibori")),
        ("braiding kumihimo cords on the train, does it help my nerves",
         ("activity", "kumihimo")),
    ],
)  # fmt: skip
def test_a_craft_s_borrowed_name_is_the_craft(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("painting little eggs, does it calm me", "little"),
        ("knitting chunky jumpers, does it calm me", "chunky"),
    ],
)
def test_an_english_word_there_names_no_craft(question: str, word: str) -> None:
    assert topic_of(question)[1] != word


# ---- glass wound into beads ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("melting glass into beads at the torch in the shed, am I calmer after",
         ("activity", "lampwork bead making")),
        ("winding hot glass onto a mandrel on Saturday mornings, does it settle me",
         ("activity", "lampwork bead making")),
        ("a lampwork class at the glass studio, does it lift me",
         ("activity", "lampwork bead making")),
        ("my lampwork torch in the garage, when did I last light it",
         ("last_time", "lampwork bead making")),
        ("shaping molten glass into beads at the torch, does it calm her",
         ("activity", "lampwork bead making")),
        ("melting glass rods in the flame for beads, is he calmer for it",
         ("activity", "lampwork bead making")),
    ],
)  # fmt: skip
def test_glass_wound_into_beads_is_lampwork(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "a glass of wine by the fire, does it help me unwind",
        "melting chocolate for the kids' cake, does it calm me",
    ],
)
def test_glass_or_melting_alone_is_no_lampwork(question: str) -> None:
    assert topic_of(question)[1] != "lampwork bead making"


# ---- a town in hyphened parts --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("that week in Hay-on-Wye over the bank holiday, was I happier",
         ("activity", "Hay-on-Wye")),
        ("that week in Stratford-upon-Avon, was I happier", ("activity", "Stratford-upon-Avon")),
        ("a weekend away in Bourton-on-the-Water, did it do me good",
         ("activity", "Bourton-on-the-Water")),
        ("my trips to Stoke-on-Trent for the football, do they lift me",
         ("activity", "Stoke-on-Trent")),
        ("when did we last go to Weston-super-Mare", ("last_time", "Weston-super-Mare")),
        ("has Henley-on-Thames been good for her mood", ("activity", "Henley-on-Thames")),
    ],
)  # fmt: skip
def test_a_town_in_hyphened_parts_is_one_place(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "a weekend in Stoke, does it help",
        "my cousin Anne-Marie coming round, does it lift me",
    ],
)
def test_a_name_without_joining_words_is_not_joined(question: str) -> None:
    assert "-" not in topic_of(question)[1]


# ---- the day written up --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("writing up my day, does it help", ("activity", "journaling")),
        ("writing up my day before bed, does it help me sleep", ("activity", "journaling")),
        ("scribbling down my day before bed, does it help me sleep", ("activity", "journaling")),
        ("jotting down my day on the bus, is it worth keeping up", ("activity", "journaling")),
        ("writing up the day in a notebook, does it calm her", ("activity", "journaling")),
        ("writing my day up before bed, does it help me sleep", ("activity", "journaling")),
    ],
)
def test_the_day_written_up_is_journaling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "writing up my notes after a shift, does it help",
        "washing up after tea, does it calm me",
    ],
)
def test_other_things_written_or_washed_up_are_not_journaling(question: str) -> None:
    assert topic_of(question)[1] != "journaling"
