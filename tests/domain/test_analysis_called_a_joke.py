"""A thing of the writer's life called a joke ("the pay is a joke", "the forms are a joke",
"what a joke") is the writer's contempt for it: anger, as the guide reads sarcasm aimed at a
situation the writer lives. Telling or making a joke, a joke someone else called it, and a joke
that was funny are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The parking permit system is a joke, three forms for one space",
        "Sick pay at this place is an absolute joke",
        "Bus timetable out here is such a joke, waited fifty minutes",
        "Our new rota software was a joke from day one",
        "Rent went up again for a flat with black mould, what a joke",
        "The so-called training was a total joke",
    ],
)
def test_a_thing_called_a_joke_is_anger(text: str) -> None:
    assert "anger" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Dad told a joke at the wedding and everyone groaned",
        "She made a joke about my haircut and I laughed for ages",
        "It was only a joke, nobody minded",
        "The best man's joke about the stag do was hilarious",
    ],
)
def test_a_joke_told_or_laughed_at_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions
