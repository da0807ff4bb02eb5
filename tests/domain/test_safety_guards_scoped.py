"""Two everyday guards narrowed to what they mean, both ways, in every language they touch.

* A holiday or a trip beside a no-future phrase clears only an absence at that time ("I won't
  be here at Christmas, we're in Spain"), never a phrase that denies the writer any time ahead
  ("there's no future for me", "per me non c'è un dopo"): nothing limits that to the holiday.
* A threat over a trifle (a queue, the traffic) is cleared by a real condition or comparison
  only: the Spanish and French "se" and the Italian "si" are pronouns, French "si" before an
  adjective is "so", Portuguese "se calhar" is "maybe" and a reflexive "se" before a verb is no
  "if"; a "que" after a thought is "that", not "than".

The sentences are written for this file, not copied from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import MatchStatus, assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import NO_TIME_AHEAD
from neuroleaf_desktop.domain.safety.romance_particles import said_if, said_than

# --- the time ahead denied, a holiday or a trip beside it: still a sign ----------------------
NO_TIME_AHEAD_KEPT = [
    "A Ferragosto andiamo tutti al lago dagli zii, ma per me non c'è un dopo.",
    "Per me non c'è più futuro, anche se a Pasqua andiamo a Bari dai suoceri.",
    "Over Easter we're at my sister's in Leeds, and honestly there's no future for me.",
    "Für mich gibt es keine Zukunft, auch wenn wir an Ostern nach Kroatien fahren.",
    "Pour moi il n'y a pas de lendemain, même si cet été on part en Bretagne.",
    "En verano nos vamos a Cádiz con mis primos, pero para mí no hay después.",
    "No Natal vamos para o Porto ver a avó, mas para mim não há futuro.",
]

# --- an absence at a named time, with the trip: still cleared --------------------------------
HOLIDAY_ABSENCE_CLEARED = [
    "A Ferragosto non ci sarò, andiamo al lago dagli zii.",
    "I won't be around over Easter, we're at my sister's in Leeds.",
    "À Pâques je ne serai pas là, on part en Bretagne chez mes cousins.",
]


@pytest.mark.parametrize("text", NO_TIME_AHEAD_KEPT)
def test_a_trip_does_not_limit_the_time_ahead_denied(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, (text, result.ignored_spans)
    assert Category.NO_FUTURE in result.categories, (text, result.reasons)


@pytest.mark.parametrize("text", HOLIDAY_ABSENCE_CLEARED)
def test_an_absence_at_a_holiday_stays_cleared(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (text, result.reasons)
    assert MatchStatus.EVERYDAY in [s.status for s in result.ignored_spans], text


@pytest.mark.parametrize(
    "phrase",
    [
        "there's no future for me",
        "per me non c'e un dopo",
        "fur mich gibt es kein danach",
        "pour moi il n'y a pas d'apres",
        "para mi no hay manana",
        "nao ha amanha para mim",
    ],
)
def test_the_time_ahead_denied_is_read(phrase: str) -> None:
    assert NO_TIME_AHEAD.search(phrase), phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "won't be here after christmas",
        "i won't be around tomorrow",
        "non ci saro a natale",
        "no after-christmas for me",
    ],
)
def test_an_absence_or_a_time_named_is_not_the_time_ahead_denied(phrase: str) -> None:
    assert NO_TIME_AHEAD.search(phrase) is None, phrase


# --- a pronoun or a "that" beside a queue: still a sign --------------------------------------
QUEUE_PRONOUN_KEPT = [
    # Spanish "se" (reflexive), and a thought's "que"
    "En la cola de la farmacia se me pasó por la cabeza que quiero matarme.",
    "Esperando en la fila del ayuntamiento me quiero morir, se me caen las lágrimas.",
    # Italian impersonal "si"
    "In coda al casello si aspetta da un'ora, io voglio ammazzarmi.",
    # French "si" of degree
    "Dans la queue de la poste, je veux me tuer, je suis si vide.",
    # Portuguese "se calhar" (maybe) and the reflexive "se" before a verb
    "Na fila das finanças quero me matar, se calhar é hoje.",
    "Na fila do centro de saúde quero me matar, ninguém se importa comigo.",
]

# --- a real condition or comparison over the queue: still cleared ----------------------------
QUEUE_CONDITION_CLEARED = [
    "Me quiero matar si la cola de la farmacia vuelve a no moverse.",
    "Mi ammazzo se la coda al casello non si muove entro dieci minuti.",
    "Je me tue si la file d'attente de la poste n'avance pas.",
    "Eu me mato se a fila das finanças não andar.",
]


@pytest.mark.parametrize("text", QUEUE_PRONOUN_KEPT)
def test_a_pronoun_beside_a_queue_is_no_condition(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, (text, result.ignored_spans)
    assert {Category.SUICIDAL_IDEATION, Category.DEATH_WISH} & set(result.categories), (
        text,
        result.reasons,
    )


@pytest.mark.parametrize("text", QUEUE_CONDITION_CLEARED)
def test_a_threat_on_a_condition_over_a_queue_stays_cleared(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (text, result.reasons)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("si el tren se retrasa otra vez", "es", True),
        ("se me olvido el bono", "es", False),
        ("se il treno ritarda", "it", True),
        ("si aspetta da ore", "it", False),
        ("s'il pleut encore", "fr", True),
        ("je suis si lasse", "fr", False),
        ("se o onibus atrasar", "pt", True),
        ("se calhar nem vou", "pt", False),
        ("a fila se arrasta", "pt", False),
        ("si se", "en", False),
        ("se la fila avanza", "", True),
    ],
)
def test_the_romance_if_is_read_per_language(sentence: str, lang: str, expected: bool) -> None:
    assert said_if(sentence, lang) is expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("prefiero morir que hacer esta cola", "es", True),
        ("se me ocurrio que quiero morir", "es", False),
        ("mieux vaut crever que refaire la queue", "fr", True),
        ("je me suis dit que je veux mourir", "fr", False),
        ("melhor morrer do que esta fila", "pt", True),
        ("lembrei que quero morrer", "pt", False),
    ],
)
def test_the_que_of_comparison_is_read_per_language(
    sentence: str, lang: str, expected: bool
) -> None:
    assert said_than(sentence, lang) is expected
