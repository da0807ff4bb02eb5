"""Stressor words told of a thing, a role or someone else: no chip of the writer's.

The blind batch ``test47`` (crofters, dietitians, chauffeurs, hand-therapy patients,
proofreaders, window dressers, adult swimmers …) showed chips read from words that named
something other than the writer's trouble; each reading below was kept only where it held on
every other writer's labelled rows. Each test pairs the abstention with a look-alike where the
chip must stay. The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> set[str]:
    return set(predict(text).stress)


@pytest.mark.parametrize(
    "text",
    [
        "The new snorkel leaks and I'm too shy to ask for another",
        "My sleep mask keeps leaking and I wake at five",
        "The coffee machine at work is leaking all over the counter",
        "The paddling pool leaked on the patio, so much for that",
    ],
)
def test_a_named_things_leak_is_no_home_repair(text: str) -> None:
    assert "home" not in stress(text)
    assert predict(text).polarity in ("neg", "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "The kitchen ceiling is leaking again and nobody's come",
        "Landlord still hasn't fixed the leak under the sink",
        "Our roof leaks every time it rains and I'm sick with worry",
        "The washing machine leaked all over the bathroom, again",
    ],
)
def test_a_homes_leak_stays_a_home_repair(text: str) -> None:
    assert "home" in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A mate from college is fighting his landlord and keeps ringing me about it", "study"),
        ("Two lads from my course got caught cheating, what a mess", "study"),
    ],
)
def test_a_person_from_a_place_is_placed_by_it(text: str, category: str) -> None:
    assert category not in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Failed my uni resit and I can't face telling anyone", "study"),
        ("Dreading work tomorrow, the backlog is huge", "work"),
    ],
)
def test_the_writers_own_study_and_work_stay(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mare and foal both tired after a long night, mother's fine",
        "Ewe rejected the twin so the mother's getting a lamb jacket at 3am",
    ],
)
def test_an_animals_mother_is_no_family(text: str) -> None:
    assert "family" not in stress(text)


def test_the_writers_mother_stays_family() -> None:
    assert "family" in stress("My mother is in hospital again and I'm so worried")


@pytest.mark.parametrize(
    "text",
    [
        "Antenatal clinic was packed, the last lady she's due tomorrow and terrified",
        "My sister's due next week and the midwife is worried about her blood pressure",
    ],
)
def test_a_woman_due_is_expecting_no_deadline(text: str) -> None:
    assert "deadlines" not in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report is due next week and I haven't started",
        "Mum says the essay is due tomorrow and I haven't even started it",
    ],
)
def test_a_thing_due_stays_a_deadline(text: str) -> None:
    assert "deadlines" in stress(text)


def test_a_patient_classed_by_an_ailment_is_no_ailment_of_the_writers() -> None:
    assert "health" not in stress("Back pain patient cancelled again, that's the third today")
    assert "health" in stress("My back pain is worse again today")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The lady with the bad hip cancelled again and I'm fed up chasing her", "health"),
        ("A teenager was screaming at the bus stop and I felt awful for him", "family"),
        ("Heard the last train rattle past and felt so homesick", "commute"),
    ],
)
def test_someone_seen_or_a_vehicle_heard_is_no_strain_of_the_writers(
    text: str, category: str
) -> None:
    assert category not in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My hip is killing me and I can barely walk", "health"),
        ("Teenager slammed the door again and I'm in tears", "family"),
        ("Train cancelled again, stuck on the platform for an hour", "commute"),
    ],
)
def test_the_writers_own_part_child_and_journey_stay(text: str, category: str) -> None:
    assert category in stress(text)
