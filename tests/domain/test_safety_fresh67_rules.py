"""The readings widened after studying ``fresh67``, both ways: new wordings of each sign that
must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Plan: going alone to a height, a lake or the rocks, closed by no return or by the end told
("subiré solo al mirador y ahí se acaba todo", "andrò da solo sugli scogli e sarà finita").
Giving away: things left with someone ("liegen jetzt beim Patenbuben", "ficaram com o
afilhado") and the writer's use over ("ich brauch das alles nicht mehr", "agora é dele pra
sempre", "told him keep them", "I won't be wanting any of it"). Burden: dragging others down
with the writer ("all I do is drag her down with me"), a care that comes every weekend being no
occasion. Past history: a ward given the bare trying as its reason ("on the psych ward twice
for trying"). Trapped pain: the pain stuck to the writer with nowhere to set it down ("je ne
trouve plus où le poser"); held under a rip, swimming with the shore never nearer; under a
river in flood; under an avalanche with nobody digging. No future: "later" or the next season
made a noun and denied for the writer ("there's no later coming for me"). Self-harm: "and cut
again" in a note opened by a verb. Getting the means: a hiding place filling up with pills; a
gun fetched from a barn or a ranch and kept.

False alarms: the writer named as a load placed on or in a thing carried ("Ich bin die Last auf
dem Rücken meines Rucksacks", "the dead weight in the back of the kayak"), a sentence denied by
its opening "not even" ("Neanche nel periodo del fallimento ho pensato di …"), a screening
test at a check-up answered negative, rope bought for firewood.

The sentences are written anew (none is a ``fresh67`` row).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # going alone to a height or the water, and the end told
    ("Tras la boda iré sola al lago y ahí se acaba todo", PM),
    ("Depois da festa vou sozinha até o lago e aí acaba tudo.", PM),
    ("Je vais aller seule aux rochers et ce sera fini.", PM),
    ("Finita la sagra salgo da solo sul molo e sarà finita", PM),
    ("I'm driving out to the rocks by myself and not coming back", PM),
    ("Ich fahre allein zum See und komme nicht mehr zurück", PM),
    ("Nach der Kirmes gehe ich allein zum See und dann ist alles vorbei", PM),
    # left with someone, and the writer's use of it over
    ("Meine Gitarre und das Fahrrad liegen jetzt beim Neffen, ich brauch das alles nicht mehr", GA),
    ("A minha guitarra ficou com a minha sobrinha, agora é dela pra sempre", GA),
    ("Gave the boat to my brother, said I won't be wanting any of it", GA),
    ("Dropped off my fishing rods with Kev, told him keep them", GA),
    ("Handed my records to my niece and told her to keep the lot.", GA),
    ("As ferramentas do meu pai ficaram com o vizinho, são dele para sempre", GA),
    # dragging the others down with the writer
    ("All I ever do is drag my mum down with me.", BU),
    ("Je l'entraîne avec moi vers le fond, ma pauvre sœur", BU),
    ("La trascino giù con me, mia sorella non se lo merita", BU),
    ("A mi hermana la arrastro conmigo, y ella no tiene la culpa", BU),
    ("Eu só puxo ela pra baixo comigo, coitada da minha irmã", BU),
    ("Ich ziehe sie nur mit mir runter, meine arme Schwester", BU),
    ("my brother comes every weekend to sit with me, all i do is drag him down with me", BU),
    # a ward given the bare trying as its reason
    ("I was in hospital twice for trying, nobody at work knows", SI),
    ("Spent a month on the psychiatric unit after trying, and it's creeping back", SI),
    ("J'ai été deux fois en HP pour avoir essayé, et ça recommence", SI),
    ("Elle ne le sait pas, mais j'ai fini à l'hôpital psychiatrique pour avoir essayé.", SI),
    ("Ich war zweimal in der Psychiatrie, weil ich es versucht hab, und jetzt kommt es wieder", SI),
    ("Im Krankenhaus, nachdem ich es versucht hatte, hat mich keiner besucht", SI),
    # the pain stuck to the writer, nowhere to set it down
    ("This pain sits on me from morning to night and I can't find anywhere to put it down", TP),
    ("Der Schmerz klebt an mir den ganzen Tag, ich weiß nicht mehr, wo ich ihn ablegen soll", TP),
    ("Questo dolore mi sta addosso dalla mattina alla sera, non so più dove posarlo", TP),
    ("Este dolor no me suelta en todo el día, no encuentro dónde dejarlo", TP),
    ("Ce mal me colle à la peau, je ne sais plus où le poser", TP),
    ("Esta dor não me larga, já não sei onde a pôr", TP),
    # held under: a rip, a river in flood, an avalanche with nobody digging
    ("C'est comme un courant, je nage et je nage et la plage ne se rapproche jamais", TP),
    ("Come una corrente, nuoto e nuoto e la riva non si avvicina mai", TP),
    ("Wie in einer Strömung, ich schwimme und schwimme und das Ufer kommt nie näher", TP),
    ("It's like being under the river in flood, my lungs are burning", TP),
    ("It's like being under an avalanche and nobody is digging", TP),
    ("Como estar bajo una avalancha y nadie cava", TP),
    ("Come stare sotto una valanga e nessuno scava", TP),
    ("Es ist, als läge ich unter einer Lawine, und niemand gräbt", TP),
    # later or the next season, denied for the writer
    ("Why bother with a pension, there's no later for me", NF),
    ("I can't see a next year for me.", NF),
    ("No hay un después para mí", NF),
    ("Não há um depois pra mim, só hoje", NF),
    ("Non c'è un dopo per me.", NF),
    ("Es gibt kein Später mehr für mich", NF),
    # "and cut again" in a note opened by a verb
    ("Went up to my room after dinner and cut again.", SH),
    ("Sat in the car and cut again, I couldn't stop", SH),
    ("Got home from the shift and cut again", SH),
    ("Snuck out to the shed and cut again last night", SH),
    ("Waited till everyone slept and cut again.", SH),
    ("Locked the door and cut again, the relief lasted an hour", SH),
    # a hiding place filling up with pills
    ("A tin in the shed is filling up with my pills", GM),
    ("La lata del armario se va llenando de pastillas, y nadie se ha dado cuenta", GM),
    ("Une boîte en fer derrière les livres se remplit peu à peu de cachets", GM),
    ("Il barattolo in cantina si sta riempiendo di pastiglie", GM),
    ("A lata debaixo da cama vai enchendo de comprimidos", GM),
    ("Die Blechdose im Keller füllt sich langsam mit Tabletten", GM),
    # a gun fetched from a barn or a ranch and kept
    ("Took my dad's shotgun from the barn and never returned it, it's under my bed now", GM),
    # a "not even" that does not open the sentence's denial stays a sign
    ("Nemmeno mia madre mi capisce e voglio morire", SI),
    ("Ni siquiera cuando duermo se me quitan las ganas de morir", SI),
    ("Nicht mal meine Frau weiß, dass ich sterben will", SI),
    ("Neanche oggi ho mangiato, penso solo a uccidermi", SI),
    # a check-up's test answered yes, and rope for firewood with the end named, stay signs
    ("En la revisión me hicieron el test de ideas suicidas y salió que sí, las tengo", SI),
    ("Seil und Axt für den Brennholzschlag gekauft, um mich aufzuhängen", Category.PLAN_OR_METHOD),
    # the writer as the load on the people, not on a thing, stays a sign
    ("Ich bin die Last auf dem Rücken meiner Familie", BU),
    ("I'm just the dead weight in this family", BU),
]

LOOK_ALIKES = [
    # going alone to the water, the end of something else
    "After the exams I'm going to the lake alone and it'll all be over",
    "Dopo la festa andrò da solo al lago e sarà finita la stagione",
    "Après le marché, j'irai seul au lac et ce sera fini pour la saison",
    "I'm walking out to the lake and not coming back till dark",
    # keys left, a dish dropped off, a lend with a time
    "Die Schlüssel liegen jetzt beim Nachbarn, ich brauch sie erst am Montag",
    "Dropped off the casserole with Dwayne, told him keep it warm",
    "Lent my tools to Dwayne, told him keep them till spring",
    "Gave her my old bike, I won't be wanting any of it until spring",
    # dragging things, not people, or a sled
    "All I do is drag the bins down to the road on Mondays",
    "I drag her down the slope on the sled with me",
    "La trascino con me al mercato ogni sabato",
    "They'd manage without me at the weekend",
    # a ward for something tried, someone else's stay
    "I was in hospital for trying a new diet pill",
    "My cousin was on the psych ward for trying, she's doing well now",
    # a back ache and a box, a suitcase, a lamp
    "Le mal de dos me tient toute la journée, je ne sais pas où poser le carton",
    "The pain in my knee is bad, I don't know where to put it when I sit on the bus",
    "Essa dor nas costas, não sei onde pôr a mala no avião",
    # a swim, an inbox, jet lag
    "It's like being under an avalanche of emails, nobody is coming to help me with the inbox",
    "I swam and swam at the lake today, the shore never got closer, lovely workout",
    "Jet lag is brutal, it's like being under water, can't tell which way is up",
    # a deadline, a show's next season, a job
    "There's no later than Friday for the forms",
    "I can't picture a next season for the show",
    "No hay un después para mí en esta empresa",
    # boards measured, someone else cutting
    "Measured the boards and cut again, still too short",
    "My sister locked herself in and cut again, mum found her",
    # old pills for the pharmacy, soap, expired tablets
    "The biscuit tin is filling up with old pills, taking them back to the pharmacy on Friday",
    "The jar is filling up with buttons and old tablets of soap",
    "Il barattolo si riempie di pastiglie scadute, le porto in farmacia",
    # a rifle for the coyotes
    "Borrowed the rifle from the ranch for the coyotes, it's in my room till Sunday",
    # a sentence denied by its opening "not even"
    "Neanche nel periodo del divorzio ho pensato di uccidermi, avevo solo bisogno di riposo",
    "Nemmeno dopo il licenziamento ho pensato di farla finita",
    "Ni siquiera en lo peor del paro pensé en matarme",
    "Nicht mal nach der Pleite habe ich daran gedacht, mich umzubringen",
    # a check-up's screening test, negative
    "Beim Check-up haben sie den Test zu Suizidgedanken gemacht, alles negativ",
    "En el chequeo anual me pasaron el cuestionario de ideas suicidas, todo negativo",
    # rope and an axe for firewood
    "Bought rope and an axe for the firewood",
    "Compré cuerda y un hacha para el corte de leña",
    "Ho comprato una corda e un'accetta per il taglio della legna",
    "Seil und Keile für den Holzschlag im Winter besorgt",
    # a load on a rucksack, in a trailer, in a kayak
    "Ich bin die Last auf dem Rücken meines Rucksacks",
    "Ich bin die Last im Anhänger von Papas Fahrrad, sagt meine kleine Schwester lachend",
    "I'm the dead weight in the back of the kayak when we paddle, my sister says",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_each_new_wording_is_read_as_its_sign(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_each_look_alike_stays_quiet(text: str) -> None:
    assert_not_flagged(text)
