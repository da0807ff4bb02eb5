"""A vet called to stock, a job lost by the sack, a vehicle that dies on the road.

Why: a stress chip must name the writer's own trouble under the category the writers use. A
vet was a health chip wherever it was named; beside livestock or young horses ("the vet
can't come till Friday" for the ewes, "vet came out to the colt") every writer labelled it
the farm's or the yard's work, or nothing, while a pet's vet stays health. Being sacked is a
job lost, as being fired is; a car or van said to die on the way is a commute trouble, as
one that breaks down is. Each case shows the reading both ways; the sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> frozenset[str]:
    return predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Two heifers lame and the vet's stuck at another farm till tomorrow, grim.",
        "Vet came out to the filly again, another week of box rest, ugh.",
    ],
)
def test_a_vet_for_stock_is_no_health_strain(text: str) -> None:
    assert "health" not in stress(text)


def test_a_vet_for_a_pet_is_health() -> None:
    assert "health" in stress("The cat's limping and the vet can't see her till Monday, worried.")


@pytest.mark.parametrize(
    "text",
    [
        "Got sacked from the café for being late twice.",
        "The yard sacked me this morning, no reason given.",
    ],
)
def test_being_sacked_is_a_job_lost(text: str) -> None:
    assert "work" in stress(text)


def test_a_sack_of_things_is_no_job_lost() -> None:
    assert "work" not in stress("Dragged a sack of potatoes up the hill, great workout.")


@pytest.mark.parametrize(
    "text",
    [
        "Car died on the ring road in the rain.",
        "Van packed up on the A30 with a full load on.",
    ],
)
def test_a_vehicle_dying_on_the_way_is_a_commute_trouble(text: str) -> None:
    assert "commute" in stress(text)


def test_a_phone_dying_is_no_commute_trouble() -> None:
    assert "commute" not in stress("Phone died on the ring road, had to guess the turn.")
