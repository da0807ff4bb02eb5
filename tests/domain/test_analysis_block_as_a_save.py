"""A shot, a kick, a pass or a punch blocked is a save in a game ("our keeper blocked like
twenty shots", "you blocked two penalties today"), not an obstruction: VADER reads
"blocked" as a bad word and turned such a part negative or mixed, so tears of joy beside it
read as sadness. A thing or a person blocked ("the drain's blocked again", "she's blocked my
number") stays bad.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "WE WON THE CUP!!! our goalie blocked about fifteen shots, I'm so happy I could cry",
        "I blocked three shots in the final quarter and the whole bench cheered for me",
        "Our keeper blocked that late header and we won",
        "Blocking shots all game and we won the cup",
        "My girl blocked three passes in the final and we won by a point",
        "You blocked two penalties today and the whole team cheered",
    ],
)
def test_a_save_in_a_game_is_no_obstruction(text: str) -> None:
    got = predict(text)
    assert got.polarity == "pos"
    assert "sadness" not in got.emotions


@pytest.mark.parametrize(
    "text",
    [
        "The kitchen drain's blocked again and the landlord won't answer",
        "My sister has blocked my number and I'm gutted",
    ],
)
def test_a_thing_or_a_person_blocked_stays_bad(text: str) -> None:
    assert predict(text).polarity == "neg"
