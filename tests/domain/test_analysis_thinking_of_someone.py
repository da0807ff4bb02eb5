"""A person the writer can't stop thinking about is grief or pity; a thing, worry.

Why: "It's the anniversary today and I can't stop thinking about him" and "the young woman
giving evidence … can't stop thinking about her" were labelled sadness, not worry, by both
writers who wrote one; "can't stop thinking about the exam" stays worry. The sentences are
new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Two years since Gran went. I can't stop thinking about her today.",
        "The lad on the bridge last night was no older than my son, can't stop thinking about him.",
    ],
)
def test_a_person_one_cannot_stop_thinking_about_is_sadness(text: str) -> None:
    got = predict(text).emotions
    assert "sadness" in got
    assert "anxiety" not in got


def test_a_thing_one_cannot_stop_thinking_about_stays_worry() -> None:
    assert "anxiety" in predict("I can't stop thinking about the interview tomorrow.").emotions
