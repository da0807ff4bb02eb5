"""The readings widened after studying ``fresh66``, both ways: new wordings of each sign that
must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Burden: the writer named as the weight or the cost "that I am" ("sin el gasto que soy yo", "sem
o peso que eu sou"), with the others better off without it. No future: "tomorrow" made a noun of
the future and denied ("je ne vois aucun lendemain pour moi", "no plans, no tomorrow"). Giving
away: the taker told never to give the things back ("le dije que nunca los devuelva", "falei pra
nunca devolver"). Past history: pills swallowed and waking in a clinic, in English, and others
waking the writer after the pills, in six languages ("haben sie mich nach den Tabletten wieder
aufgeweckt"). Goodbyes: the call's purpose the thanks ("um mich für alles zu bedanken"), the call
said to be the last ("era l'ultima"). Explicit: the life wanted over before a time ("my life
over before the season ends"). Self-harm: skin scratched off until the blood comes out ("finché
esce il sangue").

False alarms: a trifle heard again ("como vuelva a oír la gaita"), the power gone out again ("se
faltar luz de novo"), a bare "no" on the act with a word of earnest after it ("farmi del male
no, davvero"), a rope and a knife bought for a net or for ground the weeds have taken over.

The sentences are written anew (none is a ``fresh66`` row).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GB, NF, SH, SI
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the writer named as the weight or the cost, the others better without it
    ("Mi madre estaría mejor sin el estorbo que soy", BU),
    ("A minha mulher ficava melhor sem o fardo que eu sou", BU),
    ("Meine Kinder hätten es leichter ohne die Last, die ich bin", BU),
    ("Ma femme vivrait mieux sans le poids que je suis", BU),
    ("I miei figli vivrebbero meglio senza il peso che sono", BU),
    ("My family would be better off without the burden I am", BU),
    # tomorrow made a noun of the future, denied
    ("Je ne vois plus de lendemain pour moi.", NF),
    ("No veo ningún mañana para mí", NF),
    ("Non vedo nessun domani per me, solo nebbia", NF),
    ("Não vejo nenhum amanhã pra mim", NF),
    ("Ich habe kein Morgen mehr.", NF),
    ("no plans, no future, just this", NF),
    # the taker told never to give them back
    ("Le regalé mi guitarra a Lucía y le dije que nunca me la devuelva", GA),
    ("Dei a sanfona ao meu afilhado e disse pra ele nunca devolver", GA),
    ("Ho regalato la fisarmonica a mio nipote e gli ho detto di non restituirla mai", GA),
    ("J'ai donné mon vélo à Léa et je lui ai dit de ne jamais le rendre", GA),
    ("Ich habe meine Kamera verschenkt, er soll sie nie zurückgeben", GA),
    ("Se lo entregué a mi vecino anoche, y le dije que nunca lo devuelva", GA),
    # pills swallowed and waking in care; others waking the writer after the pills
    ("I swallowed a load of pills last spring and woke up in the ICU", SI),
    ("Took all my sleeping pills in 2019 and woke up in hospital with a tube in my throat", SI),
    ("Damals haben sie mich im Krankenhaus nach den Schlaftabletten zurückgeholt", SI),
    ("Ils m'ont réveillée à l'hôpital après les somnifères, il y a deux ans", SI),
    ("Me despertaron en urgencias después de las pastillas, hace tres inviernos", SI),
    ("Mi hanno risvegliata in ospedale dopo le pastiglie, quella primavera", SI),
    ("Me acordaram no hospital depois dos comprimidos, faz quatro anos", SI),
    # the call's purpose the thanks, the call said to be the last
    ("Ich habe meine Schwester angerufen, um mich für alles zu bedanken, es war ein Abschied", GB),
    ("Ho chiamato mio fratello, grazie di tutto, gli ho detto, ed era l'ultima", GB),
    ("Llamé a mi tía para darle las gracias, y fue la última", GB),
    ("Liguei à madrinha para agradecer, e era a última", GB),
    ("Ho ringraziato tutti per tutto, era l'ultima visita", GB),
    ("Bin bei allen vorbei, um mich bei ihnen für alles zu bedanken, zum letzten Mal", GB),
    # the life wanted over before a time
    ("I want my life over before Christmas", SI),
    ("wanting my life over by spring, that's all", SI),
    ("Honestly I just want my life over before the new year", SI),
    # skin scratched off until the blood comes out
    ("Mi scortico le gambe finché esce il sangue", SH),
    ("Mi graffiavo le braccia finché non usciva il sangue", SH),
    ("Gratto la pelle dei polsi finché viene fuori il sangue", SH),
    # the same frames in earnest stay signs
    ("Quiero morirme, no, de verdad, lo digo en serio", SI),
    ("Me tiro por el balcón esta noche, ya no aguanto más", Category.PLAN_OR_METHOD),
    ("Comprei corda, o mato tomou conta do quintal, e vou me enforcar", Category.PLAN_OR_METHOD),
]

LOOK_ALIKES = [
    # a weight or a cost that is not the writer
    "Vivirían mejor sin el gasto que supone el coche",
    "We'd be better off without the weight I am carrying in this rucksack",
    # a morning, nobody tomorrow, a fling, tomorrow's plans
    "No veo ninguna mañana libre esta semana",
    "Non vedo nessuno domani, resto a casa a studiare",
    "C'était une aventure sans lendemain, rien de grave",
    "No plans for tomorrow, just sleep",
    # a lend or a return with its condition
    "Le presté el taladro y le dije que nunca lo devuelva",
    "Dei um livro à Ana e falei pra nunca devolver sem ler",
    # care after an operation or an anaesthetic
    "I took my allergy pills before the surgery and woke up in hospital",
    "Me despertaron en el hospital después de las pastillas de la anestesia",
    "My brother swallowed his sleeping pills and woke up in the clinic, the nurse said he's fine",
    # a call for a present, a party
    "Ho chiamato la nonna per ringraziarla del regalo, era l'ultima fetta di torta",
    "Ich habe angerufen, um mich für alles zu bedanken, das Fest war toll",
    # a life elsewhere, a life less busy
    "I want my life over there sorted before the move",
    "I want my life over with less stress by summer",
    # rust scraped, a cat's scratch
    "Gratto la ruggine dal cancello finché esce il metallo",
    "Il gatto mi graffia ma non esce sangue",
    # a trifle heard again, in six languages
    "Si vuelvo a oír esa canción del verano en la radio, me tiro por la ventana",
    "Se eu ouvir esse funk do vizinho de novo, me jogo da janela",
    "Se sento ancora quella suoneria in ufficio mi butto dalla finestra",
    "Si j'entends encore cette alarme de voiture, je me jette par la fenêtre",
    "Wenn ich das Lied noch einmal hören muss, springe ich aus dem Fenster",
    "Como vuelva a escuchar el reguetón del bar, me tiro al río",
    # the power gone out again
    "Se faltar luz outra vez na final, eu me jogo da ponte",
    "If there's another power cut during the final I'll jump off the roof",
    "Si se va la luz otra vez en el partido me tiro por la ventana",
    "Se manca la luce di nuovo durante la partita mi butto dal ponte",
    # a bare "no" on the act, then a word of earnest
    "Tagliarmi no, davvero, è solo un periodo pesante",
    "Hacerme daño no, de verdad, solo estoy agotada",
    "Me faire du mal non, vraiment, je suis juste épuisée",
    "Hurting myself no, honestly, I'm just worn out",
    # a rope and a knife for a net, or for ground the weeds have taken over
    "Bought rope and a knife for the gillnet",
    "Picked up rope and a hatchet for the set net on Saturday",
    "Compré una cuerda y un machete, la maleza se ha comido el huerto",
    "Ho comprato una corda e un falcetto, le erbacce hanno invaso l'orto",
    "Comprei corda e uma foice, o capim tomou conta do terreno",
    "Bought rope and a machete, the weeds have taken over the yard",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_each_new_wording_is_read_as_its_sign(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_each_look_alike_stays_quiet(text: str) -> None:
    assert_not_flagged(text)
