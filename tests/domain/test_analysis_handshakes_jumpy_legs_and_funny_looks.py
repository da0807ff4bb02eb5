"""A handshake, legs that jump and a funny look name no feeling of the writer's.

"She wouldn't stop shaking my hand" is thanks shown, no trembling; "jumpy legs" are restless
legs, no nerves; "people look at me funny" is a strange look, no laugh. The writer's own
shaking hands, a jumpy day and a funny video keep their feelings. The sentences are written
for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Fixed her leak in ten minutes and she wouldn't stop shaking my hand", "anxiety"),
        ("Jumpy legs again at midnight, had to get up and walk about", "anxiety"),
        ("The new lads look at me funny when I eat at my desk", "joy"),
    ],
)
def test_no_feeling_of_the_writers(text: str, emotion: str) -> None:
    assert emotion not in predict(text).emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Been jumpy all day waiting for the results", "anxiety"),
        ("That video had me laughing all the way home, so funny", "joy"),
    ],
)
def test_the_writers_feelings_stay(text: str, emotion: str) -> None:
    assert emotion in predict(text).emotions
