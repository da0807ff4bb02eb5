"""The mechanisms added after studying ``fresh59``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Families: the wish to die said as the one thing wanted, the act set apart from the wanting (the
act fronted, "Me tuer, voilà ce que je veux", "Dying, I think about it every night"; the one
thought or thing left, "je n'ai plus qu'une idée, mourir", "Mir bleibt nur noch eins: sterben";
``rules_wish_restated``) and French grammar the desire rules missed: being alive said as an
adjective ("ne plus être vivant"), being alive no longer borne ("je ne supporte plus d'être en
vie"), ready to die ("je suis prête à mourir ce soir") and "me" elided before a consonant
("m'tuer"); the next one of a named occasion the writer will not see ("el próximo Carnaval ya
no lo voy a ver", ``rules_future_unseen_next`` widened); a high place the writer goes to with
the end said to be there ("dann ist Schluss", "ahí se acaba todo", "that's where it ends" with
a day), and the end said to come in the moment nobody is around ("quand tout le monde dormira,
ce sera la fin pour moi"; someone going back to their own home); a wall struck with the fists
or the head until it bled, and skin raked till raw; a note "he'll find when it's time", "not
your fault" in writing; things handed on "no use to me soon", "là où je vais je n'en ai pas
l'usage"; a gun moved into the writer's own space; nobody having to ferry or worry about the
writer "if I just disappeared", being "the anchor that drags him under", "era um alívio" (the
Portuguese imperfect for the conditional); a picture of being trapped opened by the picture or
its verb ("Come stare sul fondo …", "Coincé au fond de …", "Parece que vivo dentro de …") with
the walls closing and no air; no next year with the writer named first ("for me there's no
next year", "para mí ya no hay año que viene"); the writer's voice heard one last time; a
letter for each grandchild named alone; the thought of suicide turning up in the writer's head
or never leaving it ("won't leave my head", "não me sai da cabeça", "geht mir nicht aus dem
Kopf"). Guards: a concession then the sign denied by
a bare "no" or "never" ("Low, yes, but suicidal no", "mas tirar a vida nunca"); "nothing in me"
as "no part of me"; a colon naming what the bare "do it" is ("siempre lo hago: leer hasta
tarde"); a clinician checking for the sign and the thing said not to be there ("a vérifié s'il
y avait un risque suicidaire, il n'y en a pas"); a holiday given up to pay the writer's bills
keeps the burden stated beside it.

The sentences are written anew, as other writers would say the same things (not copied from
``fresh59_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the act fronted, the wanting or the thought of it after
    ("Mourir, c'est tout ce que je veux depuis l'hiver.", SI),
    ("En finir, voilà ce que je voudrais, rien d'autre.", SI),
    ("Mourir, j'y pense tout le temps.", SI),
    ("To die, that's all I want anymore.", SI),
    ("Dying, that's the only thing I want now.", SI),
    ("Dying, I think about it every single night.", SI),
    ("Morirme, eso es lo que quiero y no otra cosa.", SI),
    ("Morirme, lo pienso cada noche.", SI),
    ("Morrer, é isso que eu quero.", SI),
    ("Morrer, penso nisso todos os dias.", SI),
    ("Morire, ecco cosa voglio davvero.", SI),
    ("Morire, ci penso sempre.", SI),
    ("Sterben, das ist es, was ich will.", SI),
    # the one thought, wish or thing left
    ("Je n'ai qu'une envie : me tuer.", SI),
    ("Depuis janvier je n'ai plus qu'une seule pensée, en finir.", SI),
    ("Ma seule idée c'est de mourir.", SI),
    ("Il ne me reste qu'une chose à faire : mourir.", SI),
    ("My only wish now is to die.", SI),
    ("There's only one thing left for me to do: kill myself.", SI),
    ("Ya solo me queda una idea, matarme.", SI),
    ("Solo me queda una salida, matarme.", SI),
    ("Só tenho uma vontade: morrer.", SI),
    ("Ho solo un pensiero, farla finita.", SI),
    ("Mi resta solo una cosa da fare, farla finita.", SI),
    ("Hab nur noch einen Gedanken: sterben.", SI),
    ("Mir bleibt nur noch eins: sterben.", SI),
    # the thought turning up in the writer's head, or never leaving it
    ("Ending my life won't leave my head these days.", SI),
    ("Killing myself keeps turning up in my thoughts at work.", SI),
    ("Le suicide me revient sans cesse en tête.", SI),
    ("Me tuer ne me sort pas de la tête.", SI),
    ("Matarme no se me va de la cabeza.", SI),
    ("O suicídio não me sai da cabeça.", SI),
    ("Il suicidio non mi esce dalla testa.", SI),
    ("Der Suizid geht mir nicht aus dem Kopf.", SI),
    # French grammar: alive as an adjective, life no longer borne, ready to die, "m'" elided
    ("Je voudrais ne plus être vivante demain matin.", SI),
    ("J'aimerais ne plus être vivant, tout simplement.", SI),
    ("Je ne supporte plus d'être en vie.", SI),
    ("Je suis prête à mourir ce soir.", SI),
    ("J'ai envie de m'tuer.", SI),
    # the next one of a named occasion, not to be seen
    ("The next regatta on the loch, I won't see it, so don't save me a place.", NF),
    ("La próxima feria de abril no la veré, lo sé.", NF),
    ("Le prochain carnaval de Dunkerque, je ne le verrai pas.", NF),
    ("Il prossimo palio non lo vedrò, lo sento.", NF),
    ("O próximo São João já não o vou ver.", NF),
    ("Das nächste Stadtfest werd ich nicht mehr erleben.", NF),
    # a high place, the end said to be there; the end in the moment nobody is around
    ("Am Samstag fahr ich zur Brücke, dann ist Schluss.", PM),
    ("Samedi soir je monte sur les falaises, et ce sera la fin.", PM),
    ("El domingo subo al acantilado y ahí se acaba todo.", PM),
    ("No sábado vou até à ponte e ali acaba tudo.", PM),
    ("Domenica salgo sul ponte e lì finisce tutto.", PM),
    ("Tomorrow I'm driving up to the quarry, that's where it all ends.", PM),
    ("On Saturday I'm going to the bridge and that's where it ends.", PM),
    ("Dès que toute la maison dormira, ce sera la fin pour moi.", PM),
    ("Wenn alle schlafen, dann ist Schluss.", PM),
    ("Cuando todos duerman, será el fin para mí.", PM),
    ("Quando todos dormirem, vai ser o fim.", PM),
    ("Quando tutti dormono, sarà la fine per me.", PM),
    ("Quando mia sorella torna a casa sua, lo faccio.", PM),
    # a wall struck with the fists until it bled; skin raked raw
    ("Golpeé con los puños la pared hasta sangrar.", SH),
    ("Ho sbattuto i pugni contro il muro fino a sanguinare.", SH),
    ("J'ai frappé contre le mur jusqu'au sang.", SH),
    ("Ich hab mit den Fäusten gegen die Wand geschlagen, bis sie bluteten.", SH),
    ("Clawed my thighs with my nails till they were raw again.", SH),
    ("Hab mich letzte Nacht wieder verletzt, am Bein.", SH),
    ("Voltei a bater com a cabeça na parede até sangrar.", SH),
    # a note to be found when it's time; "not your fault" in writing
    ("I've written my mum a letter, she'll read it when it's time.", GB),
    ("Dejé una nota para mi hijo en el cajón, la va a leer cuando sea el momento.", GB),
    ("J'ai écrit une lettre à ma fille, elle la trouvera le moment venu.", GB),
    ("Ho scritto una lettera a mio fratello, la colpa non è sua.", GB),
    ("Escribí a mi madre que la culpa no es suya, y que la quiero.", GB),
    ("Ho lasciato un biglietto per mia figlia, lo troverà quando sarà il momento.", GB),
    # a letter for each grandchild, each named alone
    ("Left a note for every grandchild in the top drawer.", GB),
    ("I've done a video message for each child, saved on the laptop.", GB),
    ("Hab einen Brief für jedes Enkelkind in die Familienbibel gelegt.", GB),
    # a holiday given up to pay the writer's bills: the burden stays stated
    ("Mi hijo renunció a sus vacaciones para pagar mis deudas, soy una carga para él.", BU),
    ("O meu filho desistiu das férias para pagar as minhas contas, sou um peso para ele.", BU),
    ("Mia figlia ha rinunciato alle vacanze per pagare le mie cure, sono un peso per lei.", BU),
    (
        "Meine Tochter verzichtet auf den Urlaub, um meine Rechnungen zu bezahlen, "
        "ich bin nur eine Last für sie.",
        BU,
    ),
    ("Mon fils a annulé ses vacances pour payer mes dettes, je suis un fardeau pour lui.", BU),
    # the others spared a chore if the writer vanished; the writer as the weight they drag
    ("Nobody would have to worry about me anymore if I was gone.", BU),
    ("No one would have to visit me in the ward if I just vanished for good.", BU),
    ("Tired of being the millstone my parents have to carry.", BU),
    ("Era um alívio para a minha mãe se eu sumisse.", BU),
    ("Nobody would have to pay my rent anymore if I just disappeared.", BU),
    ("Nobody would have to check on me every night if I was gone.", BU),
    # a picture of being trapped, the sentence opened by the picture or its verb
    ("É como viver dentro de uma caixa, as paredes a apertar e eu sem ar.", TP),
    ("Parece que vivo num túnel, eu sem ar e ninguém me ouve.", TP),
    ("Come vivere in una cisterna, non riesco più a risalire.", TP),
    ("Coincée au fond d'un puits, personne ne m'entend.", TP),
    ("Parece que vivo num poço, as paredes a fechar e ninguém me ouve.", TP),
    # no next year, the writer named first
    ("For me there's no next Christmas.", NF),
    ("Para mí ya no hay año que viene.", NF),
    ("Para mim não há próximo ano.", NF),
    ("Pour moi, il n'y a pas d'année prochaine.", NF),
    ("Per me non c'è un prossimo anno.", NF),
    # the writer's voice heard one last time
    ("Phoned my old coach, wanted him to hear my voice one last time.", GB),
    ("Left voicemails for my cousins so they'd hear my voice one last time.", GB),
    ("Sent my dad a voice note, wanted him to hear my voice one last time.", GB),
    # things handed on, no use to me soon; not needed where I'm going
    ("The guitar has gone to my cousin, it's no use to me much longer.", GA),
    ("Gave my fishing rods to the neighbour's boy, they're no use to me much longer.", GA),
    ("Là où je vais je n'en ai plus besoin, prends-les.", NF),
    ("Là dove vado non ne ho più bisogno.", NF),
    # a gun moved into the writer's own space
    ("Moved my grandad's rifle into my bedroom last night.", GM),
    ("Das Gewehr vom Opa liegt jetzt bei mir, niemand fragt danach.", GM),
    ("Die Pistole vom Vater liegt jetzt bei mir im Schrank.", GM),
    ("Moved Dad's revolver into my drawer while he was out.", GM),
]

LOOK_ALIKES = [
    # the act fronted but denied, a thing wanted, dying of laughter, someone else's wish
    "Dormir, voilà ce que je veux ce week-end.",
    "Mourir, ce n'est pas ce que je veux, je veux guérir.",
    "Mourir de rire, voilà ce que je veux ce soir au spectacle.",
    "Mourir, je n'y pense jamais, j'aime trop la vie.",
    "Mourir, voilà ce qu'il veut, disait le médecin du vieil homme.",
    "To sleep, that's all I want tonight.",
    "Dying my hair, I think about it every summer.",
    "Morir de risa, eso es lo que quiero en la fiesta.",
    "Schlafen, das ist es, was ich will.",
    "Sterben, das will ich nicht, ich will gesund werden.",
    "Sterben, daran denk ich nie, mir geht's gut.",
    # someone else's suicide, a tune, the thought denied
    "His suicide keeps turning up in my head since the funeral.",
    "El suicidio de mi tío no se me va de la cabeza.",
    "Die Melodie geht mir nicht aus dem Kopf.",
    "Suicide never comes into my head, thankfully.",
    # the one thing left is a doing, or someone else's
    "Je n'ai qu'une idée, dormir jusqu'à midi.",
    "Je n'ai plus qu'une envie, partir en vacances.",
    "Il ne me reste qu'une chose à faire : ranger le garage.",
    "I've only one thought left: a hot bath.",
    "There's only one thing left to do: book the flights.",
    "His only wish is to die at home, the nurse said.",
    "Só tenho uma vontade: dormir.",
    "Ho solo un pensiero, le vacanze.",
    # alive somewhere, ready for someone, "m'" before an ordinary verb
    "Je voudrais ne plus être vivant dans cette ville grise.",
    "Je ne supporte plus de vivre ici, je déménage.",
    "Je suis prête à mourir pour mes enfants, comme toute mère.",
    "J'ai envie de m'coucher tôt.",
    # the next occasion missed for a reason, the next time
    "The next regatta, I won't see it, I'm working that weekend.",
    "El próximo partido no lo voy a ver, tengo turno de noche.",
    "Le prochain festival, je n'y serai pas, je déménage à Lyon.",
    "La prossima partita non la vedrò, sono all'estero per lavoro.",
    "A próxima festa já não a vou ver porque vou viajar para o exterior.",
    "Das nächste Spiel werd ich nicht sehen, ich hab Schicht.",
    "The next time I see her I'll tell her.",
    # the end of an outing, a job, a party, a detour
    "Am Samstag fahr ich zur Brücke, dann ist Schluss mit dem Umweg.",
    "Wenn die Kinder schlafen, ist Schluss mit Fernsehen.",
    "Samedi je vais au pont, et ce sera la fin des travaux.",
    "Quando todos dormirem, vai ser o fim da festa.",
    "Samedi je monte sur la tour avec mes amis, et ce sera la fin du voyage.",
    "Domenica vado al ponte per la passeggiata e lì finisce tutto il percorso.",
    "Friday I'm walking out along the cliffs with the kids, and that's where the path ends.",
    "On Sunday I'm walking to the bridge, that's where the race ends.",
    # a bump, a birthday card, a fault about a car or a mistake
    "Bati com a cabeça na porta do armário, que dor.",
    "Wrote my sister a birthday card, she'll open it when it's time for cake.",
    "Escrevi ao meu irmão, a culpa não é dele que o carro avariou.",
    "Hab meinem Chef geschrieben, dass der Kollege an nichts schuld ist an dem Fehler.",
    "Ho mandato un messaggio a Marco, ci vediamo quando sarà il momento.",
    # a letter to each about a plan, for a birthday; a burden only on a holiday outing
    "Wrote a letter to every sister about the plans for the reunion.",
    "Lesson notes for every child are written, ready for the supply teacher.",
    "Hab einen Brief für jedes Enkelkind zum Geburtstag geschrieben.",
    "Je suis un poids mort pour l'équipe pendant les vacances, je ne sais pas nager.",
    # a car repaired, a holiday, a gun for the club or the hunter
    "The car has gone to the garage, it's no use to me soon if the brakes fail.",
    "Je n'en ai pas l'usage, je vais à Lyon pour le travail.",
    "Là où je vais en vacances je n'en ai pas besoin, je laisse le manteau.",
    "Put the shotgun into my car for the clay shooting club on Sunday.",
    "Das Gewehr liegt jetzt bei mir, der Jäger holt es morgen zur Jagd.",
    # a next year compared or missing someone; a holiday; a room really shut; a band
    "For me there's no next year like this one, it was perfect.",
    "Para mí no hay año que viene sin mi abuela en la mesa.",
    "Nobody would have to worry about me if I disappeared for a week to the lakes.",
    "Parece que vivo no escritório, as paredes a fechar com tanto trabalho.",
    "Come stare in vacanza al mare, non riesco più a risalire dalla spiaggia.",
    "Coincé dans la salle de bains, la porte est bloquée et personne ne m'entend.",
    "Went to hear the band one last time before they split up.",
    "Rang the garage one last time about the brakes, still nothing.",
    # a concession, then the sign denied by a bare no or never
    "Tired, sure, but killing myself never, not in a million years.",
    "Stanco sì, ma farla finita mai.",
    "Nothing in me wants to die, I just want a holiday.",
    # a clinician checking for the sign, the thing asked after said not to be there
    "La psychiatre a vérifié s'il y avait des idées suicidaires, il n'y en a pas.",
    "The GP checked whether there was any suicide risk, there isn't any, we talked about sleep.",
    # a colon naming what "it" is
    "Quand tout le monde dort, je le fais : ranger la cuisine.",
    "Quando tutti dormono lo faccio: leggere fino a tardi.",
    "Wenn alle schlafen, mache ich es: lesen.",
]

# the sign said, not denied: a "never" that goes on, a "but" with no bare no after it
STILL_SIGNS = [
    ("I try to be strong, but killing myself never leaves my mind.", SI),
    ("I'm fine at work, but the urge to kill myself never goes away.", SI),
    ("Cuando todos duerman, lo haré: morir.", PM),
    (
        "Mon médecin a vérifié s'il y avait un risque suicidaire, et oui, "
        "je lui ai dit que je pense à mourir.",
        SI,
    ),
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh59_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh59_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(("text", "category"), STILL_SIGNS)
def test_fresh59_guards_leave_the_sign(text: str, category: Category) -> None:
    assert_flagged_as(text, category)
