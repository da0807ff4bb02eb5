"""Topic rule families of round 24, each both ways (a question that now maps, one that keeps
its topic): claims put to the app to check against science and people of an age group (never
the journal, so never answered with its items), an ask that points back to the time or place a
story set, the measure or the verb a thing is taken in ("an hour of", "playing"), a thing with
its frame judged without it, a thing put up front with where, when or with whom, weighed in
another language's order, a named person's family word or role (not the family or friends
activity), more slang for no energy, and a wood by its trees."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.topics import Topic, arbitrate, classify
from tests.support.insight_topics import topic_of


def _check(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a claim to check against science, people of an age --------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my sister swears by magnesium for panic attacks, is there any science behind that",
         ("unknown", "")),
        ("a podcast said cold plunges reset your mood, what does the research say",
         ("unknown", "")),
        ("is eight hours a night enough for women over fifty", ("unknown", "")),
        ("do people in their thirties need less sleep or is that an old wives' tale",
         ("unknown", "")),
        ("any scientific evidence that gratitude lists lift low mood", ("unknown", "")),
        # unchanged: the person's own pattern, even with "truth" or "the idea"
        ("is there any truth to the idea that I sleep worse after wine", ("activity", "alcohol")),
        ("does magnesium help my sleep", ("activity", "magnesium")),
        ("am I more anxious in my thirties than I was before", ("anxiety", "")),
    ],
)  # fmt: skip
def test_world_claims_and_age_groups(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- the ask points back to the story's time or place ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the Lisbon summer, the tiny room by the tram line: did I sleep any better there",
         ("activity", "Lisbon")),
        ("the Galway winter, the house share, the night bus: was I lower back then",
         ("activity", "Galway")),
        # unchanged: a story with no place of its own, and a general ask after a story
        ("my dad was in hospital, I was a wreck, work was chaos: was I sleeping at all back then",
         ("sleep", "")),
        ("my boss shouted, the train broke down, the rent went up, what calmed me",
         ("anxiety", "")),
    ],
)  # fmt: skip
def test_ask_points_back(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- the measure or verb a thing is taken in, a thing with its frame -------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does twenty minutes of vinyasa lift my mood", ("activity", "yoga")),
        ("does playing backgammon settle my nerves", ("activity", "backgammon")),
        ("does practising calligraphy calm me down", ("activity", "calligraphy")),
        ("has doing sudoku helped my focus", ("activity", "sudoku")),
        ("does the tango class on fridays do anything for my mood", ("activity", "tango")),
        # unchanged: the thing is known, or the verb takes no thing of its own
        ("does playing the piano lift me", ("activity", "music")),
        ("does playing music cheer me up", ("activity", "music")),
        ("does an hour of exercise help my sleep", ("activity", "exercise")),
    ],
)  # fmt: skip
def test_measure_verb_and_frame(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a thing put up front with where, when or with whom, weighed in any order ----------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("karaoke with the neighbours on fridays, is it lifting my mood", ("activity", "karaoke")),
        ("gardening at the community plot, for my stress it is good or no?",
         ("activity", "gardening")),
        ("canasta with the cousins every sunday, it makes me calmer?", ("activity", "canasta")),
        ("padel after work, worth it for my nerves?", ("activity", "padel")),
        # unchanged: a feeling or work put up front is not a thing
        ("my boss, it makes me anxious when he shouts", ("anxiety", "")),
        ("sleep, it is getting worse every week, what helps", ("sleep", "")),
    ],
)  # fmt: skip
def test_fronted_with_place_and_company(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a named person's family word or role ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Auntie Wen came to stay twice in May, good or bad for my mood?", ("activity", "Wen")),
        ("lunches with my cousin Ravi, pick-me-up or not", ("activity", "Ravi")),
        ("my neighbour Olu pops round on sundays, am I brighter after", ("activity", "Olu")),
        ("when did I last see my counsellor, Bridget", ("last_time", "Bridget")),
        ("does boxing with Sensei Ito help my stress", ("activity", "Ito")),
        ("Whenever Tamsin rings I feel drained, is she good for me", ("activity", "Tamsin")),
        # unchanged: family and friends as such, with no name
        ("do visits to my cousins lift me", ("activity", "family")),
        ("does time with my friends or my family help more", ("activity", "friends")),
        ("when did I last see my counsellor", ("last_time", "therapy")),
    ],
)  # fmt: skip
def test_titled_and_role_names(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- no energy in slang, a wood by its trees -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("totally crackered by teatime, what perks me up", ("energy", "")),
        ("completely bushed by friday, what helped", ("energy", "")),
        ("dog-tired all week, why", ("energy", "")),
        ("does a stroll through the beech wood settle me", ("activity", "nature")),
        ("am I calmer after an afternoon in the pine wood", ("activity", "nature")),
        # unchanged: a wood burner, a wooden floor, woodwork
        ("is the wood burner making my sleep worse", ("sleep", "")),
        ("does woodwork in the shed help my mood", ("activity", "woodwork")),
    ],
)  # fmt: skip
def test_no_energy_and_a_wood(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- what the ask sets aside is not what it asks about ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what settled my nerves that wasn't just going for a run", ("anxiety", "")),
        ("anything that lifted me other than seeing friends", ("low_mood", "")),
        ("what got me sleeping again, without me reaching for a glass of wine", ("sleep", "")),
        # unchanged: doing without a thing weighs that thing
        ("do I sleep better without wine", ("activity", "alcohol")),
        ("does reading help me sleep", ("activity", "reading")),
    ],
)  # fmt: skip
def test_set_aside(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a question about the world keeps its plain no-data answer -------------------------------
def test_a_world_question_stays_unknown_however_sure_the_classifier_is() -> None:
    question = "a friend says ice baths cure anxiety, is there any science in that"
    assert classify(question).kind == "unknown"
    topic = arbitrate(classify(question), {"anxiety": 0.97, "unknown": 0.03}, text=question)
    assert topic.kind == "unknown"


def test_an_unread_question_still_takes_a_sure_classifier_kind() -> None:
    topic = arbitrate(Topic("unknown"), {"anxiety": 0.97, "unknown": 0.03})
    assert topic.kind == "anxiety"
