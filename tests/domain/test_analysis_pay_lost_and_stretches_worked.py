"""Money run out, pay taken, a stretch worked, and troubles that are someone else's.

Why: a blind batch (test38) chipped wrong stressors where a word only named someone else's
trouble (a head coach made redundant, club members arguing, "kid's not right" of an
apprentice), a thing said to be empty, or an upset told as sickness ("Sick about it"); and
it missed forms several writers label alike: "skint", a commission cut, a wallet empty, sums
that don't add up, a stretch worked "ten days straight", a hand cut. Each reading was kept
only where its record over every writer's rows held. The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Tired, wet and skint again.",
        "Spring I'm flat out, by February I'm scraping by.",
        "They've cut my commission from next month.",
        "Came home with an empty wallet after the market.",
        "Did the books twice and the numbers still don't add up.",
        "The excess on the van is coming out of my wages.",
    ],
)
def test_money_run_out_or_taken_is_money(text: str) -> None:
    assert "money" in predict(text).stress


def test_a_share_up_is_money_only_in_a_bad_part() -> None:
    assert (
        "money"
        in predict("Feed merchant is up twenty percent again and I can't pass it on.").stress
    )
    assert "money" not in predict("Sign-ups up twenty percent this month!").stress


@pytest.mark.parametrize(
    "text",
    [
        "Worked nine days straight and the rota says two more.",
        "Four lates in a row and then an early on Sunday.",
        "Twelve hours on my feet at the show and not one sit down.",
    ],
)
def test_a_stretch_worked_is_work(text: str) -> None:
    assert "work" in predict(text).stress


def test_uncounted_nights_back_to_back_are_not_work_by_themselves() -> None:
    assert "work" not in predict("Nights back to back and I've no idea what day it is.").stress


def test_a_cut_or_a_burn_to_the_writers_own_part_is_health() -> None:
    assert "health" in predict("Sliced my thumb on the mandoline, four stitches.").stress
    assert "health" in predict("Burnt my arm on the fryer again.").stress


@pytest.mark.parametrize(
    "text",
    [
        "The choir's conductor got made redundant last week. Odd singing without him there.",
        "Dave from the allotments got laid off today, he's putting a brave face on.",
    ],
)
def test_a_job_lost_by_someone_named_is_theirs(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I got laid off this morning and I can't stop shaking.",
        "Got made redundant by email. Eleven years.",
        "My husband got laid off and we can't cover the mortgage.",
    ],
)
def test_a_job_lost_by_the_writer_or_someone_close_stays_work(text: str) -> None:
    assert "work" in predict(text).stress


def test_members_quarrelling_among_themselves_is_no_conflict_of_the_writers() -> None:
    assert "conflict" not in predict("Committee members arguing about the car park again.").stress


def test_sick_about_a_thing_is_no_illness() -> None:
    assert "health" not in predict("Fox got into the run last night. Sick about it.").stress


def test_one_child_named_without_my_is_someone_elses() -> None:
    assert (
        "family"
        not in predict("Our trainee's nan died and he came in anyway, kid's not right.").stress
    )
    assert "family" in predict("My kid's been sent home again and I'm at my wits' end.").stress


def test_a_place_said_to_be_empty_is_no_sadness() -> None:
    assert "sadness" not in predict("Quiet week, empty car park, empty till.").emotions


def test_an_empty_home_stays_loneliness() -> None:
    assert (
        "loneliness"
        in predict("Came back to an empty flat again and didn't speak all night.").emotions
    )


def test_a_nervous_guest_is_the_guests_feeling() -> None:
    text = "Love it when a nervous guest relaxes halfway through the chat."
    assert "anxiety" not in predict(text).emotions


def test_loneliest_is_loneliness() -> None:
    assert (
        "loneliness" in predict("Loneliest I've felt in years, sat in the van at lunch.").emotions
    )


def test_a_sentence_dated_by_the_next_is_over() -> None:
    text = "Exams were hell and I failed two modules. That was six years ago, different person now."
    assert "study" not in predict(text).stress
    assert "study" in predict("Exams were hell and I failed two modules.").stress
