"""A real vault of walks, friends, the gym, sleep and nerves, asked about someone it never names
by role and name (the name capitalised or not: "my running buddy oskar"), or about a belief of
folk wisdom asked of anyone: the answer is a plain gap with no claim and no item borrowed from the
companion, the doing or the sleep topic, with MiniLM and the trained topic classifier on (the
app's setting). An English word after the role keeps the companion's items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_six_weeks


def _fill(session: Session) -> None:
    """Six weeks of walks, time with friends and the gym, good and poor nights; no one named."""
    fill_six_weeks(
        session,
        done=("walk", "friends", "exercise"),
        low_mood=4,
        title="Lunch walk",
        body="Slept badly, then a walk with friends at lunch and the gym, and I felt lighter.",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("walks with my running buddy Oskar — do they help?", "Oskar"),
        ("lunch in the staff room with my colleague Ngaire, does it lift me?", "Ngaire"),
        ("does time with my teammate Rangi help my sleep", "Rangi"),
        ("coffee and a natter with my flatmate Ines, does it cheer me up", "Ines"),
        # the name in lower case, no English word
        ("walks with my running buddy oskar, do they help", "Oskar"),
        ("lunch w my coworker ngaire, does it lift me", "Ngaire"),
        ("gym sessions with my gym buddy kwame, any good for me", "Kwame"),
        ("coffee with our neighbour femi on sundays, does it cheer me up", "Femi"),
    ],
)
def test_someone_named_by_role_the_vault_lacks_borrows_nothing(
    session: Session, question: str, missing: str
) -> None:
    _fill(session)
    assert_plain_gap(session, question, subject=missing)


@pytest.mark.parametrize(
    "question",
    [
        "does eating cheese late really give you nightmares",
        "does a warm bath really help you sleep",
        "do folk get moodier in winter",
        "does a walk after dinner actually help people sleep",
    ],
)
def test_a_belief_about_anyone_shows_no_journal_item(session: Session, question: str) -> None:
    _fill(session)
    assert_plain_gap(session, question, kind="unknown")


def test_a_walk_asked_of_me_still_shows_my_walks(session: Session) -> None:
    _fill(session)
    assert_shows_items(session, "does a walk really help me sleep", "walk")


def test_an_english_word_after_the_role_keeps_the_companion(session: Session) -> None:
    _fill(session)
    assert_shows_items(session, "coffee with my teammate every week, does it help", "friends")
