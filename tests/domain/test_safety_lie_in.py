"""Not waking "until Monday" or "at 5am" is a lie-in or an alarm refused; not waking at all, or
"ever again", stays a wish to die, in every language.

The wish not to wake is one of the commonest passive death wishes, so its rules are broad; the
everyday frame that sets it aside needs the waking tied to a time (until / before / bis / hasta /
fino a / avant / até a day or an hour) with no "never" or "ever again" beside it, or the hour
of an alarm.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess

WISHES = [
    "I want to go to sleep and not wake up.",
    "Honestly I just want to sleep and not wake up tomorrow.",
    "I want to sleep and never wake up, until it's over nothing helps.",
    "I'd like to sleep and not wake up until Monday, and honestly not wake up at all.",
    "Quiero dormirme y no despertar nunca más.",
    "Ich möchte einschlafen und nicht mehr aufwachen.",
    "Je veux m'endormir et ne plus jamais me réveiller.",
    "Je ne veux plus jamais me réveiller.",
    "Je voudrais ne plus jamais me réveiller.",
    "Voglio addormentarmi e non svegliarmi più.",
    "Quero dormir e não acordar nunca mais.",
]

LIE_INS = [
    "I want to sleep and not wake up until Monday.",
    "Could sleep and not wake up till noon after that night shift.",
    "I never want to wake up at 5am for this job again.",
    "I want to sleep and not wake up so early ever again.",
    "Quisiera dormir y no despertar hasta el lunes.",
    "Quiero dormir y no despertar a las 6 nunca más para este curro.",
    "Vorrei dormire e non svegliarmi fino a lunedì.",
    "Je voudrais dormir et ne pas me réveiller avant lundi.",
    "Je veux ne plus jamais me réveiller à 5h pour ce boulot.",
    "Je ne veux plus me réveiller avant midi le dimanche.",
    "Queria dormir e não acordar até segunda.",
]


@pytest.mark.parametrize("text", WISHES)
def test_a_wish_not_to_wake_is_flagged(text: str) -> None:
    assert assess(text).flagged, text


@pytest.mark.parametrize("text", LIE_INS)
def test_not_waking_until_a_time_or_at_an_hour_is_not(text: str) -> None:
    assert not assess(text).flagged, text


def test_a_lie_in_beside_another_sign_still_counts_the_sign() -> None:
    text = "I want to sleep and not wake up until Monday. Everyone would be better off without me."
    assert assess(text).flagged
