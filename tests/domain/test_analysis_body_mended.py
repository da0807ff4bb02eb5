"""A trouble of the body told and then said mended in a set phrase ("…, right as rain now",
"fit as a fiddle now", "good as new now after the physio") is over by now, as "… but I'm fine
now" is (the labelling guide: over by now, no stressor). A mending wished for, not yet come or
promised ("I'd give anything to be right as rain again", "nowhere near right as rain yet",
"I'll be right as rain in a month") keeps the health strain.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Had a nasty chest infection over Christmas, fit as a fiddle now",
        "Sprained my wrist skating last month, good as new now after the physio",
        "Had shingles at Easter and it was grim, right as rain now",
        "Twisted my knee on the stairs in January, good as new now",
        "Pulled my hamstring at five-a-side in March and it was agony, right as rain now",
        "My migraine floored me for two days, I'm good as new now",
    ],
)
def test_a_body_mended_now_is_no_strain(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My back's been agony all week, I'd give anything to be right as rain again",
        "Knee's still swollen and sore, nowhere near right as rain yet",
        "The physio says I'll be right as rain in a month but my shoulder is killing me now",
    ],
)
def test_a_mending_wished_or_to_come_keeps_the_strain(text: str) -> None:
    assert "health" in predict(text).stress
