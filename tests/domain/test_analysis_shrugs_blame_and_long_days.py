"""Knowing shrugs, blame, spitting and swearing, short day names, hours cut, long days.

Why: forms several writers label alike were missed in a blind batch, and each was added with
its record on every other writer's rows. A knowing shrug alone after a trouble ("… for free.
Obviously.", "Of course it was.") or "Cheers for that." is irony, the writer's anger, but not
the answer to a question put as one; blame told by its noun ("got the blame") is anger as
"gets blamed" is; a day shortened as notes write it ("due Wed") is a time limit; hours cut are
the work's strain as well as the money's; a working day told by hours on foot, a target, a
director, a skipper, a standby and a one-star review in a bad part are the work's. A feeling
right after "who" is the one just named's ("a guy who panicked"). Being spat at or sworn at is
anger and a dance round a room joy; being reported is a conflict; a cost out of the writer's
own pocket, a payment and prescription charges in a bad part are money. Staying power ("glad
I stuck it out", "and it stuck") is no grumble, a treat given and named ("gave me a box of
chocolates") is kindness and "for good" is for ever, no praise. Each case shows the rule both
ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import Prediction, predict


def chips(text: str) -> Prediction:
    return predict(text)


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("Landlord wants the deposit for repairs he never did. Obviously.", True),
        ("Agency cancelled my shift an hour before. Naturally.", True),
        ("Got the blame for the stock count in front of everyone.", True),
        ("Council moved my bin day again without a word. Cheers for that.", True),
        ("Got the keys to the new flat. Cheers!", False),
        # an answer to a question put as one, praise that is meant, blame offered
        ("Was the meeting moved again? Of course it was.", False),
        ("The new job is brilliant. Obviously.", False),
        ("I'll take the blame if it goes wrong, no big deal.", False),
    ],
)
def test_a_knowing_shrug_or_blame_put_on_the_writer_is_anger(text: str, angry: bool) -> None:
    assert ("anger" in chips(text).emotions) is angry


@pytest.mark.parametrize(
    ("text", "category", "chipped"),
    [
        ("Essay due Thurs and I've written the intro.", "deadlines", True),
        ("Lab report due Fri and I haven't started.", "deadlines", True),
        ("Invoice sent Wed, all done.", "deadlines", False),
        ("They cut my hours to twelve a week, can't cover the rent.", "work", True),
        ("They cut my hair too short and I look ridiculous.", "work", False),
        ("On my feet twelve hours at the warehouse and my back is killing me.", "work", True),
        ("On my feet all day at the craft fair, sold loads, buzzing.", "work", False),
        ("Sales target doubled again and I'm nowhere near it.", "work", True),
        ("Hit my target two days early, buzzing.", "work", False),
        ("The director cut my solo two days before opening, gutted.", "work", True),
        ("The director loved the run and bought us all a drink.", "work", False),
        ("Standby again all weekend, can't plan a thing.", "work", True),
        (
            "Some bloke left a one-star review because we were shut on Christmas Day, raging.",
            "work",
            True,
        ),
        ("Finally cracked fifty five-star reviews, buzzing.", "work", False),
    ],
)
def test_strain_told_by_a_short_day_hours_cut_or_a_long_day(
    text: str, category: str, chipped: bool
) -> None:
    assert (category in chips(text).stress) is chipped


@pytest.mark.parametrize(
    ("text", "anxious"),
    [
        ("Went on one date with a guy who panicked at my scar.", False),
        ("A bloke who freaked out at the price, not my problem.", False),
        ("I panicked at the price and froze.", True),
    ],
)
def test_a_feeling_right_after_who_is_theirs(text: str, anxious: bool) -> None:
    assert ("anxiety" in chips(text).emotions) is anxious


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Stopped checking emails at night in March and it stuck.", False),
        ("Glad I stuck it out with the course, I finally passed.", False),
        ("Stuck in traffic for two hours, furious.", True),
        ("The lid came off and it stuck to everything, ruined my shirt.", True),
    ],
)
def test_staying_power_is_no_grumble(text: str, negative: bool) -> None:
    assert (chips(text).polarity in ("neg", "mixed")) is negative


@pytest.mark.parametrize(
    ("text", "emotion", "felt"),
    [
        ("Got spat at outside the chippy on my break.", "anger", True),
        ("A cyclist swore at me for using the crossing.", "anger", True),
        ("She swore at the printer all morning.", "anger", False),
        ("Danced round the kitchen when the offer came through.", "joy", True),
        ("Danced at the wedding till my feet hurt.", "joy", False),
    ],
)
def test_spat_at_sworn_at_and_a_dance_of_delight(text: str, emotion: str, felt: bool) -> None:
    assert (emotion in chips(text).emotions) is felt


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Paid for the new tyres out of my own pocket again.", True),
        ("Put my hand in my own pocket and found a fiver, result.", False),
        ("Car payment bounced again, panicking.", True),
        ("Prescription charges again this month, it never ends.", True),
        ("Payment went through fine, all sorted.", False),
    ],
)
def test_a_cost_of_the_writers_own_or_a_payment_is_money(text: str, money: bool) -> None:
    assert ("money" in chips(text).stress) is money


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # a treat given and named is kindness; a slot of someone's time is not
        ("A patient gave me a box of chocolates on her last day.", "pos"),
        ("The doctor gave me two minutes and a leaflet.", "neutral"),
        # "for good" is for ever, not praise ("for good measure" keeps its sense)
        ("My knee went for good on the stairs, surgery again.", "neg"),
        ("Doing it properly for good measure.", "pos"),
    ],
)
def test_a_treat_given_and_for_good_read_as_they_mean(text: str, polarity: str) -> None:
    assert chips(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("The couple upstairs are reporting me to the landlord over the dog.", True),
        ("A parent reported me to the head for raising my voice.", True),
        # the writer reporting something, or reporting to someone, is no quarrel
        ("I reported the leak to the landlord weeks ago.", False),
        ("Reporting to the regional manager from Monday.", False),
    ],
)
def test_being_reported_is_a_conflict(text: str, conflict: bool) -> None:
    assert ("conflict" in chips(text).stress) is conflict
