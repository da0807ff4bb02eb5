"""Feeling like a fool with a degree ("I feel like such an idiot"), and nerves told as jumpy.

Why: "I feel like such an idiot" fell under the chips' threshold (the weak "idiot" alone was
read, the degree between lowering it), where "feel like an idiot" and "felt a right idiot"
chipped shame, as every writer who told one labelled; "a bit jumpy about the cup final" chipped
no anxiety, where both writers who told nerves so labelled it. Grinning or singing "like an
idiot" is joy, not shame, and someone else's nerves stay theirs. Each case shows the rule both
ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "shame"),
    [
        ("Sent the invoice to the wrong client. I feel like such an idiot.", True),
        ("Called my new boss by the wrong name twice, felt like a right fool.", True),
        ("Grinning like an idiot since the results came in.", False),
        ("Sang like an idiot all the way home from the gig, best night.", False),
    ],
)
def test_feeling_like_a_fool_with_a_degree_is_shame(text: str, shame: bool) -> None:
    assert ("shame" in predict(text).emotions) is shame


@pytest.mark.parametrize(
    ("text", "anxiety"),
    [
        ("Bit jumpy about the driving test on Friday.", True),
        ("I've been jumpy all week waiting for the scan results.", True),
        ("The horse was jumpy in the wind so we kept him in.", False),
    ],
)
def test_jumpy_nerves_are_anxiety(text: str, anxiety: bool) -> None:
    assert ("anxiety" in predict(text).emotions) is anxiety
