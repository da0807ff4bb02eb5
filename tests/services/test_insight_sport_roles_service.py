"""A real vault of runs, swims and the gym, asked about a part played at a sport rather than the
sport ("marshalling at parkrun", "belaying for my kid at the climbing wall"): being at a sport is
not doing it, so the answer is a plain gap with no claim and no exercise item borrowed, with
MiniLM and the trained topic classifier on (the app's setting). The sport done there keeps its
items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of exercise and the telly, good and poor days; no part played at a sport."""
    fill_six_weeks(
        session,
        done=("exercise", "walk"),
        low_mood=4,
        title="Parkrun",
        body="Parkrun in the morning, then a swim at the lido and the gym; I felt lighter.",
    )


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("marshalling at parkrun every Saturday, does it lift me", "marshalling"),
        ("belaying for my kid at the climbing wall, am I calmer after", "belaying"),
        ("timekeeping at the athletics club, does it help", "timekeeping"),
        ("coaching at the swimming club, does it help my mood", "coaching"),
    ],
)
def test_a_part_played_at_a_sport_borrows_no_exercise(
    session: Session, question: str, part: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=part)


def test_the_sport_done_there_keeps_its_items(session: Session) -> None:
    _fill(session)
    assert_shows_items(session, "swimming at the lido, does it help", "exercise")
