"""The mechanisms added after studying ``fresh22``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms: more dialects folded before any rule reads the text (``spelling_dialect_more``:
Berlin, Ruhr, Saxon, Swabian, Viennese and Swiss German; Neapolitan, Sicilian and Tuscan
Italian; West African pidgin), each only in a sentence carrying its dialect's markers; signs
read from two concepts meeting (``rules_core_shut_in``, ``rules_core_means_kept``,
``rules_core_plans_told``): shut in and no bearing it, no future for me, not able to
picture oneself ahead, medicine bought round several pharmacies or held back, a rope got and
left lying with no use named, love said for the last time, a past
attempt "but the thoughts are back", a day and a place with the decision said next, a place
and a time picked, "do it on my birthday, everything's ready", "it'll be the cliffs", a burn
or a blow told as the act, cuts made again; wider concept lists (pain that never quits and no
carrying it, relief and rest for others, things no longer needed in spoken forms); guards (a
bare "never" after the phrase, "non mi passa neanche per la testa", climbing gear, a joke by
juxtaposition with a laugh, dying melted in the heat, a retort after a question).

The sentences are written anew (not copied from ``fresh22_*.tsv``) so they test a family of
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
    # German city speech folded: "ick", "nich", "dit", "dat", "isch", "nümm", "gesaacht"
    ("Ick will nich mehr, dit hört nie uff, ick halt's nich mehr aus.", _TP),
    ("Ick komm aus dem Loch nich mehr raus, dit tut so weh.", _TP),
    ("Hab meene Platten verschenkt, ick brauch se ja nich mehr.", _GA),
    ("D Uhr han i mim Göttibueb verschänkt, ich bruchs jo nümm.", _GA),
    (
        "Nach meinem Versuch damals hab i denkt, des isch vorbei, aber jetzt kommet die"
        " Gedanke wieder.",
        _SI,
    ),
    ("Freitag Nacht, wenn alle schlafen, auf der Brücke, dann is vorbei.", _PM),
    # southern Italian folded: "'un", "nun", "vogghiu", "penzanno", "cchiù", "campari"
    ("Nun ne pozzo cchiù, sto penzanno 'e m'accidere.", _SI),
    ("Vogghiu finiri tuttu, 'un haiu cchiù voglia di campari.", _DW),
    ("Se 'un ci fossi più, i mi' figlioli starebbero più tranquilli.", _BU),
    ("Dopp' 'o tentativo me credevo guarito, ma mo' 'e penziere stanno turnanno.", _SI),
    # West African pidgin: "if I no dey", "go rest"
    ("Abeg, my people go rest if I no dey, I be only wahala for them.", _BU),
    ("Chai, I wan die, I no fit again.", _DW),
    # Low German and Rhenish, Neapolitan: "ik", "nit"; "vulesse murire"
    ("Ik will nit mehr leben.", _DW),
    ("Vulesse murire, nun ce la faccio cchiù.", _SI),
    # shut in, and no bearing it
    ("I'm stuck at the bottom of a pit and I can't take another night of it", _TP),
    ("Estoy metido en una jaula y ya no aguanto más.", _TP),
    ("Sinto-me numa prisão, não encontro a saída e já não aguento.", _TP),
    ("Mi sento chiusa in una prigione, non trovo la porta e non ce la faccio più.", _TP),
    ("Je suis dans une cage, je ne tiens plus.", _TP),
    # pain that never quits, and no carrying it
    ("the pain doesn't let up and honestly I'm done carrying it", _TP),
    ("the hurt is there every minute and I need it to just stop", _TP),
    ("this suffering is more than I can bear and I see no way through", _TP),
    ("it's unbearable, I want it all over with for good", _TP),
    ("el dolor no me deja y no consigo salir de esto", _TP),
    ("a dor não me larga e não encontro saída nenhuma", _TP),
    ("il dolore non mi molla e non reggo più", _TP),
    # no future said as having none, or as a blank ahead
    ("everyone's applying to uni and there's no future for me.", _NF),
    ("everyone talks about next summer but there's no next summer for me.", _NF),
    ("I've stopped planning for the future because I know I don't have one", _NF),
    ("I don't think I'll be around by then, so don't save me a seat", _NF),
    ("I can't even picture myself next year.", _NF),
    ("When I try to imagine myself in five years there's just a blank.", _NF),
    ("Je n'arrive même pas à m'imaginer l'an prochain.", _NF),
    ("No puedo ni imaginarme el año que viene.", _NF),
    ("Para mim não há futuro.", _NF),
    ("Per me non c'è più domani.", _NF),
    # burden: relief, rest, "with me out of the way"
    ("they'd all be so relieved if I was gone", _BU),
    ("she'd get her life back with me out of the way", _BU),
    ("A família ficava mais sossegada se eu morresse.", _BU),
    # medicine bought round several pharmacies, or held back
    ("bought paracetamol in three different chemists this week", _GM),
    ("Ich hab in drei Apotheken Schlaftabletten gekauft.", _GM),
    ("Compré pastillas en varias farmacias para juntar más.", _GM),
    ("I've been keeping some of my sleeping pills back instead of taking them", _GM),
    ("Los calmantes los fui juntando en el cajón.", _GM),
    # a rope got and left lying, no use named
    ("picked up some rope last week and it's just sitting in the shed", _GM),
    ("Hab mir ein Seil besorgt, das liegt jetzt im Schrank.", _GM),
    # love said for the last time
    ("called my brothers to tell them I love them, one last time", _GB),
    ("Llamé a mi madre para decirle que la quiero, por si ya no me ve más.", _GB),
    ("Ho telefonato a tutti per dire che gli voglio bene, almeno una volta.", _GB),
    # a thing given, its use over, said in spoken forms
    ("gave my bike to the lad next door, his for keeps", _GA),
    ("Gave my niece my mum's ring. It won't be long now.", _GA),
    ("Regalé mi cámara a mi primo, no me hace falta.", _GA),
    ("Dei a minha guitarra ao meu sobrinho, já não me faz falta.", _GA),
    ("J'ai laissé ma guitare à ma sœur, je vais plus en avoir besoin.", _GA),
    # a past attempt, but the thoughts back
    ("after my attempt I promised I'd never go there again, but the thoughts are back", _SI),
    ("after trying to end it last spring, the thoughts are creeping back", _SI),
    ("Después de mi intento juré que no, pero las ideas han vuelto.", _SI),
    # day and place with the decision next; picked; do it on a day; it'll be the place
    ("Saturday night, the bridge by the station. It's decided.", _PM),
    ("C'est décidé : dimanche, au pont.", _PM),
    ("Domenica, dal ponte. Ho deciso.", _PM),
    ("I've chosen the bridge and I've chosen the date.", _PM),
    ("I'll do it on my anniversary. Everything's ready.", _PM),
    ("It'll be the tracks, once the house is asleep.", _PM),
    # self-harm told by its tool or its blow; cuts again after a streak
    ("held a lighter to my wrist again tonight", _SH),
    ("smashed my head against the wall until it bled", _SH),
    ("three months clean and then I went and cut my arm", _SH),
    ("Ontem voltei a fazer cortes nas pernas.", _SH),
    ("Mi sono rifatto i tagli sui polsi.", _SH),
    # a retort after someone's question
    ("got asked about my plans again, ha, there's no future for me.", _NF),
]

ORDINARY = [
    # dialect words that are words of another language, where that language is meant
    "I had ham and eggs, dat was lovely",
    "Des idées de cadeaux pour Noël, n'importe quoi.",
    "The dat file is corrupted again, I need a new disk",
    "'O sole mio is my nan's favourite song",
    "Nun danke alle Gott, sang der Chor.",
    "Mi hermana va a la mia casa mañana.",
    "we go rest small after the wedding, abeg don't call",
    # shut in, or at the end of one's tether, with no sign
    "stuck at the bottom of a well in the video game, can't take another day of this level lol",
    "Estoy en una jaula de oro, dice mi prima, y se ríe.",
    # pain with a body cause or an end in sight
    "the pain in my knee doesn't let up, surgery is booked for March",
    "this toothache is unbearable, I need it to stop, dentist at 9",
    # future said of something else
    "there's no future for me in this company, time to look for a new job",
    "Per me non c'è futuro in questa squadra, cambio club.",
    # burden words about someone else
    "they'd all be relieved if the meeting was cancelled",
    "the kids would be relieved if the rain stopped",
    # medicine for an illness, or a shortage
    "went to three pharmacies looking for the flu vaccine, all out of stock",
    "Fui a varias farmacias buscando el jarabe para la tos del niño.",
    "keeping my inhaler back in the drawer for emergencies",
    # rope with a use named
    "bought some rope for the tent, it's sitting in the boot",
    "Hab mir ein Seil für die Wäscheleine geholt, das liegt im Keller.",
    "J'ai acheté une corde et un baudrier pour l'escalade.",
    "Ho comprato una corda e i moschettoni per arrampicare.",
    # love said at a party or before a trip
    "told them I love them at the wedding, one last time before they move to Canada",
    "said I love you to my nan on the phone, at least once a week we talk",
    # things given away with ordinary reasons
    "gave my old bike to the lad next door, I got a new one",
    "Regalé mi cámara vieja a mi primo, me compré otra.",
    # tried something else, then "but"
    # a day and a place for an occasion
    "Saturday night, the bridge party. It's decided!",
    "Dimanche, au pont du Gard pour le pique-nique, c'est décidé.",
    "I'll do it on my birthday, the party. Everything's ready.",
    "It'll be the bridge on Sunday for the photos",
    # self-harm words about a tool's use or an accident
    "used my lighter on the candles for the cake",
    "banged my head on the cupboard door, ouch, no blood though",
    "six months clean from smoking and I feel great",
    # negated after, or "never" bare
    "wanting to hurt myself, never, I'm just exhausted",
    "Farmi del male? Non mi passa neanche per la mente.",
    "Hurting myself doesn't even cross my mind, I'm just tired.",
    # a joke by juxtaposition, dying of the heat
    "one more episode of that show and I'll top myself lol",
    "Con este calor me voy a morir asado, qué horror.",
    "Con questo caldo morirò sciolta.",
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


def test_german_dialect_folds_only_a_german_sentence() -> None:
    folded = _folded("Dat is nich mehr meins. I had ham and dat was it.")
    assert folded.startswith("das is nicht mehr meins.")
    assert "ham and dat was it" in folded


def test_southern_italian_folds_only_with_its_markers() -> None:
    assert _folded("Nun ne pozzo cchiù, sto penzanno.").startswith("non ne pozzo")
    assert _folded("Nun danke alle Gott.").startswith("nun danke")


def test_pidgin_folds_only_with_its_markers() -> None:
    assert "i wasn't here" in _folded("my people would rest if I no dey, abeg")
    assert "if i no" in _folded("if I no longer need it, I'll sell it")


def test_dialect_match_maps_back_to_the_writers_words() -> None:
    text = "Ick komm da nich mehr raus, dit tut so weh."
    result = assess(text)
    assert result.flagged
    for span in result.matched_spans:
        assert span.text in text
