"""Topic rule families of round 33, each both ways (a question that now maps, one that keeps
its topic): a doing weighed at length, named by an activity's words or by the class it is done
at; a book by its length and form; a pot of a dish by any vessel; trees however described; a
waking a state comes with as the time it is felt; being made steady as calm; an occasion had
with a group as time with that group."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.extract import weighed_at_length
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- a doing weighed at length -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does scribbling a few lines into a battered old notebook at night settle me?",
         ("activity", "journaling")),
        ("has throwing pots at the evening pottery class made me less wound up?",
         ("activity", "pottery")),
        ("has sketching at the Tuesday life drawing class made me any calmer?",
         ("activity", "life drawing")),
        ("might a bit of birdwatching from the back garden brighten my days?",
         ("activity", "birdwatching")),
        # unchanged: no activity and no class in the long phrase names nothing to weigh
        ("when I'm anxious at night, does it help to get up?", ("anxiety", "")),
        ("is the stress of the move making me tired?", ("energy", "")),
    ],
)  # fmt: skip
def test_a_doing_weighed_at_length(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, DEMO_ACTIVITIES - {"journaling"}) == expected


def test_a_long_phrase_names_no_person_work_or_feeling() -> None:
    assert weighed_at_length("Does talking to my boss at work help?") is None
    assert weighed_at_length("Does being anxious all day make it harder to sleep?") is None
    assert weighed_at_length("Do the kids and the dog wear me out?") is None


def test_a_class_weighed_at_length_answers_plainly_when_never_logged() -> None:
    # a feeling word beside a thing the journal does not hold lends no items of that feeling
    topic = classify(
        "Has throwing pots at the evening pottery class made me less wound up?",
        activities=DEMO_ACTIVITIES,
        written=lambda word: False,
    )
    assert (topic.kind, topic.subject) == ("activity", "pottery")


# ---- everyday words of the default activities ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does getting lost in a fantasy trilogy help me switch off?", ("activity", "reading")),
        ("is a thick tome before bed good for my sleep?", ("activity", "reading")),
        ("does curling up with a long fantasy saga calm me?", ("activity", "reading")),
        ("does making a cauldron of chilli on Sundays cheer me up?", ("activity", "cooking")),
        ("is mooching beneath the tall old oaks good for me?", ("activity", "nature")),
        ("does writing lists into a little notebook help my nerves?", ("activity", "journaling")),
        # unchanged: a saga of events is no book; a pot of tea is no dish
        ("it's been a right saga with the landlord, what helped my stress?", ("stress", "")),
        ("the whole saga with the boiler has me frazzled, what helped?", ("stress", "")),
    ],
)  # fmt: skip
def test_everyday_words_by_class(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, DEMO_ACTIVITIES - {"journaling"}) == expected


# ---- a waking a state comes with; being made steady ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("after a nervy day, do I wake up with nothing in the tank?", ("energy", "")),
        ("why do I wake up feeling sick with nerves before a shift?", ("anxiety", "")),
        ("what steadies me before a big presentation?", ("anxiety", "")),
        ("what's helped steady my nerves before flying?", ("anxiety", "")),
        # unchanged: waking alone, or sleep named beside it, is sleep
        ("Why do I wake up tired?", ("sleep", "")),
        ("I wake up feeling like I haven't slept, what's made my sleep deeper?", ("sleep", "")),
        ("do I wake up with a headache?", ("sleep", "")),
    ],
)  # fmt: skip
def test_the_waking_and_the_steadying(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- an occasion had with a group ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("After drinks with the hockey girls, am I in a better place?", ("activity", "friends")),
        ("do drinks with my mates cheer me up?", ("activity", "friends")),
        ("does coffee with my sister help my mood?", ("activity", "family")),
        # unchanged: the drink counted is the drink; a named person is more specific
        ("how long since I last had a few pints with the lads?", ("last_time", "alcohol")),
        ("does drinking with the lads make me worse?", ("activity", "alcohol")),
        ("do drinks with Sam help?", ("activity", "Sam")),
    ],
)  # fmt: skip
def test_an_occasion_with_a_group(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a flat battery however texted; the dumps without "down" --------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("batterys dead by lunch evry day, any fix?", ("energy", "")),
        ("what perks me up when I'm in the dumps?", ("low_mood", "")),
        # unchanged: a flat mood is low
        ("feeling flat all week, what lifted me before?", ("low_mood", "")),
    ],
)  # fmt: skip
def test_texted_and_short_feelings(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected
