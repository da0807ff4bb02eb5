"""Words that measure or class something else, debts of thanks, and pay missing while ill.

Why: a blind batch (test39) chipped wrong stressors where a word only measured or classed
another thing (mud "to the knees", "knee pads", "the children's unit", "Mother of the bride",
"the physio's office", "damp donations"), where a debt was one of thanks ("I owe her
forever") or a job someone else wants for the writer ("get paid work"), and where an ache told
how much something is missed; and it missed forms several writers label alike: "no sick pay",
a bruise told by its size. Each reading was kept only where its record over every writer's
rows held. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Soaked to the knees on the doorstep, freezing and miserable.",
        "Shin guards forty quid, knee pads thirty, I'm broke and fed up.",
    ],
)
def test_a_body_part_as_a_depth_or_a_kit_is_no_hurt(text: str) -> None:
    assert "health" not in predict(text).stress


def test_the_writers_own_part_still_hurts() -> None:
    assert "health" in predict("Drenched again and my knees are killing me.").stress
    assert "health" in predict("Scared the swelling will spread to my knees.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Three of us holding the whole children's ward tonight and I'm shattered.",
        "Father of the groom shouted at me about the seating plan.",
    ],
)
def test_a_family_word_naming_a_place_or_anothers_relative_is_no_family(text: str) -> None:
    assert "family" not in predict(text).stress


def test_the_writers_own_relative_is_still_family() -> None:
    assert "family" in predict("My mother shouted at me about the seating plan.").stress


def test_a_clinicians_office_is_not_the_work() -> None:
    assert "work" not in predict("Broke down in the dentist's office, so embarrassing.").stress
    assert "work" in predict("Broke down in the office, so embarrassing.").stress


def test_damp_said_of_a_thing_or_the_weather_is_no_damp_home() -> None:
    assert "home" not in predict("Hate the smell of damp coats in the hall at school.").stress
    assert "home" not in predict("My joints are worse when it's damp like this.").stress
    assert "home" in predict("The damp in the bathroom is back and I hate it.").stress


def test_a_debt_of_thanks_is_gratitude_not_money() -> None:
    got = predict("My neighbour walked the dog all week while I was ill, I owe him big time.")
    assert "money" not in got.stress
    assert "gratitude" in got.emotions
    assert "money" in predict("I owe my sister three hundred quid and it's awkward.").stress


def test_a_job_someone_else_wants_for_the_writer_is_not_pay() -> None:
    assert "money" not in predict("Dad keeps nagging me to get paid work, it's exhausting.").stress


def test_missing_something_so_much_it_aches_is_no_pain() -> None:
    assert "health" not in predict("I miss the sea so much it aches.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Freelance means no sick pay, so I worked through the flu.",
        "Sprained my ankle on the stairs and there's no sick pay.",
    ],
)
def test_no_sick_pay_is_money(text: str) -> None:
    assert "money" in predict(text).stress


def test_a_bruise_told_by_its_size_is_health() -> None:
    assert "health" in predict("Walked into the trailer door, bruise the size of a fist.").stress
    assert "health" not in predict("Need to ask the school about the bruise on his arm.").stress
