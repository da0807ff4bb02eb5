"""A thing someone brought the writer is thanks; "brought" in its other senses is not.

Why: "a regular brought me a tin of shortbread" is labelled gratitude in 12 of the 14 labelled
rows with it, by eleven writers. Only the gift shape (an article after "brought me/us") is
read, so being brought to tears, down or closer stays no gratitude. The sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The postman brought me a bunch of daffodils from his allotment.",
        "Our neighbour brought us some soup when we were all ill.",
    ],
)
def test_a_thing_brought_to_the_writer_is_gratitude(text: str) -> None:
    assert "gratitude" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The film brought me to tears, what a waste of an evening.",
        "That meeting brought me down for the whole afternoon.",
        "I brought a cake to the office for Jo's leaving do.",
    ],
)
def test_brought_in_other_senses_is_no_gratitude(text: str) -> None:
    assert "gratitude" not in predict(text).emotions
