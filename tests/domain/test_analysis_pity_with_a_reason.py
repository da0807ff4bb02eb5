"""A pity's "shame" opening a part and followed by its reason ("shame cos it was our best crowd
yet", "shame because we were winning", "shame really, she'd have loved it") regrets a thing
lost; it is no shame of the writer's, as "shame I missed it" already was not. Shame felt
("I felt such shame because …", "the shame I felt") stays shame.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Fell out with my tag partner after the show, shame cos it was our best crowd yet",
        "Rained off at half time, shame because we were actually winning for once",
        "Missed the last bus home, shame as the gig was brilliant",
        "Cousin couldn't make it to the wedding, shame really, she'd have loved it",
        "The bakery on the corner is closing, shame coz their bread was the best",
        "Lost the final on penalties, shame since we'd played so well",
    ],
)
def test_a_pity_with_its_reason_is_no_shame(text: str) -> None:
    assert "shame" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I felt such shame because I forgot her name",
        "The shame I felt after shouting at him still sits with me",
    ],
)
def test_shame_felt_stays_shame(text: str) -> None:
    assert "shame" in predict(text).emotions
