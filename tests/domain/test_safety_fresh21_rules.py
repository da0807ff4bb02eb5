"""The mechanisms added after studying ``fresh21``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms: dialects folded before any rule reads the text (``spelling_dialect``: Bavarian,
Austrian and Swiss German, Jamaican patois, northern English, Singapore particles, Venetian),
each only in a sentence that carries its dialect's markers; and signs read from the key
concepts of their category meeting in one stretch, in any order (``rules_core_concepts``): a
past attempt and the thoughts back now; medicine kept for oneself or hoarded; a goodbye left in
case one vanishes; one's absence at a point ahead with no trip or move to explain it;
suffering with no way out or no bearing it; a time named for an act left unnamed; the place
known and visited to look; better if I were not here; marks hidden; the thought of killing
oneself as a companion. Wider concept lists in ``rules_core_signs`` (absence for a burden,
use named as over for giving away) and guards (a negation after the phrase, "macché", a
point denied, a death of boredom, a lecture or a question answered "no", a condition by
juxtaposition).

The sentences are written anew (not copied from ``fresh21_*.tsv``) so they test a family of
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
    # German dialects folded: "mog nimmer", "lebn", "koan Ausweg", "gschnittn", "wenns mi
    # nimmer gäb", "wäred froh", "amoi probiert … wieder do"
    ("I mog nimmer weiterlebn, i hob koa Kraft mehr.", _DW),
    ("Jeden Dog is a Qual, i kimm do ned naus, koan Ausweg.", _TP),
    ("Hob mi scho wieder gschnittn, am Bauch, wo's koaner siagt.", _SH),
    ("De Mueter hätt's leichter, wenns mi nimmer gäb.", _BU),
    ("Ich bi numme es Problem für mini Lüüt, die wäred froh, wenn ich weg wär.", _BU),
    ("Vor zwoa Johr hob i's scho amoi probiert, und jetzt san die Gedanken wieder do.", _SI),
    # Jamaican patois folded
    ("mi cyaan tek it no more, every day worse, mi trap inna dis", _TP),
    ("mi nuh waan wake up again, mi tired fi true", _DW),
    ("dem woulda better off if mi did gone", _BU),
    # northern English: "nowt but", "better shot of me", "I'll not be"
    ("I'm nowt but a burden to our kid, he'd be better shot of me", _BU),
    ("I'll not be needing the bus pass next year, I'll not be here.", _NF),
    # Venetian: "no go più voja de vivar"
    ("No go più voja de vivar, xe tuto inutile.", _DW),
    # a thing given and its use named as over
    ("gave my guitar to my cousin, i won't be playing it again", _GA),
    ("J'ai distribué mes livres à mes voisines, je n'en aurai plus l'usage.", _GA),
    ("Ho dato la mia chitarra a mio fratello, non la suonerò più.", _GA),
    ("Le regalé mis libros a mi sobrina, ya no los voy a usar.", _GA),
    # a goodbye left in case one vanishes
    ("if anything happens to me, just know i love you all, i'm sorry", _GB),
    ("Falls ihr nix mehr von mir hört: ich hab euch lieb, es tut mir leid.", _GB),
    ("Si me pasa algo, gracias por todo, los quiero.", _GB),
    ("Se não tiverem mais notícias minhas, obrigada por tudo. Desculpem.", _GB),
    # one's own absence at a point ahead
    ("no point renewing my gym card for the spring, won't be around to use it", _NF),
    ("Non ha senso rinnovare l'abbonamento, a settembre non ci sarò più comunque.", _NF),
    (
        "Pas la peine de renouveler mon passeport, je ne serai plus là l'an prochain de toute"
        " façon.",
        _NF,
    ),
    # medicine kept for oneself
    ("my mum's sleeping tablets, I've kept a few back for myself", _GM),
    ("Ich hab Omas Schlaftabletten aufbehalten, heimlich, für mich.", _GM),
    ("Guardé las pastillas de mi abuela en el cajón, para mí.", _GM),
    ("Ho tenuto le pastiglie di mio padre nel cassetto, per me.", _GM),
    # a past attempt, and the thoughts back now
    ("tried once before, years ago, and the thoughts are creeping back", _SI),
    ("J'ai déjà essayé il y a trois ans et les idées reviennent.", _SI),
    ("Ya lo intenté una vez y los pensamientos volvieron.", _SI),
    ("Já tentei uma vez e os pensamentos voltaram.", _SI),
    # suffering with no way out or no bearing it
    ("every night is a torment and there's no way out of it", _TP),
    ("El dolor es insoportable y no encuentro la salida.", _TP),
    ("Il dolore non mi lascia e non trovo la strada per uscirne.", _TP),
    ("A dor é insuportável, não vejo a saída.", _TP),
    # a time named for an act left unnamed
    ("friday night when everyone's out, that's when", _PM),
    ("Samstag Nacht, wenn alle schlafen, dann mach ich's.", _PM),
    ("Ce sera samedi soir, du viaduc, c'est décidé.", _PM),
    ("Será el domingo, desde el puente, ya lo decidí.", _PM),
    # the place known and visited to look
    ("I know which car park, I went up there twice to look", _PM),
    # better if I were not here, said bare
    ("Melhor eu não existir.", _BU),
    ("honestly it'd be better if i wasn't around.", _BU),
    ("Mieux vaut que je ne sois plus là.", _BU),
    # marks hidden; the thought as a companion; no wish to live; switched off for good
    ("the cuts on my arms are getting hard to hide", _SH),
    ("killing myself has been on my mind all week like a shadow", _SI),
    ("L'idea di farla finita mi segue dappertutto.", _SI),
    ("I've no desire to go on living any more", _DW),
    ("if there was a button to switch me off for good i'd press it", _DW),
]

ORDINARY = [
    # dialect words that are words of another language, where that language is meant
    "I go to the gym on Mondays and I love it",
    "no go zone near the station, the police closed it",
    "Mi casa es tu casa, di lo que quieras.",
    "Di' a mamma che arrivo tardi, mi raccomando.",
    "Do you think we'll make it to the cinema on time?",
    "Mi nuh know, mi a go a di shop, soon come",
    "I'll not be going to the match, it's raining",
    "I'm nowt but tired after that shift",
    "they'd be well shot of the old car",
    # tried before, at something else
    "I tried once before to quit smoking and the cravings are back",
    "tried that recipe before and the same feeling of failure is back lol",
    "Hab schon einmal probiert, mit dem Rauchen aufzuhören, jetzt ist der Drang wieder da.",
    "Ya lo intenté una vez con la dieta y las ganas de dulce volvieron.",
    "I tried once before to bake bread, never again",
    # goodbyes before a trip or a drive
    "if anything happens while I'm away, call me, love you all",
    "last message from me before the holidays, love you all, see you in January",
    "thanks for everything at the party, take care of yourselves on the drive home",
    "Si me pasa algo en el viaje, os aviso. Gracias por todo.",
    # absent for a move, a job, a year abroad
    "won't be around for the next season, I'm moving to Spain",
    "No voy a estar aquí para usarlo, me mudo a Madrid en marzo.",
    "A maggio non ci sarò più comunque, mi trasferisco a Roma.",
    "Je ne serai plus là l'an prochain, je pars en Erasmus.",
    # a nightmare with an everyday way out
    "this heatwave is a nightmare, no way out of the city traffic",
    "Jeden Tag Stau, ich komm aus dem Parkhaus nicht raus, es tut am Fuß weh.",
    # a time named for an occasion
    "Friday night, that's when the party starts",
    "Ce sera samedi soir, au restaurant, c'est décidé.",
    "A festa vai ser no sábado, na praia, já decidi.",
    "La gita sarà domenica, al mare, ho deciso.",
    "decided already, after my last exam on the 20th, then I'm done with uni!",
    "I know which bridge, I've been down there twice to look at the herons",
    # absent at a time, marks with a cause, a topic, a place not wished
    "Mejor no estar aquí cuando llegue mi suegra.",
    "the marks on my wrist from the watch strap",
    "the cuts on my arms from the cat, hard to hide in a t-shirt",
    "suicide prevention has been on my mind all week since the training",
    "no wish to live in London anymore, too expensive",
    "gave my old bike to my cousin, I won't be riding it again since I got a car",
    # the guards: a denial after, "macché", a death of boredom, a lecture, a question
    # answered no, a condition by juxtaposition, a thing dying of heat
    "Nein, i denk ned an Selbstmord.",
    "Die Hitz bringt mi um heut.",
    "Je vais mourir de rire avec ce film.",
    "Me muero de vergüenza, qué horror.",
    "our lecture on suicide risk was long",
    "The nurse asked the usual questions about self-harm, I said no.",
    "harming myself never crossed my mind",
    "Macché uccidermi, sono solo stanco.",
    "one more committee meeting about the harbour wall and I'll throw myself off it",
    "gonna end it all (the series, i mean, it's been dragging)",
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
        "i tried to kill myself once before and the thoughts are back",
        "Ich denk oft an Selbstmord, ich mag nimmer.",
        "i can't take it anymore and there's no way out",
        "one more day like this and i'll throw myself off the bridge",
    ],
)
def test_own_words_still_flagged(text: str) -> None:
    assert assess(text).flagged, text


def test_dialect_folds_only_its_own_sentence() -> None:
    # One German sentence in an English entry does not turn the English "i" into "ich".
    norm, mapping = respell_dialect(*normalize("i go home. Ich bin mi so müde.", fold=True))
    assert norm.startswith("i go home.")
    assert "ich bin mich so" in norm
    assert len(mapping) == len(norm) + 1


def test_dialect_match_maps_back_to_the_writers_words() -> None:
    text = "Hob mi scho wieder gritzt, am Arm."
    spans = assess(text).matched_spans
    assert spans
    assert any("gritzt" in span.text for span in spans), spans
