"""The writer's own good news exclaimed is joy; told plainly, or as relief, it is not.

Why: the labelling guide names joy where the writer "exclaims about their own good news", and
the writers label it so ("Passed my theory test!!", "Got the keys!"), while the analyser read
such news as good without a feeling. The exclamation is the writer saying so. The same news
told plainly ("Got the job.") names no feeling; relief after a scare ("the scan came back
clear!") or at an ordinary thing going right for once ("the bus came on time for once!") is
not the joy of news; the writer's time judged ("What a productive week!") is the sentence's
polarity, not joy, as the guide says; a question is never an exclamation, and a feeling named
in the sentence decides it instead. Each case shows the rule both ways. The sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "joy"),
    [
        ("Passed my motorbike test!!", True),
        ("Got the promotion, can't believe it!", True),
        ("Sold my first quilt at the craft fair!", True),
        ("Passed my motorbike test.", False),
        ("Got the promotion.", False),
        ("My scan came back all clear!", False),
        ("The bus came on time for once!", False),
        ("Did I actually pass?!", False),
        ("What a productive week!", False),
    ],
)
def test_own_good_news_exclaimed_is_joy(text: str, joy: bool) -> None:
    got = predict(text)
    assert ("joy" in got.emotions) is joy
    assert got.polarity in ("pos", "neutral")


def test_a_feeling_named_decides_instead() -> None:
    got = predict("Passed my driving test and I'm so relieved!")
    assert "calm" in got.emotions
    assert "joy" not in got.emotions
