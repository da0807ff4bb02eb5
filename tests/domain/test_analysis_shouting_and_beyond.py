"""Being shouted at, told as it goes on, and "over" meaning beyond, not ended.

Why: the labelling guide counts being shouted at as conflict, and a quarrel the writer is in
as their anger. "Shouted at me" was read so; the same told as it goes on ("ramblers shouting
at me", "three hundred people shouting at me") was not, though every writer labelled it
anger. And "was over the limit" or "is over budget" says beyond, not ended: read as a trouble
over, it had turned a quarrel into good news. Each case shows the reading both ways; the
sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Cyclists shouting at me for parking the van on the lane, every single morning.",
        "Half the queue yelling at me because the card machine went down.",
    ],
)
def test_being_shouted_at_as_it_goes_on_is_a_quarrel(text: str) -> None:
    found = predict(text)
    assert "conflict" in found.stress
    assert "anger" in found.emotions


def test_the_writer_shouting_at_the_telly_is_no_quarrel_of_theirs() -> None:
    found = predict("Me shouting at the telly during the match, great night.")
    assert "conflict" not in found.stress


def test_over_the_limit_is_beyond_not_ended() -> None:
    found = predict("Customer screaming at me because his bag was over the limit.")
    assert found.polarity == "neg"
    assert "conflict" in found.stress


def test_a_quarrel_over_is_settled() -> None:
    found = predict("The argument with my brother is over, we're fine.")
    assert "conflict" not in found.stress
