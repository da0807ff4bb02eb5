"""Hope is not its loss: "things will get better" must never read as "no future".

The no-future rules read a future that will *not* improve ("it'll never get better", "nothing
will change"). The same words said as hope, or "nothing will change the fact that …" (a fact
kept, not a future lost), are what people write on their better days, and a warning card then
would be untrue and unkind.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category

HOPE = [
    "it will get better",
    "It is going to get better, I know it.",
    "Things will get better soon, the doctor said so.",
    "things are going to improve once the new job starts",
    "It'll get better with practice, my teacher says.",
    "Life will change when the baby comes and I can't wait.",
    "nothing will change the fact that I love her",
    "Nothing will change how proud I am of him.",
    "my life is going to change for the better this year",
]

LOSS = [
    "it will never get better",
    "Things won't ever get better.",
    "things are never going to improve",
    "it'll never change",
    "nothing will change",
    "Nothing is ever going to get better.",
    "my life isn't going to get any better",
    "things aren't gonna change, not for me",
]


@pytest.mark.parametrize("text", HOPE)
def test_hope_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged


@pytest.mark.parametrize("text", LOSS)
def test_a_future_that_will_not_improve_is_a_sign(text: str) -> None:
    result = assess(text)
    assert result.flagged
    assert {s.category for s in result.matched_spans} == {Category.NO_FUTURE}
