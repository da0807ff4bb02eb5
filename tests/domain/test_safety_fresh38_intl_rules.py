"""The German, French, Spanish, Portuguese and Italian mechanisms added after studying
``fresh38``, both ways: new wordings of each sign that must be flagged, and the look-alikes
that must not.

Mechanisms: a past attempt told by the waking after it (``rules_past_woke``); a day claimed as
the writer's own once the others are away ("das ist dann mein Tag", "ese será el día") and a
line that is only the moment after an occasion with the house empty
(``rules_intl_set_moment``); the others' plans ahead with the writer not there to see them
(``rules_intl_frames``); a thing handed on, not lent, by a writer done with using it
(``rules_giving_unlent``); a blade named with "col" (``rules_intl_other_forms``); a way out of a
place denied before the place is named (``rules_core_signs``); pain past bearing with the
writer stuck "in this" (``rules_intl_pain_holds``); "tan" and the imperfect in the burden
(``rules_core_signs``); pills put by "under way" (``rules_intl_means_places``). Look-alikes: a
neighbour or an aunt taken into care after trying (``rules_intl_frames``, ``context``),
everyone at home (``rules_core_unnamed_acts``), medicine kept where a home keeps it
(``everyday_purposes``), letters from someone that the writer reads (``everyday_frames``).

The sentences are written anew (not copied from ``fresh38_*.tsv``), so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the waking after an attempt
    ("La última vez que lo intenté me desperté en el Gregorio Marañón, atada a una cama.", _SI),
    ("L'ultima volta che ci ho provato mi sono risvegliata in rianimazione.", _SI),
    ("Na última vez que tentei acordei nas urgências de Coimbra.", _SI),
    (
        "Das letzte Mal bin ich auf der Intensivstation wieder aufgewacht, und heute ist es "
        "wieder so.",
        _SI,
    ),
    ("J'ai pris ce qu'il ne fallait pas et je me suis réveillée aux urgences de Rouen.", _SI),
    # the day claimed, the moment alone
    (
        "Después de las fiestas del pueblo, cuando mis padres estén de vacaciones, ese será el "
        "día.",
        _PM,
    ),
    ("Wenn das Schützenfest vorbei ist und alle im Urlaub sind, das ist dann mein Tag.", _PM),
    ("Dopo la sagra del paese, quando la casa sarà vuota.", _PM),
    ("Le lendemain de la kermesse, quand la maison sera vide et les petits chez leur mamie.", _PM),
    ("Depois da procissão, sábado à noite, quando a casa ficar sem ninguém.", _PM),
    # the others' plans ahead, the writer not there
    (
        "Alle planen schon den Sommer an der See, ich weiß schon, dass ich da nicht mehr dabei "
        "bin.",
        _NF,
    ),
    ("En casa ya hablan del verano que viene y yo sé que no voy a estar pa verlo.", _NF),
    ("Tout le monde parle déjà de l'été prochain, moi je me vois nulle part.", _NF),
    # not lent, and the writer's own use over
    (
        "Meinem Neffen hab ich das Akkordeon mitgegeben, nicht geliehen, ich spiel eh nicht mehr.",
        _GA,
    ),
    ("Le he regalado la guitarra a mi ahijado, no prestada, yo ya no toco.", _GA),
    ("Ho dato la fisarmonica a mio nipote, non in prestito, io non la suono più.", _GA),
    ("Dei o cavaquinho ao meu afilhado, não emprestado, eu já não toco mais.", _GA),
    ("J'ai donné ma guitare à mon filleul, pas prêtée, je n'en jouerai plus.", _GA),
    # a blade with "col", a way out denied, pain past bearing, the burden, pills put by
    ("Stanotte ancora col taglierino sulla coscia.", _SH),
    ("Je tourne en rond et je peux plus sortir de ce puits.", _TP),
    ("Dói tanto que já não suporto, estou fechada nisto.", _TP),
    ("Sin mí mi padre viviría tan tranquilo.", _BU),
    ("Sem mim a minha irmã descansava, coitada.", _BU),
    ("I sonniferi li sto mettendo via dentro un barattolo sotto il letto.", _GM),
]

ORDINARY = [
    # someone else taken into care after trying
    "A vizinha do lado foi internada depois de tentar, levei-lhe flores.",
    "Mi vecino acabó en urgencias tras intentarlo, le llevé sopa.",
    "La mia vicina è stata ricoverata dopo averci provato, le ho portato il brodo.",
    # everyone at home, a clean-up, a day for painting
    "Va a ser el domingo, cuando todos estén en casa para la paella.",
    "Dopo la sagra, quando la casa è vuota, faccio le pulizie.",
    (
        "Wenn die Kirmes vorbei ist und die Nachbarn im Urlaub sind, das ist dann mein Tag zum "
        "Streichen."
    ),
    # a loan, a game, a box cutter on a table
    "Meinem Neffen hab ich die Gitarre geliehen, ich spiel eh nicht mehr.",
    "J'arrive pas à sortir du trou de souris dans le jeu.",
    "Ho tagliato il cartone col taglierino sul tavolo.",
    # medicine kept where every home keeps it
    "Guardo os comprimidos no armário da casa de banho.",
    "Guardo las pastillas en el cajón de la cocina.",
    "Je garde les cachets dans le tiroir de la cuisine.",
    # letters from someone, read by the writer
    "Je relirai les lettres de ma grand-mère pour après.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
