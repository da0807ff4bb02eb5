"""The mechanisms added after studying ``fresh25``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms (``rules_core_leavings``, six languages each): a thing now someone else's and the
writer done with it; a farewell round (thanks, sorry or love "for everything" with a goodbye,
the last time or a cover story, also across two short sentences); a day or a place chosen with
a place of danger or a moment nobody is around; drawn to an edge again and again; not back from
an outing; medicine hidden or gathered one by one; nothing but more of the same; affairs put in
order ("… the will. Everything is in order now."); no exit and every road back to the same
wall. ``rules_core_afterwards``: someone's care for the writer "for not much longer", "soon I
won't be anyone's problem"; a pet's new home and papers left "for after"; "Friday is the day"
and all that is needed ready. Wider lists: "die for real" is not "die for something", "no
tomorrow" in negative concord, "if I wasn't round here", "end me life". Guards: German "tut
weh" / "aus dem" are not patois; "(not around) to see them grow up" is not a visit; "my
wedding-gift bangles" is not a gift given; "a new home for the cat" is not a move; French "je
les range" is not a shooting range; a hobby's knife; a rope for a piñata; pills kept from the
children; "disse-me que" reports someone else.

The sentences are written anew (not copied from ``fresh25_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_core_afterwards, rules_core_leavings
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
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_gates import gated_matches

SIGNS = [
    # a thing now someone else's, and the writer done with it
    ("The watch is my nephew's now, I'm done with all that.", _GA),
    ("Told my sister the rings are hers for good, said to keep them.", _GA),
    ("Handed the drum kit to Leo, I won't be playing it anymore.", _GA),
    ("Die Gitarre gehört jetzt meinem Bruder, für mich ist das alles vorbei.", _GA),
    ("Mes vélos sont à elle maintenant, pour moi c'est fini.", _GA),
    ("Las cámaras ya son de mi sobrino, para mí se acabó.", _GA),
    ("Os discos agora são da minha prima, para mim já acabou.", _GA),
    ("Le canne da pesca adesso sono di Marco, io ho finito.", _GA),
    ("Dei o relógio ao meu irmão, já não preciso dele.", _GA),
    # a farewell round
    ("Phoned my aunties tonight, thanked them for everything and said goodbye.", _GB),
    ("Told my dad I love him and said goodbye, he thinks I'm just tired.", _GB),
    ("Said sorry for everything to my brother. It was the last time.", _GB),
    ("Ich hab mich bei allen für alles bedankt und mich verabschiedet.", _GB),
    ("J'ai dit merci pour tout à mes cousins, ils ne savent pas que c'est un adieu.", _GB),
    ("Les di las gracias a mis tías y me despedí, no saben que es un adiós.", _GB),
    ("Agradeci tudo à minha mãe e disse adeus pela última vez.", _GB),
    ("Ho ringraziato i miei per tutto e li ho salutati per l'ultima volta.", _GB),
    # a day or a place chosen
    ("I've picked the night, the viaduct past the mill, when the flat is empty.", _PM),
    ("My mind's made up: the quarry, Thursday.", _PM),
    ("Ich habe den Tag, Freitag an der Brücke, wenn alle schlafen.", _PM),
    ("J'ai choisi le jour, mardi, sur le pont de la gare.", _PM),
    ("Ya elegí el sitio, el puente de la autovía, el domingo.", _PM),
    ("Já escolhi o dia, sábado, na ponte velha.", _PM),
    ("Ho scelto il giorno, venerdì sul ponte della ferrovia.", _PM),
    # drawn to an edge, not back from an outing
    ("I find myself standing right at the edge of the roof most nights.", _PM),
    ("Je me retrouve souvent au bord du quai, à regarder les rails.", _PM),
    ("Fico parada na beira da plataforma sem perceber.", _PM),
    ("I won't be coming back from my swim tonight.", _PM),
    ("No voy a volver del paseo esta noche.", _PM),
    # medicine hidden or gathered
    ("I keep the tablets from each refill in a shoebox behind the boiler.", _GM),
    ("Ich verstecke die Tabletten einzeln hinter den Büchern.", _GM),
    ("Guardo os comprimidos um a um debaixo da cama.", _GM),
    # nothing but more of the same
    ("Nothing ahead for me but more of the same.", _NF),
    ("I've stopped planning past next week.", _NF),
    ("Non mi vedo nessun futuro, sinceramente.", _NF),
    # affairs in order, across two sentences
    ("Paid off the last debts and wrote the passwords down. It's all in order now.", _GB),
    ("Hab das Testament gemacht. Jetzt ist alles geregelt.", _GB),
    # no exit
    ("Every road I try leads back to the same wall.", _TP),
    ("Es gibt für mich keinen Ausweg mehr.", _TP),
    ("Todos los caminos me llevan al mismo muro.", _TP),
    # not for much longer, said from outside
    ("My brother won't have to look after me for much longer.", _BU),
    ("Soon I won't be anybody's burden.", _BU),
    ("Meine Eltern müssen sich nicht mehr lange um mich kümmern.", _BU),
    ("Ils n'auront plus à s'occuper de moi bien longtemps.", _BU),
    ("Mis padres no van a tener que cuidar de mí mucho más tiempo.", _BU),
    ("A minha mãe não vai ter que se preocupar comigo por muito tempo.", _BU),
    ("Mia madre non dovrà occuparsi di me ancora per molto.", _BU),
    # a pet's new home for after, papers left for after
    ("Sorted a good home for the dog for when I'm gone.", _GA),
    ("Ho trovato una famiglia per il gatto, per dopo.", _GA),
    ("Encontrei uma casa para o cão, para quando eu já não estiver.", _GA),
    ("Left the insurance papers in the blue folder for afterwards.", _GB),
    # the day named, all ready
    ("Saturday is the day. Everything is ready.", _PM),
    ("Samstag ist der Tag, ich habe alles, was ich brauche.", _PM),
    ("Domenica è il giorno. Ho tutto quello che mi serve.", _PM),
    # wider lists
    ("I want to die for real, this isn't a phase.", _DW),
    ("I can't see no tomorrow for me.", _NF),
    ("They'd all breathe easier if I wasn't round.", _BU),
    ("Last winter I tried to end me life.", _SI),
    ("Ich halt das nicht aus, es tut weh, ich komm aus dem Loch nicht raus.", _TP),
    ("Recorded a message for the boys in case I'm not here to see them grow up.", _GB),
    ("My wedding-gift earrings are my niece's now, I won't be wearing them again.", _GA),
]

ORDINARY = [
    # things passed on in the everyday
    "The old sofa is my neighbour's now, we bought a new one.",
    "Gave up sugar for good, I'm done with it.",
    "Die Wohnung gehört jetzt meinem Bruder, er hat sie gekauft.",
    "Gave my spare keys to Tom, I won't be around next week.",
    # goodbyes at work or on a trip
    "Thanked my colleagues for everything and said goodbye on my last day.",
    "Said goodbye to grandma at the airport, she thinks I'm going back in spring.",
    # a place chosen for an outing
    "I've settled on the bridge for the wedding photos.",
    "We've picked the day for the river picnic, Saturday.",
    "Made my mind up, the cliffs walk on Sunday with the club.",
    # an edge, a walk
    "Stood at the edge of the platform waiting for the 8:15.",
    "I'm not coming back from the hike tonight, we're sleeping in the hut.",
    # medicine kept safely
    "I keep the tablets behind the mirror so the kids can't reach them.",
    "Keeping my pills in a box by the bed so I don't forget them.",
    # the future of something else, an ordinary order
    "Sorted the car insurance this week, everything's in order now.",
    "All roads lead to Rome, as my nonna says.",
    # a milestone that frees them, a pet on a move, a day of an occasion
    "Dad won't have to worry about me much longer, I got the flat.",
    "Found a new home for the rabbit, my daughter is allergic and we're moving.",
    "Saturday is the day of the match, I've got everything I need.",
    "Tomorrow is the day, the exam, and I've got everything I need.",
    # hobby tools, party ropes, someone else's words
    "Bought a new hunting knife for Saturday.",
    "Got a rope to hang the bunting for the street party.",
    "A minha tia disse-me que queria morrer, liguei logo ao meu primo.",
    "Je les range dans le placard après le repas.",
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


def test_german_weh_and_dem_are_not_patois() -> None:
    assert "aus dem" in _folded("Ich komm aus dem Loch nicht raus, es tut weh.")
    assert "don't want to live" in _folded("dem seh mi nuh waan live")


def test_me_before_life_after_a_verb_is_my() -> None:
    assert "end my life" in _folded("Last winter I tried to end me life.")
    assert "give me stick" in _folded("they give me stick")


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_core_leavings.RULES + rules_core_afterwards.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
