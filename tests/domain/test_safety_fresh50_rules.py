"""The mechanisms added after studying ``fresh50``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Guards: a thought said never to have come ("la idea de matarme jamás apareció") or counted at
zero ("voglia di morire zero") is denied (``negation``); someone else who "parlait de" it when
the phrase opens on its own "de", and people counted among several ("one of my students"), are
someone else (``context``).

Trapped pain: more ways into a likeness ("fühlt sich an wie", "me siento como", "sinto-me
como", "every day is a room", the hurt sitting "like" a stone) and more ways it has no end
(nobody answering or opening, no off switch, the water still rising, never leaving the
station), a weather word or a lift that is only the picture (``rules_trapped_likeness``,
``everyday``). Burden: lighter or freer without the writer, only taking from the family, a
bottomless barrel, "sobro yo", spoiling their old age (``rules_core_signs``,
``rules_burden_weight``); an occasion given up to look after the writer is no everyday reason.

Explicit: going to sleep hoping it is the last time (``rules_sleep_last``), "l'idea di
uccidermi", "l'idée du suicide revient" (``rules_intl_said_plainly``), life itself refused
("ich will das Leben nicht mehr"), the writer wished away in a "che" clause
(``rules_wish_not_here``), the others fine "if I just ended it" (``rules_en_explicit_shapes``).
Past: the season it happened told by what it took, and the season starting the same way now
(``rules_attempt_returning``). Means: something "strong enough to sleep for good"
(``rules_means_strong_enough``), a relative's medicine kept and not thrown away or put out of
sight (``rules_means_kept_back``). Giving away: the writer not coming back for the thing or not
out with it again, a loan said and taken back, "no la quiero de vuelta", the thing now
someone's ("the kayak's Jonah's now") (``rules_giving_frames``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh50_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_TP = Category.TRAPPED_PAIN
_GM = Category.GETTING_MEANS
_BU = Category.BURDEN
_GA = Category.GIVING_AWAY

SIGNS = [
    # trapped pain: a likeness with no one answering, no way to stop it, the water rising
    ("Feels like I'm shut in a cellar and nobody answers when I knock.", _TP),
    ("My life is a hamster wheel with no off switch.", _TP),
    ("The grief sits in my throat like a fishbone and nothing shifts it.", _TP),
    ("Fühlt sich an wie ein Schiff im Hafen, das nie abfährt.", _TP),
    ("Der Schmerz liegt auf mir wie Sand auf einer Brücke, die gleich nachgibt.", _TP),
    ("Me siento como un perro atado, y nadie me abre.", _TP),
    ("Es como nadar hacia una orilla que nunca se acerca.", _TP),
    ("Comme coincé au fond d'un puits, personne pour me sortir de là.", _TP),
    ("È come stare in una cantina, l'acqua continua a salire.", _TP),
    ("Sinto-me como um pássaro numa gaiola, e ninguém abre a porta.", _TP),
    ("Stuck in an elevator for months, nobody answering the bell.", _TP),
    # burden: lighter or freer without the writer, only taking, spoiling their old age
    ("My flatmates would be lighter without me.", _BU),
    ("Mein Bruder wäre ohne mich so viel glücklicher.", _BU),
    ("I only ever take from my parents.", _BU),
    ("Ich bin doch nur ein Fass ohne Boden für meine Eltern.", _BU),
    ("Sobro yo en esta casa.", _BU),
    ("Eu estrago a vida deles todos os dias.", _BU),
    ("Gli rovino la giovinezza, ai miei fratelli.", _BU),
    (
        "Anna sagt jedes Treffen ab, um auf mich aufzupassen, sie wäre ohne mich so viel freier.",
        _BU,
    ),
    # explicit: sleep hoped to be the last; the idea of killing oneself; life refused
    ("Vor dem Einschlafen bete ich, dass es die letzte Nacht ist.", _DW),
    ("Going to bed hoping this is the last time.", _DW),
    ("Antes de dormir pido que sea para siempre.", _DW),
    ("En m'endormant, je prie que ce soit la dernière fois.", _DW),
    ("Prima di dormire prego che sia per sempre.", _DW),
    ("Ao deitar-me rezo para que seja a última noite.", _DW),
    ("L'idea di ammazzarmi non mi lascia mai.", _SI),
    ("L'idée du suicide me hante depuis l'été.", _SI),
    ("Ich mag dieses Leben nicht mehr.", _DW),
    ("Vorrei solo che finisse tutto e che io non ci fossi più.", _DW),
    ("My family would manage if I just ended it.", _SI),
    # past: the season it happened, and this one starting the same way
    ("The winter I took the pills began just like this one.", _SI),
    ("Das Jahr, in dem ich die Tabletten genommen habe, hat genauso angefangen wie dieses.", _SI),
    ("Ya lo intenté una vez, y estos meses se parecen mucho a aquellos.", _SI),
    # means: strong enough to sleep for good; a relative's medicine kept out of sight
    ("Need to find something strong enough to never wake up.", _GM),
    ("Busco algo lo bastante fuerte para no despertar más.", _GM),
    ("Cerco qualcosa di abbastanza forte per dormire per sempre.", _GM),
    ("Still have the oxycodone the nurses left for Grandad, never gave it back.", _GM),
    ("Die Tabletten von Omas Hüfte hab ich nie weggeworfen.", _GM),
    ("Ho tenuto le pillole della nonna, sono in soffitta dietro le valigie.", _GM),
    # giving away: the writer not coming for it, not out with it again, the loan denied
    ("Left my tools at Dan's and told him keep them, I won't be coming for them.", _GA),
    ("The kayak's Jonah's now, I won't be out on the river again.", _GA),
    ("Gave the cat to my aunt, said it was only for a bit. It isn't.", _GA),
    ("Le regalé mi guitarra a mi sobrino, no la quiero de vuelta.", _GA),
]

LOOK_ALIKES = [
    # denials: never came, counted at nothing
    "La idea de hacerme daño nunca apareció, ni en lo peor.",
    "The thought of killing myself never came, not even then.",
    "Voglia di farla finita zero, voglia di ferie tanta.",
    "Ganas de morir cero, ganas de dormir muchas.",
    # someone else's words, someone among several
    "Ma voisine parlait de ne plus vouloir vivre, j'ai appelé sa fille.",
    "One of my pupils has been cutting, I told the head of year.",
    # everyday likenesses and weather told as itself
    "Stuck in a lift between floors this morning, nobody answering the alarm.",
    "Feels like the heat never ends, nobody answers at the council.",
    "It's like a dream that never ends, we're in Lisbon and I love it.",
    # occasions and last times that name something else
    "Going to bed hoping this is the last night of the heatwave.",
    "Beim Einschlafen hoffe ich, dass es das letzte Mal ist, dass ich Nachtdienst habe.",
    "Me acuesto rezando para que esta noche sea la última de tormenta.",
    "Vado a letto sperando che sia l'ultima volta che piove.",
    # life wasted, a relationship ended, a course
    "Ich will das Leben nicht mehr so verschwenden.",
    "We'd both be happier if I just ended it with him.",
    "It would be easier if I ended it, the whole course is a mess.",
    "Vorrei che tu non ci fossi più in questo ufficio.",
    # free entry; the lecture's topic; money for the shop
    "Ohne mich freier Eintritt für alle.",
    "Le prof a parlé de l'idée du suicide chez Camus.",
    "I only take from the library what I need.",
    # grief with a relative's pills, medicine kept for the pet; sleeping through a storm
    "Kept Mum's pills after she died, I don't know what to do with them.",
    "Still got the liquid morphine from the vet for the dog.",
    "Need something strong enough to sleep through the storm.",
    # a loan with a day it comes back; a band left; keys wanted back on Monday
    "Lent my bike to Sam for the weekend, I won't be collecting it till Monday.",
    "Le dejé las llaves a mi vecina, no las quiero de vuelta hasta el lunes.",
    "Dei o bolo ao meu primo, fica com ele.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
