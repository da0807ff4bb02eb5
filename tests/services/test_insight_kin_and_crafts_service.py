"""A real vault of family, books, music and yoga, asked with MiniLM and the trained topic
classifier on (the app's setting): verse read, a genre played, a pose named alone and a
kickabout with the stepsons are read as the held activity and answered with its items. Someone
named and then told by their role ("Lysander, my half-brother"), whom the journal never names,
and a craft kept up that it never mentions ("hooking a rag rug"), stay plain gaps: the family
the role word names, or the mood the journal does hold, would lend an answer to another question.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of family, books, music and yoga on the good days; no one named, no crafts."""
    fill_six_weeks(
        session,
        done=("family", "reading", "music", "yoga"),
        low_mood=4,
        title="Sunday at home",
        body="Yoga on the rug, the kids round for lunch, a record on and a book in the bath.",
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("a few pages of poetry before lights out, does it settle me", "reading"),
        ("Motown on the kitchen radio while I wash up, does it lift me", "music"),
        ("child's pose and a few supine twists before bed, do I sleep better", "yoga"),
        ("a kickabout on the rec with my stepsons, am I brighter after", "family"),
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
        ("Perpetua, my half-sister, how long since we spoke", "Perpetua"),
        ("Casimir, my stepbrother, when did I last hear from him", "Casimir"),
        ("I've been hooking a rag rug most evenings, is it doing me good", "rag rug making"),
        ("she's been dipping beeswax candles since the spring, has it helped her",
         "beeswax candle making"),
    ],
)  # fmt: skip
def test_an_unheld_person_or_craft_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=subject)
