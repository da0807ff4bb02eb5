"""Everyday readings judged by the shape of the sentence, each with the sign it must not clear.

* livestock and a farm's pens, fences and hay are an ordinary purpose for a rope or a wire
  bought ("for the sheep pen", "para el corral"), unless the sentence turns it back to an end;
* "tomorrow" with a determiner ("every tomorrow the same") is the time ahead a no-future frame
  speaks of, not the date of a plan, so it clears nothing;
* a course, a training or a module that teaches how to meet the topic in others ("eine
  Fortbildung, wie man nach Suizidgedanken fragt") is professional talk, in every language;
  the writer's own thoughts after a course are not;
* a fighting sport's bag or ring explains knuckles that bled, but a sport named only as the
  time ("cut myself again after football") explains no cut;
* the others fine "without me for a week" is a counted stretch away, not a burden; "for good"
  or an open "for a while" stays one.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.means_purposes import purpose_clears

GM = Category.GETTING_MEANS


@pytest.mark.parametrize(
    "text",
    [
        "Bought a coil of rope for the sheep pen.",
        "Picked up rope and fencing wire for the goats at the farm shop.",
        "Compré una cuerda para el corral de las ovejas.",
        "Ich habe ein Seil für den Zaun der Schafe gekauft.",
        "J'ai acheté une corde pour l'enclos des moutons.",
    ],
)
def test_a_rope_bought_for_the_livestock_is_a_purchase(text: str) -> None:
    assert not assess_phrases(text).flagged, assess_phrases(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "bought rope for the sheep pen, enough to hang myself",
        "bought rope for the pen so i can end it",
        "bought rope for the goats, for when the time comes i'll kill myself",
    ],
)
def test_a_farm_purpose_turned_to_an_end_clears_nothing(text: str) -> None:
    assert not purpose_clears(GM, text), text


@pytest.mark.parametrize(
    ("text", "clears"),
    [
        ("comprei uma corda pro baixo", True),
        ("cordas novas para o meu baixo", True),
        ("comprei uma corda, ando pra baixo", False),
        ("comprei corda e fiquei pra baixo", False),
    ],
)
def test_the_bass_is_a_purpose_only_as_a_thing(text: str, clears: bool) -> None:
    assert purpose_clears(GM, text) is clears, text


@pytest.mark.parametrize(
    "text",
    [
        "nothing waiting ahead for me, every tomorrow the same",
        "nothing waiting ahead for me, tomorrow the same as today",
    ],
)
def test_a_tomorrow_that_is_the_time_ahead_clears_no_sign(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged and result.category is Category.NO_FUTURE, result.reasons


def test_a_tomorrow_that_is_a_date_still_clears() -> None:
    assert not assess_phrases("Nothing to look forward to tomorrow, the dentist at nine.").flagged


@pytest.mark.parametrize(
    "text",
    [
        "Ich mache gerade eine Fortbildung, wie man nach Suizidgedanken fragt.",
        "In der Schulung haben wir geübt, nach Suizidgedanken zu fragen.",
        "Formation aujourd'hui : comment aborder les idées suicidaires avec un patient.",
        "Hoy tuvimos un taller sobre cómo preguntar por ideas suicidas.",
        "Tive um treinamento sobre como perguntar sobre pensamentos suicidas.",
        "Did my safeguarding training today, how to ask someone about suicidal thoughts.",
    ],
)
def test_a_course_on_meeting_the_topic_is_professional_talk(text: str) -> None:
    assert not assess_phrases(text).flagged, assess_phrases(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Fortbildung habe ich wieder Suizidgedanken, ich weiß nicht wie man damit lebt.",
        "I skipped class again, I don't know how to keep going, I want to kill myself.",
        "After the course I learned I want to kill myself.",
        "Depuis la formation j'ai des idées suicidaires tous les soirs.",
    ],
)
def test_the_writers_own_thoughts_beside_a_course_stay_flagged(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Punched the bag till my knuckles bled at boxing.",
        "Sparring tonight, hit the pads till my knuckles bled.",
        "Kickboxing class, kicked the bag till my shin bled.",
        "Hurt myself again at the gym, pulled my hamstring.",
    ],
)
def test_a_fighting_sports_bag_or_ring_is_an_accident(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I cut myself again after football.",
        "I cut my arm again after the gym.",
        "I cut my arm again after boxing class.",
        "Punched the wall till my knuckles bled.",
    ],
)
def test_a_sport_named_as_the_time_explains_no_cut(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged and Category.SELF_HARM in result.categories, text


@pytest.mark.parametrize(
    "text",
    [
        "The shop runs fine without me for a week.",
        "They would be fine without me for a week.",
        "The office coped fine without me for two days.",
    ],
)
def test_the_others_fine_without_me_for_a_counted_stretch_is_no_burden(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "The world would be better without me for good.",
        "Everyone would be better off without me for a while.",
        "They would all be better off without me. For a week I have thought about it.",
    ],
)
def test_the_others_better_without_me_for_good_stays_a_burden(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged and Category.BURDEN in result.categories, text
