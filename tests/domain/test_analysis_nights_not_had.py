"""A good night's sleep not had for a while, named by any of its words ("haven't had a decent
kip since Sunday", "not had a proper night's kip"), and lying awake told in the perfect
("I've lain awake every night") are poor sleep, as "haven't had a decent night's sleep" and
"lay awake" already were. A good kip had is no trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Haven't had a proper kip since the clocks went back",
        "I've lain awake every night this week going over the numbers",
        "Lain awake half the night listening to the wind, shattered",
        "Haven't had a good kip in a fortnight with this cough",
        "Not had a decent kip since we moved onto nights",
        "Hadn't had a decent night's kip in days by the time the exam came",
    ],
)
def test_a_night_not_had_is_poor_sleep(text: str) -> None:
    assert "sleep" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Had a proper kip on the train home, bliss",
        "Ten hours' kip and I feel human again",
    ],
)
def test_a_kip_had_is_no_trouble(text: str) -> None:
    assert "sleep" not in predict(text).stress
