"""The mechanisms added after studying ``fresh44``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Readers widened by meaning: no wish to live with its intensifier on either side, living said as
being alive or in the world, and the wish missing "without" any subject (``rules_no_wish_to_live``);
one's own life wished over, with the life as the subject, in the five other languages
(``rules_life_end_wished``); a never-waking supposed and taken as "the best thing"
(``rules_en_welcomed_sleep``); the others deserving better than the writer, or their lives
spoilt by the writer (``rules_burden_weight``); a thing handed on told by the receiver keeping
it (``rules_romance_families``); the others' time ahead with the German verb first, "to see it",
"part of it", "I am here then", a month "for me" no more (``rules_future_not_there``,
``rules_grammar_life``); pills hidden with the German verb split round them
(``rules_grammar_signs``); the moment chosen with the German verb first after "wenn", a longer
stretch before the act, the moment named again after it, the Portuguese object left out
(``rules_intl_plans``); every door tried and found shut, with "essaie", the German verb clipped,
and a door locked with its key (``rules_intl_no_door``); the participle before "suicidio"
(``rules_it``); the writer in a pit and someone shutting its lid (``rules_intl_no_door``).
Spellings: the southern "ia" of "lieb", Swiss "Läbe", "ufhört", "hett", "mis Läbe", patois "me"
as the subject, "out the picture" (``spelling_dialect``, ``spelling_dialect_alemannic``).

Guards by meaning: "zero" said for "no" (``negation``); the thought of the act said not to come
to mind, before it, after it, or taken up again by "daran denk ich" (``negation``); a question
put with another tense of "wanting to know" (``context``); a bare "tirar a vida" judged by its
subject (``rules_core_explicit``, ``context``); a threat on a chore's condition closed by the
joke word (``everyday_asides``); the bus or the train that fails once more (``everyday_frames``);
a sport given up, the others' holiday talked of with "alle" and "vom" (``everyday_occasions``);
an outing a rope is bought for (``means_purposes``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh44_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_BU = Category.BURDEN
_TP = Category.TRAPPED_PAIN

SIGNS = [
    # no wish to live, the intensifier on either side, living as being alive or in the world
    ("I do not wish to live any more, it's been like this all year.", _DW),
    ("Honestly I no longer wish to be alive.", _DW),
    ("J'ai plus aucune envie de rester en vie depuis l'hiver.", _DW),
    ("Je n'ai plus la moindre envie d'être vivante.", _DW),
    ("Non ho più alcuna voglia di stare al mondo.", _DW),
    ("Ya no tengo ningunas ganas de seguir vivo.", _DW),
    ("Me levanto sin ganas ningunas de seguir viva.", _DW),
    ("Passo os dias sem vontade nenhuma de estar viva.", _DW),
    ("Je me réveille sans aucune envie de vivre.", _DW),
    ("Mi sveglio senza più voglia di vivere.", _DW),
    # one's own life wished over
    ("Ich wünschte, mein Leben wäre endlich vorbei.", _SI),
    ("Ich hätte so gern, dass mein Leben einfach aufhört.", _SI),
    ("Quisiera que mi vida se acabara ya.", _SI),
    ("Je voudrais juste que ma vie s'arrête.", _SI),
    ("Vorrei che la mia vita finisse stanotte.", _SI),
    ("Tomara que a minha vida acabe logo.", _SI),
    # a never-waking taken as the best thing
    ("If I fell asleep tonight and never woke up it would be for the best.", _DW),
    # the others deserving better than the writer
    ("Mein Mann hat was Besseres verdient als mich.", _BU),
    ("Mis padres merecen algo mejor que alguien como yo.", _BU),
    ("Les enfants méritent mieux que moi.", _BU),
    ("Os meus filhos merecem coisa melhor do que eu.", _BU),
    ("Mio marito meriterebbe di meglio di una come me.", _BU),
    # the others' lives spoilt by the writer
    ("Con mis deudas les estoy amargando la vida a todos.", _BU),
    ("Je leur pourris la vie depuis des mois.", _BU),
    ("Ai miei genitori sto rovinando la vita.", _BU),
    ("Tou estragando a vida da minha família.", _BU),
    ("Ich mache meiner Familie das Leben schwer, jeden Tag.", _BU),
    # a thing handed on, told by the receiver keeping it
    ("Mi prima se quedó con mis discos, ya no me van a hacer falta.", Category.GIVING_AWAY),
    ("O meu irmão ficou com a minha bicicleta, não vou mais precisar.", Category.GIVING_AWAY),
    # the moment chosen, told in each language's order
    ("Wenn die Kinder bei Oma schlafen, bin ich allein, dann mach ich's.", _PM),
    ("Quand mes parents partiront en cure à la fin du mois, je le ferai.", _PM),
    ("Quando partono tutti per le ferie resto sola, lo faccio quel giorno.", _PM),
    ("Quando a minha mãe viajar fico sozinha, é aí que vou fazer.", _PM),
    # every door tried and found shut
    ("Innerlich tut alles weh und jede Tür, die ich versuch, ist zu.", _TP),
    ("J'ai mal dedans et chaque porte que j'essaie est fermée.", _TP),
    ("Ho male dentro e tutte le porte che provo sono chiuse a chiave.", _TP),
    # the others' time ahead without the writer: German verb first, "to see it", "part of it"
    (
        "Alle reden schon von der Hochzeit im Sommer, aber da bin ich nicht mehr dabei.",
        Category.NO_FUTURE,
    ),
    ("En el barrio hablan de la feria de abril, yo no voy a estar pa' verla.", Category.NO_FUTURE),
    ("The family's planning Christmas in Cork and I won't be part of it.", Category.NO_FUTURE),
    ("Mum's booking the summer cottage but I don't think I am here then.", Category.NO_FUTURE),
    ("Don't bother with the birthday cake, there won't be a birthday for me.", Category.NO_FUTURE),
    # pills kept hidden, the German verb split round its object
    ("Die Tabletten vom Arzt heb ich in einer Socke hinterm Schrank auf.", Category.GETTING_MEANS),
    # the writer in a pit and someone shutting its lid
    ("Ich hock unten im Schacht und oben klappt einer den Deckel zu.", _TP),
    ("C'est comme un puits, et quelqu'un me referme le couvercle dessus.", _TP),
    ("Sono in un buco e qualcuno chiude il coperchio.", _TP),
    # the others better off with the writer "out the picture"
    ("My wife would have it easier with me out the picture.", _BU),
    # spellings
    ("Am liabsten wär i tot, jeden Tag.", _DW),
    ("Ehrlich, i hett gern, dass mis Läbe ufhört.", _SI),
    ("Dopo il tentato suicidio ho passato un mese in reparto.", _SI),
]

LOOK_ALIKES = [
    # living somewhere or in a world of something, someone else's wish
    "I do not wish to live in the city any more, we're moving to the coast.",
    "Non ho più nessuna voglia di stare al mondo del lavoro, vado in pensione.",
    "Je n'ai plus envie d'être au monde de la pub, je change de métier.",
    "Ela acorda sem vontade de viver, estou preocupada com a minha irmã.",
    "Fiquei sem vontade de viver em Lisboa depois da mudança.",
    # a life's end wished denied, or a life that stops revolving around someone
    "No quiero que mi vida se acabe, quiero ver crecer a mis nietos.",
    "Je voudrais que ma vie s'arrête de tourner autour de lui.",
    "Mi hermana quiere que su vida se acabe, la llevé al médico.",
    # a sleep that ends at a time
    "If I didn't wake up till noon tomorrow that would be the best thing.",
    # deserving better, in a role or someone else's
    "La squadra merita di meglio di me come allenatore.",
    "Elle mérite mieux que lui, franchement.",
    # a moment chosen for something named
    "Quand ils partiront tous au village pour le 15 août, je le ferai, ce gâteau.",
    "Wenn meine Frau zur Kur fährt, bin ich allein, dann mach ich's mir gemütlich.",
    # lost keys, a door of the world
    "Ho perso le chiavi, mi fa male la testa e ogni porta che provo è chiusa.",
    # denials by "zero" and by the thought not coming to mind
    "Zero urge to hurt myself, work is just exhausting me.",
    "Ich bin fertig, aber mir was anzutun, daran denk ich nicht.",
    "Estoy agotada, pero ni se me pasa por la cabeza quitarme la vida.",
    "Me matar não passa pela minha cabeça, é só o cansaço das provas.",
    # a question put and answered no
    "La enfermera quiso saber si tenía ideas de matarme, y le dije que no.",
    # someone else's life taken
    "O rapaz da vizinha tentou tirar a vida, a rua toda está de luto.",
    # a chore's threat closed by the joke word, the train once more
    "Se mi tocca rifare l'inventario mi butto dal balcone, scherzo eh.",
    "Wenn der Zug noch einmal ausfällt, bring ich mich um.",
    # someone else spoiling the writer's life
    "Mi jefe me está arruinando la vida con tantas horas extra.",
    "Il mio vicino mi rovina la vita con la musica alta.",
    # a move, a side one is left out of, a cabinet
    "Nächsten Sommer bin ich nicht mehr dabei, ich zieh nach Köln.",
    "I won't be part of it, the team is going without me next August.",
    "Ich bewahre meine Tabletten im Badschrank auf.",
    # a real well's lid
    "Wir haben den Brunnen im Garten gereinigt und dann macht Papa den Deckel zu.",
    # a sport given up, a rope for an outing
    "Said my goodbyes at the club, hanging up my boots after twenty years of Sunday football.",
    "Compré una cuerda y una lona para el paseo del domingo.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh44_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh44_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_plan_told_on_a_train_failing_is_not_cleared() -> None:
    """The train as the moment nobody is home, not a trifle that failed once more."""
    assert_flagged_as("Wenn der Zug ausfällt, bin ich allein zu Hause und bring mich um.", _SI)
