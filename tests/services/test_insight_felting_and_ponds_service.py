"""A real vault of the outdoors, music, a notebook and late screens, asked with MiniLM and the
trained topic classifier on (the app's setting): frogspawn looked for in a pond, a band heard
live, the day written up and a drama binged on a phone till the small hours are read as the
held activity and answered with its items. A craft of two words put first with what it makes
("needle felting little animals, does it settle me"), a craft by its borrowed name, glass
wound into beads and a town in hyphened parts, none of which the journal mentions, stay plain
gaps: the nerves or the activity the journal does hold would lend an answer to another
question.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of the outdoors, music, a notebook and late screens on the good days; no
    crafts, no towns named."""
    fill_six_weeks(
        session,
        done=("nature", "music", "journaling", "screen late"),
        low_mood=4,
        title="Sunday evening",
        body="Out by the river, records on after, a page in the notebook and my phone too late.",
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("checking the pond for frogspawn every morning, does it lift me", "nature"),
        ("watching a band play live, does it cheer me up", "music"),
        ("writing up my day before bed, does it help me sleep", "journaling"),
        ("a K-drama binge on my phone till 2am, is that why I'm a zombie", "screen late"),
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
        ("needle felting little animals in the evenings, does it settle me", "needle felting"),
        ("wood turning little bowls in the garage, does it calm him", "wood turning"),
        ("stitching sashiko patches on my jeans, does it settle me", "sashiko"),
        ("winding hot glass onto a mandrel on Saturday mornings, does it settle me",
         "lampwork bead making"),
        ("that week in Hay-on-Wye over the bank holiday, was I happier", "Hay-on-Wye"),
    ],
)  # fmt: skip
def test_an_unheld_craft_or_town_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=subject)
