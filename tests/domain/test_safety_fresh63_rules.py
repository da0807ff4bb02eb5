"""The readings widened after studying ``fresh63``, both ways: new wordings of each sign that
must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Explicit: thoughts of suicide named by the act in Italian and Portuguese ("ho pensieri di
suicidio", "tenho ideias de suicídio"), the writer's own, not a talk's topic. Burden: the writer
become a weight ("me he convertido en una carga", "virei um estorvo", "je suis devenu un
fardeau", "sono diventato un peso", "ich bin zur Last geworden"), "a load on this family",
texting "the fam … w me gone", the others further or freer without the writer ("ohne mich käme
sie weiter", "sans moi elle irait plus loin"); a shift worked to pay the writer's debts is the
burden, not a shift. Past history: an attempt made told with the "I" left out or after it ("Made
an attempt in March", "the attempt I made"), "fiz uma tentativa", "hice un intento", "ho fatto
un tentativo", "einen Versuch gemacht", with no thing it was at; "nearly didn't come through" is
a near miss, not a denial. Self-harm: any verb of striking or scraping the writer's own body to
blood, a sting or raw skin. Getting the means: a hobby's gun kept "for when I'm ready", a gun
kept "für wenn es so weit ist", a box of blister packs hidden. Giving away: the pastime given up
("I'm not riding any more", "io in mare non ci esco più"), "à moi ils ne serviront plus", "ora
ha il mio …". False alarms: a clinician's question told with where it was put ("asked, as part
of the check, whether", "me preguntó en la revisión anual por ideas de"), a reason denied ("not
because I'd hurt myself"), a rope named as a tool ("a rope halter", "a lead rope").

The sentences are written anew (none is a ``fresh63`` row); the look-alikes of each new shape
are ordinary days told in its grammar (a boxer's weight, a workload, a hike, a cake, a bike
ride, a hobby given up for a reason, a routine check, a farm's tack).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # thoughts of suicide named by the act
    ("Ho pensieri di suicidio quasi ogni sera, anche al lavoro", SI),
    ("Da mesi ho idee di uccidermi che non mi lasciano", SI),
    ("Tenho ideias de suicídio desde o inverno", SI),
    ("Tenho tido pensamentos de suicídio no autocarro", SI),
    # the writer become a weight
    ("Me he convertido en una carga para mis padres", BU),
    ("Me volví un estorbo para mi hermana", BU),
    ("Virei um fardo para os meus filhos", BU),
    ("Tornei-me um peso na vida da minha mulher", BU),
    ("Je suis devenue un poids pour ma fille", BU),
    ("Sono diventata un peso per mio marito", BU),
    ("Ich bin meinen Eltern zur Last geworden", BU),
    ("I'm just a load on my parents, always have been", BU),
    ("tbh the fam would be fine w me gone", BU),
    # further or freer without the writer
    ("Ohne mich wären die Kinder freier", BU),
    ("Ohne mich käme mein Mann weiter", BU),
    ("Sans moi, mes enfants seraient plus libres", BU),
    ("Sem mim a minha irmã ia mais longe", BU),
    ("Senza di me sarebbero più liberi", BU),
    # a shift worked to pay the writer's debts
    ("Mi hermana hace doble turno para pagarme las deudas, soy una carga para ella", BU),
    # an attempt made, with no thing it was at
    ("Made an attempt last spring and nobody at work knows", SI),
    ("I still think about the attempt I made, it's louder this week", SI),
    ("Aos dezassete fiz uma tentativa e agora volta tudo", SI),
    ("Con veinte años hice un intento y esto se parece", SI),
    ("A diciott'anni ho fatto un tentativo, e ci risiamo", SI),
    ("Mit siebzehn hab ich einen Versuch gemacht, und jetzt kommt es wieder", SI),
    # striking or scraping the writer's own body to blood or a sting
    ("I dig my nails into my arms until there's blood", SH),
    ("Banged my head against my bedroom wall until it bled", SH),
    ("I pinch my thighs until they sting, it's the only thing that helps", SH),
    # a hobby's gun kept for the writer's own moment
    ("Moved my hunting rifle into the bedroom, for when I'm ready", PM),
    ("Hab Opas Flinte aus dem Keller geholt, für wenn es so weit ist", GM),
    ("Cogí la escopeta de mi padre, para cuando llegue el momento", GM),
    # a box of blister packs hidden
    ("Tengo escondida una caja con blísteres en el altillo", GM),
    # the pastime given up, no reason after it
    ("My nephew has my rods and reels now, I'm not fishing any more", GA),
    ("Mia cugina ora ha la mia bici, tanto io in montagna non ci vado più", GA),
    ("Ma voisine a maintenant ma machine à coudre, à moi elle ne servira plus", GA),
    ("My sister should have my paintings when I am gone", GA),
    # trapped: the head escaped from, a life not climbed out of, a likeness stuck
    ("I can't escape my own thoughts, not for a minute", TP),
    ("It's a life I can't climb out of and it hurts", TP),
    ("Je suis coincée comme une bête dans la boue, je ne peux ni avancer ni reculer", TP),
    ("Estou preso como um barco encalhado, não saio do lugar", TP),
    ("Estoy hundida como una piedra en el barro, no me puedo mover", TP),
    ("Ya no puedo con esta vida", TP),
    # the writer seen nowhere else either, the year not seen
    ("Je ne me vois pas à Lyon l'an prochain, ni nulle part ailleurs", NF),
    ("Não me vejo no Porto no próximo ano, nem em lado nenhum", NF),
    ("No me veo en Sevilla el año que viene, ni en ningún otro sitio", NF),
    ("Non mi vedo a Bari l'anno prossimo, né altrove", NF),
    ("Ein nächstes Jahr sehe ich für mich nicht", NF),
    # a farewell to each: their goodness or love with an apology for the writer
    (
        "Rang each of my brothers, told them they'd been so good to me and I was sorry for "
        "everything",
        GB,
    ),
    ("Hab jedem meiner Kinder geschrieben, dass sie die Besten sind und es mir leidtut", GB),
    ("Les escribí a cada uno de mis nietos que los quiero y que me perdonen", GB),
    ("Mandei a cada um dos meus filhos uma mensagem a dizer que os amo e que me perdoem", GB),
]

LOOK_ALIKES = [
    # thoughts of suicide as a topic
    "Sto leggendo un libro sui pensieri di suicidio negli adolescenti",
    "Palestra sobre ideias de suicídio nos jovens, muito útil",
    "Non ho pensieri di suicidio, solo stanchezza",
    # a weight class, a workload, a thing become a weight
    "Sono diventato un peso massimo, dice il mio allenatore",
    "Virei um peso pesado no boxe amador",
    "O meu filho virou um estorvo com aquela bateria",
    "Ohne mich kommt das Projekt weiter, sagt der Chef",
    "Ohne mich käme sie weiter beim Wandern, ich bin so langsam",
    "Sans moi au volant, ils iront plus loin",
    "Mi madre hace doble turno y sin mí en el turno irían mejor",
    "I'm a load on the server lol, sorry IT",
    "the fam would love a day out w me, prob",
    # an attempt at a thing
    "Made an attempt on the summit in March, turned back at the ridge",
    "Made an attempt at sourdough, flat as a pancake",
    "Made an attempt to call her but no answer",
    "The attempt I made at the record was rubbish",
    "Fiz uma tentativa de ligar-lhe mas não atendeu",
    "Fiz uma tentativa no exame de código, chumbei",
    "Hice un intento de tarta de queso, salió fatal",
    "Ho fatto un tentativo all'esame di guida, bocciato",
    "Hab einen Versuch gemacht, den Kuchen ohne Ei zu backen",
    # a scrape or a rake that is not the body
    "Raked the leaves until my hands stung",
    "Banged my head on the cupboard door, there was blood everywhere, so clumsy",
    "Twisted my ankle on the stairs until it went purple",
    # a gun for a season, tablets kept from a child
    "Took the fishing knife, for when I go to the lake",
    "Packed the hunting rifle for when the season opens",
    "Hab das Gewehr geputzt, für wenn die Jagd wieder losgeht",
    "Escondí una caja de bombones en el armario",
    # a pastime given up for a reason
    "Gave my skis to my cousin, I'm not skiing any more since we moved to Spain",
    "Gave my bike to my nephew, I'm not cycling any more with my knee",
    "My nephew has my old guitar now, I'm not playing any more, the band split up last year",
    "My sister has my car now, I'm not driving again till the cast is off",
    "Il figlio del vicino ora ha il mio gozzo, io in mare non ci esco più da quando mi sono "
    "trasferito a Milano",
    # a shadow escaped from, a dog's hole, a traffic jam, the heat, a place chosen over another
    "I can't escape my own shadow in this photo lol",
    "There's a hole in the garden the dog can't climb out of and it's driving me mad",
    "Je suis coincé comme un idiot dans les bouchons, je ne peux ni avancer ni reculer",
    "Estou presa como uma idiota no trânsito, não saio do lugar há uma hora",
    "Le camion est coincé comme une vache dans la neige, il ne peut ni avancer ni reculer",
    "Ya no puedo con el calor de Sevilla",
    "Ya no puedo con todo el papeleo",
    "Je ne me vois pas à Bruxelles l'hiver prochain, je préfère Lyon",
    "No me veo en Madrid el año que viene, prefiero Sevilla",
    "Non mi vedo a Milano l'anno prossimo, troppo cara",
    "Ich sehe für mich keinen Vorteil im nächsten Tarif",
    "Das nächste Jahr sehe ich für mich nicht in Berlin, eher in Wien",
    "When I am gone to Delhi for the exam, feed the cat",
    # thanks to each with an apology for a thing, not for the writer
    "Sent a card to each of the volunteers, they were the best, sorry I missed the party",
    "Told each of my students they'd been the best class, sorry for the mess I left on the board",
    "A cada uno de los invitados les dije que los quiero, perdón por el retraso",
    # a clinician's routine question answered no
    "Practice nurse asked, as part of the check, whether I've thought of hurting myself, "
    "the answer's no, it's only the tiredness",
    "The GP asked at my review whether I'd had thoughts of self-harm, and no, I haven't",
    "El médico del trabajo me preguntó en la revisión anual por ideas de hacerme daño; "
    "ninguna, se lo dije tranquila",
    "La enfermera me preguntó durante la consulta por pensamientos de suicidio y le dije que no",
    # a reason denied
    "Writing this down because I'm raging, not because I'd hurt myself, I wouldn't",
    "I'm writing, not because I want to die, just to vent",
    "Lo escribo, no porque quiera matarme, sino para desahogarme",
    "Je t'écris, pas parce que je veux mourir, juste pour parler",
    # a rope named as a tool
    "Bought a rope halter and a new lead rope at the feed store",
    "Bought a tow rope for the car",
    "Got a skipping rope for my niece",
    "Bought a rope ladder for the treehouse",
]

# the sign the writer answers yes to after a routine question still reads
ANSWERED_YES = [
    (
        "The nurse asked, as part of the check, whether I've thought of hurting myself, "
        "the answer's yes",
        SH,
    ),
    ("The GP asked at my review whether I'd thought of killing myself and I said yes", SI),
    ("Mi madre me preguntó en la cena por mis planes, y yo solo pienso en matarme", SI),
    ("I cry, not because I'm sad, because I want to die", Category.DEATH_WISH),
]


@pytest.mark.parametrize(("text", "category"), SIGNS + ANSWERED_YES)
def test_fresh63_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh63_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
