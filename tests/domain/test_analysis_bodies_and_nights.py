"""Stressor words whose use names someone else's or something else, and strain told plainly.

Why: a stress chip must be the writer's trouble. Auditing each trigger over every writer's
labelled set showed uses wrong wherever they occurred: a body part after someone else's or
something's possessive ("a heron's neck", "Mam's hip op"), a lecture given to someone (a
talking-to, not study) and an illness word naming a service ("a fatigue service"). Strain
several writers wrote and labelled alike, which the lexicon missed: a night counted by its few
hours of sleep, a mind that won't switch off in bed, pay that comes late, a working day with
no lunch, and damage done "for good" (for ever, not fine). Each case shows the trigger both
ways; the sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> frozenset[str]:
    return predict(text).stress


# --- a body part after another's possessive is their body -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three hours wiring a fox's neck and the head still droops, useless.",
        "The mare's knee swelled up again overnight, rubbish start to the week.",
    ],
)
def test_a_body_part_of_something_else_is_no_health_strain(text: str) -> None:
    assert "health" not in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "My neck is killing me after four hours bent over the bench.",
        "Knee's playing up again, couldn't kneel at the altar rail.",
        # the writer's own pet: its illness is the writer's health worry
        "My dog's leg is swollen again and I'm worried sick.",
    ],
)
def test_the_writers_own_body_part_is_health(text: str) -> None:
    assert "health" in stress(text)


# --- a lecture given to someone is no study ------------------------------------------------


def test_a_lecture_given_to_someone_is_no_study() -> None:
    assert "study" not in stress("Gave a long lecture to the apprentice about ladders, sigh.")


def test_a_lecture_the_writer_sits_through_is_study() -> None:
    assert "study" in stress("Missed two lectures and the exam is in ten days, panicking.")


# --- an illness word naming a service is a place --------------------------------------------


def test_an_illness_service_is_no_health_strain() -> None:
    assert "health" not in stress("The stroke service moved to the other side of the city, awful.")


def test_an_illness_the_writer_has_is_health() -> None:
    assert "health" in stress("Fatigue floored me again today, awful.")


# --- a night counted by its few hours of sleep is poor sleep -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four hours of sleep and a full list at the surgery.",
        "Running on two hours sleep and cold toast.",
        "An hour's sleep in the chair by the incubator.",
    ],
)
def test_a_few_hours_of_sleep_is_poor_sleep(text: str) -> None:
    assert "sleep" in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nine hours of sleep and a lie in, bliss.",
        "Managed eight hours of sleep on the ferry, felt human again.",
    ],
)
def test_a_long_or_welcome_sleep_is_no_strain(text: str) -> None:
    assert "sleep" not in stress(text)


# --- a mind that won't switch off in bed is poor sleep --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can't switch off, lying in bed replaying the handover.",
        "Couldn't switch off after the gig, I lay there humming the set list.",
    ],
)
def test_no_switching_off_in_bed_is_poor_sleep(text: str) -> None:
    assert "sleep" in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can't switch off from the job, even on a Sunday with the kids.",
        # a thing switched off is not the writer's mind
        "Can't switch off the hall light at night, the switch is broken, annoying.",
    ],
)
def test_no_switching_off_with_no_bed_or_mind_is_no_sleep_strain(text: str) -> None:
    assert "sleep" not in stress(text)


# --- pay that comes late is money ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The festival pays me late every single year.",
        "Site boss is paying us late again, third month running.",
    ],
)
def test_paid_late_is_money(text: str) -> None:
    assert "money" in stress(text)


def test_paying_late_for_a_treat_is_no_money_strain() -> None:
    assert "money" not in stress("Stayed late at the fair with the kids, best evening in ages.")


# --- a working day with no lunch is work strain ----------------------------------------------


def test_no_lunch_is_work_strain() -> None:
    assert "work" in stress("Eleven fittings back to back and no lunch.")


def test_lunch_had_is_no_strain() -> None:
    assert "work" not in stress("Long lunch with the girls, no rush at all.")


# --- damage done "for good" is for ever, not fine -------------------------------------------


def test_damage_for_good_stays_strain() -> None:
    assert "sleep" in stress("Years of early shifts have wrecked my sleep for good.")


def test_fine_after_a_trouble_settles_it() -> None:
    assert "sleep" not in stress("Sleep was rubbish for weeks but it's good now.")
