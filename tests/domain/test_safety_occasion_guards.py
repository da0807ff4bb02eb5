"""The shared look-ahead guards (``guards``) on the older phrase rules, both ways.

A day chosen for an occasion (a venue, a wedding, a trip, a concert) is a calendar entry; the
same words with nothing after them, or with secrecy after them, stay a plan. Spanish "no puedo
más" after the gym or a run is everyday; "no puedo más con esta vida / con todo" stays a sign.
Not wanting to live *in this town* or *with my parents* is about where one lives; "I don't want
to live anymore" and "… like this anymore" stay flagged. The sentences are written for these
tests, in the languages each rule covers.
"""

from __future__ import annotations

import re

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.guards import (
    no_exertion_ahead_es,
    no_occasion_ahead,
    not_living_somewhere_ahead,
)

_PM, _TP, _DW = Category.PLAN_OR_METHOD, Category.TRAPPED_PAIN, Category.DEATH_WISH

EVERYDAY = [
    # a date chosen for an occasion
    "we finally set a date, the reception is at her aunt's farm",
    "I picked the date, everything's planned, the venue is booked",
    "i decided on the night, the gig is by the river bridge",
    "we chose the day weeks ago, the christening is at noon in the old chapel",
    "Ich hab den Tag ausgesucht, die Feier ist im Garten.",
    "j'ai choisi la date, le mariage sera en juin à la campagne",
    "elegí la fecha, el viaje a Lisboa ya está reservado",
    "decidí el día, está todo listo, la fiesta será en la terraza",
    "escogí el día, el cumpleaños de mi hermana es ese sábado",
    "ya sé cuándo y dónde. el concierto es junto al puente viejo",
    "escolhi a data, a viagem para o Porto vai ser ótima",
    "já escolhi o dia e o lugar. o casamento vai ser na praia",
    "ho scelto la data, il concerto è vicino al ponte",
    "ho già scelto il giorno e il posto. la festa sarà sul lago",
    # "no puedo más" after exertion
    "no puedo más con estas agujetas, ayer hice sentadillas",
    "no puedo más, hoy fue día de pierna en el gimnasio",
    "ya no puedo más, la carrera de hoy me mató las piernas",
    "no aguanto más, el entrenador nos hizo correr 10 km",
    "ya no puedo más con el cardio de hoy",
    # living somewhere, not being alive
    "honestly I don't want to live in this city anymore, the rent is insane",
    "I don't want to live near the motorway anymore, the noise never stops",
    "don't want to live with flatmates anymore, I need my own kitchen",
    "I don't want to live anymore in this tiny village",
    "I don't want to live another winter in this damp flat",
    "i never want to live there again after that landlord",
    "I don't want to live and work in this town forever",
]

SIGNS = [
    # the chosen day with nothing festive after it
    ("I've picked the day. Nobody knows.", _PM),
    ("set the date. told nobody. the bridge is twenty minutes away", _PM),
    ("Ich hab den Tag ausgesucht. Keiner weiß davon.", _PM),
    ("j'ai choisi la date. personne ne sait.", _PM),
    ("decidí la noche. nadie lo sabe.", _PM),
    ("ya sé cuándo y dónde.", _PM),
    ("escolhi a data. ninguém sabe.", _PM),
    ("já escolhi o dia e o lugar.", _PM),
    ("ho scelto la data. nessuno lo sa.", _PM),
    # "no puedo más" of life, even with the gym nearby
    ("no puedo más con esta vida", _TP),
    ("no puedo más con todo, ni el gimnasio me ayuda", _TP),
    ("ya no puedo más. no quiero seguir", _TP),
    ("no aguanto más con todo esto", _TP),
    ("ya no puedo más con el dolor de la pierna, ni corriendo se me pasa", _TP),
    # not wanting to be alive
    ("I don't want to live anymore", _DW),
    ("I don't want to live like this anymore", _DW),
    ("I don't want to live anymore and nobody would notice", _DW),
    ("I don't want to live anymore, there is no point", _DW),
    ("I no longer want to live", _DW),
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_occasion_or_everyday_context_clears(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_without_that_context_stays(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


def test_occasion_guard_reads_only_the_same_line() -> None:
    guard = re.compile(r"picked the day" + no_occasion_ahead())
    assert guard.search("picked the day. nobody knows.")
    assert not guard.search("picked the day. the wedding is in june.")
    assert guard.search("picked the day.\nthe wedding was last year.")


def test_exertion_guard_keeps_life_and_everything() -> None:
    guard = re.compile(r"no puedo mas" + no_exertion_ahead_es())
    assert not guard.search("no puedo mas con estas agujetas")
    assert guard.search("no puedo mas con esta vida, ni el gimnasio ayuda")
    assert guard.search("no puedo mas con todo")


def test_living_somewhere_guard_stays_in_the_clause() -> None:
    guard = re.compile(r"want to live" + not_living_somewhere_ahead())
    assert not guard.search("want to live in this town")
    assert not guard.search("want to live with my parents")
    assert guard.search("want to live like this anymore")
    assert guard.search("want to live in this world")
    assert guard.search("want to live with this pain")
    assert guard.search("want to live anymore, in this flat")


def test_day_chosen_around_someone_elses_occasion_stays() -> None:
    # the occasion is named, but the day is chosen so as not to spoil it
    assert assess("picked the night. after my sister's party, so i don't ruin it").flagged
    assert assess("decidí la noche, cuando todos estén en la fiesta del pueblo").flagged
