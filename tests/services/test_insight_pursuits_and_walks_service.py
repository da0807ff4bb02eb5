"""A real vault of walks, the gym and low days, asked about pursuits of several words and the
app, with MiniLM and the trained topic classifier on (the app's setting): a pursuit the journal
never names ("since starting tai chi am I calmer", "since getting into Brazilian jiu jitsu") is
a plain gap naming all its words, and a journal shared by two people is a question about the
app: no claim, no walk or low-mood item borrowed. A dog walk is still a walk and keeps its
items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of walks and the gym, good and low days; no martial art, no tai chi."""
    fill_six_weeks(
        session,
        done=("walk", "exercise"),
        low_mood=4,
        title="Dog walk",
        body="Took the dog round the fields, then the gym after work; felt a bit lighter.",
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("since starting tai chi am I calmer", "tai chi"),
        ("since getting into Brazilian jiu jitsu, am I less anxious", "Brazilian jiu jitsu"),
        ("since I took up krav maga have I slept better", "krav maga"),
    ],
)
def test_a_pursuit_of_several_words_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=subject)


def test_a_journal_shared_by_two_is_about_the_app(session: Session) -> None:
    _fill(session)
    assert_plain_gap(session, "can two people share one journal on this laptop", kind="unknown")


def test_a_dog_walk_keeps_the_walks_items(session: Session) -> None:
    _fill(session)
    assert_shows_items(session, "does dog walking help", "walk")
