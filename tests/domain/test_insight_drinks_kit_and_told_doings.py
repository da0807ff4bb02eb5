"""Wordings that name a feeling, a default activity, a person or a thing in new words: a life
drained of colour or at rock bottom, the afternoon in slang, the moves of gym kit, farmland by
its hedges, any instrument played with "the", a thing weighed by doing more than another, a
weighing on everyone at once, someone who spends time with the household, a doing said on its
own, tea named by its kind and a trip by its way of travel.

Each reading is tested both ways: what must now be read, and the look-alikes that must not.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- feelings in new words --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a life drained of what made it good is a low mood
        ("everything's been drained of joy since the move", "low_mood"),
        ("weekends feel drained of all colour lately", "low_mood"),
        # ... a body drained is the energy it lacks
        ("drained by the end of every shift, what gets me going", "energy"),
        ("why am I so drained on Mondays", "energy"),
        # as low as a person goes
        ("what's pulled me up when I hit rock bottom", "low_mood"),
        ("when I'm at rock bottom does anything shift it", "low_mood"),
        # ... a battery at rock bottom is the body's energy
        ("phone-style battery at rock bottom by tea time, what helps", "energy"),
        # the afternoon in slang, the tiredness typed fast
        ("totally shatterd most arvos, why", "energy"),
    ],
)
def test_feelings_in_new_words(question: str, kind: str) -> None:
    assert topic_of(question) == (kind, "")


# ---- default activities in new words ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the moves done with gym kit
        ("do dumbbell presses in the spare room do anything for my mood", ("activity", "exercise")),
        ("do dumbbell curls in the kitchen do anything for me", ("activity", "exercise")),
        # farmland by its hedges and fields
        ("does a ramble past the hedgerows settle me", ("activity", "nature")),
        ("the meadows behind the estate, do they calm me down", ("activity", "nature")),
        # any instrument played with "the"
        ("does playing the harpsichord calm me", ("activity", "music")),
        ("has playing the hurdy-gurdy done anything for my mood", ("activity", "music")),
        ("I play the theremin most nights, does it help me sleep", ("activity", "music")),
        # ... a held activity beside a feeling stays the activity asked about
        ("does the guitar help when I'm tense and fidgety", ("activity", "music")),
        ("does the cello help when I'm on edge", ("activity", "music")),
    ],
)
def test_default_activities_in_new_words(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # a game, a chance, a part or a field is no instrument
        "does playing the field help my mood",
        "does playing the lottery stress me out",
        "does playing the lead in the school play stress me",
        "does playing the long game at work wear me out",
        # a title played is a game's: "the Sims"
        "does playing the Sims help my mood",
        # fields of work are no countryside
        "I'm worn out in the fields of marketing",
    ],
)
def test_look_alikes_of_the_new_activity_words_stay_apart(question: str) -> None:
    _kind, subject = topic_of(question)
    assert subject not in ("music", "nature")


# ---- things kept whole ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a thing weighed by doing more for the person than another
        (
            "does crown green bowling do more for me than yoga does",
            ("activity", "crown green bowling"),
        ),
        ("does water polo do more for my mood than the gym", ("activity", "water polo")),
        # tea named by its kind is a drink
        ("does peppermint tea help my anxiety", ("activity", "peppermint tea")),
        ("rooibos tea before bed, has it done anything for me", ("activity", "rooibos tea")),
        # a trip by its way of travel is the trip; done alone is how, not what
        ("do boat trips calm me down", ("activity", "boat trips")),
        ("solo coach trips, do I come back happier", ("activity", "coach trips")),
        # a doing said on its own
        ("making pottery on Tuesday evenings", ("activity", "pottery")),
        ("whittling spoons in the shed", ("activity", "whittling")),
    ],
)
def test_things_are_kept_whole(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # tea as a meal stays a time
        ("does a cup of tea help when I'm low", ("low_mood", "")),
        ("does afternoon tea cheer me up", ("low_mood", "")),
        # the occasions of a doing are still the doing
        ("wild camping trips, do I come back calmer", ("activity", "wild camping")),
        # the other side of a known comparison stays known
        ("does the gym do more for me than yoga does", ("activity", "exercise")),
        # a feeling said on its own is the feeling, not a doing
        ("worrying about money all the time", ("anxiety", "")),
        ("crying at nothing", ("low_mood", "")),
    ],
)
def test_look_alikes_of_things_kept_whole(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- people and the world ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("the weekends Grandad stays with us, do they help", "Grandad"),
        ("evenings Oona spends with us", "Oona"),
    ],
)
def test_someone_spending_time_with_the_household_is_the_person(question: str, name: str) -> None:
    assert topic_of(question) == ("activity", name)


def test_a_name_spending_on_something_else_is_no_one() -> None:
    assert topic_of("the time Paris spends on adverts") == ("unknown", "")


@pytest.mark.parametrize(
    "question",
    [
        "does melatonin help everyone sleep",
        "is cold water swimming good for everybody",
    ],
)
def test_a_weighing_on_everyone_is_about_the_world(question: str) -> None:
    assert topic_of(question) == ("unknown", "")


def test_a_weighing_on_the_person_among_everyone_stays_theirs() -> None:
    assert topic_of("is yoga good for everyone in my family") == ("activity", "yoga")
