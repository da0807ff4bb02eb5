"""The mechanisms added after studying ``fresh57``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Families: suicide as the subject of a thought that arrives in the writer's own head
(``rules_thought_arrives``); the absence said first, a coming event after it and the knowing
told last (``rules_future_stops``); the same thoughts back since a psychiatric stay
(``rules_attempt_ward``) and German "was ich mir damals antun wollte"; death awaited with
eagerness (``rules_death_awaited``); without the writer, others would enjoy their lives or
carry less (``rules_burden_weight``); the search for a way out given up, no door to leave by
(``rules_trapped_no_exit``), and "can't take much more" with the diary's "I" dropped; the grave
preferred ("I'd sooner be in the ground", ``rules_rather_buried``); a plea to be remembered
kindly (``rules_remember_me``); no coming season for the writer ("there's no spring coming for
me", ``rules_future_stops``); things not needed "where I'm going" with no gift named
(``rules_where_im_going``); damage done to one's own body or skin on purpose
(``rules_harm_own_body``); a day and a place chosen because nobody comes there
(``rules_plan_unwatched``); the Bavarian "i moch Schluss mit mir".

Guards: a bare ending said about a relationship is a break-up, not a plan (``everyday_breakup``);
the act denied after it by "jamás se me pasó", by a firm "proprio no", or by a screening item
scored at zero (``negation``, ``negation_postposed``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh57_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GB, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # suicide arriving in the writer's own head
    ("Lately killing myself just pops into my mind when I'm washing up.", SI),
    ("Suicide came into my head three times at the bus stop today.", SI),
    ("Der Selbstmord kommt mir jeden Tag in den Sinn, schon beim Aufstehen.", SI),
    ("Le suicide me vient à l'esprit dès que je rentre du boulot.", SI),
    ("El suicidio se me viene a la cabeza cada vez más.", SI),
    ("Il suicidio mi passa per la testa quando sono da sola in macchina.", SI),
    ("O suicídio vem-me à cabeça sempre que fico sozinho em casa.", SI),
    # the absence first, a coming event, the knowing last
    ("I won't see the cherry blossom next spring, I already know that.", NF),
    ("Non arriverò alla sagra del prossimo agosto, lo so già.", NF),
    ("Je ne serai pas là pour la fête du village l'été prochain, je le sais déjà.", NF),
    ("Não chego às festas de junho do ano que vem, isso eu já sei.", NF),
    ("Ich werde das Stadtfest im nächsten Sommer nicht mehr erleben, das weiß ich schon.", NF),
    ("No voy a llegar a la graduación de mi sobrina en junio, eso ya lo sé.", NF),
    # the same thoughts back since a psychiatric stay
    ("Two years after the psych ward, the same thoughts are back.", SI),
    ("Seit der Psychiatrie war es lange gut, jetzt sind die gleichen Gedanken wieder da.", SI),
    ("Depuis mon séjour en psychiatrie, les mêmes idées reviennent le soir.", SI),
    ("Salí del psiquiátrico hace un año y las mismas ideas han vuelto.", SI),
    ("Depois do internamento no ano passado, as mesmas ideias voltaram.", SI),
    ("Dopo il TSO dell'anno scorso gli stessi pensieri sono tornati.", SI),
    # … and what the writer wanted to do to themself, taken up by a relative "was"
    ("Es ist schwer zu sagen, was ich mir damals antun wollte, aber jetzt denk ich dran.", SH),
    # death awaited with eagerness
    ("J'ai hâte d'être morte, je le pense vraiment.", DW),
    ("No veo la hora de morirme, ya no aguanto.", DW),
    ("Estoy deseando estar muerta, nadie lo sabe.", DW),
    ("Não vejo a hora de morrer, estou cansado de tudo.", DW),
    ("Mal posso esperar para estar morto.", DW),
    ("Ich kann es kaum erwarten, tot zu sein.", DW),
    ("Ehrlich gesagt freu ich mich aufs Sterben.", DW),
    ("I'm honestly looking forward to being dead.", DW),
    # without the writer, others would enjoy their lives or carry less
    ("Meus pais ainda me sustentam, sem mim aproveitariam a reforma em paz.", BU),
    ("Sin mí mis padres disfrutarían de su jubilación.", BU),
    ("Sans moi, la vie leur pèserait moins.", BU),
    ("Ohne mich würden meine Eltern endlich ihre Rente genießen.", BU),
    ("Senza di me mia sorella spenderebbe molto meno.", BU),
    ("Sin mí se gastarían menos en médicos.", BU),
    # the search for a way out given up; no door to leave by
    ("Ich hab aufgehört, einen Ausweg zu suchen, es bleibt eh alles gleich.", TP),
    ("J'ai arrêté de chercher une issue, je subis.", TP),
    ("He dejado de buscar una salida, ya me da igual.", TP),
    ("Ho smesso di cercare una via d'uscita da questo buio.", TP),
    ("Desisti de procurar uma saída, é sempre a mesma coisa.", TP),
    ("I gave up looking for a way out of this months ago.", TP),
    ("Es gibt keine Tür nach draußen aus diesem Gefühl.", TP),
    ("Non c'è nessuna porta da cui uscire da questa angoscia.", TP),
    # "can't take much more" with the diary's "I" dropped
    ("Honestly. Can't take much more of this.", TP),
    ("cant take much more of it tbh", TP),
    # the grave preferred
    ("I'd rather be six feet under than keep waking up like this.", DW),
    ("Ich wär lieber unter der Erde, ehrlich.", DW),
    ("Preferiría estar bajo tierra, así de claro.", DW),
    ("Je préférerais être sous terre, franchement.", DW),
    ("Preferirei stare sotto terra che continuare così.", DW),
    ("Preferia estar debaixo da terra, juro.", DW),
    # a plea to be remembered kindly
    ("Remember me kindly, I said to the lads at the club.", GB),
    ("Behaltet mich in guter Erinnerung, hab ich zu allen gesagt.", GB),
    ("Les pedí que me recuerden con cariño.", GB),
    ("Je leur ai dit de se souvenir de moi avec tendresse.", GB),
    ("Ho detto a tutti di ricordarsi di me con affetto.", GB),
    ("Pedi a todos que se lembrem de mim com carinho.", GB),
    ("Told my sisters to remember me the way I was.", GB),
    # no coming season for the writer
    ("There's no summer coming for me, I can feel it.", NF),
    ("Für mich kommt kein Frühling mehr.", NF),
    ("Para mí no habrá otra primavera.", NF),
    ("Pour moi il n'y aura pas d'autre été.", NF),
    ("Per me non ci sarà un'altra estate.", NF),
    ("Para mim não haverá outro verão.", NF),
    # things not needed "where I'm going", no gift named
    ("Left the car keys with my son, I won't need them where I'm headed.", NF),
    ("Wo ich hingeh, brauch ich das Auto nicht mehr.", NF),
    ("J'ai laissé mes outils à mon voisin, là où je vais je n'en aurai pas besoin.", NF),
    ("A donde voy no necesito la moto, se la dejé a mi primo.", NF),
    ("Ho lasciato la bici a Luca, dove vado non mi serve.", NF),
    ("Deixei a guitarra ao meu afilhado, para onde vou não preciso dela.", NF),
    # damage to one's own body or skin, on purpose
    ("I hurt my own body again last night.", SH),
    ("I damaged my skin on purpose again.", SH),
    ("Je me suis abîmé la peau exprès.", SH),
    ("Me estropeé la piel a propósito otra vez.", SH),
    ("Mi sono rovinata la pelle apposta ieri sera.", SH),
    ("Estraguei a minha pele de propósito outra vez.", SH),
    ("Ich hab mir absichtlich die Haut kaputt gemacht.", SH),
    # a day and a place chosen because nobody comes there
    ("Tonight I'll go to the bridge where nobody walks late.", PM),
    ("El viernes voy al puente donde nadie pasa de noche.", PM),
    ("Samedi je vais au barrage où personne ne va.", PM),
    ("Sabato vado alla cava dove nessuno passa.", PM),
    ("No sábado vou ao cais onde ninguém vai.", PM),
    ("Freitag nacht geh ich an die Brücke, wo niemand mich findet.", PM),
    # the Bavarian "moch"
    ("Morgn moch i Schluss mit mir, i konn nimmer.", SI),
    ("I moch heit Schluss mit meim Lebn.", SI),
]

#: A bare ending with nothing about a relationship, or ending "it all", the writer's life or
#: themself, stays a sign, whoever is named near it.
STILL_SIGNS = [
    ("I'll end it tonight.", SI),
    ("I'll end it all after his birthday.", SI),
    ("since she left me I just want to end it all", SI),
    ("Ich mach Schluss mit allem.", SI),
    ("Ich mach Schluss mit meinem Leben.", SI),
    ("Heit Nocht moch i Schluss mit allem.", SI),
    ("I'll end it tonight. My husband is away.", SI),
    ("Je vais en finir ce soir, mon mari ne rentre que demain.", SI),
    ("Voy a acabar con todo el viernes, ya no la quiero ni a ella ni a nadie.", SI),
    ("Stasera la faccio finita, la nostra storia è finita e io con lei.", SI),
    ("Vou acabar com a minha vida no sábado, ele já não me ama.", SI),
    ("I don't love him anymore, so I'll end it all tonight.", SI),
    ("Seit sie mich verlassen hat, will ich nur noch Schluss machen.", SI),
    # a denial that is no denial: a tag question, a clause going on, "not a joke"
    ("Quiero morirme, no?", SI),
    ("I want to die, that's not a joke.", DW),
    ("Farla finita, proprio non ce la faccio più.", SI),
]

LOOK_ALIKES = [
    # a bare ending said about a relationship: a break-up
    "After his birthday I'll end it, I can't keep pretending I love him.",
    "This weekend I'll end it, I've been pretending to love her for a year.",
    "I'm going to end it tonight, I can't stay in this relationship.",
    "I've picked the date, I'll end it on the 14th. Our relationship is a lie.",
    "Nach Weihnachten mach ich Schluss. Ich liebe ihn einfach nicht mehr.",
    "Nach dem Fest mach ich Schluss mit ihm.",
    "Ya decidí el día, el viernes termino con él.",
    "voy a terminar con él el viernes",
    "Samedi je romps avec lui, notre couple est mort depuis longtemps.",
    "Dopo Natale la finisco con lui, non lo amo più.",
    "Depois do aniversário dele vou terminar com ele, já não o amo.",
    "Morgen moch i Schluss mit eam, i mog eam nimmer.",
    # the act denied after it: never crossed the mind, a firm no, a screening item at zero
    "Cuando perdí el trabajo lloré mucho, pero quitarme la vida jamás se me ha pasado por la "
    "cabeza.",
    "Foi um ano horrível, mas a ideia de me matar jamais me passou pela cabeça.",
    "Sono stanca morta, ma farla finita proprio no, voglio solo una vacanza.",
    "Je suis épuisée, mais me faire du mal, ça non, jamais de la vie.",
    "Ich bin fertig mit den Nerven, aber mich verletzen, das sicher nicht.",
    "I'm wrecked after the move, but hurting myself, absolutely not.",
    "Pasé el test de la doctora y lo de quitarme la vida salió en cero, solo ando triste.",
    "The nurse did the mood form and the self-harm question came out at zero.",
    "Il questionario dal medico: l'idea di farmi del male è uscita a zero, il problema è l'ansia.",
    "O questionário do centro de saúde, a parte de me magoar deu zero.",
    # someone else's suicide remembered; a denial; an idea for dinner
    "Suicide never comes into my head, I'm just tired.",
    "His suicide comes into my mind every time I pass the bridge.",
    "El suicidio de mi tío se me viene a la cabeza cada Navidad.",
    "Der Selbstmord meines Onkels kommt mir oft in den Sinn.",
    "Il suicidio di Tenco mi passa per la testa quando ascolto la radio.",
    "A good idea for dinner came into my head.",
    # an absence with a trip, a course, a shift or a race
    "I won't be around for the parade next March, we'll be in Spain, I know that.",
    "I won't be around for the office party next week, I know that, I'm on a course.",
    "No llegaré a la boda de mi prima en julio, eso ya lo sé, tengo guardia.",
    "Non arriverò al traguardo della gara, lo so già.",
    "I won't be around for the parade next March because of work, I know that.",
    # thoughts back after a body's stay in hospital, about something named
    "After my knee surgery in hospital the same thoughts came back about work.",
    "Depuis l'hôpital pour ma hanche, les mêmes idées reviennent sur le boulot.",
    "Dopo il ricovero per l'appendicite le stesse idee mi girano sul lavoro.",
    "Das, was ich mir nie antun würde, ist aufgeben.",
    # eagerness for a holiday; dying of laughter; dyeing hair
    "Non vedo l'ora di morire dal ridere con voi al cinema.",
    "I'm looking forward to dying my hair blue.",
    "No veo la hora de morirme de risa con la nueva serie.",
    "Je n'ai pas hâte d'être morte, j'ai plein de projets.",
    "Ich kann es kaum erwarten, endlich Urlaub zu haben.",
    "Mal posso esperar para ver o mar.",
    # enjoying less, or more, without the writer tonight
    "Sans moi ils profiteraient moins du voyage.",
    "Senza di me si godrebbero la pizza, sono in ritardo stasera.",
    "Ohne mich würden sie das Konzert nicht genießen.",
    # a real place: a maze, an escape room, a car park
    "We gave up looking for a way out of the maze and called the staff.",
    "Non c'è una porta da cui uscire, l'escape room era difficilissima.",
    "I've never given up looking for a way out, and I won't now.",
    "Ich suche keinen Ausweg mehr aus dem Parkhaus, ich ruf den Pannendienst.",
    # the grave preferred to a trifle; a garden, a beach umbrella
    "I'd rather be in my grave than go to another work Christmas party.",
    "Ich wär lieber unter der Erde als auf der Weihnachtsfeier.",
    "Preferiría estar bajo tierra antes que ir a otra boda de mi suegra.",
    "I'd rather be in the garden.",
    "Preferirei stare sotto l'ombrellone.",
    # regards sent; a goodbye for a move, a trip or a retirement
    "Remember me to your mother when you see her.",
    "Behaltet mich in guter Erinnerung, wenn ich in Australien bin!",
    "Recuérdenme con cariño cuando me mude a Canadá.",
    "Ricordatevi di me con affetto quando vado in pensione.",
    "Ich ziehe nach Berlin, behaltet mich in guter Erinnerung.",
    "We're moving to Leeds, remember me kindly!",
    # this year's holiday, a bonus, a camp outgrown
    "There's no summer holiday for me this year, too much work.",
    "Für mich gibt es dieses Jahr keinen Urlaub im Sommer mehr.",
    "Para mí no habrá otra Navidad en la playa este año, nos quedamos en casa.",
    "There's no Christmas bonus for me.",
    "Para mí no habrá otro verano en este campamento, ya soy mayor.",
    "Für mich kommt kein Sommer mehr im Zeltlager, ich bin zu alt.",
    # where one goes on holiday, tonight, for work
    "Where I'm going in July I won't need a coat, it's 30 degrees.",
    "Wo ich im Urlaub hingeh, brauch ich keine Jacke.",
    "A donde voy esta noche no necesito el coche.",
    "Là où je vais en vacances, je n'en aurai pas besoin.",
    "Dove vado per lavoro non mi serve la macchina.",
    # a tan, someone else's body, a denial
    "I wrecked my skin on purpose with the sunbed for the wedding tan.",
    "Mi sono rovinata la pelle apposta con il sole per abbronzarmi.",
    "My sister hurt her own body again.",
    "I never hurt my own body, I just cry.",
    # a quiet place for a swim, the dog, fishing with friends, reading; no day; someone else
    "On Saturday we're going to the lake where nobody goes, to swim in peace.",
    "Sunday I'm taking the dog to the woods where nobody walks.",
    "Am Sonntag fahr ich mit den Jungs an den See, wo keiner hinkommt, zum Angeln.",
    "Le samedi je vais lire au parc où personne ne va.",
    "There's a bench by the river where nobody walks.",
    "My brother goes to the quarry on Friday where nobody goes.",
    # can take it; can't take the heat
    "I can take much more of this.",
    "cant take much more of this heat",
]


@pytest.mark.parametrize(("text", "category"), SIGNS + STILL_SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
