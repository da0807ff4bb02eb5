"""Four families of English look-alikes that are a passing state, not a warning sign, both ways.

* **not around, for a trip or for work**: "won't be around to water them" with a trip, a tour,
  a conference, work or a stay named in the same sentence (before or after) is an absence that
  ends; with none named, or said to be final ("anymore"), the giving stays a sign.
* **an everyday nuisance not borne**: "can't stand it anymore" with a noise, a dog, the
  neighbours, a commute or a task at work as its object or cause; with the writer's self, life
  or feelings named, with a person who hurts them, or with another sign, it stays trapped pain.
* **a passing burden at work**: "a burden to the team / my class / my colleagues" for an injury
  or an illness; a burden to everyone, to the family, or for what the writer is, stays a sign.

Every sentence is written for this file; the detector runs on its real rules (no mocks).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category

_GA, _TP, _BU = Category.GIVING_AWAY, Category.TRAPPED_PAIN, Category.BURDEN

AWAY_FOR_A_WHILE = [
    "Gave my bike to my cousin, I won't be around to ride it while I'm on holiday in Spain.",
    "Dropped the cat off at mum's, I won't be around to feed her, flying to Lisbon for a "
    "conference.",
    "Giving my houseplants to Jo, I won't be around to water them while I'm on tour.",
    "Handed my sister the van keys, I won't be around to use it, I'm working offshore till June.",
    "left my fish with the neighbours, won't be around to feed them, backpacking in Chile",
    # the journey named first
    "Off to Peru for a month on a trip, so I left my plants with Jo, I won't be around to water "
    "them.",
    "Working nights in Leeds till March, so I gave my bike to my brother, I won't be around to "
    "ride it.",
    "I won't be around to water the garden, off on a trip to Norway next week.",
]

GIVING_STILL_A_SIGN = [
    "Gave my camera to Priya, I won't be around to use it.",
    "Left my cat with my sister, I won't be around to feed her anymore.",
    # a trip mentioned, but the absence said to be final
    "After the trip I gave my dog to my sister, I won't be around to walk him anymore.",
    "Handed my records to Tom, I won't be around to listen to them.",
]

NUISANCE = [
    "I can't take it anymore, the builders next door start drilling at 7.",
    "The dog upstairs barks all day and I can't stand it anymore.",
    "I can't stand it anymore, my commute is two hours each way.",
    "I can't do this anymore, the neighbours play music until 3am.",
    "I can't take it anymore, these spreadsheets are endless.",
    "honestly can't stand it anymore, the car alarm outside goes off every single night",
]

TRAPPED_STILL_A_SIGN = [
    "I can't take it anymore, I feel so empty and the neighbours are loud.",
    "I can't stand it anymore, the voices in my head never stop.",
    "I can't stand it anymore, my husband screams at me every night.",
    "I can't take it anymore, I want it all to end, even the dog barking.",
    "I can't stand it anymore.",
]

PASSING_BURDEN = [
    "I'm a burden to my colleagues this week because of the flu.",
    "I'm a burden to my class today, my wrist is in a cast.",
    "I feel like a burden on the team this week with my back out.",
    "I feel like such a burden to my coworkers while my leg is in a cast.",
    "I've become a burden on the whole office since my knee surgery, just for a couple of weeks.",
]

BURDEN_STILL_A_SIGN = [
    "I'm a burden to my family because of my illness.",
    "I'm a burden to everyone, always have been.",
    "I'm a burden to the team, I'm useless and my back hurts.",
    "I'm a burden to the team because I'm sick of myself.",
    "I'm such a burden to the team today, they'd be better off without me.",
]


@pytest.mark.parametrize("text", AWAY_FOR_A_WHILE + NUISANCE + PASSING_BURDEN)
def test_a_passing_state_is_not_flagged(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (text, result.reasons)


@pytest.mark.parametrize(
    ("text", "category"),
    [(t, _GA) for t in GIVING_STILL_A_SIGN]
    + [(t, _TP) for t in TRAPPED_STILL_A_SIGN]
    + [(t, _BU) for t in BURDEN_STILL_A_SIGN],
)
def test_the_sign_itself_is_still_flagged(text: str, category: Category) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.reasons)


def test_the_passing_phrase_is_kept_as_everyday_not_dropped() -> None:
    # the look-alike is still noticed (an everyday span), so another sign re-admits it
    result = assess_phrases("I can't stand it anymore, the neighbour's dog barks all night.")
    assert [s.rule for s in result.ignored_spans] == ["cant_take_it"]
    both = assess_phrases(
        "I can't stand it anymore, the neighbour's dog barks all night. "
        "Nobody would miss me if I was gone."
    )
    assert both.flagged
    assert {_TP, _BU} <= set(both.categories)


def test_a_trip_in_another_sentence_explains_nothing() -> None:
    text = "Gave my records to Tom, I won't be around to listen to them. We booked a trip once."
    assert _GA in assess_phrases(text).categories


# ---- a day chosen by someone else, a racket wished to stop ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "We've set the date.",
        "We've finally picked the day, June it is!",
        "They have set the date and the venue is booked.",
        "My sister's picked the day for the christening.",
        "The drilling next door, I want it all to stop for good.",
        "The neighbours scream all night and I want it to stop.",
    ],
)
def test_a_day_someone_else_chose_or_a_racket_is_not_a_sign(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I've picked the day.",
        "I have finally picked the day.",
        "I want it all to stop for good.",
        "I feel so empty, I want it all to stop for good.",
        "I want my life to stop.",
    ],
)
def test_the_writers_own_day_or_wish_still_counts(text: str) -> None:
    assert assess_phrases(text).flagged, text
