"""A junior's trouble is theirs, and dreaming already of a thing to come is no night's sleep.

A junior who opens a sentence part as its subject ("New junior on the team is struggling")
is someone the writer works among, as an intern or a trainee is: their trouble gives no chip
of the writer's work while the writer is not in it. "Already dreaming about …" a thing to come
is the mind on it by day, no poor sleep; dreams told of a night keep their chip. The sentences
are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def test_a_juniors_trouble_is_theirs() -> None:
    assert "work" not in predict("New junior on the team is struggling with the rota").stress


def test_the_writers_own_load_still_chips() -> None:
    assert "work" in predict("My manager is drowning me in audits and I can't keep up").stress


@pytest.mark.parametrize(
    "text",
    [
        "Only March and I'm already dreaming about the summer rush, dreading it",
        "Already dreaming about the wedding orders and it's only January, stressed",
    ],
)
def test_dreaming_already_of_what_is_to_come_is_no_sleep(text: str) -> None:
    assert "sleep" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Dreaming about the warehouse again, woke at four",
        "Kept dreaming about the exam all night and woke up exhausted",
    ],
)
def test_dreams_of_a_night_still_chip(text: str) -> None:
    assert "sleep" in predict(text).stress
