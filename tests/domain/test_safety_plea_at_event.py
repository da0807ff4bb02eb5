"""A plea to be remembered tied to an ordinary event or role is not a goodbye; bare, or beside
the writer gone, it still is. Both ways, six languages.

``everyday_pleas`` reads the event ("at the raffle", "en la rifa", "beim Sommerfest"), a part
played with an ordinary thing as its object ("the one who brought the cake") or a choice being
made ("when you pick the winners") in the plea's own sentence.

The sentences are written anew for this test, not copied from any labelled batch.
"""

from __future__ import annotations

import pytest

from tests.support.safety_categories import GB
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

AT_AN_EVENT = [
    "Remember me well at the raffle.",
    "Remember me kindly when you pick the winners tonight!",
    "Remember me fondly as the one who brought the lemon cake.",
    "Recuérdame bien en la rifa del colegio, porfa.",
    "Behaltet mich beim Sommerfest in guter Erinnerung, ich hab die Tombola gemacht.",
    "Souvenez-vous de moi avec tendresse au tirage de la tombola.",
    "Ricordatevi di me con affetto alla lotteria della parrocchia.",
    "Lembrem-se de mim com carinho no sorteio da quermesse.",
    "Told the committee to remember me well at the AGM vote.",
]

STILL_GOODBYES = [
    "Remember me well when I'm gone.",
    "Remember me kindly.",
    "Recuérdame con cariño cuando ya no esté.",
    "Behaltet mich in guter Erinnerung, wenn ich nicht mehr da bin.",
    "Remember me fondly as the one who loved you all.",
    "Lembrem-se de mim com carinho.",
    # an event, but the writer's own funeral or grave
    "Remember me well at my funeral, wear something bright.",
    "Remember me kindly when you pick the flowers for my grave.",
]


@pytest.mark.parametrize("text", AT_AN_EVENT)
def test_plea_at_an_ordinary_event_is_not_a_goodbye(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize("text", STILL_GOODBYES)
def test_bare_plea_is_still_a_goodbye(text: str) -> None:
    assert_flagged_as(text, GB)
