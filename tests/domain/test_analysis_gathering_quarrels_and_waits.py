"""A quarrel at a gathering named for its people, quarrels told in the passive or to the
writer's face, and a wait counted by what the list says.

Why: a blind batch (test46) missed a shouting match at a "residents' meeting" (read as the
residents' own quarrel), a clash told as "Words were had." or a slight said "to my face", and a
surgery wait told as what the waiting list "says". Each reading was kept only where its record
over every writer's rows held. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Tenants' meeting turned into a shouting match over the bins.",
        "Parents' evening ended in a blazing row about the uniform rules.",
    ],
)
def test_a_quarrel_at_a_gathering_is_the_writers_and_the_gathering_only_where(text: str) -> None:
    got = predict(text).stress
    assert "conflict" in got
    assert "work" not in got


@pytest.mark.parametrize(
    "text",
    [
        "The man at the bar shouted at the barmaid all night.",
        "Two neighbours were arguing in the street about parking.",
    ],
)
def test_strangers_quarrelling_are_still_theirs(text: str) -> None:
    assert "conflict" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Forklift driver reversed into my pallet again. Words were had.",
        "Lorry blocked my loading bay for an hour and words were exchanged.",
        "She laughed at my quote to my face and walked out.",
    ],
)
def test_a_clash_told_in_the_passive_or_to_the_writers_face_is_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The words were hard to find for the eulogy.",
        "Splashed cold water on my face and felt better.",
    ],
)
def test_words_and_a_face_alone_are_no_quarrel(text: str) -> None:
    assert "conflict" not in predict(text).stress


def test_a_clinic_wait_told_by_what_the_list_says_is_health() -> None:
    assert "health" in predict("Hip surgery waiting list says 40 weeks").stress


def test_a_waiting_list_told_as_good_news_is_no_strain() -> None:
    assert not predict("Finally off the surgery waiting list, op is next week, so relieved").stress
