"""The words of being away for a while (``everyday_occasions.TRIPS``), read by both readers.

"No future" beside a trip is judged ordinary around the phrase (``everyday_occasions``), and
an absence at a named time with the trip said is a holiday absence (``everyday_shapes``): the
trip words are written once, so a word either reader knows, the other knows too. Written for
this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import everyday_shapes
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import EVERYDAY

NF = Category.NO_FUTURE
PHRASE = "won't be around"


@pytest.mark.parametrize("trip", ["flight", "honeymoon", "ferias", "vacanza", "ferien", "travels"])
def test_a_trip_word_is_known_to_both_readers(trip: str) -> None:
    text = f"{PHRASE} at christmas, {trip} with my brother."
    start = text.index(PHRASE)
    assert EVERYDAY[NF].search(text) is not None, trip
    assert everyday_shapes.clears(NF, PHRASE, text, start, start + len(PHRASE)), trip


@pytest.mark.parametrize(
    "text",
    [
        # no trip, only the time
        f"{PHRASE} at christmas, it's better this way.",
        # a trip made final
        f"{PHRASE} at christmas, a trip to a better place.",
        # the trip not even booked, and "no longer" in the negative
        f"{PHRASE} at christmas, didn't even book the trip.",
        "non ho neanche prenotato le vacanze, ad agosto non ci saro piu.",
    ],
)
def test_an_absence_with_no_trip_or_a_final_one_is_no_holiday(text: str) -> None:
    phrase = PHRASE if PHRASE in text else "non ci saro piu"
    start = text.index(phrase)
    assert not everyday_shapes.clears(NF, phrase, text, start, start + len(phrase))
