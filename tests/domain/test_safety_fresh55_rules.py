"""The mechanisms added after studying ``fresh55``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Guards: a bottomless pit that swallows money or food (a renovation, savings, an appetite) is a
cost, not the writer sinking (``everyday_frames``); everything wanted to stop for good beside a
quarrel at home (the arguing, the rows) is the quarrel; a story's character is the subject even
when the writer says they are reading or watching the story ("the novel I'm reading"); a bare
"no" then "never" closing the clause denies the act named before it ("farmi male proprio no,
mai", ``negation_postposed``); pills taken by mistake before waking in hospital are an ordinary
emergency (``rules_romance_means``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh55_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the pit is still the writer's when the sentence names a feeling or a pain beside the food
    ("im in a bottomless pit", TP),
    ("I feel like I'm in a bottomless pit and I can't even eat.", TP),
    ("Mi sento in un pozzo senza fondo, non mangio più.", TP),
    # everything to stop for good, with the writer's own life named beside it
    ("I just want it all to stop for good, I'm so tired of living.", DW),
    # the writer, not the character, in the sentence after the story
    ("The main character in the book I'm reading reminds me that I want to die too.", DW),
    # a "no, never" that goes on is no denial
    ("Quiero morirme, no, nunca me había sentido así.", SI),
    # the pills without a mistake named
    ("Me desperté en urgencias después de tragarme las pastillas de mi madre.", SI),
    # asleep with no waking or no tomorrow after it
    ("I hope I fall asleep tonight and don't wake up.", DW),
    ("Praying I go to sleep and never wake up again.", DW),
    ("Ojalá me duerma esta noche y no despierte más.", DW),
    ("J'espère m'endormir ce soir et ne plus me réveiller.", DW),
    ("Vorrei addormentarmi e non svegliarmi più.", DW),
    ("Spero di addormentarmi presto e basta, senza un domani.", DW),
    ("Tomara que eu adormeça hoje e não acorde mais.", DW),
    # the cold, the river or the dark wished to take the writer
    ("Some nights I just want the cold to take me and be done.", DW),
    ("I keep wishing the river would take me.", DW),
    ("Quiero que el frío me lleve y ya.", DW),
    ("Tomara que o rio me leve esta noite.", DW),
    ("Vorrei che il buio mi prendesse e basta.", DW),
    ("J'aimerais que la neige me prenne, tout simplement.", DW),
    ("Manchmal will ich, dass die Kälte mich holt.", DW),
    # an exit offered and taken
    ("If anyone offered me a way out tonight, I would take it.", SI),
    ("Si Dios me ofreciera una salida esta noche, la tomaría sin pensar.", SI),
    ("Se qualcuno mi offrisse una via d'uscita stanotte, la prenderei.", SI),
    ("Se a vida me desse uma saída agora, eu aceitava.", SI),
    ("Si on m'offrait une sortie ce soir, je la prendrais.", SI),
    ("Wenn mir jemand heute einen Ausweg anbieten würde, ich würde ihn nehmen.", SI),
    # a place, a time and the matter settled
    ("Once the exams are done, the quarry road at night, I've thought it through.", PM),
    ("After my sister's wedding I'll go up to the dam and that's the end of it.", PM),
    (
        (
            "Después de la boda de mi hermana, el puente de la autopista, de noche, ya lo "
            "tengo pensado."
        ),
        PM,
    ),
    ("Depois do São João, a ponte velha, de noite, ficou assim.", PM),
    ("Dopo la sagra, il ponte sul fiume, di notte, ci ho pensato bene.", PM),
    ("Après la fête du village, le pont de la voie ferrée, la nuit, c'est réglé.", PM),
    (
        (
            "Nach der Hochzeit meiner Schwester, die Brücke am Stausee, nachts, ich hab's "
            "mir gut überlegt."
        ),
        PM,
    ),
    # the ward after the pills, with the hospital named or the whole cabinet swallowed
    ("Last spring I was in St Mary's Hospital after swallowing all my pills.", SI),
    ("Vor zwei Jahren bin ich im Spital aufgewacht, nach den ganzen Tabletten.", SI),
    ("Hace un año desperté en urgencias después de tragarme todo el botiquín.", SI),
    ("Acordei no hospital depois de engolir tudo o que havia no armário dos remédios.", SI),
    ("Mi sono svegliata in ospedale dopo aver ingoiato tutto l'armadietto dei medicinali.", SI),
    ("Je me suis réveillée à l'hôpital après avoir avalé toute la pharmacie.", SI),
    # the writer's own body marked, or the act said on purpose
    ("I pinched my arms until there were marks, nobody noticed.", SH),
    ("Held the lighter to my wrist, deliberately, then went back to class.", SH),
    ("Me pellizqué los brazos hasta dejarlos morados, en el baño del trabajo.", SH),
    ("Belisquei as coxas até ficarem roxas durante a reunião.", SH),
    ("Hab mir die Arme zerkratzt, bis man es sah, absichtlich.", SH),
    ("Je me suis pincé les cuisses jusqu'à avoir des bleus.", SH),
    ("Mi sono morsa il braccio fino a lasciare il segno, in bagno.", SH),
    # the time ahead looked at and seen blank, a month not pictured, the future as others'
    ("Cuando pienso en el año que viene no veo nada, todo negro.", NF),
    ("Se penso all'anno prossimo non vedo niente, è un muro.", NF),
    ("Quand je pense à l'année prochaine, je ne vois rien, c'est un mur.", NF),
    ("They asked where I'll be in ten years and there's no me there.", NF),
    ("My friends are booking summer festivals and I can't even imagine June.", NF),
    ("Non riesco nemmeno a immaginare il prossimo anno.", NF),
    ("No puedo ni siquiera imaginarme el año que viene.", NF),
    ("El futuro es algo que tienen los demás.", NF),
    ("Il futuro è una cosa per gli altri.", NF),
    ("Why renew the passport for a year I won't see.", NF),
    # thanks, love or an embrace, then the hearer's later understanding or a bare "before"
    ("Called my grandad to thank him for everything, he doesn't know.", GB),
    ("Texted my old teacher thanks for everything she did, wanted her to know before.", GB),
    ("Le di las gracias a mi abuela por todo, quería que lo supiera antes.", GB),
    ("J'ai remercié ma tante pour tout, je voulais qu'elle le sache avant.", GB),
    ("Hab meinem Onkel für alles danke gesagt, ich wollte, dass er es vorher weiß.", GB),
    ("Sono andata dalla nonna solo per abbracciarla, capirà dopo.", GB),
    ("Agradeci ao meu avô por tudo, ele vai perceber depois.", GB),
    ("Went to see my cousin, hugged her so long, she'll understand one day.", GB),
    # others at ease if they did not have to mind the writer; the writer holding lives back
    ("Everyone at home would sleep easier if they didn't have to keep checking on me.", BU),
    ("Estarían más tranquilos si no tuvieran que estar pendientes de mí.", BU),
    ("Sarebbero più tranquilli se non dovessero badare a me.", BU),
    ("Ils seraient plus tranquilles s'ils n'avaient pas à s'occuper de moi.", BU),
    ("Sie hätten es leichter, wenn sie sich nicht um mich kümmern müssten.", BU),
    ("Ficavam mais descansados se não tivessem de cuidar de mim.", BU),
    ("I hold everyone back.", BU),
    ("Eu atraso a vida dela, todos os dias.", BU),
    ("Le atraso la vida a mi madre, y lo sé.", BU),
    ("Ich bremse sie nur aus.", BU),
    # a possession made someone else's for good
    ("Gave my camera to my cousin, told her it's hers now, for good.", GA),
    ("My fishing rods, gave them to the lad down the road, I'm not coming back for them.", GA),
    ("Boxed up my vinyl for my nephew, he can have the lot.", GA),
    ("Left the guitar at Dev's with a note, it's his now, permanently.", GA),
    ("Hab meinem Neffen die Gitarre gegeben, für immer, ich spiel eh nicht mehr.", GA),
    ("Die Angel hab ich dem Jungen von nebenan geben, für immer, ich fahr eh nimmer raus.", GA),
    # shut inside one's own head, or going round in it without end
    ("I can't get out of my own head.", TP),
    ("No puedo salir de mi propia cabeza, ni de día ni de noche.", TP),
    ("Não consigo sair da minha própria cabeça.", TP),
    ("Non riesco a uscire dalla mia testa.", TP),
    ("Je n'arrive pas à sortir de ma tête, c'est épuisant.", TP),
    ("Ich komme aus meinem Kopf nicht mehr raus.", TP),
    ("Doy vueltas en mi cabeza todo el día, sin fin.", TP),
    ("Giro in tondo nella mia testa giorno e notte.", TP),
    # a relative's sedatives kept in a bag; one packet at each of several chemists
    ("Ho preso i tranquillanti di mia madre e li tengo nella borsa.", GM),
    ("Dos farmacias hoy, una caja en cada una, para que no sospechen.", GM),
    ("Passei em duas farmácias, uma caixa em cada, para não desconfiarem.", GM),
    ("Ho girato tre farmacie, una scatola per ciascuna, così non fanno domande.", GM),
    (
        "J'ai fait deux pharmacies, une boîte dans chacune, pour qu'on ne se pose "
        "pas de questions.",
        GM,
    ),
    ("Bin in zwei Apotheken gegangen, in jeder eine Packung, damit keiner fragt.", GM),
    ("Did two chemists on the way home, a packet at each, so the pharmacist doesn't wonder.", GM),
    # at a funeral or in church, the next one pictured as the writer's and hoped soon
    ("At Nan's funeral I kept thinking the next one will be for me, hopefully soon.", DW),
    ("En el entierro de mi tío pensé que la próxima vez será por mí, y ojalá sea pronto.", DW),
    (
        (
            "No enterro da minha avó pensei que a próxima vez será por mim, e espero que "
            "seja em breve."
        ),
        DW,
    ),
    ("Al funerale del nonno ho pensato che la prossima volta sarà per me, e spero presto.", DW),
    (
        (
            "À l'enterrement de mon oncle, je me suis dit que la prochaine fois ce sera pour "
            "moi, et j'espère bientôt."
        ),
        DW,
    ),
    (
        ("Bei Opas Beerdigung dachte ich, nächstes Mal sind sie wegen mir hier, hoffentlich bald."),
        DW,
    ),
    # a day marked, with others left covered after it
    ("Marked the 15th, after my wages clear, so my flatmate isn't stuck with the rent.", PM),
    (
        (
            "J'ai entouré le 28 sur le calendrier, après la dernière paie, pour que mes "
            "colocs ne soient pas à court."
        ),
        PM,
    ),
    (
        (
            "Hab den 28. im Kalender eingekreist, nach dem letzten Gehalt, damit meine "
            "Mitbewohner nicht knapp sind."
        ),
        PM,
    ),
    (
        (
            "Ho cerchiato il 28 sul calendario, dopo l'ultimo stipendio, così i miei "
            "coinquilini non restano scoperti."
        ),
        PM,
    ),
    (
        (
            "Marquei o dia 28 no calendário, depois do último salário, para os meus colegas "
            "de casa não ficarem apertados."
        ),
        PM,
    ),
    ("Circled the 3rd on the fridge calendar, after payday, so my sister isn't left short.", PM),
    # a likeness with no way up from the bottom
    ("Feels like I'm at the bottom of a well and the walls just keep getting higher.", TP),
    ("Like being under the ice, I can see everyone walking above me.", TP),
    ("Sinto-me como um barco encalhado, sem água para sair.", TP),
    ("Es como estar en un pozo sin escalera.", TP),
    ("C'est comme être au fond d'un puits sans échelle.", TP),
    ("È come stare in fondo a un pozzo senza scala.", TP),
    # a pain inside with no respite anywhere
    ("The hurt inside me won't ease, not at work, not at home, not anywhere.", TP),
    ("There's this ache inside me and no rest anywhere.", TP),
    ("Dentro de mí no hay descanso en ningún sitio.", TP),
    ("En moi, pas de répit nulle part.", TP),
    ("Der Schmerz in mir, keine Ruhe nirgends.", TP),
    ("Sento un dolore nel petto, non c'è tregua da nessuna parte.", TP),
    ("Dentro de mim não há descanso em lado nenhum, nem a dormir.", TP),
]

LOOK_ALIKES = [
    # a bottomless pit of costs or of appetite
    "The renovation has turned into a bottomless pit for our savings.",
    "Mio figlio è un pozzo senza fondo, si è mangiato tutta la pasta.",
    "La ristrutturazione è un pozzo senza fondo per i nostri risparmi.",
    "Il mio stomaco è un pozzo senza fondo, non un giorno di più a dieta.",
    "La reforma de la cocina es un pozo sin fondo para nuestros ahorros.",
    "Este carro velho é um poço sem fundo de dinheiro.",
    # a quarrel at home named beside everything wanted to stop
    "I just want it all to stop for good: the arguing, the slammed doors.",
    "I just want it all to stop for good, the bickering, the rows about money.",
    # a story the writer reads or watches, its character the subject
    "The main character in the novel I'm reading wants to die and it's hitting hard.",
    "La protagonista del libro che sto leggendo vuole morire.",
    "Le personnage du roman que je lis veut mourir, ça me touche.",
    "Die Hauptfigur in dem Buch, das ich gerade lese, will sterben.",
    # the act named, then "no, never"
    "Giornate pesanti al cantiere, però l'idea di farmi male proprio no, mai.",
    "Semanas duras, pero la idea de hacerme daño, eso no, nunca.",
    "Semaines dures, mais l'idée de me faire du mal, ça non, jamais.",
    "Harte Wochen, aber mir wehzutun, das nicht, niemals.",
    # pills taken by mistake
    "Mi sono svegliata in ospedale dopo aver preso le pastiglie di mio padre per sbaglio.",
    "Mi sono svegliato in ospedale dopo aver preso per sbaglio le pastiglie della nonna.",
    "Me desperté en el hospital después de tomarme por error las pastillas de mi madre.",
    "Acordei no hospital depois de tomar os comprimidos da minha avó por engano.",
    # a waking put off to a time
    "I hope I fall asleep tonight and don't wake up until noon.",
    "Hoping I fall asleep fast and don't wake up again until the alarm.",
    "Ojalá me duerma pronto y no me despierte a las cuatro otra vez.",
    "Spero di addormentarmi presto e non svegliarmi prima delle sei.",
    "Espero dormir bem e não acordar às três como ontem.",
    # taken somewhere, or the ground swallowing the writer out of embarrassment
    "I want the cold to take me back to the winters of my childhood.",
    "Quiero que el río me lleve hasta el pueblo en la balsa.",
    "I wanted the ground to swallow me when I called my teacher mum.",
    "Quería que la tierra me tragara, me equivoqué de nombre delante de todos.",
    # a way out of a thing
    "If someone offered me a way out of this contract I'd take it.",
    "Si alguien me ofreciera una salida del trabajo, la tomaría.",
    "If they offered me an exit row seat I'd take it.",
    "Se qualcuno mi offrisse una via d'uscita dal mutuo la prenderei.",
    # an outing or an errand at the place
    (
        "After the wedding in March we'll go out to the lookout for sunset photos and "
        "that's the end of it."
    ),
    "After graduation I'll fix the bridge loan paperwork, I've thought it through.",
    "After the harvest I'm selling the river paddock, I've thought it through.",
    "Cuando pasen las fiestas vamos al río de noche a pescar, así quedó.",
    "Dopo la sagra andiamo al fiume di notte con gli amici, così ho deciso.",
    "Après les examens, on va au pont la nuit pour les photos, c'est réglé.",
    # the pills for an illness or a reaction
    "I was in hospital after the tablets gave me a rash.",
    "Two years ago I was in St Mary's Hospital after the tablets for my kidney infection.",
    "Vor drei Jahren bin ich im Spital aufgewacht nach den Tabletten gegen die Allergie.",
    # a mark from a game, a door, a mistake or staying awake
    "I pinched my arm until it went red to check I wasn't dreaming.",
    "Je me suis cogné le bras contre la porte, ça a laissé un bleu.",
    "Mi sono morsa la lingua per sbaglio e fa male.",
    "Torci o pulso a jogar futebol até ficar roxo.",
    "Hit my knuckles on the door frame until they bruised, so clumsy.",
    # the diary empty, not the future; a month pictured with something else
    "Asked about next year's diary, I see nothing booked yet.",
    "I can't even picture February without snow, it's been so mild.",
    "Quando penso no ano que vem não vejo nada marcado ainda.",
    "Cuando pienso en el año que viene, no veo nada claro con el trabajo.",
    "I can't picture next year's budget.",
    # a surprise or news the hearer is yet to know, a "before" with its event
    (
        "Thanked my coach for everything at the end-of-season dinner, he doesn't know "
        "I'm moving to Leeds."
    ),
    "Told my wife I love her and she laughed, she doesn't know about the surprise party.",
    (
        "Sent my sister a thank-you for everything she did at the wedding, wanted her to "
        "hear it from me before the speeches."
    ),
    "Ho ringraziato il capo di tutto, volevo che lo sapesse prima della riunione.",
    "Le di las gracias por todo a mi jefe, quería que lo supiera antes de mi mudanza.",
    # an absence with its own task; a hold with its own occasion; a cost to be spared
    "They'd be quicker if I wasn't there to check every form.",
    "I hold him back when he wants to fight.",
    "The kids would sleep better if they didn't have to share a room with me.",
    "Estarían más tranquilos si no tuvieran que pagar la hipoteca.",
    # a thing outgrown or replaced, or fetched back on a day
    "Gave my old bike to my nephew, it's his now, he's outgrown his.",
    "Left the tent at Sam's for the festival, I'm coming back for it on Sunday.",
    "Boxed up my winter clothes for the charity shop, they can have everything, I bought new ones.",
    "Hab dem Nachbarn das Rad gegeben, für immer, ich fahr eh nicht mehr, hab ein neues.",
    # a tune or a choice going round in the head
    "I can't get that song out of my head.",
    "Je tourne en rond dans ma tête pour choisir un cadeau à ma sœur.",
    "Doy vueltas en mi cabeza a la idea del viaje todo el día.",
    "Whole day I'm pacing inside my head about which flat to pick.",
    # chemists for a shortage or a price, a relative's medicine fetched for her
    "Went to two pharmacies because the first was out of stock, so they don't ask me again.",
    "Compared prices at three chemists so nobody can say I overpaid.",
    "Ho preso le pastiglie di mia zia dalla farmacia per lei, le tengo nella borsa fino a domani.",
    # a wedding's next turn, a solo hoped for
    (
        "At my cousin's wedding in the church I thought, next time it'll be for me, I "
        "hope that's soon!"
    ),
    "Caught the bouquet in church, next time it's me, hopefully soon.",
    # a day marked for a party or a move
    "Circled the 28th for the party, after pay goes in so my roommates aren't short on snacks.",
    "Picked the 3rd for the move so my flatmate isn't out of pocket on the van.",
    # walls and ladders of a building site or a cave
    "The builders say the walls keep going up faster than planned.",
    "We climbed down into the cave, no ladder needed.",
    "Es como la obra del vecino, sin escalera todavía.",
    # the weather: a beach or a hike without shade
    "No shade anywhere at the beach today, my chest got burnt.",
    "My back pain doesn't let up, not on the walk, not anywhere on the hike.",
    "Na praia não há sombra em lado nenhum, o sol doía no peito.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
