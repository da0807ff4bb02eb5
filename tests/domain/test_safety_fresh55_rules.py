"""The mechanisms added after studying ``fresh55``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Guards: a bottomless pit that swallows money or food (a renovation, savings, an appetite) is a
cost, not the writer sinking (``everyday_frames``); everything wanted to stop for good beside a
quarrel at home (the arguing, the rows) is the quarrel; a story's character is the subject even
when the writer says they are reading or watching the story ("the novel I'm reading"); a bare
"no" then "never" closing the clause denies the act named before it ("farmi male proprio no,
mai", ``negation_postposed``); pills taken by mistake before waking in hospital are an ordinary
emergency (``rules_romance_means``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh55_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_TP = Category.TRAPPED_PAIN
_PM = Category.PLAN_OR_METHOD
_GM = Category.GETTING_MEANS
_GB = Category.GOODBYES
_SI = Category.SUICIDAL_IDEATION
_GA = Category.GIVING_AWAY
_NF = Category.NO_FUTURE
_BU = Category.BURDEN
_DW = Category.DEATH_WISH
_SH = Category.SELF_HARM

SIGNS = [
    # the pit is still the writer's when the sentence names a feeling or a pain beside the food
    ("im in a bottomless pit", _TP),
    ("I feel like I'm in a bottomless pit and I can't even eat.", _TP),
    ("Mi sento in un pozzo senza fondo, non mangio più.", _TP),
    # everything to stop for good, with the writer's own life named beside it
    ("I just want it all to stop for good, I'm so tired of living.", _DW),
    # the writer, not the character, in the sentence after the story
    ("The main character in the book I'm reading reminds me that I want to die too.", _DW),
    # a "no, never" that goes on is no denial
    ("Quiero morirme, no, nunca me había sentido así.", _SI),
    # the pills without a mistake named
    ("Me desperté en urgencias después de tragarme las pastillas de mi madre.", _SI),
]

LOOK_ALIKES = [
    # a bottomless pit of costs or of appetite
    "The renovation has turned into a bottomless pit for our savings.",
    "Mio figlio è un pozzo senza fondo, si è mangiato tutta la pasta.",
    "La ristrutturazione è un pozzo senza fondo per i nostri risparmi.",
    "Il mio stomaco è un pozzo senza fondo, non un giorno di più a dieta.",
    "La reforma de la cocina es un pozo sin fondo para nuestros ahorros.",
    "Este carro velho é um poço sem fundo de dinheiro.",
    # a quarrel at home named beside everything wanted to stop
    "I just want it all to stop for good: the arguing, the slammed doors.",
    "I just want it all to stop for good, the bickering, the rows about money.",
    # a story the writer reads or watches, its character the subject
    "The main character in the novel I'm reading wants to die and it's hitting hard.",
    "La protagonista del libro che sto leggendo vuole morire.",
    "Le personnage du roman que je lis veut mourir, ça me touche.",
    "Die Hauptfigur in dem Buch, das ich gerade lese, will sterben.",
    # the act named, then "no, never"
    "Giornate pesanti al cantiere, però l'idea di farmi male proprio no, mai.",
    "Semanas duras, pero la idea de hacerme daño, eso no, nunca.",
    "Semaines dures, mais l'idée de me faire du mal, ça non, jamais.",
    "Harte Wochen, aber mir wehzutun, das nicht, niemals.",
    # pills taken by mistake
    "Mi sono svegliata in ospedale dopo aver preso le pastiglie di mio padre per sbaglio.",
    "Mi sono svegliato in ospedale dopo aver preso per sbaglio le pastiglie della nonna.",
    "Me desperté en el hospital después de tomarme por error las pastillas de mi madre.",
    "Acordei no hospital depois de tomar os comprimidos da minha avó por engano.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
