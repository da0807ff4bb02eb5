"""The German, French, Spanish, Portuguese and Italian frames added after studying ``fresh28``,
both ways: new wordings of each sign that must be flagged, and the look-alikes that must not.

Frames (``rules_intl_frames``): others spared a load if the writer were gone, the load or the
calm on either side of the condition; a future point the writer does not see herself reaching;
a decision with only a time left ("ya lo decidí, va a ser después de …"); a past attempt told by
its aftermath (a ward and "after trying" with no object) or by being found in time; self-harm
told as "that thing" again on the arm, or as marks she made; letters left to be opened when the
writer is no longer there (not a note for an afternoon out); a few pills held back from every
pack; "sono in trappola". Judgement: another's work named as what they would be spared is not an
occasion the writer is away from; an Italian verb form only he or she can have said ("voleva
farla finita") is someone else's.
Guards: a job, a town or a marriage beside "I don't see myself"; one's own move, wedding or
haircut decided; an operation, an accident or a diet beside the hospital; lost on a mountain; a
tattoo, a vaccine or an exercise on the arm; someone
else's medicine, an ailment or an expiry date; a stuck lift; a missed lesson.

The sentences are written anew (not copied from ``fresh28_*.tsv``), by writers who say each
sign in words of their own, so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_intl_frames
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_SI = Category.SUICIDAL_IDEATION
_PM = Category.PLAN_OR_METHOD
_GB = Category.GOODBYES

SIGNS = [
    # others spared a load if the writer were gone (either order, any verb of the load)
    ("Mi hermana ya no tendría que pagarme el alquiler si yo faltara.", _BU),
    ("Si yo no existiera, mi papá no tendría que hacer horas extra.", _BU),
    ("O meu pai nem precisava pegar bico no fim de semana se eu não estivesse aqui.", _BU),
    ("Se eu sumisse, lá em casa viviam mais sossegados.", _BU),
    ("Mio fratello non dovrebbe più accompagnarmi ovunque se non ci fossi.", _BU),
    ("Si je n'étais plus là, mes parents ne devraient plus payer mes dettes.", _BU),
    ("Wenn ich nicht mehr da wäre, müsste Papa nicht mehr nachts Taxi fahren.", _BU),
    ("Si j'étais plus là, ma mère respirerait enfin.", _BU),
    ("Se eu morresse, eles iam até viver melhor.", _BU),
    # a future point the writer does not see herself reaching
    ("¿Navidad? No me veo ahí, la verdad.", _NF),
    ("Dicen que los treinta son lo mejor, yo no me veo llegando.", _NF),
    ("O ano que vem? Nem me vejo lá.", _NF),
    ("Tra cinque anni? Io non mi ci vedo per niente.", _NF),
    ("L'année prochaine, je m'y vois pas du tout.", _NF),
    ("Weihnachten? Das erlebe ich sowieso nicht mehr.", _NF),
    # … the time said after it, reached
    ("Yo no me veo llegando a los cuarenta, para qué ahorrar.", _NF),
    ("Franchement je me vois pas arriver à Noël.", _NF),
    ("Non mi vedo arrivare ai quarant'anni.", _NF),
    # a decision with only a time left
    ("Ya lo tengo decidido: va a ser el viernes por la noche.", _PM),
    ("Já resolvi, vai ser na sexta quando a casa estiver vazia.", _PM),
    ("Ormai è deciso, sarà domani notte.", _PM),
    ("J'ai décidé, ce sera demain soir quand ils dormiront.", _PM),
    ("Ich hab mich entschieden, ich mach es nach Ostern.", _PM),
    ("C'est décidé pour vendredi soir, personne se doutera de rien.", _PM),
    ("Já decidi, vai ser no domingo, ninguém vai perceber.", _PM),
    # a past attempt told by its aftermath
    ("Me ingresaron en psiquiatría luego de intentarlo, hace tres años.", _SI),
    ("Fiquei internada na psiquiatria depois de tentar em 2020.", _SI),
    ("Dopo averci provato mi sono svegliata in rianimazione, e adesso ho paura.", _SI),
    ("J'ai fini aux urgences après avoir essayé, l'hiver dernier.", _SI),
    ("Nach meinem Versuch war ich sechs Wochen in der Klinik.", _SI),
    ("Mi hanno trovata appena in tempo, quella notte.", _SI),
    ("Me encontraron justo a tiempo aquella vez.", _SI),
    # self-harm as "that thing" again on the arm, or as marks she made
    ("Lo volví a hacer en los muslos anoche.", _SH),
    ("J'ai recommencé ce truc sur les cuisses hier soir.", _SH),
    ("Voltei a fazer aquilo nas pernas, ninguém pode ver.", _SH),
    ("Hab's schon wieder gemacht am Handgelenk.", _SH),
    ("Las marcas del brazo me las hice yo con la cuchilla.", _SH),
    ("Os cortes na perna fui eu que fiz.", _SH),
    ("Die Narben am Arm hab ich mir selbst zugefügt.", _SH),
    # letters to be opened when the writer is no longer there
    ("Dejé una carta para mi hija, que la abra cuando yo ya no esté.", _GB),
    ("J'ai écrit des lettres à mes frères, à ouvrir quand je serai plus là.", _GB),
    ("Ho lasciato una lettera a mia moglie da aprire quando non ci sarò più.", _GB),
    ("Escrevi uma carta pro meu filho ler quando eu não estiver mais aqui.", _GB),
    ("Für jeden einen Umschlag, erst öffnen, wenn ich nicht mehr da bin.", _GB),
    # a few pills held back from every pack
    ("De cada caja de pastillas me guardo unas cuantas en el cajón.", _GM),
    ("De chaque boîte de cachets j'en garde deux, cachés sous le lit.", _GM),
    ("Da ogni confezione di sonniferi ne metto da parte due.", _GM),
    ("De cada cartela de comprimidos eu guardo umas no fundo da gaveta.", _GM),
    ("Von jeder Packung Tabletten behalte ich ein paar zurück.", _GM),
    # "sono in trappola" said of oneself
    ("Sono in trappola da mesi e nessuno se ne accorge.", _TP),
]

ORDINARY = [
    # an absence with no load spared, a missed lesson
    "Si yo faltara a clase, el profe ni se daría cuenta.",
    "Se non ci fossi stata io, sarebbe andata peggio.",
    # missing a match
    "Se eu faltasse, o time ficava melhor, o treinador até disse.",
    # "I don't see myself" in a job, a town or a marriage
    "El año que viene no me veo trabajando en esa empresa.",
    "Il prossimo anno non mi ci vedo proprio in quell'ufficio.",
    "No me veo en Madrid el año que viene.",
    "Je ne me vois pas à quarante ans dans ce bureau.",
    "Ano que vem? Nem me vejo lá, essa cidade é cara demais.",
    "Den Sommer erleb ich nicht mehr im Büro, ich kündige.",
    # one's own move, wedding or haircut decided
    "Ya lo decidí, va a ser después de San Juan: me mudo a Bilbao.",
    "C'est décidé, ce sera après l'été, le déménagement.",
    "Ho deciso, sarà domani il taglio corto.",
    # … or named after the time: a party, what will be told, a kitchen to paint
    "Ya lo decidí, va a ser el sábado, la fiesta de Lucía en casa.",
    "Ho deciso, sarà dopo cena che glielo dico.",
    "C'est décidé, ce sera demain, on repeint la cuisine.",
    "Ich hab mich entschieden, es wird am Samstag gefeiert.",
    "Ho deciso per sabato, il pranzo coi parenti.",
    # a hospital after an operation, a diet, or a trying with its object
    "Estuve en el hospital después de intentarlo todo con la dieta y la operación de rodilla.",
    "Sono finita in ospedale dopo l'incidente, dopo averci provato a guidare sotto la neve.",
    # lost on a mountain, found in time
    "Nos perdimos en la montaña y nos encontraron a tiempo, me encontraron a tiempo a mí también.",
    # a tattoo, a vaccine or an exercise on the arm
    "Ho rifatto quella cosa sul braccio, il tatuaggio nuovo, è venuto bene.",
    "Fiz de novo aquilo no braço, o exercício da fisioterapia.",
    "Ich hab's wieder gemacht am Arm, den Verband gewechselt.",
    # marks on a wall, not the skin
    "Las marcas de la pared me las hice yo moviendo el sofá.",
    # a note for an afternoon away from home
    "Deixei um bilhete pra ele ler quando eu não estiver em casa.",
    # someone else's medicine, an ailment, an expiry date
    "De cada caja de pastillas de mi abuela guardo unas para el viaje.",
    "Da ogni confezione di biscotti ne tengo da parte due.",
    "Von jeder Packung Tabletten gegen Migräne behalte ich ein paar zurück.",
    # a stuck lift
    "Sono in trappola nell'ascensore da mezz'ora.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_the_load_others_carry_is_not_an_occasion() -> None:
    # the shift is the mother's load the writer's absence would spare, not a shift she misses
    assert assess("Mia madre non dovrebbe più fare i turni di notte se io non ci fossi.").flagged
    assert not assess(
        "Se non ci fossi io al turno di domenica, nessuno se ne accorgerebbe."
    ).flagged


def test_italian_third_person_verb_makes_it_someone_elses() -> None:
    text = "Il figlio del portiere voleva farla finita, l'hanno portato al pronto soccorso."
    result = assess(text)
    assert not result.flagged, result.reasons
    # the writer's own "volevo" still counts
    assert assess("Ieri sera volevo farla finita.").flagged


def test_a_past_attempt_is_told_as_past() -> None:
    result = assess("Sono finita in reparto dopo averci provato, nel 2019.")
    assert result.flagged
    assert all(span.past for span in result.matched_spans)


def test_every_new_rule_is_gated() -> None:
    assert all(rule.gate for rule in rules_intl_frames.RULES)
    assert len({rule.lang for rule in rules_intl_frames.RULES}) == 5
