"""A sentence the next one signs off with irony ("… Love that for us.") is no pleasure.

Why: a blind batch (test46) read "Another guy in trainers and a T-shirt carried off the tops in
the dark. Love that for us." as mixed; every writer who signed off an entry so labelled it
negative. The sign-off's irony covers the sentence before it. The sentences are new, written
for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, the printer ate the whole batch of menus. Love that for me.",
        "Brilliant sunshine all week and I'm on nights in a room with no window. love that for us",
    ],
)
def test_a_sentence_mocked_by_the_next_reads_negative(text: str) -> None:
    got = predict(text)
    assert got.polarity == "neg"
    assert "joy" not in got.emotions


def test_a_sentence_followed_by_meant_love_stays_glad() -> None:
    got = predict("Sunny picnic with the kids by the river. Love that for a Sunday.")
    assert got.polarity == "pos"
