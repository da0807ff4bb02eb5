"""The mechanisms added after studying ``fresh23``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms: regional speech folded before any rule reads the text
(``spelling_dialect_regions``: Hessian and Palatine German, Réunion and Antilles creole French,
Venetian and Triestine Italian, Gaúcho and Mineiro Portuguese, Newfoundland/Scouse "me" for
"my" and Swahili words in English), each only in a sentence carrying its register's markers;
signs said sideways (``rules_core_oblique``): a load lifted if the writer were gone, things
given "where I'm going", a cover story denied, thanks for putting up with one as a goodbye,
medicine saved "for when I've had enough", the last time one tried and "now it's starting
again", "finish my life"; wider concept lists (shut in a room with no door or down a mine,
"je le supporte plus", "non lo reggo più", "hab ich mir ausgesucht", "ho scelto:", cuts made
again in reflexive forms, letters "for after I've gone"); guards (a last day at work, a wish
to die at someone's every small annoyance, a subject of study with its clinical terms, "and
no" answering a screening question).

The sentences are written anew (not copied from ``fresh23_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.spelling_dialect import respell_dialect
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP

SIGNS = [
    # Hessian and Palatine folded: "isch", "net", "misch", "widder", "kaa", "vun", "g'..."
    ("Isch kann net mehr lebe, des hält misch kaa Tag mehr.", _DW),
    ("Isch hab misch widder g'schnitte, ehrlisch, gestern Nacht.", _SH),
    ("Isch will net mehr weitermache, für misch gibt's kaa Zukunft.", _NF),
    # Réunion and Antilles creole folded: "moin", "mi", "pu", "na point"
    ("Moin lé épuisé, mi veut pu vivre, na point d'espoir.", _SI),
    ("Mwen sé fatigué, mi veut mourir, pu rien pour moin.", _SI),
    # Venetian and Triestine: "no ghe la fazo più", "son intrappolà"
    ("Son blocà in sta vita, no ghe la fazo più, el dolor xe sempre là.", _TP),
    # Gaúcho and Mineiro: "tô", "não dou conta"
    ("Uai, tô preso num poço sem escada e não dou conta mais não.", _TP),
    # Newfoundland and Scouse "me" (my), Swahili words in English
    ("After me last overdose I promised me mum, but now it's starting all over again.", _SI),
    ("nataka kufa, I'm done with all of it", _DW),
    # shut in a room, a shed, a cellar with no door, stuck down a pit: and no bearing it
    ("It's like being trapped down a mine shaft and I can't take the pain any more.", _TP),
    ("Ich sitz wie in einem Keller ohne Tür, ich halt's nicht mehr aus.", _TP),
    ("C'est comme une pièce sans porte, je la supporte plus cette douleur.", _TP),
    ("Como en un sótano sin puerta, y ya no aguanto más.", _TP),
    ("Sinto-me numa cela sem janela, já não aguento.", _TP),
    ("Sto in una stanza senza porta, un dolore che non passa, non lo sopporto più.", _TP),
    # a load lifted if the writer were gone
    ("My sister's stress would be lighter if I wasn't around.", _BU),
    ("Die Familie hätte weniger Sorgen, wenn ich nicht mehr da wäre.", _BU),
    ("Ils auraient moins de soucis si j'étais plus là.", _BU),
    ("Tendrían menos gastos si yo no estuviera.", _BU),
    ("Teriam menos despesas se eu não existisse.", _BU),
    ("Avrebbero meno pensieri se io non ci fossi.", _BU),
    # given away "where I'm going"
    ("Gave my bike to the lad next door, where I'm going I won't need it.", _GA),
    ("J'ai donné ma console à mon frère, là où je vais j'en aurai pas besoin.", _GA),
    ("Le he dado mis libros a mi prima, donde voy no me hacen falta.", _GA),
    ("Dei o meu violão ao meu primo, para onde vou não preciso dele.", _GA),
    # a cover story denied
    ("Gave my records away, mum thinks I'm just tidying, I'm not.", _GA),
    # thanks for putting up with one, said as a goodbye
    ("Thanked everyone for putting up with me, that was me saying goodbye.", _GB),
    ("Grazie a tutti per avermi sopportato, questo è il mio addio.", _GB),
    # medicine saved for when one has had enough
    ("Kept the sleeping pills in a sock drawer for when it gets too much.", _GM),
    ("Die Schmerzmittel liegen im Schrank, für wenn ich nicht mehr kann.", _GM),
    ("Guardo los calmantes para cuando ya no aguante.", _GM),
    # the last time one tried, and now it starts again
    ("Das letzte Mal, als ich es versucht habe, war im Mai, und jetzt geht das wieder los.", _SI),
    ("La dernière fois que j'ai essayé c'était l'hiver, et là ça recommence.", _SI),
    ("A última vez que tentei foi em março, e agora está a começar de novo.", _SI),
    # a decision named with the day and the place
    ("Sonntag früh, an der Brücke am Kanal, hab ich mir ausgesucht.", _PM),
    ("Ho scelto: sabato notte, al ponte vecchio.", _PM),
    ("I'll do it on my anniversary, already decided.", _PM),
    # cuts made again, reflexive forms
    ("Volví a cortarme anoche y nadie lo sabe.", _SH),
    ("Je me suis recoupée hier, personne a vu.", _SH),
    # letters for after one has gone
    ("Ho lasciato una lettera per mia madre, per quando me ne sarò andata.", _GB),
    # learners' English
    ("Every day I want to finish my life, nothing has sense.", _SI),
    ("nothing's ever gonna get better for me", _NF),
]

ORDINARY = [
    # the folds leave other languages and ordinary dialect alone
    "The net result was positive and the fish were biting.",
    "Isch hab heut net viel gemacht, ehrlisch, nur gelese.",
    "Ich hab Angst, dass ich nachts nicht mehr atme, der Arzt prüft das.",
    "Mi veut pu aller à la plage, il fait trop chaud.",
    "El dolor de muelas no pasa, mañana voy al dentista.",
    # a last day at work, not on earth
    "Mein letzter Tag im Büro, hab mich von allen verabschiedet.",
    "Last day at the bakery, said goodbye to everyone, I'll miss them.",
    # a wish to die at someone's every small annoyance
    "I want to die every time someone schedules a meeting at 5pm.",
    "Ich will sterben, jedes Mal, wenn jemand eine Rundmail schickt.",
    # a subject of study with its clinical terms
    "Revising for my nursing exam, topic: self-harm risk factors in patients.",
    "Cours de psychiatrie ce matin, crise suicidaire et protocole de triage.",
    # "and no" answering a screening question
    "The nurse asked the usual questions, if I think of hurting myself, and no.",
    # a load lifted that is not about the writer being gone
    "The team's workload drops if I'm taken off the night shift rota.",
    "Less stress if I'm not around the office on Fridays, so I work from home.",
    # thanks for putting up with me, until next time
    "Thanks everyone for putting up with me this term, saying goodbye till September!",
    # pills saved for an ordinary need
    "Keeping the painkillers in my bag for when my migraine comes back.",
    # the last time one tried something ordinary
    "The last time I tried skiing I broke my wrist.",
    "The last time I tried, the soufflé sank, and now it's happening again with the tart.",
    # a day and a place with an outing named
    "Ho scelto: sabato sera, al ponte suonano un concerto jazz.",
    # a goodbye to a thing
    "Thanks all for putting up with me this week, saying goodbye to this cold at last!",
    # a cage that is a job, left
    "I felt trapped in that office, so I handed in my notice and feel free.",
    "it's gonna get better soon, I can feel it",
    "She thinks I'm decluttering and she's right, the flat is tiny.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in {s.category for s in result.matched_spans}, (text, result.reasons)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, (text, assess(text).reasons)


def _folded(text: str) -> str:
    norm, mapping = normalize(text, fold=True)
    return respell_dialect(norm, mapping)[0]


def test_hessian_folds_only_with_two_markers() -> None:
    assert "nicht mehr leben" in _folded("Isch will net mehr lebe.")
    assert _folded("The net was down.").startswith("the net was")


def test_creole_folds_only_with_two_markers() -> None:
    assert "je veux plus vivre" in _folded("Moin lé las, mi veut pu vivre.")
    assert _folded("Mi casa es tu casa.").startswith("mi casa")


def test_venetian_folds_keep_spanish_alone() -> None:
    assert "non ce la faccio" in _folded("No ghe la fazo più.")
    assert "el dolor no pasa" in _folded("El dolor no pasa nunca.")


def test_me_is_my_only_before_what_one_owns() -> None:
    assert "under my bed" in _folded("it's under me bed")
    assert "give me stick" in _folded("they give me stick for it")
    assert _folded("me da igual vivir aquí").startswith("me da igual")


def test_regional_match_maps_back_to_the_writers_words() -> None:
    text = "Isch will net mehr lebe, ehrlisch."
    result = assess(text)
    assert result.flagged
    for span in result.matched_spans:
        assert span.text in text
