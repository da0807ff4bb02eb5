"""Stressor words in their other senses, a cost called worth it, a public body short of money.

Why: "tips" is advice as often as it is pay ("a voice note of tips"), an "argument" can be the
case an essay makes ("my argument was original"), "fired" can be a bell, a gun or an email let
off ("the whole thing fired out", "fired off a reply") and a thing "doing its job" works. None
names money, a quarrel, a sacking or the writer's job. A cost the writer calls worth it ("worth
every argument") is paid and settled, and a public body that cannot afford a thing ("the parish
can't afford it") is short of its own money, not the writer's. The stressor senses stay read
("tips were dead tonight", "I keep replaying the argument in my head", "I got fired"). Each case
shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category", "chips"),
    [
        # advice, not pay
        ("My aunt sent a page of tips for the allotment, the slugs are winning.", "money", False),
        ("Neighbour gave me some tips on grouting, the bath still looks awful.", "money", False),
        ("Tips were awful tonight and I can't cover the gas bill.", "money", True),
        # the case an essay makes, not a quarrel
        ("Marker said my argument was muddled, so that's another bad grade.", "conflict", False),
        ("Rewrote the main argument three times and it still doesn't hold.", "conflict", False),
        ("Had a huge argument with my brother over the car, still shaking.", "conflict", True),
        ("I keep going over the argument with my flatmate, can't sleep.", "conflict", True),
        # a thing let off, not a sacking
        ("Fired off an angry reply before I'd even had a coffee, regret it.", "work", False),
        ("The starting pistol fired a shot and I froze, worst race of my life.", "work", False),
        ("I got fired this morning and I have no idea how to tell my wife.", "work", True),
        # a thing that works, not a job
        ("The new inhaler is doing its job but the cough hasn't gone.", "work", False),
        ("The old boiler did its job for twenty years and now it's dead.", "work", False),
        ("My job is crushing me, twelve hours again today.", "work", True),
    ],
)
def test_other_senses_of_stressor_words(text: str, category: str, chips: bool) -> None:
    assert (category in predict(text).stress) is chips


@pytest.mark.parametrize(
    ("text", "category", "chips"),
    [
        ("Garden finally finished and it looks incredible, worth every row.", "conflict", False),
        ("Sore and sunburnt after the festival, worth every penny.", "money", False),
        ("Another row with my partner about the garden, I'm exhausted.", "conflict", True),
    ],
)
def test_a_cost_called_worth_it_is_settled(text: str, category: str, chips: bool) -> None:
    assert (category in predict(text).stress) is chips


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The hall roof leaks and the council can't afford to fix it, so no more bingo.", False),
        ("Our choir's piano is dying and the church cannot afford a new one.", False),
        ("The car's dying and I can't afford a new one, proper panicking.", True),
    ],
)
def test_a_public_body_short_of_money_is_not_the_writers_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
