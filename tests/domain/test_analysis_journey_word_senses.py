"""A bus or a train named only as where something else happened is no commute strain; a word
of journey trouble in its other sense does not make it one: a footing missed ("missed the
kerb getting off the bus", "missed a step") is no bus missed, and "broke into a sweat" or
"broke out in hives" began, nothing broke down. A bus or a train missed, a stop missed and a
bus broken down stay the commute.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Missed the bottom step getting off the train and went flying, so embarrassing",
        "Broke out in hives on the bus home, mortified",
        "My heart broke into a gallop at the bus stop and I had to sit down, terrified",
        "Missed a step on the train and went flat on my face, awful",
        "Broke into a cold sweat on the bus this morning, horrible",
        "She missed the kerb stepping off the bus and I only just caught her, scary",
        "Missed the last step climbing off the bus and bruised my shin, ugh",
    ],
)
def test_a_vehicle_where_something_else_happened_is_no_commute(text: str) -> None:
    assert "commute" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Missed my bus again and had to wait forty minutes in the rain",
        "Bus broke down on the ring road and I was an hour late",
        "Missed the last train home and had to get a taxi, fuming",
        "Missed my stop on the bus because I was so tired, annoying",
        "The train only runs every two hours and I missed it by a minute, gutted",
    ],
)
def test_a_journey_missed_or_broken_down_stays_the_commute(text: str) -> None:
    assert "commute" in predict(text).stress
