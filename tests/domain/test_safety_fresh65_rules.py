"""The readings widened after studying ``fresh65``, both ways: new wordings of each sign that
must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Goodbyes: everyone of a circle called to be thanked ("jeden aus dem Verein angerufen und mich
bedankt", "per ringraziarli", "para agradecer", "pour les remercier"), with the call said to have
been the goodbye ("era la despedida", "foi uma despedida"). Plan: going up to a mountain, a col,
a glacier or a waterfall and not coming back or down, or the end said at the clause's close ("e
acabo com isto", "and that is the end"), the German verb before its "ich". Explicit: being dead
one morning hoped for ("hoffe, dass ich eines Morgens einfach tot bin"), dying in one's sleep
taken if offered, the thought of suicide named by its noun as a companion ("il pensiero del
suicidio mi segue"). Self-harm: the writer's fist on the writer's head, scratching until it
bleeds in any tense. Giving away: the writer "done with both", "moi c'est fini", the taker told
to keep them forever. Burden: kinder to them if the writer disappeared, a policy's payout worth
more than the writer, a load "in tow", "ohne mich hätten sie wieder Luft", costing them
everything for nothing, "senza questo peso vivrebbe". Trapped: pain and "ich kann so nicht
weitermachen", no way seen to bear it a day more, one more day "and it never lets up", a crack
in the ice. No future: looking ahead and finding no year with the writer in it; "gonna shift" as
a verb, not a work shift. Getting the means: a gun safe's key never given back, pills "for me,
for when I decide", a poison's ordinary use denied ("it isn't for the garden"). False alarms: a
form's box answered no, a doctor's question "verneinen" could, "nada de pensamentos de …".

The sentences are written anew (none is a ``fresh65`` row); the look-alikes are ordinary days
told in each shape's grammar (a choir's party, a hike back by dark, a hiccup, a drill handed on
for a new set, a car's boot, a team's fan, a dentist to book, a driveway's cracks).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # everyone of a circle called to be thanked, the call said to be the goodbye
    ("Ich habe jede aus dem Chor nochmal angerufen und mich bedankt, es war ein Abschied", GB),
    ("Llamé a mis hermanas una por una para darles las gracias, era la despedida", GB),
    ("Ho chiamato i miei cugini uno per uno per ringraziarli, era un addio", GB),
    ("Liguei aos meus padrinhos para agradecer, foi a despedida", GB),
    ("J'ai appelé mes vieux copains pour les remercier, c'était un adieu", GB),
    ("Rang my old coach and thanked him for all of it, it was a goodbye really", GB),
    # up to a height and not coming back or down, or the end said at the close
    ("Nach der Kirmes fahre ich hoch zum Gipfel und komme nicht zurück", PM),
    ("Après la fête du village je monterai au sommet et je ne redescendrai pas", PM),
    ("Dopo la sagra salgo sulla cima e non torno giù", PM),
    ("Depois da feira vou até à cascata e acabo com tudo", PM),
    ("Después de la boda subiré a la cumbre y no volveré", PM),
    ("On Sunday I'll drive up to the waterfall and that'll be the end", PM),
    # being dead hoped for, dying taken if offered, the thought of suicide as a companion
    ("Ich bete jeden Abend, dass ich eines Tages einfach tot bin", DW),
    ("Ich hoffe so, dass ich morgen früh einfach tot bin.", DW),
    ("If I could just die tonight I'd gladly take it", DW),
    ("La pensée du suicide me poursuit depuis l'hiver", SI),
    ("O pensamento do suicídio acompanha-me para todo o lado", SI),
    ("El pensamiento del suicidio me persigue desde marzo", SI),
    ("Der Gedanke an Suizid verfolgt mich seit Wochen", SI),
    # the writer's fist on the writer; scratching until it bleeds, in any tense
    ("I punch myself in the face when the thoughts get loud", SH),
    ("Punched myself in the thigh over and over last night", SH),
    ("Ontem arranhei os braços até sangrar outra vez", SH),
    ("Passo a noite a arranhar as pernas até sangrar", SH),
    # the writer done with both, "moi c'est fini", the taker told to keep them forever
    ("My brother's got my rods and my reel now, I'm done with both of them", GA),
    ("Ma voisine est repartie avec ma machine à coudre et mes tissus, moi c'est fini", GA),
    (
        "Mia cugina adesso ha la chitarra e l'ampli, le ho detto di tenerli per sempre, a me non "
        "servono più",
        GA,
    ),
    # kinder if I disappeared, a policy's payout worth more, a load in tow, air without me
    ("Mum does all my washing and feeding and it would be kinder to her if I disappeared", BU),
    ("The payout on my life insurance would help them more than I ever have", BU),
    ("my wife works two jobs for my debts, she'd do better without me in tow", BU),
    ("Ohne mich hätte er endlich wieder Luft", BU),
    ("Gli costo tutto e non serve a niente", BU),
    ("Les cuesto todo y no sirve de nada", BU),
    ("Mia madre mi porta come un fardello, senza questo peso vivrebbe", BU),
    # pain that cannot be borne or gone on with, one more day and no let-up, a crack in the ice
    ("Der Schmerz in der Brust frisst mich auf, ich kann so nicht mehr weitermachen", TP),
    ("La souffrance est partout et je ne vois pas comment la supporter plus longtemps", TP),
    ("I can't face one more week of this pain and it never eases", TP),
    ("Ich sitze fest wie in einer Felsspalte, ich schreie und niemand hört mich", TP),
    # looking ahead: no year with the writer in it; "gonna shift" is a verb
    ("Ich schaue in die Zukunft und sehe kein Jahr, in dem ich vorkomme", NF),
    ("Miro al futuro y no veo ningún año en el que yo esté", NF),
    ("Je regarde l'avenir et je ne vois aucune année où je serai", NF),
    ("Guardo al futuro e non vedo nessun anno in cui ci sono io", NF),
    ("nothing's gonna shift for me, no point making plans for a year i won't be around for", NF),
    # a gun safe's key never given back, pills for the writer, a poison's use denied
    ("Still have the key to my dad's rifle cabinet and I never gave it back", GM),
    ("Said the sleeping tablets were for my nan but they're for me, for when I decide", GM),
    ("Bought rat poison in the next town over, and it isn't for the rats", GM),
    ("Comprei herbicida noutra vila, e não é para a horta", GM),
    ("Ho preso il topicida al consorzio di un altro paese, e non è per i topi", GM),
]

LOOK_ALIKES = [
    # a thank-you round with its occasion; a goodbye party's name
    "Ho chiamato le amiche del coro per ringraziarle della festa d'addio al celibato di Marco",
    "Fomos jantar para agradecer aos colegas, foi a despedida do chefe",
    "Llamé a la abuela para darle las gracias, era la despedida de soltera de mi prima",
    "Ich habe jeden im Verein angerufen und mich bedankt, die Feier war ein Erfolg",
    # a height gone up to with a return given a time, an end of a trail
    "Subiré a la cumbre del Aneto y no vuelvo hasta el lunes",
    "Salgo sul Monte Baldo e non torno giù prima di sera",
    "I'll walk down to the falls and that is the end of the trail, then we eat",
    "I'll walk up to the falls for a picnic and that'll be it",
    # a hope about being tired, not dead; dyeing hair; the thought of the sea
    "Ich hoffe, dass ich eines Tages einfach tot bin vor Müdigkeit nach dem Umzug",
    "If I could dye my hair tonight I'd take it",
    "Il pensiero del mare mi segue ovunque",
    # a thump for the hiccups, a punch in a dream, the cat scratching a sofa
    "Thumped myself on the chest to get the hiccups out",
    "I punched myself in the face in my sleep, woke up with a sore nose",
    "O gato esteve a arranhar o sofá até sangrar o tecido",
    # a drill handed on for a new set, a trip's end, a taker's keeping
    "My nephew's got my old drill now, I'm done with both, bought a new set",
    "Mon neveu a pris ma voiture, moi c'est fini les longs trajets",
    # room in a car's boot, a pension, a truth told, a weight on the chest, a rucksack
    "Ohne mich hätten sie wieder Luft im Kofferraum für die Fahrräder",
    "The payout from my pension would do more for us than I expected",
    "I did the dishes and it would be kinder to him if I told him tonight",
    "Il respirerait mieux sans ce poids sur la poitrine",
    "Senza questo peso nello zaino vivrebbe meglio la salita",
    # a club left, a fan's team, the rain
    "Ich kann so nicht weitermachen mit dem Verein, ich trete zum Sommer aus",
    "Le prof nous a expliqué la douleur du héros, je ne vois pas comment le supporter en finale",
    "I can't stand one more day of it and it never lets up, this rain in Manchester",
    # a calendar to fill, a year of holidays, a year off; a late shift
    "Next year's calendar has nothing in it yet, I should book the dentist",
    "Guardo avanti e non c'è un anno di ferie che mi riguardi, solo lavoro",
    "Olho para a frente e não vejo nenhum ano de folga, só trabalho",
    "I won't be around for tea, I've got a late shift",
    # a key kept for a dog, a decision about sleep, another use named
    "Got the key to my uncle's gun safe, he asked me to feed the dog and I haven't given it back "
    "yet",
    "The tablets are for me, for when I decide to go back to sleep earlier",
    "Bought weedkiller at the co-op, it isn't for the garden, it's for the cracks in the driveway",
    # a form's box or a doctor's question answered no; none of those thoughts
    "The physio's intake form had a box about self-harm, I wrote no, it's only my knee",
    "Der Hausarzt wollte wissen, ob ich an Suizid denke, das konnte ich klar verneinen",
    "Sin pensamientos de matarme desde el verano, solo cansancio",
    "Nessun pensiero di farla finita, solo un autunno lungo",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_each_new_wording_is_read_as_its_sign(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_each_look_alike_stays_quiet(text: str) -> None:
    assert_not_flagged(text)
