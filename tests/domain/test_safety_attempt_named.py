"""An attempt *at* something is not a suicide attempt.

"My attempt" alone, in a journal, is read as a past attempt: people rarely name it. But "my
attempt at sourdough", "my attempt to run a 10k" and "already tried dieting" name the thing
tried, and an urgent card for a failed loaf would be untrue. The bare forms stay signs.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess

NAMED = [
    "After my attempt at the marathon last year, the urge to sign up is back again.",
    "My last attempt at sourdough failed and now the thoughts of baking are back.",
    "I already tried dieting and now the thoughts about food are back.",
    "My attempt to run a 10k went badly and now the nerves are back.",
    "my attempt at a lasagne was a disaster lol",
    "Since my attempt on the bouldering wall my fingers have been sore.",
]

BARE = [
    "I tried before, and now the thoughts are back.",
    "I already tried, and now the thoughts are back.",
    "After my attempt two years ago, the thoughts are back again.",
    "after my attempt to end it in 2019 the thoughts are back",
    "My attempt on my own life was three years ago.",
    "after my attempt I was in hospital",
]


@pytest.mark.parametrize("text", NAMED)
def test_an_attempt_at_something_named_is_not_a_sign(text: str) -> None:
    assert not assess(text).flagged


@pytest.mark.parametrize("text", BARE)
def test_a_bare_attempt_stays_a_sign(text: str) -> None:
    assert assess(text).flagged
