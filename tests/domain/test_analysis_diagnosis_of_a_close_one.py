"""A close person's diagnosis, told as what befell them, is theirs.

A sentence that opens on a relative or friend and says at once that they were diagnosed gives
no chip of their category nor of the illness, even with the writer's own words after it (what
the writer did for them, what it did to the writer's heart). The writer's own diagnosis, and a
worry told before the close person is named, stay the writer's. The sentences are written for
these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My son was diagnosed with asthma at nine, same as I was, and it broke my heart",
        "My mum's just been diagnosed with it too, I rang her every night this week",
        "My cousin has been diagnosed with diabetes and I'm the one she calls with questions",
    ],
)
def test_their_diagnosis_is_theirs(text: str) -> None:
    stress = predict(text).stress
    assert "family" not in stress and "health" not in stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Diagnosed with asthma this morning, still a bit shaken", "health"),
        ("I'm worried sick about my dad, the hospital won't tell us anything", "family"),
    ],
)
def test_the_writers_own_diagnosis_or_worry_still_chips(text: str, category: str) -> None:
    assert category in predict(text).stress
