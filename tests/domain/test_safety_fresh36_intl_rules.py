"""The German, French, Spanish, Portuguese and Italian mechanisms added after studying
``fresh36``, both ways: new wordings of each sign that must be flagged, and the look-alikes that
must not.

Plans (``rules_intl_plans``): the act left bare, or opening the sentence as "it will be", then a
time (after an event, on a day), then the moment nobody is around; "wenn die Wohnung leer ist";
"dann mach ich Schluss" after such a moment (never "Schluss mit ihm").
Frames: the likeness opening the sentence with no verb ("Wie eingesperrt in meinem Kopf");
German verb-second with the time fronted ("Da bin ich nicht mehr"); Italian articulated
prepositions ("dell'anno prossimo") and the future "non ci sarò a vederlo"; the writer's cuts or
marks reopened; letters hidden and "found after", told in the next sentence; French and Italian
object pronouns before the auxiliary ("je les ai laissés", "li ho lasciati") and the thing not
used again ("io non ci salgo più", "j'irai plus sur la rivière"); the whole supply swallowed
("ho inghiottito tutto il flacone").
Spelling (``spelling_intl``): Quebec "pu" after any first person of the present or future, and
"moé" / "toé" beside a French pronoun.
Judgement: spoken French "je pense pas au suicide" is a denial; "no, mai pensato" is a denial;
a relative opening a Portuguese or Spanish clause is its subject; a rope bought for a net or a
hammock ("pra rede") is a purchase.

The sentences are written anew (not copied from ``fresh36_*.tsv``), so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import respelt
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the act placed in time, then in the moment nobody is around
    ("Será después de la Navidad, el domingo, cuando no haya nadie en casa.", _PM),
    ("Va a ser después del partido, cuando todos se vayan.", _PM),
    ("Lo voy a hacer el viernes, cuando los niños estén en el colegio.", _PM),
    ("Ça sera après le 14 juillet, quand tout le monde sera parti.", _PM),
    ("Je le ferai dimanche, quand ils seront en vacances.", _PM),
    ("Vai ser depois do Carnaval, quando eu estiver sozinha.", _PM),
    ("Sarà dopo la sagra, quando sono tutti via.", _PM),
    ("Lo farò sabato, quando in casa non c'è nessuno.", _PM),
    ("Nach dem Schützenfest, wenn die Bude leer ist, mach ich's.", _PM),
    ("Wenn alle im Urlaub sind, dann mach ich Schluss.", _PM),
    # shut in, the likeness opening the sentence
    ("Wie begraben in mir selbst, kein Ausgang, keiner hört mich.", _TP),
    ("Como encerrada dentro de mí, sin salida.", _TP),
    ("Come chiusa in fondo a un pozzo, nessuno mi sente.", _TP),
    # the time fronted, the future, "to see it"
    ("Nächstes Jahr? Dann bin ich nicht mehr.", _NF),
    ("Im nächsten Winter werd ich nicht mehr da sein.", _NF),
    ("Parlano tutti dell'anno prossimo, ma io non ci sarò.", _NF),
    ("Il matrimonio di mia figlia? L'anno prossimo non ci sarò per vederlo.", _NF),
    # cuts or marks reopened
    ("J'ai rouvert mes cicatrices au bras hier soir, en cachette.", _SH),
    ("Reabri os cortes do braço com a lâmina, ninguém sabe.", _SH),
    ("Volví a abrir los cortes de la pierna otra vez.", _SH),
    ("Ho riaperto i tagli sul polso col rasoio, di nuovo.", _SH),
    ("Hab mir die Narben am Arm wieder aufgekratzt, heimlich.", _SH),
    # letters hidden, and found after
    (
        "Deux lettres, une pour chaque fille, rangées sous le matelas. Elles les liront plus tard.",
        _GB,
    ),
    ("Cuatro cartas, una para cada nieto, en el cajón. Ya las leerán después.", _GB),
    ("Due lettere, una per ciascuno, dentro il libro di cucina. Le troveranno poi.", _GB),
    (
        "Zwei Briefe, für jeden einen, im Schrank hinter den Handtüchern. Die finden sie dann"
        " später.",
        _GB,
    ),
    # object pronouns before the auxiliary; the thing not used again
    ("Ma guitare, je l'ai donnée à ma voisine, je jouerai plus.", _GA),
    ("Les skis, je les ai laissés à Paul, j'irai plus sur les pistes.", _GA),
    ("La bici l'ho regalata a mio cugino, tienitela tu, io non la uso più.", _GA),
    ("Gli scarponi li ho dati a Marco, non ci vado più in montagna.", _GA),
    # the whole supply swallowed
    ("Anni fa ho ingoiato tutta la scatola di sonniferi.", _SI),
    ("Há três anos engoli uma caixa inteira de comprimidos.", _SI),
    # Quebec "pu" after any first person, "moé"
    ("Moé, je veux pu vivre de même.", _SI),
]

ORDINARY = [
    # the time and the empty house, for an errand or a party
    "Será después de la Navidad, cuando la casa quede vacía, para pintar la cocina.",
    "Ce sera après les vacances, le samedi, quand l'appart sera vide, pour le déménagement.",
    "Sarà dopo il Festival, quando in casa non c'è nessuno: la festa a sorpresa per Luca.",
    "Vai ser depois da festa de São João, quando a casa ficar vazia, pra faxina.",
    # "Schluss" with someone, or for the day
    "Nach dem Urlaub mach ich Schluss mit ihm.",
    "Wenn alle weg sind, mach ich Schluss für heute.",
    # a real place, a likeness that is no prison
    "Wie eingesperrt im Aufzug, keine Tür ging auf, eine Stunde lang.",
    "Come chiusa in macchina nel traffico, nessuna uscita per un'ora.",
    # a year ahead away for a reason
    "L'anno prossimo non ci sarò per vederlo, sarò in Erasmus a Lisbona.",
    "Nächsten Sommer? Da bin ich nicht mehr in der Stadt, wir ziehen nach Graz um.",
    # a scab, a wound reopened by a fall or a doctor
    "Mi sono riaperta la ferita del ginocchio cadendo dalla bici.",
    "J'ai rouvert le dossier des factures hier soir.",
    # letters hidden for a game or a birthday
    "Trois enveloppes, une pour chaque enfant, cachées dans le jardin pour la chasse au trésor."
    " Ils les trouveront après.",
    "Cartas para cada sobrino por su cumpleaños, en el cajón. Ya las leerán después.",
    # a thing given with its reason
    "Ma guitare, je l'ai donnée à ma nièce parce que j'en ai acheté une nouvelle, je jouerai"
    " plus sur l'ancienne.",
    "Gli scarponi li ho dati a Marco perché mi fanno male al ginocchio, non ci vado più in"
    " montagna.",
    # denials
    "Non, je pense pas au suicide, juste épuisée par le boulot.",
    "Je pense plus à la mort de mon père, ça va mieux.",
    "Uccidermi? No, mai pensato, sono solo stanca.",
    "Matarme? No, nunca lo pensé, solo estoy cansada.",
    # someone else's pills, a rope for a net
    "A minha avó andava a guardar os comprimidos da tensão, o médico já sabe.",
    "Mi abuelo guardaba las pastillas del corazón en una lata, se lo dijimos al médico.",
    "Comprei uma corda pra rede da varanda e uns ganchos.",
    # Quebec: the "pu" of pouvoir, the English toe
    "J'aurais pu venir plus tôt, j'étais pris dans le trafic.",
    "I stubbed my toe, je sais pas comment.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_quebec_pu_is_plus_after_a_first_person_only() -> None:
    assert "j'irai plus sur" in respelt("j'irai pu sur la rivière")[0]
    assert "je veux plus" in respelt("je veux pu")[0]
    assert "j'aurais pu" in respelt("j'aurais pu venir")[0]
    assert "moi j'y" in respelt("moé j'y vais")[0]
    assert "my toe" in respelt("my toe hurts")[0]
