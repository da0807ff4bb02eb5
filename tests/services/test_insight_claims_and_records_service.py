"""A real vault of records, birds by the river, late screens and books, asked with MiniLM and
the trained topic classifier on (the app's setting): records played, whoever's they were, wild
birds watched by their kind and sport watched in bed late are read as the held activity and
answered with its items. A claim about people at large asked true or not, and the app's charts
switched off, have no answer in the journal: they stay plain gaps, never a borrowed answer from
the sleep or mood the journal does hold."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of records, the river, books and late screens on the good days."""
    fill_six_weeks(
        session,
        done=("music", "nature", "reading", "screen late"),
        low_mood=4,
        title="Quiet Sunday",
        body="Put a record on, walked down to the river to watch the birds, then read in bed.",
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("putting my grandad's old LPs on the record player, does it lift me", "music"),
        ("we fed the moorhens and coots at the lake, did it lift my spirits", "nature"),
        (
            "catching up on football replays in bed till gone midnight, is it bad for me",
            "screen late",
        ),
        ("reading a novella on the train, does it calm me", "reading"),
    ],
)
def test_a_held_thing_read_by_meaning_shows_its_items(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_shows_items(session, question, subject)


@pytest.mark.parametrize(
    "question",
    [
        "is there any truth in chamomile tea helping people drop off",
        "was there ever any research on valerian helping folk sleep better",
        "can the sleep charts be hidden, they stress me out",
        "could I turn the mood chart off please",
    ],
)
def test_the_world_or_the_app_is_a_plain_gap(session: Session, question: str) -> None:
    _fill(session)
    assert_plain_gap(session, question, kind="unknown")
