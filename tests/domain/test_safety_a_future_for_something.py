"""A future the writer cannot see is theirs only when it is "for me" or for no one named.

"I can't see a future for this team without a new manager", "for the shop if rents keep
rising" and "for us as a couple" judge a team, a shop or a relationship: ordinary worries, not
the writer's own life. A future "for me" or "for myself", or one seen for nothing at all, is
still read as no future.
"""

from __future__ import annotations

import pytest

from tests.support.safety_categories import NF
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    "I can't see a future for me anymore, it's all just fog.",
    "honestly cannot imagine any future for myself",
    "I can't picture a future. Every day is the same grey.",
    "Can't see any future for me past this winter.",
    "I can't see my future, there's nothing there when I try.",
    "cant see a future for myself and I'm tired of pretending",
]

LOOK_ALIKES = [
    "I can't see a future for this team without a new manager.",
    "Can't see a future for the shop if the rents keep rising.",
    "I can't see a future for us as a couple, time we both moved on.",
    "Honestly can't picture a future for the band after the drummer left.",
    "I cannot imagine a future for the high street with all these closures.",
    "can't see any future for that project, the funding's gone",
]


@pytest.mark.parametrize("text", SIGNS)
def test_a_future_of_ones_own_not_seen_is_no_future(text: str) -> None:
    assert_flagged_as(text, NF)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_future_for_something_else_is_not_a_sign(text: str) -> None:
    assert_not_flagged(text)
