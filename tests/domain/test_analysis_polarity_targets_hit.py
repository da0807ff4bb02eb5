"""A target hit is good news.

Why: a target the writer hit ("Hit my ticket target with two days to spare", "Hit our Christmas
target a week early") read neutral, where every writer who told one labelled the sentence good
for them. A target missed or not yet hit, and one only hoped for, are not. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Hit my sales target on the last day of the month.", "pos"),
        ("Hit our footfall target by Thursday.", "pos"),
        ("Didn't hit my target again this month, awful.", "neg"),
        ("If I hit my target this week I can take Friday off.", "neutral"),
    ],
)
def test_a_target_hit_is_good_news(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity
