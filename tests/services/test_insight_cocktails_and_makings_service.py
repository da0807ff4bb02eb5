"""A real vault of drinks, music, yoga, a notebook and the outdoors, asked with MiniLM and the
trained topic classifier on (the app's setting): a cocktail by its name, songs by their kind
played over a chore, a standing pose, the day written down and a sunset stopped for are read
as the held activity and answered with its items; tiredness "even after a lie in" is the
energy the journal tracks, not a thing it lacks. A making that opens a comparison ("building
a terrarium against …"), a person told by their role and asked after by "him", and a pursuit a
step is worked at for, none of which the journal mentions, stay plain gaps: the feeling or the
activity the journal does hold would lend an answer to another question.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import ask, assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of drinks, music, yoga, a notebook and the outdoors on the good days; no one
    named, no crafts."""
    fill_six_weeks(
        session,
        done=("alcohol", "music", "yoga", "journaling", "nature"),
        low_mood=4,
        title="Friday evening",
        body="A drink with dinner, the radio on, a stretch on the mat and a few lines written.",
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("a couple of gin fizzes on a Friday, what am I like on Saturday", "alcohol"),
        ("she blasts eighties hits while she does the ironing, does it cheer her up", "music"),
        ("warrior two and a crescent lunge before work, do they calm me", "yoga"),
        ("jotting my day down on a sticky note before bed, is it worth it", "journaling"),
        ("a sunrise, when was the last one I got up for", "nature"),
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
        ("carving a spoon versus an hour of yoga, which calms me more", "spoon carving"),
        ("Bartholomew, my godfather, does seeing him help my mood", "Bartholomew"),
        ("chipping at a block of limestone for stone carving, am I calmer for it",
         "stone carving"),
    ],
)  # fmt: skip
def test_an_unheld_making_or_person_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=subject)


@pytest.mark.parametrize(
    "question",
    ["shattered even after a lie in, whats up w me", "knackered even after a long lie-in, why"],
)
def test_a_feeling_sign_is_the_feeling_with_its_items(session: Session, question: str) -> None:
    _fill(session)
    answer = ask(session, question)
    assert answer.topic is not None and answer.topic.kind == "energy", answer.topic
    assert answer.evidence, question
