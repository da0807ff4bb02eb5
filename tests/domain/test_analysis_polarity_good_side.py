"""A bad part, a turn ("but", "though"), then a plain part with no feeling: the good side told.

Set against it: the same parts with no turn, "but" meaning "except", a question after the
turn, a concession before it ("I know she means well, but …") and a trouble said to go on
("… but still") keep the trouble's side.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "The train was cancelled but the replacement bus had wifi.",
        "Knee's been aching all week, but I made it round the park run.",
        "The builders are late again, though the kitchen is nearly finished.",
        "Missed the last bus but the walk home was nice.",
    ],
)
def test_a_plain_part_after_a_turn_from_a_trouble_is_its_good_side(text: str) -> None:
    assert chips(text)[2] == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        # no turn
        "The train was cancelled and the bus had no wifi.",
        # "but" as "except"
        "Missed the last bus, haven't spoken to anybody but the cat since Friday.",
        # a question after the turn
        "Missed the last bus, but who plans a timetable like that?",
        # a concession before the turn
        "I know she means well, but she rings every single night.",
        # the trouble said to go on
        "Missed the last bus, walked home but still.",
    ],
)
def test_no_turn_except_a_question_a_concession_or_still_keep_the_trouble(text: str) -> None:
    assert chips(text)[2] == "neg"
