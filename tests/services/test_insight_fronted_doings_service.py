"""A real vault of walks, the gym and low days, asked with MiniLM and the trained topic
classifier on (the app's setting): a doing put up front at length and weighed by "it" that the
journal never names ("rolling paper strips into coils for quilling, does it calm me"), or a
name it never writes getting in touch ("Ceridwen ringing on a Thursday"), is a plain gap with no
claim and no anxiety or low-mood item borrowed, whatever feeling the ask names after the comma;
a doing the journal holds, put up front the same way, keeps its items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import assert_plain_gap, assert_shows_items, fill_walks_and_gym


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("rolling paper strips into coils for quilling, does it calm me", "quilling"),
        ("sanding down offcuts in the shed for whittling, does it settle my nerves", "whittling"),
        ("carving little birds out of lime wood, has it cheered me up", "carving little birds"),
        ("Ceridwen ringing on a Thursday, does my mood pick up", "Ceridwen"),
    ],
)
def test_an_unheld_doing_put_first_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    fill_walks_and_gym(session)
    assert_plain_gap(session, question, subject=subject)


def test_a_held_doing_put_first_keeps_its_items(session: Session) -> None:
    fill_walks_and_gym(session)
    assert_shows_items(session, "walking round the park at lunch, does it calm me", "walk")
