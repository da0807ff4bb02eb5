"""Blame laid on the writer is anger; a thing held steady is no calm; help asked is support.

* Blame the writer rejects ("somehow it's my fault", "my fault apparently", "the customers think
  it's my fault") was set aside as no shame; every writer who told one labelled it anger, so it
  is read as anger. Blame the writer takes ("I keep thinking it's my fault") stays shame.
* "steady" said of whatever the writer holds ("couldn't hold my mug steady") is a hand's
  skill, not calm; a steady mind or a steady week stays.
* a relative the writer had to ask for help ("had to ask my son") is support, not a trouble of
  the family.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Printer at the depot broke down and somehow it's my fault",
        "Shop flooded overnight. My fault apparently.",
        "The whole queue thinks it's my fault the card machine is down",
    ],
)
def test_blame_laid_on_the_writer_is_anger(text: str) -> None:
    got = predict(text)
    assert "anger" in got.emotions
    assert "shame" not in got.emotions


def test_blame_the_writer_takes_stays_shame() -> None:
    assert "shame" in predict("I forgot to lock the van and it's my fault it got robbed").emotions


@pytest.mark.parametrize(
    "text",
    [
        "Shaking so much I couldn't hold my phone steady",
        "Hands were freezing, could barely hold the torch steady",
    ],
)
def test_a_thing_held_steady_is_no_calm(text: str) -> None:
    assert "calm" not in predict(text).emotions


def test_a_steady_mind_stays_calm() -> None:
    assert "calm" in predict("Felt calm and steady all through the interview").emotions


def test_a_relative_asked_for_help_is_no_family_strain() -> None:
    assert "family" not in predict("Couldn't lift the shopping, had to ask my daughter").stress
    assert "family" in predict("My daughter keeps shouting at me and I'm exhausted").stress
