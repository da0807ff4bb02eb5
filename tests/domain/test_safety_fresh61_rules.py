"""The mechanisms added after studying ``fresh61``, both ways: new wordings of each sign that must
be flagged, and the look-alikes (ordinary sentences of the same grammar) that must not.

Families: the writer's things told from the side of the one who took them, with the writer's
own use of them over ("mi primo ya se llevó la tabla, yo para qué la quiero ya",
``rules_giving_taken_by``), and a giving closed by asking what for ("wozu soll ich das noch
behalten"); the writer missing from the time ahead ("there won't be a me by then", "não tem eu",
"wenn ich an nächsten Sommer denke, komm ich darin nicht vor", ``rules_future_self_absent``);
pictures of being held under or sealed in with no one coming ("like a rip that only drags me
further out", "como estar preso numa onda que não deixa subir pra respirar",
``rules_trapped_undertow``); a door of any kind as the exit denied beside a pain inside ("non
c'è una porta per uscirne"); a pit "senza scale" (the plural); a part of one's own body struck,
burnt or cut and said to be meant, in five languages (``rules_harm_struck_meant``), clawed or
dug at in English, the wall punched till the hand gives; a blade on the shin or the ankle; love
said as over to each of the writer's people, or a letter for a child "for after"
(``rules_farewell_love_past``); the same medicine from a second doctor or chemist, enough now or
unnoticed, and a relative's pills kept "for when I decide" or a relative's gun stowed
(``rules_means_taken_unseen``); suicide as the subject of any verb that carries it into the
writer's head; dying said to beat the life ahead (English, French); "I'm ending it" with a near
time, a German ending said at a place after a clause of time, "set myself a date"; a past
attempt told by the verb of trying, bare, beside a ward; a burden told through the life after
("if I'm gone the payout clears the mortgage"), Spanish "puro estorbo soy"; the no-future shapes
"the future's a blank wall", "months I won't see", "getting old isn't going to happen to me".
Clinical and everyday readings: a question reported in its own order ("asked was I ever"); a
verb of the work between "para" and the thing ("para reparar la valla"); songs bawled on the
bus or the train as an everyday annoyance.

The sentences are written anew, as other writers would say the same things (not copied from
``fresh61_*.tsv``), so they test a family of wordings, not one sentence. The look-alikes of each
new shape are ordinary days told in its grammar (a clear-out, a move, a trip, a swim, a job
left, a cold, a hard week).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the writer's things held by the one who took them, the writer's use of them over
    ("my brother took my tools and the fishing rods yesterday, what would I keep them for", GA),
    ("the lad next door has all my climbing kit now, I'm done with it", GA),
    ("Mi vecina se quedó con mis plantas y la máquina de coser, ya no me sirven.", GA),
    ("La voisine a pris mes outils et le vélo, je n'en ai plus besoin.", GA),
    ("Mia sorella si è portata via i miei gioielli, a che mi servono ormai.", GA),
    ("A minha vizinha ficou com os meus livros todos, pra que eu quero isso.", GA),
    ("Mein Neffe hat jetzt meine Gitarre und die Kamera, was soll ich noch damit.", GA),
    ("Mein Kumpel hat meine ganze Werkzeugkiste mitgenommen, ich brauch das nicht mehr.", GA),
    ("Meiner Patentochter hab ich den Schmuck vermacht, wozu soll ich den noch behalten.", GA),
    ("handing all my books out to the neighbours, no use for any of it", GA),
    # the writer missing from the time ahead
    ("by next spring there won't be any me left to worry about", NF),
    ("El año que viene no va a haber un yo, eso lo sé.", NF),
    ("Cuando pienso en el próximo verano, no aparezco.", NF),
    ("Quand je pense à l'été prochain, je n'y suis pas.", NF),
    ("L'an prochain il n'y aura plus de moi.", NF),
    ("Se penso alla prossima estate, io non ci sono.", NF),
    ("Fra un anno non ci sarà più un me.", NF),
    ("Quando penso no próximo natal, eu não estou lá.", NF),
    ("Daqui a seis meses não vai ter eu.", NF),
    ("Wenn ich an den nächsten Winter denke, komme ich da gar nicht vor.", NF),
    ("Nächstes Jahr gibt es mich nicht mehr.", NF),
    # no future in older shapes, new words
    ("the future's a blank wall and I can't see past it", NF),
    ("why renew the lease for years I'll never see", NF),
    ("growing old won't happen for me, I know that much", NF),
    ("Honestly there won't be any me left by spring.", NF),
    ("Getting old isn't a thing that's gonna happen to me.", NF),
    ("getting old isnt gonna happen to me. I've decided", NF),
    # held under, or sealed in with no one coming
    ("It feels like being under water and I can never reach the surface.", TP),
    ("like a current that drags me further out every night, nothing left to swim with", TP),
    ("C'est comme être sous l'eau sans jamais retrouver la surface.", TP),
    ("Come sotto l'acqua, senza mai raggiungere la superficie, giorno dopo giorno.", TP),
    ("Wie unter Wasser, und ich finde nie die Oberfläche.", TP),
    ("Es como una ola que no me deja salir a respirar.", TP),
    ("it's like being bricked in with the air running out", TP),
    ("Als wäre ich eingemauert, und keiner hört mich.", TP),
    # a door of any kind as the exit denied, the pain inside; a pit without ladders
    ("Questo dolore mi scava dentro e non c'è una porta da nessuna parte.", TP),
    ("Essa dor por dentro não passa e não tem porta nenhuma.", TP),
    ("Es un dolor dentro que no se va, y no hay una puerta.", TP),
    ("Sono in fondo a un buco senza scale e nessuno guarda giù.", TP),
    # a part of one's own body struck, burnt or cut, and meant
    ("Je me suis cogné la tête contre le mur exprès.", SH),
    ("Mi sono sbattuta la testa contro il muro apposta.", SH),
    ("Bati com a cabeça na parede de propósito.", SH),
    ("Me di con la cabeza contra la puerta adrede, varias veces.", SH),
    ("Ich hab mir absichtlich den Kopf an der Wand angeschlagen.", SH),
    ("Hab mir den Kopf an der Tür aufgeschlagen, mit Absicht, dreimal.", SH),
    ("dug my nails into my thighs till they bled, meant to", SH),
    ("punched the garage wall until my knuckles split, did it on purpose", SH),
    ("Hab gestern wieder die Klinge genommen, am Schienbein diesmal.", SH),
    # love said as over to each of the writer's people; a letter for a child "for after"
    ("Texted each of my sisters that I loved them so much. That was my goodbye.", GB),
    ("Le mandé a cada amiga un audio: os quise muchísimo.", GB),
    ("J'ai laissé un mot à chacun de mes frères, je vous ai tant aimés.", GB),
    ("Despedi-me de todos. Não vou voltar a ver ninguém.", GB),
    ("Ich hab jedem meiner Brüder geschrieben, ich hab euch so lieb gehabt.", GB),
    ("A ogni cugino un messaggio: vi ho voluto tanto bene.", GB),
    ("Mandei pra cada irmã uma mensagem, foi a minha despedida.", GB),
    ("Ho lasciato una lettera per mia figlia per dopo, nel cassetto.", GB),
    ("left a note for my daughter for after, under her pillow", GB),
    # the same medicine from a second source, enough now or unnoticed
    ("Went to another GP for more diazepam, I've got enough now.", GM),
    ("Otra receta de somníferos en otra farmacia, ahora tengo bastantes.", GM),
    ("Une autre ordonnance de somnifères chez un autre médecin, maintenant j'en ai assez.", GM),
    ("Outro médico me receitou mais calmantes, agora tenho o suficiente.", GM),
    ("Ein zweites Rezept für die Schlaftabletten vom anderen Arzt, jetzt hab ich genug.", GM),
    ("got another box of tramadol from a different chemist so the usual one won't notice", GM),
    # a relative's means kept for an unnamed time, or stowed
    ("kept Nan's sleeping pills back, for when I decide", GM),
    ("Me quedé las pastillas de mi abuela para cuando lo decida.", GM),
    ("took my grandad's rifle and it's under my bed now", GM),
    # suicide carried into the writer's head by any verb
    ("Suicide keeps sliding into my head at work.", SI),
    ("El suicidio me ronda por la cabeza desde el invierno.", SI),
    ("Le suicide me tourne dans la tête depuis des semaines.", SI),
    ("Il suicidio mi ronza in testa da giorni.", SI),
    ("O suicídio me martela na cabeça todos os dias.", SI),
    ("Der Suizid spukt mir seit Wochen im Kopf herum.", SI),
    # dying said to beat the life ahead
    ("dead would beat one more winter on my own", DW),
    ("Being dead would beat another year of this.", DW),
    ("honestly dying would beat going on like this", DW),
    ("Mourir vaudrait mieux qu'un autre hiver comme celui-là.", DW),
    ("Franchement, mourir vaudrait mieux.", DW),
    ("some days not waking up would beat the rest of this", DW),
    # an ending with a near time, or at a place after a clause of time; a date set
    ("Saturday night I'm ending it.", PM),
    ("I'm ending it tomorrow, once the house is empty.", PM),
    ("Nach dem Fest am Samstag, wenn alle weg sind, mache ich oben am Steinbruch Schluss.", PM),
    ("Am Freitag, wenn die Gäste abgereist sind, mache ich am Strand Schluss.", PM),
    ("set myself a date, after the twins' birthday", PM),
    # a past attempt told by the verb of trying, beside a ward
    ("two weeks on a psych ward after trying, and the same fog is back", SI),
    ("Il ricovero dopo che ci avevo provato è di tre anni fa.", SI),
    ("Drei Jahre ist mein Versuch her, danach zwei Monate Station.", SI),
    ("Depois de tentar, fiquei duas semanas no hospital.", SI),
    ("Tras intentarlo acabé en urgencias, hace tres años.", SI),
    ("Après avoir essayé, j'ai passé un mois à l'hôpital.", SI),
    # a burden told through the life after; the predicate first
    ("if I'm gone the insurance pays off the mortgage and they get a fresh start", BU),
    ("Puro estorbo soy para mis hijos.", BU),
    ("Una carga es lo que soy para ellos.", BU),
]

LOOK_ALIKES = [
    # things taken by someone of the writer's circle, for a reason, a while, a clear-out
    "my nephew took my old bike since he outgrew his, I don't ride anymore anyway",
    "my brother has my drill till Sunday, I won't be needing it this week",
    "Mi primo se llevó la moto prestada, ya no la uso hasta el verano.",
    "Mon voisin a pris ma tondeuse, je n'en ai plus besoin depuis que j'ai acheté un robot.",
    "Mio cugino si è preso i miei libri dell'università, a me ormai non servono, mi sono laureata.",
    "O meu filho levou o meu carro velho, comprei um novo e não vou usar mais.",
    "Meine Tochter hat jetzt meinen alten Laptop, ich hab mir einen neuen gekauft, ich brauch den"
    " nicht mehr.",
    "the kids have my old phone now, I'm done with it, got the new one for my birthday",
    "Mi hermana se llevó mis apuntes del examen, ya no me sirven.",
    "Mon fils a pris mes skis, moi ça ne me servira plus avec mon genou.",
    "My flatmate has my printer now, I'm done with it, it jams every time.",
    "La mia amica ha preso il mio vestito per il matrimonio, a me non serve più.",
    "Spring clean done: my neighbour took the old sofa, I'm done with it.",
    "Big clear-out today, my cousin took my records, no use for them in the new flat.",
    "Mi hermano se llevó la cuna, ya no la necesito, los niños son mayores.",
    "Mon cousin a embarqué le canapé au vide-grenier, je n'en ai plus besoin.",
    "Mio fratello si è preso la culla, a me non serve più, i bimbi sono grandi.",
    "Mein Bruder hat die Babysachen mitgenommen, ich brauch das nicht mehr, die Kinder sind groß.",
    "Die Nachbarin hat jetzt meinen alten Kinderwagen, wozu soll ich den noch behalten.",
    "Meine Schwester hat meine Umstandsmode mitgenommen, was soll ich noch damit.",
    # a time ahead with the writer absent for a reason, a "me" that is no self
    "there won't be a me-time this week with the kids off school",
    "there won't be a me and you anymore, she said",
    "Cuando pienso en el próximo verano, no estoy seguro de qué hacer.",
    "Quand je pense à l'été prochain, je n'y suis pas encore, trop de boulot avant.",
    "When I picture next year's team I'm not in it, the coach dropped me.",
    "Se penso alla prossima estate, io non ci sono stata mai in Sardegna.",
    "days I won't see him, that's what the custody deal means",
    "I won't see the months go by at this rate, work is nuts",
    # water and sealed rooms of the world
    "Got caught in a rip at Bondi, it dragged me further out till the lifeguard came.",
    "With this cold it's like being under water, I can't breathe through my nose.",
    "La salle de bain est murée pendant les travaux, personne ne vient avant lundi.",
    "Like a wave that won't let me up, this week of deadlines, haha.",
    "The kids were like little fish under water all afternoon, couldn't get them out.",
    "Im Keller ist es wie eingemauert, keiner hört die Klingel.",
    "Il mio portatile brucia, non c'è una porta USB libera.",
    "Me dejó la puerta cerrada del garaje y no hay salida por el atasco de la calle.",
    # a knock, a cut or a burn of a day, or meant by someone else
    "Je me suis cogné la tête contre la porte du placard, pas exprès.",
    "Je me suis cogné le genou sur la table basse, aïe.",
    "Mi sono sbattuta la testa contro lo sportello, che male.",
    "Ich hab mir den Kopf am Regal angeschlagen, nicht absichtlich.",
    "Bati com a cabeça na porta do armário, que dor.",
    "Ma sœur m'a frappé exprès avec sa raquette.",
    "punched the wall, I was so angry at him",
    "punched the heavy bag until my hands went numb at training",
    "dropped my cigarette on my ankle at the bus stop, ouch",
    "I meant to call her back but forgot, scratched my arm on the gate",
    # goodbyes at a job, a club or a trip; love that is no farewell; a note for a time named
    "Last day at the office: a card to each colleague, I loved them all.",
    "Wrote a note for my son for after school, pasta's in the fridge.",
    "A ogni amico della squadra: grazie di tutto, vi ho voluto bene, buona fortuna per la"
    " stagione.",
    "Para cada nieto una carta de cumpleaños, los quise desde el primer día.",
    "Mandei pra cada um dos meus amigos as fotos da viagem, gostei muito deles.",
    "Deixei um bilhete para o meu filho para depois do jantar.",
    # a second doctor or chemist for an ordinary reason
    "The pharmacy was out of stock so I got my inhaler from another chemist, I've got enough now.",
    "Got a second box of paracetamol for Mum from another pharmacy, she's got enough now.",
    "Fui a otra farmacia porque era más barato, ya tengo suficientes pastillas para el viaje.",
    "Got a second opinion from another doctor about my sleeping pills, so the nurse at the clinic"
    " won't ask again.",
    "Picked up another box of paracetamol for the hike, I've got enough now.",
    "Ein zweites Rezept für die Schmerztabletten nach der OP, jetzt hab ich genug bis zur"
    " Kontrolle.",
    # suicide that is a topic, someone else's, or denied
    "Selbstmord kommt mir nie in den Sinn.",
    "Suicide never slides into my head, I'm fine.",
    "El suicidio de mi tío me ronda por la cabeza.",
    # death beating a small thing, or no death at all
    "Death would beat another Monday of meetings lol",
    "Dead last would beat my time from last year.",
    "Mourir de rire vaut mieux que pleurer.",
    "A dead battery would beat another hour of this playlist.",
    # "I'm ending it" with a thing, a person or a day's work
    "Sunday I'm ending it with Tom, it's been coming for months.",
    "I'm ending it on Friday with the lease, moving to Leeds.",
    "Sunday I'm ending it, the subscription I mean.",
    "Tomorrow I'm ending it, the Netflix trial.",
    "Friday I'm ending it with a bang, last day at the job!",
    "Tonight I'm ending it early, need sleep.",
    "I'm ending it there for today, the essay can wait.",
    "Next week I'm ending it off with a party for the team.",
    "Wenn am Freitag der Umzug durch ist, mache ich im Büro Schluss.",
    "Am Samstag nach dem Spiel mache ich mit ihm Schluss.",
    "Morgen, wenn die Sitzung vorbei ist, mache ich für heute Schluss.",
    "I set myself a date to finish the thesis.",
    # trying that is no attempt
    "after trying the new diet I ended up in hospital with a gallstone",
    "after trying, I finally got a shift at the hospital",
    "Dopo che ci avevo provato con la dieta, il ricovero per la cistifellea.",
    "Nach zwei Wochen war mein Versuch her, die Station zu wechseln.",
    # a fresh start that is no burden
    "If I'm gone for the weekend the kids get a fresh go at the garden with their dad.",
    "If I'm gone by six, the kids get a fresh go at the telly, lucky them.",
    "The insurance pays off the mortgage if the roof goes, lol.",
    "Mi hermano sí que es un estorbo, puro estorbo es en la cocina.",
    # questions, purposes and annoyances of a day
    "the counsellor asked was I ever suicidal, told him never, it's just stress",
    "Compré una soga y clavos para reparar la valla del huerto.",
    "Wenn im Zug noch einmal einer Schlager grölt, bring ich mich um.",
    "Wenn die Kollegen noch einmal Schlager grölen, bring ich mich um.",
    # the "it" named after the time, one missed occasion, a trifle beaten by dying
    "I'm ending it this weekend, the diet, can't be bothered.",
    "I'll end it Friday, my gym contract.",
    "There won't be a me at the office party, I'm on leave that week.",
    "Dying would beat another of his lectures on crypto, honestly.",
    # a thing taken by a relative or neighbour, the use given up for a life of its own after
    "My son's got my golf clubs, I've no use for them since I took up tennis.",
    "Mon voisin a pris ma tondeuse, moi je n'en ai plus besoin, on a un jardinier.",
    "My nephew's got my old bike now, I won't need it since I bought the car off Dad.",
    # old age vowed against: the clause goes on past "me"
    "Getting old isn't going to happen to me without a fight, ha, signed up for the marathon.",
    "Growing old won't happen for me without a garden to potter in.",
    # goodbyes at work in the other languages, a new job named
    "Despedi-me de toda a gente no escritório, vou para outra empresa.",
    "Despedi-me de todos no escritório, mudo de emprego na segunda.",
    "Me despedí de todos en la empresa, cambio de empleo.",
    "Ich habe mich in der Firma von allen verabschiedet, ab Montag bin ich woanders.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh61_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh61_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
