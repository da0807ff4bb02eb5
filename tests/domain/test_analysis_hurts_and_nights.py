"""Hurts of the body told by newer parts and phrasings, and a night lost to one.

Why: a wrist, a rib or a stump that hurts is a health strain as a knee or a back is ("my wrists
are killing me", "bruised ribs", "stump's swollen"), and a body part after people named in the
plural is theirs ("the lads' knees", read without the apostrophe), as after one person's
possessive. A body's trouble told as lasting "all night" ("coughing all night", "pain all
night") is a night lost as well: the writers who wrote it labelled poor sleep beside health.
Each case shows the reading both ways; the sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Ten hours on the keyboard and my wrists are killing me.",
        "Bruised ribs from the fall off the ladder, can barely breathe.",
        "Stump's swollen again and the socket won't fit, stuck indoors.",
    ],
)
def test_a_hurt_wrist_rib_or_stump_is_a_health_strain(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I worry about the lads' knees on that scaffold every single day.",
        "The passengers' legs were aching after the delay, poor things.",
        "Checked the horses legs after the hack, all fine.",
    ],
)
def test_the_body_of_many_others_is_theirs(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Toothache all night, I'm a wreck this morning.",
        "Migraine all night and the tablets did nothing, awful.",
    ],
)
def test_a_body_trouble_all_night_is_a_night_lost(text: str) -> None:
    found = predict(text).stress
    assert "sleep" in found
    assert "health" in found


@pytest.mark.parametrize(
    "text",
    [
        "Danced all night at my cousin's wedding, feet sore but so happy.",
        "Worked all night on the essay, it's finally done.",
    ],
)
def test_all_night_without_a_body_trouble_or_strain_is_no_poor_sleep(text: str) -> None:
    assert "sleep" not in predict(text).stress
