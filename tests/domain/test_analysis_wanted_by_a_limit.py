"""Someone wanting a thing of the writer's by a limit is a deadline set on the writer, told by
a named day as before and now also by an hour, a date, tomorrow or the end of the week or month,
and with "wanting" or "wanted" ("Postmaster wants the round done by 2", "letter wanting a plan
by the end of the month", "wanted the stock count by 9am"). A wish to be somewhere by then
("wants to be home by 6") is no limit.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Depot manager wants the round done by 2 even on parcel days, not happening",
        "Got a letter from the school board wanting a full learning plan by the end of the month",
        "Editor wants the rewrite by tomorrow and I haven't started",
        "Head office wanted the stock count by 9am, we were there till midnight",
        "Landlord wants the keys back by noon and the place is a tip",
        "Client wanting three logo options by the end of the week, for the same fee",
        "Wedding party wants the cake by 3 and the sponge just collapsed",
        "The assessor wants my portfolio by the 3rd, half of it is still in boxes",
    ],
)
def test_a_thing_wanted_by_a_limit_is_a_deadline(text: str) -> None:
    assert "deadlines" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "She wants to be home by 6 so we're leaving early",
        "Wanted to get to the beach by 10, didn't happen, lovely day anyway",
        "He wanted a hug by the end of the night, sweet boy",
    ],
)
def test_a_wish_by_a_time_is_no_deadline(text: str) -> None:
    assert "deadlines" not in predict(text).stress
