"""The Positive / Negative chip on new writers' wording: a third audit across writers.

Each cause below was found wrong for several writers' labelled sets; each test pairs the case
that was wrong with one that must keep its reading:

* a concession ("she's not wrong", "can't blame him", "not his fault") was read as relief;
* a hand that is a body part or a means, a warning or sick pay lacking and "honestly" as
  emphasis read as pleasant; a hand held stays warm;
* the writer's own "I like it" read neutral, as "like" alone is no feeling to VADER;
* a bare "fine" is a shrug; news asked about ("no idea how we'll manage") is not told; a
  "fixed" that names a kind of deal is no repair;
* praise of a timing and "living the dream" are irony, not pleasure;
* a part after "but" that follows a good part and reads neutral is the other side (mixed);
  the opposite order ends on the good part;
* grumbles told by their shape (an open question the writer cannot answer, a negated verb of
  lack or refusal, a demand, a counted repeat, a strain that recurs, an end date) read
  neutral; a habit ("twice a week") and thanks ("don't know what I'd do without her") are no
  grumble;
* "finally" and the sun enjoyed mark a plain happening good; neither outweighs a trouble.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "My sister says I'm never off my phone. She's not wrong.",
        "Tom quit the choir after the row, can't say I blame him.",
        "The puppy chewed the skirting board, not his fault, but it's another bill.",
    ],
)
def test_a_concession_is_no_relief(text: str) -> None:
    assert chips(text)[2] != "pos"


def test_nothing_going_wrong_is_still_relief() -> None:
    assert chips("Nothing went wrong at the handover for once.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Trapped my hand in the van door on the first drop.",
        "Had to hand back the keys to the allotment.",
        "Moved me onto nights with no warning.",
        "Twisted my knee at the depot and there's no sick pay.",
    ],
)
def test_a_hand_or_a_lack_is_no_pleasure(text: str) -> None:
    assert chips(text)[2] != "pos"


def test_a_hand_held_is_still_warmth() -> None:
    assert chips("My grandson held my hand all the way round the museum.")[2] == "pos"


def test_honestly_is_emphasis_not_a_feeling() -> None:
    assert chips("Honestly, the bins go out on a Tuesday here.")[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Walking the dog before anyone's up, I like that.",
        "I quite like the new rota, more evenings free.",
    ],
)
def test_the_writers_own_liking_is_a_good_part(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "I don't like how quiet the house is now.",
        "Do I even like teaching any more?",
    ],
)
def test_a_liking_negated_or_asked_about_is_no_good_part(text: str) -> None:
    assert chips(text)[2] != "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Fine, I'll do the whole stocktake on my own then.",
        "They moved the meeting to Saturday. Fine.",
    ],
)
def test_a_bare_fine_is_a_shrug(text: str) -> None:
    assert chips(text)[2] != "pos"


def test_a_fine_reported_after_and_stays_good_news() -> None:
    assert chips("Dad had a fall in the garden, he's home now and fine.")[2] in ("pos", "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "Council tax went up again and I don't know how we'll manage.",
        "Agency wants the report by Monday and I've no idea what to write.",
    ],
)
def test_news_asked_about_is_a_worry(text: str) -> None:
    assert chips(text)[2] == "neg"


def test_news_told_is_still_news() -> None:
    assert chips("Money's tight this month but we'll manage.")[2] in ("pos", "mixed")


def test_a_fixed_kind_of_deal_is_no_repair() -> None:
    assert chips("Another fixed-term contract, ends in June.")[2] != "pos"
    assert chips("The plumber came and the boiler is fixed.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Car broke down on the way to the wedding, perfect timing.",
        "Mopping the cellar at midnight. Living the dream.",
    ],
)
def test_irony_is_no_pleasure(text: str) -> None:
    assert chips(text)[2] != "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Got the job I wanted but it's an hour from home.",
        "The wedding speech went well, though I barely ate all day.",
    ],
)
def test_the_side_after_a_turn_from_a_good_part_is_the_other_side(text: str) -> None:
    assert chips(text)[2] == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Twelve-hour shift, but the new starter was lovely.",
        "Proud of myself for swimming even though I didn't fancy it.",
    ],
)
def test_a_turn_that_ends_on_the_good_part_stays_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Lease on the workshop ends in May and nothing else is going.",
        "No idea where we'll be living by Christmas.",
        "Haven't spoken to a grown-up since Saturday.",
        "The landlord still hasn't sent anyone about the damp.",
        "Head office wants the whole window redone by Friday.",
        "Printer jammed four times before nine o'clock.",
        "The baby's been up every single night this week.",
    ],
)
def test_grumbles_told_by_their_shape_read_negative(text: str) -> None:
    assert chips(text)[2] == "neg"


def test_a_recurring_strain_that_has_stopped_is_no_grumble() -> None:
    assert chips("I've stopped checking my work emails every night.")[2] != "neg"
    assert chips("Still checking my work emails every night.")[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Swim club three times a week now, ready for the gala.",
        "Mum's been brilliant, don't know what I'd do without her.",
    ],
)
def test_a_habit_or_thanks_is_no_grumble(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The new windows finally went in on Tuesday.",
        "Tea on the back step watching the sunset.",
    ],
)
def test_a_wait_ended_or_the_sun_enjoyed_is_a_good_part(text: str) -> None:
    assert chips(text)[2] == "pos"


def test_a_good_mark_still_never_outweighs_a_trouble() -> None:
    assert chips("The old van finally broke down on the bypass.")[2] == "neg"
