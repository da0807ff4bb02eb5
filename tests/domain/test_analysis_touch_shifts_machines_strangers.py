"""Feeling and trouble words used for something else: a hand's touch, a diagnosis someone
else gives, a shift as a span of time, a machine that falters, a friend named with one word
that kinds them.

Each rule is tested both ways: in the shape it reads, and in the look-alike where the word
keeps its meaning. The sentences are new (not rows of the labelled set); each assertion is
what the entry's chips would show (``quality.predict``).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict

# -- "touched": a hand on a thing, or the writer moved ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Touched the door handle on the bus and didn't wash my hands for an hour.",
        "Accidentally touched a slug in the garden, yuck.",
        "The toddler touched every button in the lift.",
    ],
)
def test_touching_a_thing_is_no_gratitude(text: str) -> None:
    assert "gratitude" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The whole team signed a card for me, I'm so touched.",
        "Really touched by the flowers from my neighbour.",
        "Her little note touched my heart.",
    ],
)
def test_being_touched_is_still_gratitude(text: str) -> None:
    assert "gratitude" in predict(text).emotions


# -- a feeling named in someone else's words ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The GP keeps telling me it's anxiety but my chest hurts.",
        "Mum keeps saying it's just stress, like that fixes anything.",
    ],
)
def test_a_feeling_named_in_what_someone_keeps_telling_is_not_felt(text: str) -> None:
    emotions = predict(text).emotions
    assert "anxiety" not in emotions


def test_a_feeling_told_by_the_writer_stays() -> None:
    assert "anxiety" in predict("I keep telling everyone I'm fine but I'm so anxious.").emotions


# -- "all shift": a span of time, as "all day" --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Drizzle all shift, boots soaked, but the crew kept me laughing.",
        "They had me on the tills all shift, dead easy.",
    ],
)
def test_all_shift_is_a_span_of_time_not_the_work(text: str) -> None:
    assert "work" not in predict(text).stress


def test_a_shift_itself_told_as_the_trouble_stays_work() -> None:
    assert "work" in predict("Another twelve-hour shift and I'm exhausted.").stress


# -- a machine that coughs or limps falters -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Outboard coughing all the way back to the harbour, so annoying.",
        "The van limped home on three cylinders and I was furious.",
    ],
)
def test_a_machine_that_coughs_or_limps_is_no_health_trouble(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Been coughing all night and my chest is sore.",
        "Limped back from the match with my knee swollen, gutted.",
    ],
)
def test_the_writers_own_cough_or_limp_stays_health(text: str) -> None:
    assert "health" in predict(text).stress


# -- a friend named with one word that kinds them ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Old friend from school is having an awful month, rang her tonight.",
        "Online mate is going through a rough patch.",
    ],
)
def test_a_kinded_friends_own_trouble_is_not_the_writers(text: str) -> None:
    assert "relationships" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Old friend is ignoring me and I feel awful.",
        "My online friend stopped replying to me, feel rubbish.",
    ],
)
def test_trouble_with_a_kinded_friend_stays_the_writers(text: str) -> None:
    assert "relationships" in predict(text).stress


# -- a stranger's own trouble, the writer only answering ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Old woman at the stop couldn't afford the fare so I paid it for her.",
        "A little boy's dad couldn't sleep so we played cards in the waiting room till six.",
    ],
)
def test_a_strangers_own_trouble_is_not_the_writers(text: str) -> None:
    stress = predict(text).stress
    assert "money" not in stress and "sleep" not in stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Can't sleep in this hostel, two men snoring all night.", "sleep"),
        ("A man shouted at me in the car park and I'm still shaking.", "conflict"),
        ("Old man next door keeps me awake, I couldn't sleep till four.", "sleep"),
    ],
)
def test_a_trouble_a_stranger_brings_the_writer_stays(text: str, category: str) -> None:
    assert category in predict(text).stress
