"""Pleasure told as a grin, a task found "satisfying", a room that clapped or a paper gained.

Why: "beaming" was read and "beamed" was not, though every labelled row with it says joy
(three writers); "satisfying" said of a task is joy in every labelled row (two writers), while
"satisfied" after a tiring day is labelled no feeling and stays unread. A room that clapped
("the whole gym clapped") is joy in 9 of the 10 labelled rows, by eight writers; nobody
clapping is not. A qualification gained and named by its paper ("got my helm ticket", "passed
my local anaesthesia certificate") is joy in all eight labelled rows, six writers; a parking
ticket and a certification renewed are not. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My nephew read his whole book to me and I beamed all the way home.",
        "Rewired the whole shed in one afternoon, really satisfying.",
        "Satisfying day, the last of the hedges cut before the rain.",
        "Our Year 2s finished the nativity and the whole hall clapped.",
        "Got my forklift ticket today!!",
        "Passed my first aid certificate at the second attempt.",
    ],
)
def test_a_grin_or_a_satisfying_task_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Oak beams in the loft are rotten, the surveyor says.",
        "Dipped the headlights, the high beam was blinding everyone.",
        "Long shift, not very satisfying, the fix didn't hold.",
        "Tired but satisfied after clearing the backlog.",
        "Nobody clapped, nobody even looked up from their phones.",
        "Got a parking ticket outside the clinic, typical.",
        "Got my certification renewed, the paperwork's done.",
    ],
)
def test_beams_and_a_task_not_found_satisfying_are_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions
