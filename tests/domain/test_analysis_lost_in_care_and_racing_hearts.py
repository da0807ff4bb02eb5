"""Someone in the writer's care lost is grief; a heart that still goes at a cue is fear.

Why: writers who care for others tell a death as a loss of their own ("Lost a patient tonight",
"Lost a 19 year old tonight", "Lost a mate out there") and label it sadness in every such row
(six rows, five writers). A thing, a weight, a client and an animal lost are left out: a client
is a business lost as often as a life, and two ewes lost in a storm were labelled no feeling.
A heart told as going is racing, as "heart going" already was ("my heart still goes when the
siren sounds"), while one going out to someone is sympathy. The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "sad"),
    [
        ("Lost a patient on the table this afternoon. Drove home in silence.", True),
        ("Lost a 6 year old on shift last night.", True),
        ("We lost a resident in the early hours, she went peacefully.", True),
        ("Lost a client to a cheaper firm this week.", False),
        ("Lost a glove somewhere on the hill.", False),
        ("Lost a stone since January, jeans fit again.", False),
    ],
)
def test_someone_in_the_writers_care_lost_is_grief(text: str, sad: bool) -> None:
    assert ("sadness" in predict(text).emotions) is sad


@pytest.mark.parametrize(
    ("text", "anxious"),
    [
        ("Twenty years on the boats and my heart still goes when the radio crackles.", True),
        ("My heart goes when the phone rings after midnight.", True),
        ("My heart goes out to the family at number nine.", False),
    ],
)
def test_a_heart_that_still_goes_is_fear(text: str, anxious: bool) -> None:
    assert ("anxiety" in predict(text).emotions) is anxious
