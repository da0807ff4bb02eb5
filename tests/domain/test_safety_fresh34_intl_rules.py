"""The German, French, Spanish, Portuguese and Italian mechanisms added after studying
``fresh34``, both ways: new wordings of each sign that must be flagged, and the look-alikes
that must not.

Moods and word orders (``rules_de_moods``): the German subjunctive without its umlaut after a
wish verb, "besser, ich wär nicht mehr da" without "wenn", "bin ich nur noch eine Last" with
the verb before the subject or the subject dropped.
Slots of existing frames (``rules_intl_other_forms``, ``rules_intl_unsaid``,
``rules_intl_frames*``, ``rules_grammar_explicit``): missing as dying ("si yo faltara"),
sparing themselves the cost, a life of their own, the south's dropped endings; an exit nowhere
or none with the pain named; the part of a limb named before it; a weekday chosen and the
German verb bracket, ending it all never an errand's purpose; separable German participles;
an attempt's aftermath with "back then"; a question answered "not yet"; Portugal's enclitic
"Matar-me?"; Brazilian chat "n" for "não".
Judgement: melting then dying is heat; a questionnaire "sui pensieri" is a form of questions.

The sentences are written anew (not copied from ``fresh34_*.tsv``), so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import rules_de_moods
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

EXPLICIT = [
    # the German subjunctive without its umlaut, after a wish verb
    ("Oft wünsch ich mir, ich wär einfach tot.", _DW),
    ("I wünsch mia manchmal, i wär nimmer do.", _DW),
    ("Ich wünschte mir, dass ich tot wär.", _DW),
    # better if I weren't, without "wenn"
    ("Besser, ich wär gar nicht mehr da.", _DW),
    ("Wär eh besser, ich wäre tot.", _DW),
    # a question to oneself answered "not yet"
    ("Me suicider ? Pas encore.", _SI),
    ("¿Quitarme la vida? Todavía no.", _SI),
    ("Matar-me? Ainda não.", _SI),
    ("Mich umbringen? Noch nicht.", _SI),
    # Brazilian chat "n"
    ("mano n quero mais viver nessa", _SI),
]

SIGNS = [
    # I am a burden, the verb before the subject or the subject dropped
    ("Für meine Frau bin ich nur noch eine Belastung.", _BU),
    ("Seit dem Sturz bin ich allen bloß noch ein Klotz am Bein.", _BU),
    ("Bin halt nur mehr a Plage für die Kinder.", _BU),
    ("Ich häng meiner Tochter wie ein Klotz am Bein.", _BU),
    # without me: missing as dying, sparing themselves, a life of their own
    ("Si yo faltara, mis hijos se ahorrarían un montón de problemas.", _BU),
    ("Se eu faltasse, eles poupavam as despesas do hospital.", _BU),
    ("Se io mancassi, si risparmierebbero tutte queste corse in ospedale.", _BU),
    ("Sans moi, ma fille pourrait enfin vivre sa vie.", _BU),
    ("Sin mí mi mujer podría por fin vivir su propia vida.", _BU),
    ("Ohne mich könnten die endlich ihr eigenes Leben leben.", _BU),
    ("Ohne mich müssten die nicht dauernd auf mich aufpassen.", _BU),
    ("Ohne mi hätt mei Bua a ruhigs Lebe.", _BU),
    ("Meine Eltern hätten es leichter, wenn ich nicht mehr da wär.", _BU),
    # an exit nowhere or none, with the pain or the trap named
    ("Dieser Schmerz jeden Tag, und nirgendwo ein Ausweg.", _TP),
    ("Une douleur sans issue, jour après jour.", _TP),
    ("Un dolor sin salida que me come por dentro.", _TP),
    ("Questa sofferenza senza via d'uscita mi consuma.", _TP),
    # the part of the limb named before it
    ("J'ai repris la lame, sur l'intérieur des bras cette fois.", _SH),
    ("Di nuovo la lametta sulla parte interna delle cosce.", _SH),
    ("Otra vez la navaja en la parte interior de los brazos.", _SH),
    # a weekday chosen while nobody is home, ending it all as the purpose
    ("Ya elegí el viernes, cuando no haya nadie, para acabar con todo.", _PM),
    ("Hab mir den Freitag nach dem Schützenfest ausgesucht, wenn keiner da ist.", _PM),
    ("Ho scelto il sabato, quando non c'è nessuno a casa.", _PM),
    ("J'ai choisi le dimanche, pendant que les autres seront à la messe.", _PM),
    # separable German participles
    ("Mein Akkordeon hab ich der Nachbarin mitgegeben, für immer.", _GA),
    # an attempt told by its aftermath, "back then" closing the clause
    ("Nach meinem Versuch damals lag ich drei Tage in der Klinik.", _SI),
    # a whole medicine cabinet swallowed
    ("A los veinte me tragué todo el botiquín de mi madre.", _SI),
]

ORDINARY = [
    # a wish for something else; a burden one is rid of; a back pain
    ("Ich wünsch mir, ich wär am Meer.", None),
    ("Ich bin endlich eine Last los, die Schulden sind bezahlt.", None),
    ("Ich hab's im Kreuz, bin halt nicht mehr zwanzig.", None),
    ("Besser, ich wär früher losgefahren.", None),
    # without me on a trip or at work
    ("Sin mí en la oficina se ahorrarían un sueldo, dice el jefe.", None),
    # an exit of the world
    ("Mi fa male la testa, e questo vicolo è senza uscita.", None),
    ("Parkhaus voll, Kopf tut weh, und nirgends ein Ausgang.", None),
    # a blade on chicken thighs
    ("Con la lama del coltello sulle cosce di pollo per la cena.", None),
    # a weekday chosen for an errand
    ("Elegí el sábado, cuando no haya nadie, para pintar la cocina.", None),
    ("Ya elegí el domingo, cuando no haya nadie, para terminar con todo el papeleo.", None),
    # my attempt at something, with a hospital in the sentence
    ("Mein zweiter Versuch beim Führerschein, danach ins Krankenhaus zur Oma.", None),
    ("Il mio tentativo di record è finito al pronto soccorso.", None),
    # heat, melting then dying
    ("Con este bochorno me voy a derretir y a morir en la parada del bus.", None),
    # a questionnaire about thoughts of death, answered no
    ("Dal medico il questionario sulle idee di morte, tutto no, solo stanchezza.", None),
    # a question answered "never", and dying asked of nothing
    ("Me tuer ? Non, jamais.", None),
    ("Mourir ? Pas encore, j'ai trente ans.", None),
    # "n" before a word that is not a Portuguese verb
    ("n tenho ideia, vou ver amanhã com a equipe.", None),
]


@pytest.mark.parametrize(("text", "category"), EXPLICIT)
def test_plain_statement_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(("text", "_none"), ORDINARY)
def test_look_alike_is_not_flagged(text: str, _none: None) -> None:
    assert_not_flagged(text)


def test_every_new_rule_is_gated() -> None:
    # each rule is skipped where its gate's words are absent (the speed of a 200 KB import)
    assert all(rule.gate for rule in rules_de_moods.RULES)
