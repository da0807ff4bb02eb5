"""Abuse aimed at the writer ("Driver leant on his horn and shouted abuse", "strangers are
messaging me abuse") and a voice raised at a crowd the writer is one of ("The AD bellowed at
all of us", "hollered at the lot of us") are being shouted at, conflict, as "shouted at me"
already was. A dog barking at us and abuse named as a subject are no quarrel.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Bloke in a van shouted abuse at me for cycling in the road",
        "Some lad screamed abuse out of a car window while I was on the verge, shaken",
        "Got home to forty notifications, people messaging me abuse over one post",
        "Customer hurled abuse at the whole till line and I just had to stand there",
        "The site manager bellowed at all of us because the skip was full",
        "Director hollered at the lot of us in front of the clients, humiliating",
        "Parents yelling abuse from the touchline at me, the volunteer ref, every single week",
    ],
)
def test_abuse_or_a_voice_raised_at_us_is_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "The dog barked at us the whole walk home, so annoying",
        "Sat through a dull talk on abuse awareness at the school, two hours gone",
    ],
)
def test_no_quarrel_of_the_writers(text: str) -> None:
    assert "conflict" not in predict(text).stress
