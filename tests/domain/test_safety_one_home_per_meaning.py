"""One meaning, one home: the English frames a cross-language module and an English module
both read are read by one of them only.

* every way out shut ("every door I try is bricked up") is ``rules_en_ways_shut``'s; the
  cross-language exit denied (``rules_trapped_frames``) keeps "no door", "no way out";
* the others' gain with the writer gone, and what the writer costs them, are
  ``rules_en_burden_gain``'s in English; ``rules_burden_frames`` reads the other five
  languages;
* the English set phrases of the same two meanings ("better off without me", "they deserve
  better than me", "take me out of it and they'd breathe again", "I'm a weight", "dragging
  everyone down") are read there too, not by the English sign lists, the open frames or the
  cross-language intentions;
* the trip words the everyday goodbye and burden occasions read are ``TRIPS``.

Every sentence here was written for this file.
"""

from __future__ import annotations

import re

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import EVERYDAY
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_burden_frames import RULES as BURDEN_FRAMES
from neuroleaf_desktop.domain.safety.rules_core_intentions import RULES as CORE_INTENTIONS
from neuroleaf_desktop.domain.safety.rules_en_burden_gain import RULES as EN_BURDEN_FRAMES
from neuroleaf_desktop.domain.safety.rules_en_burden_gain import SET_PHRASE_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames_open import RULES as EN_OPEN
from neuroleaf_desktop.domain.safety.rules_en_signs import WARNING_RULES as EN_SIGNS
from neuroleaf_desktop.domain.safety.rules_en_ways_shut import RULES as EN_SHUT
from neuroleaf_desktop.domain.safety.rules_trapped_frames import RULES as TRAPPED_FRAMES

EN_BURDEN = EN_BURDEN_FRAMES + SET_PHRASE_RULES


def _readers(rules: tuple[Rule, ...], text: str) -> list[str]:
    folded = normalize(text, fold=True)[0]
    return [r.name for r in rules if r.lang == "en" and r.pattern.search(folded)]


@pytest.mark.parametrize(
    "text",
    [
        "The ache never lets up and every door I try is bricked up.",
        "Trapped in this debt, each exit I find is locked.",
        "I'm in so much pain and every direction is shut.",
    ],
)
def test_every_way_shut_has_one_english_home(text: str) -> None:
    assert _readers(EN_SHUT, text) == ["en_shut_every_way_shut"], text
    assert _readers(TRAPPED_FRAMES, text) == [], text
    assert assess_phrases(text).category is Category.TRAPPED_PAIN


@pytest.mark.parametrize(
    "text",
    [
        "The ache is there all day and there's no door out of it.",
        "Trapped in a box with no lid, the pain every day.",
    ],
)
def test_an_exit_denied_stays_with_the_cross_language_frame(text: str) -> None:
    assert _readers(TRAPPED_FRAMES, text) == ["en_core_exit_denied"], text


@pytest.mark.parametrize(
    "text",
    [
        # the others' gain, said without "would"
        "My sisters would feel so much lighter without me.",
        "Honestly the flat would run smoother without me.",
        "Mum would have a normal life if I was out of it for good.",
        # the absence to come
        "They'll be relieved when I'm gone.",
        # what the writer costs them, named as what they pay
        "I cost my parents money, time and sleep.",
        "I'm costing everyone too much, every week.",
    ],
)
def test_english_burden_frames_are_read_by_the_english_module(text: str) -> None:
    assert _readers(EN_BURDEN, text), text
    assert _readers(BURDEN_FRAMES, text) == [], text
    result = assess_phrases(text)
    assert result.flagged and result.category is Category.BURDEN, text


def test_the_cross_language_burden_frames_read_no_english() -> None:
    assert {r.lang for r in BURDEN_FRAMES} == {"de", "fr", "es", "pt", "it"}


@pytest.mark.parametrize(
    "text",
    [
        # a time away, a place in the house, a cost at work, a denial
        "The lads would run smoother without me on the camping weekend.",
        "They'd have more room in the car without me on the skiing trip.",
        "I cost the company money on overtime every month.",
        "Without me they wouldn't be relieved, they'd be lost.",
        "If I wasn't at the office on Friday they'd save on the catering.",
    ],
)
def test_english_burden_lookalikes_stay_clear(text: str) -> None:
    assert not assess_phrases(text).flagged, assess_phrases(text).reasons


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        (Category.GOODBYES, "said goodbye to everyone before the cruise"),
        (Category.GOODBYES, "abschied am bahnsteig, die reise geht morgen los"),
        (Category.BURDEN, "they'll manage fine without me on the honeymoon"),
        (Category.BURDEN, "sin mi estarian mas tranquilos durante el viaje"),
    ],
)
def test_goodbye_and_burden_occasions_read_the_trip_words(
    category: Category, sentence: str
) -> None:
    assert EVERYDAY[category].search(sentence), sentence


def test_a_goodbye_without_a_trip_is_no_occasion() -> None:
    pattern: re.Pattern[str] = EVERYDAY[Category.GOODBYES]
    assert not pattern.search("i wrote my goodbyes to everyone tonight")


@pytest.mark.parametrize(
    "text",
    [
        # the others eased with the writer gone, from the sentence's start
        "Take me out of the picture and my brothers would breathe again.",
        # the set phrases of the others' gain
        "Honestly my parents are better off without me.",
        "My kids deserve so much better than me.",
        "They'd be happier with me gone, I know it.",
        "Better I vanish for good so she can rest.",
        # the writer as a weight or a drag
        "I'm just a weight and a drain on all of them.",
        "I keep dragging my family down.",
    ],
)
def test_english_burden_set_phrases_live_with_the_gain_frames(text: str) -> None:
    assert _readers(EN_BURDEN, text), text
    others = EN_SIGNS + EN_OPEN + CORE_INTENTIONS
    assert not [r for r in _readers(others, text) if "burden" in r or "gone" in r], text
    result = assess_phrases(text)
    assert result.flagged and result.category is Category.BURDEN, text


@pytest.mark.parametrize(
    "text",
    [
        "The shop was fine without me on the Saturday shift.",
        "The team deserves a better striker than me this season.",
        "We were dragging the kayak down to the water.",
        "They'd be happier with me gone for the weekend, honestly, it's a small flat.",
    ],
)
def test_english_burden_set_phrases_keep_their_look_alikes_out(text: str) -> None:
    assert not assess_phrases(text).flagged, text
