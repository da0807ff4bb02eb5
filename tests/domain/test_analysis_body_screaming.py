"""A body part said to scream, yell or shout at the writer ("my back is absolutely screaming at
me", "knees were yelling at me by the top of the hill") is its ache told vividly: no one raised
their voice at the writer, so no conflict and no anger. A person who screams at the writer
("Mum was screaming at me about the dishes", "he's been yelling at me all morning") stays a
conflict.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Dug the whole veg patch over and my back is absolutely screaming at me tonight",
        "Knees were yelling at me by the top of the hill, awful climb",
        "Every muscle in my body is screaming at me after the first gym session in years",
        "My shoulders have been shouting at me all week from painting the ceiling",
        "Wrist's properly screaming at me after the marking, can barely hold a pen",
        "Her hamstrings started screaming at us halfway round, we had to stop",
        "Calves screamed at me the whole last mile and I hated every second",
    ],
)
def test_a_sore_body_given_a_voice_is_no_quarrel(text: str) -> None:
    got = predict(text)
    assert "conflict" not in got.stress
    assert "anger" not in got.emotions


@pytest.mark.parametrize(
    "text",
    [
        "Mum was screaming at me about the dishes again and I'm fuming",
        "Supervisor has been yelling at me all morning over one missed label, so unfair",
    ],
)
def test_a_person_screaming_at_the_writer_stays_a_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress
