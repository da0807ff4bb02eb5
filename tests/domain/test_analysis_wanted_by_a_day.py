"""Someone wanting a thing of the writer's by a named day sets a limit on the writer.

"Editor wants two thousand words by Thursday." is a deadline by itself, as "due Friday" in a
bad part is. A wish to do something by then ("wants to go to the coast by Saturday"), a
payment wanted and made, and money wanted back (a debt called in) are no limit. The sentences
are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def test_a_thing_wanted_by_a_day_is_a_deadline() -> None:
    text = "Editor wants two thousand words by Thursday. Got the brief this morning."
    assert "deadlines" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Wants to go to the coast by Saturday if the weather holds, can't wait",
        "Supplier wanted payment by Friday, sent it over at lunch",
        "My brother wants his money back by Sunday and I'm skint",
    ],
)
def test_a_wish_or_a_want_met_is_no_limit(text: str) -> None:
    assert "deadlines" not in predict(text).stress
