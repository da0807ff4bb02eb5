"""The mechanisms added after studying ``fresh19``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms: Swiss German and Roman Italian respelt; a gift declared for good and a letter for
each child, in six languages (``rules_core_keepsakes``); a plan with everything decided; a past
attempt with the pull coming back; a burden told by what others gain, harm to feel something,
a reason given and denied, time paid for and not lived (``rules_en_asides``); and the guards:
a negation after a German verb or as the next sentence, Scots "didnae", a report written by
someone else, a question put to someone else, a leaflet's instruction, a threat over a trifle
said laughing, food rated afterwards.

The sentences are written anew (not copied from ``fresh19_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
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
    # Swiss German and Roman Italian, respelt before the rules read them
    ("ich wott nüme läbe, es isch eifach z vill", _DW),
    ("ich bi nume no e Last für mini Eltere", _BU),
    ("ich gseh kei Uswäg meh us dem Ganze", _TP),
    ("nun vojo più sta' in questo monno", _SI),
    ("so' solo un peso pe' tutti quanti", _BU),
    # a gift declared for good
    ("gave my guitar to my cousin and told him it's his forever", _GA),
    ("handed my bike to the boy next door, said it's all his now", _GA),
    ("hab meiner Schwester den Schmuck geschenkt und gesagt, er gehört jetzt für immer ihr", _GA),
    ("j'ai laissé mon vélo à ma voisine, je lui ai dit que c'est à elle pour toujours", _GA),
    ("le di mi reloj a mi sobrino y le dije que era suyo para siempre", _GA),
    ("ofereci o meu relógio ao meu afilhado e disse-lhe que é dele para sempre", _GA),
    ("ho dato il mio orologio a mio nipote, gli ho detto che è suo per sempre", _GA),
    # a letter for each of them
    ("finished a letter for each of my grandkids tonight", _GB),
    ("eine Karte an jedes meiner Enkel geschrieben und weggelegt", _GB),
    ("j'ai enregistré une vidéo pour chacune de mes filles", _GB),
    ("dejé una carta para cada una de mis hijas debajo de la almohada", _GB),
    ("gravei um vídeo para cada um dos meus netos", _GB),
    ("ho scritto una lettera a ciascuno dei miei fratelli", _GB),
    # a plan with everything decided
    ("domenica vado al ponte, ho deciso tutto", _PM),
    ("nächste Woche geh ich zur Eisenbahnbrücke. hab mir alles gut überlegt", _PM),
    ("i'll drive out to the lookout on friday. already chosen the spot", _PM),
    # a past attempt and the pull coming back
    ("ci ho già provato da ragazza e adesso sta tornando tutto", _SI),
    ("já tentei uma vez e sinto isso a voltar", _SI),
    # a burden told by what others gain
    ("my wife would be happier if i wasn't around", _BU),
    ("they'd get their life back if i was gone", _BU),
    # self-harm told by its purpose or its force
    ("cutting myself again, it's the only way that lets me feel something", _SH),
    ("punched my own hand so hard it bled", _SH),
    # a reason given and denied
    ("got a hose from the shop, told them it was for the garden. i don't even have a garden", _GM),
    # time paid for and not lived
    ("why renew the lease for a year i won't be around for", _NF),
]

ORDINARY = [
    # Swiss and Italian look-alikes
    "ich chan nüm warte bis morn, so freu ich mi",
    "non voglio più stare in questo mondo di squali del lavoro",
    # gifts and letters that are not goodbyes
    "gave my old bike to my nephew, told him it's his now since i got a new one",
    "wrote a christmas card to each of my kids",
    "sent a thank you note to each of my friends after the wedding",
    "le di mi reloj a mi sobrino para su cumpleaños",
    # decided, but not a plan
    "ho deciso il menu per sabato, vado al ponte a fare le foto",
    # harm by accident, gains with no departure
    "burnt myself on the oven again making toast",
    "she'd be so sad if i was gone for the whole summer",
    "bought a rope for the boat, told the guy it was for the boat",
    # negation after a German verb, Scots, a streak as the next sentence
    "seit zwei Jahren schneide ich mich nicht mehr",
    "didnae cut myself last night, phoned my pal instead",
    "used to want to die most days. haven't for a year now.",
    # reports by someone else, a question to someone else, an instruction
    "my student wrote i want to die on the back of her worksheet",
    "la mia amica mi ha scritto che vuole farla finita, l'ho chiamata subito",
    "o meu irmão mandou mensagem a dizer que queria morrer, fui logo ter com ele",
    "the trainer had us practise asking do you have thoughts of suicide",
    "the pharmacist said watch out for thoughts of self-harm in the first weeks",
    # a threat over a trifle said laughing, food rated afterwards
    "if my sister reads my diary i'll kill myself lol",
    "se perdo di nuovo le chiavi mi butto dal balcone ahahah",
    "the ghost pepper curry was so hot i wanted to die, 10/10",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the guards leave the writer's own words alone
        "i want to kill myself lol",
        "i wrote i want to die in my diary last night",
        "ich ritze mich nicht mehr lange, dann ist Schluss",
        "asked myself do i want to die and the answer was yes",
    ],
)
def test_own_words_still_flagged(text: str) -> None:
    assert assess(text).flagged, text
