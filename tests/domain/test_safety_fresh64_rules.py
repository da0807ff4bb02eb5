"""The readings widened after studying ``fresh64``, both ways: new wordings of each sign that
must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Giving away: the writer's things said to be someone's now by the possessive ("are my nephew's
now", "sono ormai di mia cugina", "agora são do Rui"), the thing first and its new holder after
the verb ("Mein Fahrrad hat jetzt der Nachbarsjunge"), the close with its "I" left out after a
comma ("won't be wanting them again"); "where I am headed" uncontracted, "onde eu vou", "donde
yo voy", and the need denied as a lack ("no me hacen falta", "não fazem falta"), as no use ("they
are no use") or as nothing done with them ("je n'en ferai rien"). Getting the means: one more box
of a medicine bought and nobody told, all of a supply kept and never touched, pills gone into or
sitting in a tin or jar. Past history: an attempt dated by the writer's age ("il tentativo dei
diciannove anni", "my attempt at nineteen"), the writer found again in time ("on m'a retrouvée
à temps"). Explicit: suicide as all that goes round the writer's head. Self-harm: a hand pressed
on something hot on purpose, a door struck with the bruises the only quiet, skin scraped raw,
wrists bitten until they leave marks. Burden: the writer's being here wrecking a life, stealing
someone's years, the weight that drags them ("le boulet qui …", "un macigno", "uma pedra no
sapato"). Goodbyes: thanks for a whole life, love told with the goodbye, thanks to everyone
where they meet with the last time. Trapped: a cage the writer feels shut in with the pain
growing, a life like a room whose door has shut. Plan: out onto an edge over the water "and not
come back" / "and that'll be the end". False alarms: a routine question put as a noun ("me
hicieron la pregunta de si", "on m'a posé la question des …", "went through her list about").

The sentences are written anew (none is a ``fresh64`` row); the look-alikes of each new shape
are ordinary days told in its grammar (a bike handed on with a reason, a trip's destination, a
box bought for a parent, a boxer's weight, a stone in a rival's shoe, a choir's summer break, a
dog in a cage, a walk to the point till dark, a question answered no).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the writer's things someone's now, by the possessive, and the writer's use over
    ("My guitar and the amp are my brother's now, I won't need them", GA),
    ("The fishing gear is all in my cousin's garage now, won't be wanting it again", GA),
    ("La bici e il casco sono ormai di mia cugina, non li userò più", GA),
    ("Mein Fahrrad hat jetzt der Nachbarsjunge, ich brauche es nicht mehr", GA),
    ("A minha guitarra agora é do meu sobrinho, não me faz falta", GA),
    # where the writer is headed, uncontracted or with its pronoun, and the need denied
    ("My sister has my records now, where I am headed they are no use", NF),
    ("Le di la moto a mi primo, donde yo voy no me hace falta", NF),
    ("Dei a prancha ao Rui, onde eu vou não me faz falta", NF),
    ("J'ai donné mes outils à mon voisin, là où je vais je n'en ferai rien", NF),
    ("Ho regalato il violino a mia nipote, dove io vado non mi serve", NF),
    # one more box bought, nobody told; all of a supply kept, untouched
    ("Bought another packet of painkillers at the garage and told nobody", GM),
    ("Compré otra caja de pastillas en la farmacia del puerto sin decir nada", GM),
    ("Comprei mais uma caixa de calmantes e não disse nada a ninguém", GM),
    ("J'ai acheté encore une boîte de somnifères sans le dire à personne", GM),
    ("Hab noch eine Packung Schlaftabletten geholt und niemandem was gesagt", GM),
    ("Tengo tutte le scatole di sonniferi nell'armadio senza toccarle", GM),
    ("Guardo todas las cajas de pastillas en la mesilla sin tocarlas", GM),
    ("I'm keeping all my sleeping pills in the drawer without touching them", GM),
    # pills gone into, or sitting in, a tin or a jar
    ("Every tablet from the last month has gone into a coffee tin in the van", GM),
    ("Every pill the GP prescribed since June is in a jar under my bed", GM),
    # an attempt dated by the writer's age, or the writer found again in time
    ("Since my attempt at seventeen, I haven't felt this low", SI),
    ("Desde el intento de los veinte años no me sentía así", SI),
    ("Penso spesso al tentativo dei sedici anni, e torna la paura", SI),
    ("Depois da tentativa dos dezoito anos nunca mais falei nisso", SI),
    ("Seit dem Versuch mit neunzehn war es nie so schlimm", SI),
    ("Ils m'ont retrouvé à temps après une tentative, il y a dix ans", SI),
    # suicide as all that goes round the writer's head
    ("Suicide is all that goes round my head at work lately", SI),
    ("Ending my life is all that runs through my mind at night", SI),
    # a hand pressed on something hot, a door struck for quiet, skin scraped raw, wrists bitten
    ("I pressed my palm on the hot iron on purpose, it shuts my head up", SH),
    ("Slammed my fist into the shed door again, the pain is the only quiet I get", SH),
    ("I scratched my arms raw with my nails last night, hid it under a hoodie", SH),
    ("Je me mords les bras jusqu'à laisser des traces", SH),
    # burden: the writer's being here wrecking a life, stealing years, the weight that drags
    ("Me still being here is ruining my mum's whole life", BU),
    ("I'm stealing his best years, he should be out living", BU),
    ("Le estoy quitando los mejores años a mi marido", BU),
    ("Je lui vole ses plus belles années, à ma fille", BU),
    ("Le sto rubando gli anni migliori, a mia madre", BU),
    ("Je suis le boulet qui empêche ma mère de vivre", BU),
    ("Mio figlio lavora di notte per me, sono un macigno per lui", BU),
    ("Sou uma pedra no sapato da minha filha", BU),
    ("Soy una piedra en el zapato de mis padres", BU),
    ("My being alive is wrecking their lives", BU),
    # goodbyes: thanks for a whole life, love told with the goodbye, the last time
    ("Llamé a mi hermano para despedirme y decirle cuánto lo quiero", GB),
    ("Liguei ao meu pai só para lhe agradecer a vida toda, ele não sabe que foi a despedida", GB),
    ("Hab mich bei allen im Verein bedankt, es war das letzte Mal", GB),
    # trapped: shut in a cage with the pain growing; a life like a room whose door has shut
    ("Mi sento chiusa in una gabbia e il male cresce ogni settimana", TP),
    ("Ma vie est une pièce dont la porte s'est fermée, et la douleur ne cesse de monter", TP),
    # plan: out onto an edge over the water, and no coming back
    ("On Sunday I'll walk out on the pier at Whitby and not come back", PM),
    ("I'm going to drive out to the old bridge and that'll be the end", PM),
]

LOOK_ALIKES = [
    # a supply bought for any relative the shared kin list names, an aunt as well as a mum
    "Bought another box of painkillers for my aunt and told nobody, she hates a fuss",
    # things someone's now, with a reason or someone else's use over
    "The bikes are my nephew's now, I won't need them since I got a car",
    "The bikes are my nephew's now, he says he won't need them again",
    "Il libro è del ragazzo dei vicini, non lo uso più perché l'ho finito",
    "Meine Gitarre hat jetzt der Nachbarsjunge, ich brauche sie nicht mehr seit ich Klavier spiele",
    "Sou uma pedra no sapato da defesa adversária",
    # a trip or a walk is where the writer is headed
    "Where I am headed this weekend I won't need the car, we're walking",
    "Donde yo voy el sábado no me hace falta abrigo",
    "Onde eu vou amanhã não me faz falta o carro, vou de comboio",
    "Là où je vais, je n'en ferai rien, c'est une randonnée",
    # a box bought for someone, for a migraine, or kept safe
    "Ho comprato un'altra scatola di sonniferi per mia madre, senza dirlo a nessuno",
    "Bought another box of tablets for my dad and didn't tell anyone",
    "Bought another box of paracetamol for my migraine",
    "Je garde toutes les boîtes de médicaments périmés sans y toucher, pour les rapporter",
    "All the vitamins are in a jar on the counter",
    "All my meds are in a tin in the kitchen cupboard so the kids can't reach",
    "All the tablets went into the first aid box in the van for the camping trip",
    "All the sweets have gone into a jar for the party",
    # an attempt at a record, a distance, a business
    "My attempt at twenty push-ups failed",
    "My attempt at 19 km was a disaster, legs gave out",
    "Il tentativo dei 100 anni di storia del club",
    "Il mio tentativo a trenta anni di aprire un bar è fallito",
    "Mi hanno ritrovato in tempo per la cena",
    "On m'a retrouvée à temps pour le train",
    # a song round the head
    "That song is all that goes round my head today",
    # a burn, a bite, a scrape with a cause
    "scratched my legs raw from the mosquito bites",
    "scraped my legs raw when I fell off the bike",
    "I slammed the door into the wall, the garden is the only quiet I get",
    "Mon chien me mord jusqu'à laisser des marques",
    # a weight, a joke, a rival
    "Me being here is ruining the surprise",
    "He's stealing her best lines in the play",
    "Le estoy robando los apuntes a mi hermana",
    "Soy una piedra en el zapato para el equipo rival",
    "Sono un macigno di 90 chili, devo dimagrire",
    "Je suis le boulet de canon de l'équipe",
    # a goodbye that is a party, a break, a birthday
    "Fui à despedida de solteira da Ana, foi a última vez que a vi solteira",
    "Ich habe mich bei allen im Chor bedankt, die Probe war super",
    "Ich habe mich bei allen im Verein bedankt, es war das letzte Mal vor der Sommerpause",
    "Liguei à avó para lhe agradecer a vida toda, fez 90 anos hoje",
    "Llamé a mi abuela para decirle cuánto la quiero, cumple 90",
    # a dog in a cage, a cellar door, a knee
    "Il cane è chiuso in una gabbia dal veterinario e il male cresce ogni giorno",
    "Il male al ginocchio cresce ogni giorno, il fisioterapista dice di aspettare",
    "La cave dont la porte s'est refermée, et la douleur au dos monte",
    # a walk out to the point, a holiday's end
    "I'll walk out to the point and not come back till dark",
    "We'll walk out on the pier at sunset and that'll be the end of our holiday",
    "We're going to drive out to the bridge and that'll be it for the tour",
    # a routine question put as a noun, answered no
    "At the surgery the nurse went through her list about hurting myself, all answers no",
    "En la revisión me hicieron la pregunta de si pensaba en matarme y dije que no",
    "Chez le médecin on m'a posé la question des idées noires, et il n'y en a pas",
    "Mi hanno fatto la domanda sui pensieri di suicidio e ho detto di no",
    "Fizeram-me a pergunta se pensava em me matar e disse que não",
]

# the sign the writer answers yes to after a question put as a noun still reads
ANSWERED_YES = [
    ("Me hicieron la pregunta de si pensaba en matarme y les dije que sí", SI),
    ("On m'a posé la question des idées noires, et j'ai avoué que oui", SI),
    ("The nurse went through her list about hurting myself and every answer was yes", SH),
]


@pytest.mark.parametrize(("text", "category"), SIGNS + ANSWERED_YES)
def test_fresh64_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh64_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
