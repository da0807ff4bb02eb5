"""Tips in a bad part are the writer's money; a depot and a trade's rush hours are its work.

Why: "Tips were dead tonight", "docked two days' tips" and "took another £20 of my tips"
chipped nothing though every writer who told tips in a bad part labelled money; tips in a
good part ("tips were good") stay none, as any money topic does. The depot a round runs from
("The depot want us to use an app", "Rang the depot six times") and a rush ("during the lunch
rush", "the Christmas rush") in a bad part are the work's (6 of 7 rows across writers; a walk
to the depot in the rain was the journey). A bonus taken away ("the bonus got pulled", "cut the
bonus again") is a money loss by itself, as overtime taken away is, so thanks after it read as
the irony they are. Being paid told in a bad part ("Only get paid term time so summer is always
tight"), work done at a loss ("I'll be working for nothing") and a backlog are money and work
as the writers who told them labelled; so are the people who pay cancelling ("Three customers
cancelled this week", "Half my Wednesday pupils cancelled"): money in every row that tells it,
and bills stacked in one stretch ("the car insurance in the same month") are money though no
feeling is named, where other things stacked so ("two birthdays in the same week") are not.
The hours as the trouble ("the hours are killing me", "hate the hours") are the work's.
The sentences are new, written for these tests, and each case shows the rule both ways.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Tips were awful all weekend, so fed up.", True),
        ("Boss pocketed half our tips again and nobody dares say anything.", True),
        ("Tips were brilliant tonight, treated myself to chips.", False),
    ],
)
def test_tips_in_a_bad_part_are_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("The depot changed every route overnight and nobody told us, livid.", True),
        ("Lost a tray of scones in the dinner rush, absolute shambles.", True),
        ("Depot canteen does a lovely fry-up on Fridays.", False),
    ],
)
def test_a_depot_and_a_trades_rush_in_a_bad_part_are_work(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Council tax is due and the bonus got scrapped. Cheers lads", True),
        ("Bonus came through, paying off the credit card.", False),
    ],
)
def test_a_bonus_taken_away_is_a_money_loss(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


def test_thanks_after_a_bonus_taken_away_is_irony() -> None:
    got = predict("Council tax is due and the bonus got scrapped. Cheers lads")
    assert "gratitude" not in got.emotions
    assert got.polarity != "pos"


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Only get paid in term time so August is always a struggle.", True),
        ("Priced the kitchen too low, I'll be working for nothing all month.", True),
        ("Got paid today and booked the cinema, lovely.", False),
    ],
)
def test_being_paid_in_a_bad_part_and_working_at_a_loss_are_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Claims backlog is nine weeks deep and I'm drowning in it.", True),
        ("Cleared the whole backlog before lunch, smashing.", False),
    ],
)
def test_a_backlog_in_a_bad_part_is_work(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Two clients cancelled this morning, there goes the week.", True),
        ("Two clients rebooked for next week, all sorted.", False),
    ],
)
def test_the_people_who_pay_cancelling_is_money_lost(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Road tax and the boiler service in the same month.", True),
        ("Two birthdays and a christening in the same week.", False),
    ],
)
def test_bills_stacked_in_one_stretch_are_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Like the people, hate the hours, it is what it is.", True),
        ("The hours flew by at the fair today, lovely.", False),
    ],
)
def test_the_working_hours_as_the_trouble_are_work(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
