"""A real vault of walks, the gym and low days, asked with MiniLM and the trained topic
classifier on (the app's setting): a craft the journal never names, told with the textile it
makes ("tatting lace by the fire"), is a plain gap naming the craft, with no claim and no walk
or low-mood item borrowed; a way there and back told by its route alone ("down the lane to the
honesty box and back") is a walk and keeps the walks' items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_walks_and_gym


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("tatting lace by the fire of an evening, has it made me calmer", "tatting"),
        ("spinning wool on my wheel, does it settle me", "spinning"),
    ],
)
def test_a_craft_told_with_its_textile_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    fill_walks_and_gym(session)
    assert_plain_gap(session, question, subject=subject)


@pytest.mark.parametrize(
    "question",
    [
        "down the lane to the honesty box and back after tea, does it help",
        "up to the trig point and back on a Sunday, is it good for me",
    ],
)
def test_a_way_there_and_back_keeps_the_walks_items(session: Session, question: str) -> None:
    fill_walks_and_gym(session)
    assert_shows_items(session, question, "walk")
