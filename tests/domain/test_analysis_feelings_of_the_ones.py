"""A feeling word made into a kind of people by "ones" describes them, not the writer.

Why: "the nervous ones finally get it" is a teacher's learners, yet it read as the writer's
anxiety and turned a glad sentence negative. "The quiet ones", "the scared ones", "the angry
ones" name people by a feeling they show; the writer's own feeling is still read beside them
("… and I'm worried about him"), and "I'm nervous" stays the writer's. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "emotion", "felt"),
    [
        ("Coaching the under-nines, the anxious ones always hang back at first.", "anxiety", False),
        (
            "The angry ones shout the loudest at parents' evening, every single term.",
            "anger",
            False,
        ),
        ("Volunteering at the shelter, the lonely ones just want a chat.", "loneliness", False),
        ("The scared ones cling to me in the pool and I'm worried about one boy.", "anxiety", True),
        ("I'm so nervous about the driving test tomorrow morning.", "anxiety", True),
    ],
)
def test_a_feeling_of_the_ones_is_theirs(text: str, emotion: str, felt: bool) -> None:
    assert (emotion in predict(text).emotions) is felt


def test_the_sentence_stays_glad() -> None:
    got = predict("Really love tutoring when the nervous ones finally relax into it.")
    assert got.polarity == "pos"
    assert "anxiety" not in got.emotions
