"""What the writer cannot put down, and a phone that never stopped, read as bad parts.

Why: "Can't stop seeing the baby from Tuesday when I close my eyes", "I cannot stop checking my
phone" and "Phones didn't stop from eight till one" read neutral, though every writer who told
one labelled the row negative: VADER scores none of their words. A pleasant doing the writer
cannot stop ("can't stop grinning") stays good. Each case shows the rule both ways. The
sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Can't stop replaying the meeting from Friday when I close my eyes.", "neg"),
        ("Couldn't stop checking the tracker all evening.", "neg"),
        ("Phones didn't stop from nine till three.", "neg"),
        ("Can't stop grinning since the results came in.", "pos"),
        ("Phone was quiet from nine till three.", "neutral"),
    ],
)
def test_what_the_writer_cannot_put_down_is_a_bad_part(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity
