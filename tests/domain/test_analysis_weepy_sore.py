"""A sore told weepy or weeping beside how it looks ("sore and weepy", "red and weeping",
"raw and weepy") is a wound leaking, no tears and no sadness of the writer's, as a joint or a
wound that weeps already was; the writer weepy ("I've been so weepy all week", "tired and
weepy") is sad.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The cut on my thumb is sore and weepy again, worried it's gone bad",
        "My eczema's been red and weepy since Tuesday, so itchy",
        "Stump's sore and weeping again after the long walk, fed up",
        "The graze on my knee is raw and weepy, gross",
        "Piercing's gone swollen and weepy, worried it's infected",
        "My eye's gone crusty and weepy overnight, annoying",
    ],
)
def test_a_sore_that_weeps_is_no_sadness(text: str) -> None:
    assert "sadness" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I've been so weepy all week since the funeral",
        "Felt tired and weepy all evening after the call",
    ],
)
def test_the_writer_weepy_is_sad(text: str) -> None:
    assert "sadness" in predict(text).emotions
