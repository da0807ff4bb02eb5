"""Eighteenth round: forms of strain and feeling that new writers use, tested both ways.

The blind batch ``test20`` was checked against ``test15``–``test19`` and the corpora. It showed
some general forms that the rules missed. One is sarcasm opened by loving a happening ("Love how
…", "love being told …"). Another is a mock promise ("Sure, I'll …"). A third is praise with an
intensifier ("Absolute joy, …"). A body part may be hurt or worn out in many words ("knees are
shot", "tore my calf"), and a time limit may be named by a day or date with the work unfinished.
Each test pairs an entry where the reading must come with one
where it must not. The sentences were written for these tests; none is taken from the labelled set.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # loving a happening as the first words, when the happening is a trouble: sarcasm
        ("Love how the landlord never answers until the rent is late.", {"home"}),
        ("Oh I love it when the boss moves the meeting to six on a Friday.", {"work"}),
        ("Love being handed the rota the night before it starts at work.", {"work"}),
        ("Love that my bank froze the card the day the bills went out.", {"money"}),
    ],
)
def test_loving_a_trouble_as_the_first_words_is_sarcasm(text: str, stress: set[str]) -> None:
    got_stress, emotions, polarity = chips(text)
    assert stress <= got_stress
    assert not emotions & {"joy", "gratitude", "calm"}
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Love how my partner leaves a note in my lunchbox every Monday.",
        "Love it when my son giggles at his own jokes.",
        "Love being a grandad, best job going.",
        "Love how calm the canal is first thing in the morning.",
    ],
)
def test_loving_something_pleasant_stays_pleasant(text: str) -> None:
    got_stress, _, polarity = chips(text)
    assert polarity == "pos"
    assert not got_stress


@pytest.mark.parametrize(
    "text",
    [
        "Oh sure, I'll redo the whole spreadsheet by nine tomorrow morning.",
        "Sure, I'll just grow a second pair of arms for the school run.",
    ],
)
def test_a_mock_promise_is_not_pleasant(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert polarity == "neg"
    assert not emotions & {"joy", "gratitude", "calm"}


def test_a_real_promise_with_something_pleasant_stays_pleasant() -> None:
    _, emotions, polarity = chips("Sure, I'll try the climbing wall on Saturday, it looks fun.")
    assert polarity == "pos"
    assert "joy" in emotions


@pytest.mark.parametrize(
    "text",
    [
        "Absolute joy, the motorway shut again and an hour in a queue.",
        "Fabulous, the washing machine flooded the kitchen floor.",
        "Utterly brilliant, another parking fine on the windscreen.",
    ],
)
def test_praise_with_an_intensifier_before_a_mishap_is_no_joy(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert polarity == "neg"
    assert "joy" not in emotions


def test_praise_with_an_intensifier_before_own_news_stays_praise() -> None:
    _, _, polarity = chips("Absolutely brilliant, I passed my driving test this morning!")
    assert polarity == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Been on my feet since six and my ankles are in bits.",
        "Shoulder's playing up again after hauling the ladders about.",
        "Twisted my ankle stepping off the kerb outside the chippy.",
        "Hips are shot after thirty years of lifting patients.",
        "Put my back out carrying the Christmas tree up the stairs.",
    ],
)
def test_a_body_part_hurt_is_health_however_it_is_said(text: str) -> None:
    got_stress, _, polarity = chips(text)
    assert "health" in got_stress
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Got my back to the wall and my knees up, reading in the garden all afternoon.",
        "Did my homework at the kitchen table while the rain came down.",
        "Put my feet up with a cuppa after tea.",
    ],
)
def test_a_body_part_at_rest_is_no_health_trouble(text: str) -> None:
    got_stress, _, _ = chips(text)
    assert "health" not in got_stress


@pytest.mark.parametrize(
    "text",
    [
        "The funding bid is due Thursday and the budget section isn't finished.",
        "Need the slides for the board by the 14th and they aren't ready yet.",
    ],
)
def test_a_dated_time_limit_with_work_unfinished_is_a_deadline(text: str) -> None:
    got_stress, _, polarity = chips(text)
    assert "deadlines" in got_stress
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Handed the funding bid in on Thursday, all done and dusted.",
        "My cousin's wedding is on the 14th and I've got my outfit sorted.",
    ],
)
def test_a_date_with_nothing_unfinished_is_no_deadline(text: str) -> None:
    got_stress, _, _ = chips(text)
    assert "deadlines" not in got_stress


@pytest.mark.parametrize(
    "text",
    [
        "Ate my dinner on my own at the kitchen counter again.",
        "Most evenings it's just me in the flat and I don't talk to anyone from Friday to Monday.",
        "Sat alone in the staff room while the others went to the pub.",
    ],
)
def test_everyday_life_done_alone_is_loneliness(text: str) -> None:
    _, emotions, _ = chips(text)
    assert "loneliness" in emotions


def test_a_treat_taken_alone_is_not_loneliness() -> None:
    _, emotions, _ = chips("Had a long bath on my own with a book and loved every minute.")
    assert "loneliness" not in emotions


@pytest.mark.parametrize(
    "text",
    [
        "Every time the phone buzzes after nine it sends me into a spin.",
        "The argument with my brother is still eating at me.",
        "Lay in bed with my chest thumping, wondering if the biopsy will be clear.",
    ],
)
def test_worry_told_as_a_spin_a_gnawing_or_a_heart_going_is_anxiety(text: str) -> None:
    _, emotions, _ = chips(text)
    assert "anxiety" in emotions


@pytest.mark.parametrize(
    "text",
    [
        "Wondering whether to paint the hallway green or grey this weekend.",
        "Training for the marathon is eating me alive but I love it.",
    ],
)
def test_weighing_a_choice_or_a_busy_season_is_no_anxiety(text: str) -> None:
    _, emotions, _ = chips(text)
    assert "anxiety" not in emotions


@pytest.mark.parametrize(
    "text",
    [
        "When we moved to the farm I dreaded every vet bill. These days the books balance and "
        "it's just quiet now.",
        "My first night-shift month I cried in the sluice most nights. This time round I "
        "sleep fine and know the ward.",
    ],
)
def test_a_beginning_left_behind_then_told_from_today_is_calm(text: str) -> None:
    got_stress, emotions, polarity = chips(text)
    assert "calm" in emotions
    assert not emotions & {"sadness", "anxiety"}
    assert polarity == "pos"
    assert not got_stress & {"money", "work", "sleep"}


def test_a_beginning_still_troubling_today_is_not_over() -> None:
    _, emotions, _ = chips(
        "When we moved to the farm I dreaded every vet bill. This month I'm still dreading them."
    )
    assert "calm" not in emotions
    assert "anxiety" in emotions


@pytest.mark.parametrize(
    "text",
    [
        "My sister thinks I spoil the kids. We had words on the drive home.",
        "Had words with the foreman about the state of the welfare cabin.",
    ],
)
def test_having_words_is_a_quarrel_told_as_anger(text: str) -> None:
    got_stress, emotions, polarity = chips(text)
    assert "conflict" in got_stress
    assert "anger" in emotions
    assert polarity == "neg"


def test_words_that_were_kind_are_no_quarrel() -> None:
    got_stress, emotions, _ = chips("She had kind words for everyone at the leaving do.")
    assert "anger" not in emotions
    assert "conflict" not in got_stress
