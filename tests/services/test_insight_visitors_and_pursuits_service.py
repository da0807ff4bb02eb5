"""A real vault of walks, runs, friends, family, low days, nerves and poor nights, asked about a
visit by someone it never names ("Mags coming to stay, does it help my anxiety") or a pursuit
named by a word before an everyday doing ("since I took up tightrope walking am I calmer"): the
answer is a plain gap with no claim and no item borrowed from the feeling or the walk, with
MiniLM and the trained topic classifier on (the app's setting). A visitor the vault names and a
walk by its company ("dog walking") keep their items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of walks, runs, friends and family, good and low days; Priya the only name."""
    fill_six_weeks(
        session,
        done=("walk", "friends", "exercise", "family"),
        low_mood=3,
        title="Visit",
        body="Priya popped round after my walk with the dog and a run; I felt lighter.",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Mags coming to stay, does it help my anxiety", "Mags"),
        ("Benedikt popping round, any effect on my mood?", "Benedikt"),
        ("when ottoline drops by am i happier", "Ottoline"),
        ("Ravi coming round - am I happier after?", "Ravi"),
        ("since I took up tightrope walking am I calmer", "tightrope walking"),
        ("has wing walking helped my nerves", "wing walking"),
        ("since taking up fire walking, am I less anxious?", "fire walking"),
        ("does wire walking keep my head clear", "wire walking"),
    ],
)
def test_a_visitor_or_pursuit_the_vault_lacks_borrows_nothing(
    session: Session, question: str, missing: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=missing)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("when Priya pops round am I happier", "Priya"),
        ("since I took up dog walking am I calmer", "walk"),
    ],
)
def test_a_held_visitor_and_a_walk_by_its_company_keep_their_items(
    session: Session, question: str, subject: str
) -> None:
    _fill(session)
    assert_shows_items(session, question, subject)
