"""A specialist seen, an accusation or a rage aimed at the writer, woken at a small hour.

Why: a blind batch and the writers before it told a doctor by their speciality ("Audiologist
says the left ear's dropped again", "Dermatologist says steroid injections next"), a conflict
as an accusation or a rage in words the lexicon lacked ("accused me of poaching his
customers", "the farmer went absolutely mental at me") and a night lost as "woken at 2am";
every writer who told one labelled health, conflict or sleep. A specialist in a good part and
an accusation aimed at someone else are not the writer's strain. Each case shows the rule
both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category", "chipped"),
    [
        ("Cardiologist says the valve's got worse, I'm dreading what comes next.", "health", True),
        ("Neurologist was lovely and the new tablets are working.", "health", False),
        ("A neighbour accused me of stealing her parcel, unbelievable.", "conflict", True),
        ("The papers accused the council of wasting millions.", "conflict", False),
        ("The site manager went completely mental at me over a skip.", "conflict", True),
        ("Woken at 3am by the smoke alarm chirping.", "sleep", True),
        ("Woken at 7 by the kids jumping on the bed, lovely start.", "sleep", False),
    ],
)
def test_specialists_accusations_and_small_hours(text: str, category: str, chipped: bool) -> None:
    assert (category in predict(text).stress) is chipped
