"""A symptom that has settled ("the night sweats have settled down", "my fever's settled",
"the rash has settled") is news about the body, no calm of the writer's, as a cold settling
on the chest already was. The writer settled ("I feel a lot more settled") stays calm.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Good week, the night sweats have settled down a lot",
        "My fever's settled at last, back on toast",
        "The rash has settled since I changed the washing powder",
        "Swelling has finally settled so I can get my boot on",
        "The nausea settled after lunch and I managed a walk",
        "Her temperature settled overnight and she's eating again",
        "The flare has settled, fingers crossed it stays that way",
    ],
)
def test_a_symptom_settled_is_no_calm(text: str) -> None:
    assert "calm" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Two steady clients now and I feel a lot more settled",
        "Settled on the sofa with a book, bliss and quiet",
    ],
)
def test_the_writer_settled_stays_calm(text: str) -> None:
    assert "calm" in predict(text).emotions
