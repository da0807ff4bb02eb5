"""Someone sure the writer did a wrong ("the area manager thinks I took it", "my supervisor
reckons I nicked the missing stock", "store detective suspects I stole the headphones") is an
accusation, conflict, as "accused me" and "swore blind I'd broken his tiles" already were. The
writer's own doubt ("I think I took a wrong turn") and a thing broken by the writer are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Area manager thinks I took the float, I've been in tears all afternoon",
        "My supervisor reckons I nicked the missing stock, I've never taken a thing",
        "Landlady thinks I broke the boiler on purpose, I'm fuming",
        "Store detective suspects I stole the headphones, mortifying",
        "Mum reckons I took her earrings and now she's not speaking to me",
        "The client thinks I lied about the hours on the invoice",
    ],
)
def test_suspected_of_a_wrong_is_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I think I took a wrong turn somewhere, ended up in Slough",
        "Pretty sure I broke my toe on the bed frame, so sore",
    ],
)
def test_the_writers_own_doubt_is_no_conflict(text: str) -> None:
    assert "conflict" not in predict(text).stress
