"""A telling-off the writer got, named by its slang ("got a roasting from the foreman", "a
bollocking from the booker", "gave me an earful", "a right dressing-down") is criticism, a
conflict, as "told me off" already was. A roasting tin, a roasting hot day, and someone else's
bollocking are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Got a roasting from the head chef for the state of the walk-in",
        "Had a proper bollocking off the gaffer over the skip",
        "Supervisor gave me an earful for being two minutes late back",
        "Got a right dressing-down in front of the whole ward",
        "Took a rollicking from the site manager over the scaffolding tags",
        "My sergeant tore a strip off me for the paperwork",
    ],
)
def test_a_telling_off_by_its_slang_is_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Roasting tin's in the sink soaking, lovely Sunday dinner",
        "Roasting hot on the beach, perfect day",
        "Apprentice got a bollocking from the sparky on his first week",
    ],
)
def test_a_roasting_tin_or_someone_elses_telling_off_is_no_conflict(text: str) -> None:
    assert "conflict" not in predict(text).stress
