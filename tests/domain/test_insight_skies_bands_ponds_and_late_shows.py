"""Four classes of wording the topic rules read by meaning, each both ways.

- The sky's shows looked for or stopped for are the outdoors, asked after by time too ("a
  rainbow, how long since I stopped to look at one", "a shooting star", "the northern lights");
  a thing only named for one ("rainbow trout", "a rainbow cake") is not.
- Music heard played live is music, told by the band or the show ("watching a band play live",
  "a live set", "when did I last catch a band"); a resistance band, or a band of rain, is not.
- Wild life looked for where it lives, or its small creatures and their signs, are the
  outdoors ("checking the pond for frogspawn", "looking in the ditch for tadpoles", "the bats at
  dusk"); a phone checked for messages, or a house searched for keys, is not.
- A show told by its kind and kept up on a device or into the night is the late screen ("a
  K-drama binge on my phone till 2am", "anime in bed past midnight"); the same show on the sofa
  in the afternoon stays the telly, and the drama of a workplace is no show.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- the sky's shows -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a rainbow, how long since I actually stopped to look at one", ("last_time", "nature")),
        ("when did I last stop to look at a rainbow", ("last_time", "nature")),
        ("a double rainbow over the fields, when did I last see one", ("last_time", "nature")),
        ("how long since she spotted a shooting star", ("last_time", "nature")),
        ("the northern lights, when was the last time we went out to see them",
         ("last_time", "nature")),
        ("when did we last watch a meteor shower from the garden", ("last_time", "nature")),
    ],
)  # fmt: skip
def test_a_sky_show_stopped_for_is_the_outdoors(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "rainbow trout for tea, when did I last have that",
        "the rainbow cake at her party, did it cheer me up",
    ],
)
def test_a_thing_named_for_a_sky_show_is_not_the_outdoors(question: str) -> None:
    assert topic_of(question)[1] != "nature"


# ---- music played live ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the last time I stood in a crowd watching a band play live, when was that",
         ("last_time", "music")),
        ("watching a band play live, does it cheer me up", ("activity", "music")),
        ("when did I last see a band live", ("last_time", "music")),
        ("a live set at the festival, was I happier after", ("activity", "music")),
        ("how long since she caught a band at the student union", ("last_time", "music")),
        ("the orchestra playing live at the proms, do I sleep better after",
         ("activity", "music")),
    ],
)  # fmt: skip
def test_music_heard_live_is_music(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "a resistance band workout at home, does it help my energy",
        "watching a band of rain come in over the hills, does it calm me",
    ],
)
def test_a_band_of_no_music_is_not_music(question: str) -> None:
    assert topic_of(question)[1] != "music"


# ---- wild life looked for ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("checking the pond for frogspawn every morning, does it lift me", ("activity", "nature")),
        ("she checks the garden pond for frogs after dark, is she calmer for it",
         ("activity", "nature")),
        ("we go looking in the ditch for tadpoles on Sundays, does it help my mood",
         ("activity", "nature")),
        ("hunting the old wall for lizards in the sun, does it calm him", ("activity", "nature")),
        ("watching the bats come out at dusk, do I sleep better", ("activity", "nature")),
        ("you spotted newts in the old quarry pond, did it lift your mood", ("activity", "nature")),
        ("frogspawn in the ditch by the lane, when did I last see some", ("last_time", "nature")),
    ],
)  # fmt: skip
def test_wild_life_looked_for_is_the_outdoors(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "checking my phone for messages every morning, does it wind me up",
        "searching the house for my lost keys, does it stress me out",
    ],
)
def test_a_search_for_no_creature_is_not_the_outdoors(question: str) -> None:
    assert topic_of(question)[1] != "nature"


# ---- a show by its kind, late --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("a K-drama binge on my phone till 2am, is that why I'm a zombie",
         ("activity", "screen late")),
        ("she watches anime in bed past midnight, is that why she's shattered",
         ("activity", "screen late")),
        ("a true crime documentary marathon on the laptop till three, does it wreck my sleep",
         ("activity", "screen late")),
        ("we binged a Korean drama on the tablet until 1am, how did we sleep",
         ("activity", "screen late")),
        ("you keep watching soaps on your phone after midnight, is that why you're tired",
         ("activity", "screen late")),
        ("sitcoms in bed till gone one, do they mess with my sleep", ("activity", "screen late")),
    ],
)  # fmt: skip
def test_a_show_by_its_kind_kept_up_late_is_the_late_screen(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "a K-drama binge on the sofa on a Sunday afternoon, does it help",
        "the drama at work, does it wind me up",
    ],
)
def test_a_show_not_kept_up_late_is_not_the_late_screen(question: str) -> None:
    assert topic_of(question)[1] != "screen late"
