"""A fright told as a near heart attack ("nearly had a heart attack", "gave me a heart attack")
is the writer's fright, anxiety, and no illness; a heart attack that happened stays health.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Couldn't find my car keys for ten minutes and nearly had a heart attack",
        "The smoke alarm went off at 3am and gave me a heart attack",
        "Almost had a heart attack when the kettle exploded in the staff room",
        "You nearly gave me a heart attack sneaking in through the back door",
        "Practically had a heart attack when the lights went out in the lift",
        "Saw the spider on my pillow and nearly had a coronary",
        "That door slamming gives me a heart attack every single time",
        "Near enough had kittens when the dog bolted onto the road",
    ],
)
def test_a_fright_told_as_a_heart_attack_is_anxiety_not_illness(text: str) -> None:
    got = predict(text)
    assert "health" not in got.stress
    assert "anxiety" in got.emotions


@pytest.mark.parametrize(
    "text",
    [
        "Six weeks since my heart attack and I still get breathless on the stairs",
        "Dad had a heart attack last night and I'm sitting in the hospital corridor",
        "Terrified of having another heart attack at work",
    ],
)
def test_a_heart_attack_that_happened_is_still_health(text: str) -> None:
    assert "health" in predict(text).stress


def test_a_heart_attack_told_of_someone_else_gives_the_writer_no_fright() -> None:
    got = predict("Fella from the allotments had a heart attack, he's recovering well")
    assert "anxiety" not in got.emotions
