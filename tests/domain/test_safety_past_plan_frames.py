"""A past attempt and a plan with no way back read as frames of two parts, in any wording.

Past history: the attempt verb with nothing tried beside a time of the writer's past; the
attempt noun as a date (before, after, since, dated); a ward or an emergency room reached after
the pills; being found, told as a moment of the writer's life; old scars on an arm dated to a
time. Plans: a journey out (up to a place, one night booked) beside a return refused or left
unbooked. Each frame has look-alikes it must leave alone: a thing tried, an attempt at
something, pills that gave a rash, being found on an ordinary afternoon, a return put off to a
date, someone else's past.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases

PAST = [
    # tried, with nothing tried, beside a time of the writer's past
    "I tried once when I was nineteen and the feeling is creeping back.",
    "Eleven years ago I tried to go, and nobody at work knows.",
    "It's been a long while since the night I tried, but I remember it.",
    "Cuando tenía veinte ya lo intenté una vez, y hoy me acordé.",
    "A 17 anni ci ho già provato, e stasera ci ripenso.",
    "Já tentei uma vez, aos 22, e ninguém lá em casa sabe.",
    "J'ai déjà essayé une fois, en 2015, et ça me revient.",
    "Vor zehn Jahren hab ich's schon mal probiert, und jetzt kommt es wieder.",
    "Hab's im Herbst 2016 probiert, keiner in der Firma weiß davon.",
    "Vent'anni fa ho provato ad andarmene e nessuno lo sa.",
    # the attempt as a date in the writer's life
    "Since my attempt in 2021 my dad checks on me every night.",
    "Seit meinem Versuch im März schlafe ich schlecht.",
    "Después del intento en 2019 dejé de salir.",
    "Depuis ma tentative en 2018 je ne supporte plus les hôpitaux.",
    "Dopo il tentativo di maggio nessuno me ne parla più.",
    "Desde a minha tentativa em 2017 a minha mãe liga todos os dias.",
    "Next week is the anniversary of my overdose and I dread it.",
    "Seit meinem Versuch vor drei Jahren ruft mein Bruder jeden Sonntag an.",
    # a ward or an emergency room after the pills
    "The winter I ended up in hospital after the pills, I told everyone it was flu.",
    "Acabé en urgencias después de las pastillas y nadie en el trabajo lo supo.",
    "Sono finito in ospedale dopo le pillole, e adesso quel buio torna.",
    "Fui parar no hospital depois dos comprimidos, em 2020.",
    # being found, told as a moment of the writer's life
    "I still dream about the morning my flatmate found me in the bathroom.",
    "Todavía sueño con la noche que me encontraron en el baño.",
    # old scars on an arm dated to a time
    "The scars on my wrists from when I was fourteen still show in summer.",
    "Die Narben an meinem Unterarm von damals verstecke ich immer noch.",
]

PLANS = [
    "Going up to the moor on Sunday and I'm not planning on coming back.",
    "Booked one night at the guesthouse by the harbour. No return ticket.",
    "El sábado subo al mirador y no pienso volver.",
    "Samedi je monte au col et je compte pas redescendre.",
    "Sabato salgo al rifugio e non ho intenzione di tornare.",
    "Reservei um quarto na pousada da serra e não penso voltar.",
    "Nur eine Nacht im Gasthof gebucht, nur Hinreise.",
    "I know how and I know when. It's quiet in my head now.",
]

LOOK_ALIKES = [
    # a thing tried, or an infinitive tried after the time
    "The last time I tried yoga I pulled a muscle.",
    "I tried once to call her but she was out.",
    "I tried once, when I was 16, to learn the violin.",
    "I tried once, it was too spicy.",
    "I've tried before to quit smoking.",
    "I tried already, they're sold out.",
    "Im Sommer 2019 hab ich probiert, Brot zu backen.",
    "Hace dos años intenté irme de casa.",
    "Two years ago I tried to go to Spain.",
    "Ci ho già provato a chiamarla ma non risponde.",
    "Ich hab schon mal probiert, Brot zu backen.",
    # someone else's past, told plainly
    "My cousin tried last year and now she's doing a nursing degree.",
    # an attempt at something
    "After my attempt at the driving test I needed a nap.",
    "Mi intento de récord en 2019 fue un desastre.",
    "Tomorrow is the anniversary of my attempt at the marathon record.",
    "Since my attempt at baking two years ago I buy bread.",
    "Hoy es el aniversario de mi intento de récord.",
    "Après la tentative, on a tous mangé une pizza.",
    "Nach dem Versuch, das Regal aufzuhängen, brauchte ich eine Pause.",
    # pills that did something, a stay for an illness
    "I ended up in A&E after the tablets gave me a rash.",
    "Grandad ended up in hospital after a fall on the ice.",
    # found on an ordinary day
    "Mum found me in the garage fixing the bike.",
    "Mum found me in the garage.",
    # scars from an operation or an animal
    "The scar on my knee from when I was fifteen still aches in the cold.",
    # a return put off to a time, or refused to a place
    "Going up to the cabin on Friday and I'm not coming back till Sunday.",
    "Booked a room at the hotel for the wedding, I'm not coming back tonight.",
    "Reservé una habitación en el hotel y no pienso volver antes del lunes.",
    "I know where and when the meeting is.",
    "Booked a room in Lyon, the new job starts Monday and I'm not planning on coming back.",
]


@pytest.mark.parametrize("text", PAST)
def test_a_past_attempt_told_by_its_parts_is_flagged(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_with_no_way_back_is_flagged(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_of_a_past_attempt_or_a_plan_stay_clear(text: str) -> None:
    assert not assess_phrases(text).flagged, text
