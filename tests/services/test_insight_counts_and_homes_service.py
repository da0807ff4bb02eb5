"""A real vault of books, late screens, family visits and games, asked with MiniLM and the
trained topic classifier on (the app's setting): a rough count ("a chapter or two of a
thriller") is no comparison, so the book's items show instead of the plain gap a comparison with
an unheld side would get; what is read on a phone is the late screen, and a game had at the
parents' home is the visit, each answered with that activity's items. Things the journal lacks
that a count or a print names ("a crossword or two", "lino prints") stay plain gaps, never a
feeling's items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of reading, late screens, family and games on the good days; no crafts."""
    fill_six_weeks(
        session,
        done=("reading", "screen late", "family", "gaming"),
        low_mood=4,
        title="Sunday at home",
        body="Read a few chapters, then board games at Mum and Dad's; phone in bed too late.",
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "a chapter or two of a thriller before lights out, does it help me drop off",
            "reading",
        ),
        ("reading the news on my phone in bed, does it keep me up", "screen late"),
        ("board games at my parents' of a Sunday, do they lift me", "family"),
    ],
)
def test_a_held_thing_read_by_meaning_shows_its_items(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_shows_items(session, question, subject)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("a crossword or two with my cuppa, does it settle me", "crossword"),
        ("lino prints at the kitchen table, do they calm me", "lino printing"),
    ],
)
def test_an_unheld_thing_is_a_plain_gap(session: Session, question: str, subject: str) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=subject)
