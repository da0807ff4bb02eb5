"""A real vault of walks, the gym and low days, asked with MiniLM and the trained topic
classifier on (the app's setting): one thing set against another and asked which ("an hour of
ikebana against a pedal along the cycle path, which one calms me more") cannot be compared
when the journal lacks the first, so the answer is a plain gap, never the gym's items for the
side it holds; nor is a doing that names its pursuit by a tool or by what it makes ("in the
rock tumbler", "for chainmail") answered with a feeling's items, nor a claim offered as
rubbish answered from the journal. Two held sides set against each other keep their items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_walks_and_gym


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "an hour of ikebana against a pedal along the cycle path, which one calms me more",
            "ikebana",
        ),
        ("an evening of calligraphy against a swim, which leaves me calmer", "calligraphy"),
        ("a morning of bonsai pruning as opposed to a jog, which lifts me more", "bonsai pruning"),
        ("polishing stones in the rock tumbler, does it calm me down", "rock tumbling"),
        ("linking rings for chainmail of an evening, good for me or not", "chainmail making"),
    ],
)
def test_an_unheld_side_or_pursuit_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    fill_walks_and_gym(session)
    assert_plain_gap(session, question, subject=subject)


def test_a_claim_offered_as_rubbish_is_a_plain_answer(session: Session) -> None:
    fill_walks_and_gym(session)
    assert_plain_gap(
        session,
        "do cold showers really help with low mood or is that internet nonsense",
        kind="unknown",
    )


def test_held_sides_set_against_each_other_keep_their_items(session: Session) -> None:
    fill_walks_and_gym(session)
    assert_shows_items(
        session, "a walk round the park against a session at the gym, which calms me more", "walk"
    )
