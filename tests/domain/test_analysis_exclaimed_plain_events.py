"""A plain event the writer exclaims or shouts is their good news, and so joy.

"Did a width without the float!!" reads no good part from its words alone: the exclamation
is what says it was good (``clauses.exclaimed``), and the guide names joy where the writer
exclaims about their own good news. Across every writer's labelled set such a sentence was
joy in nearly every row, so the exclamation now turns the event good before the good news is
read. A sentence in capitals ("GOT THE TRAINING CONTRACT") is shouted, an exclamation without
its mark. Not joy: an exclamation after a trouble told in the sentence before ("Traffic was
three hours. Three hours!"), a relief ("the deadline got extended!"), a time judged ("what a
party!"), a question, a short acronym. The sentences are written for these tests, not taken
from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Swam a whole length without stopping!!",
        "Sold three paintings at the craft fair!",
        "Booked solid for the whole of March!",
        "GOT INTO THE MASTERS PROGRAMME",
    ],
)
def test_a_plain_event_exclaimed_is_joy(text: str) -> None:
    got = predict(text)
    assert "joy" in got.emotions
    assert got.polarity == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Bus sat in the same spot for forty minutes. Forty minutes!",
        "The landlord put the rent up. We pay on time every month!",
        "The essay deadline got extended!",
        "Grandma turned 80 today, what a party!",
        "Did the parcel arrive?!",
        "Off to the GP about my knee. NHS app says Tuesday.",
    ],
)
def test_an_exclamation_after_trouble_a_relief_or_a_question_is_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions
