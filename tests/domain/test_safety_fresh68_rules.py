"""The readings widened after studying ``fresh68``, both ways: new wordings of each sign that
must be flagged, and look-alikes (ordinary sentences of the same grammar) that must not.

Plan: going to a height or the water for good, or "and there I stay", "e acabou"; a bare
fragment timed by the house asleep or led by a few words, a mine shaft or a jetty as the place.
Giving away: a thing passed on to someone, or now theirs, the taker told to keep both.
Burden: the writer robbing the carer of their life, a stone the others carry, one mouth fewer,
the others free of the writer, only taking. Goodbyes: everyone called one by one to take leave,
each hand shaken knowing it was the last time, a thank-you the hearer cannot know is a
farewell, a goodbye laughed off as a joke. No future: the calendar stopping at a date for the
writer, the coming year left to the others. Getting the means: a means kept back with its use
denied ("e non sono per le mucche"), someone's leftover medicine counted. Past history: a ward
after "I tried", pills swallowed and the writer saved. Self-harm: the marks fresh again and
hidden. Trapped pain: under the snow with nobody digging. Explicit: the act named bare after
the thought ("ci penso ogni notte: uccidermi").

False alarms: a screening question answered no before the item or right after it, or the no
ticked on the form.

The sentences are written anew (none is a ``fresh68`` row).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # going to a height or the water for good, "and there I stay", "and it's over"
    ("After the christening I'm driving out to the gorge by myself for good", PM),
    ("once the kids are at school, i'm heading up to the quarry for good", PM),
    ("Nach der Hochzeit gehe ich zum Stausee hinauf, und dort bleibe ich", PM),
    ("Am Samstag fahre ich allein zum Wildsee und dort bleibe ich für immer.", PM),
    ("Depois da missa vou até a ponte velha e acabou", PM),
    ("Vou sozinho até a barragem e pronto, acabou.", PM),
    # a bare fragment: the house asleep, a few words before the time, a shaft or a jetty
    ("tomorrow night when everyone's asleep, the breakwater past the harbour", PM),
    ("first week of May once the shearing's done, the old mine shaft, that's where", PM),
    ("Cuando todos duerman, en el pozo de la mina.", PM),
    ("Quand tout le monde dort, au puits de mine.", PM),
    ("Stanotte quando tutti dormono, al pozzo della miniera.", PM),
    ("Hoje à noite quando todos dormirem, no poço da mina.", PM),
    # passed on, now theirs, the taker told to keep both
    ("passed my grandad's fiddle and his bow on to my nephew, I won't be playing it again", GA),
    ("Passed all my fishing gear to the lad next door, won't be needing it again", GA),
    ("Die Zither hat jetzt der Franz, samt Notenständer, er soll beides behalten", GA),
    ("Meine Werkzeuge hat jetzt die Vroni, sie soll alles behalten.", GA),
    ("A viola e o rádio do meu avô agora são do Zé, falei pra ele nunca devolver", GA),
    ("A bicicleta já é da minha sobrinha, disse para ela nunca me devolver", GA),
    # the carer's life taken by the writer
    ("Seit dem Unfall pflegt mich meine Tochter, ich raube ihr ihr ganzes Leben", BU),
    ("Desde a queda meu filho me carrega pra todo lado, roubei a vida dele", BU),
    ("I'm stealing my husband's life, he should be out fishing not changing my sheets", BU),
    ("Le robo la vida a mi hija, tiene que bañarme cada mañana", BU),
    ("Je lui vole sa vie, ma femme ne sort plus depuis mon AVC", BU),
    ("Ho rubato la vita a mia moglie? No, gli rubo la vita ogni giorno, a mio figlio", BU),
    # a stone, a load the others carry
    ("I'm nothing but a stone my brothers carry, month after month", BU),
    ("I've become a sack my wife drags through every day", BU),
    ("Ich bin nur ein Stein, den sie mit sich schleppen müssen", BU),
    ("Je suis un poids qu'ils traînent depuis des années", BU),
    ("Soy una carga que mis hijos arrastran", BU),
    ("Sono un sasso che mia moglie si porta dietro", BU),
    # one mouth fewer, the others free of the writer
    ("they'd all sleep better if there was one less mouth to feed", BU),
    ("La familia estaría más tranquila si hubiera una boca menos que alimentar", BU),
    ("Libres de moi, ils vivraient mieux", BU),
    ("Frei von mir hätten sie es endlich leichter", BU),
    ("Livres de mim, eles viviam melhor", BU),
    ("Mio figlio, libero da me, respirerebbe", BU),
    # only taking
    ("everyone keeps doing my shopping, I take and take and give nothing back", BU),
    ("Ich nehme und nehme und gebe nichts zurück", BU),
    ("Je prends et je ne donne rien en retour, depuis des mois", BU),
    ("Recibo y recibo y no doy nada a cambio", BU),
    ("Eu só recebo e recebo e não dou nada em troca", BU),
    ("Prendo e prendo e non do niente", BU),
    # everyone called one by one to take leave, each hand shaken the last time
    ("Hab gestern alle aus der Blaskapelle angerufen, um mich richtig zu verabschieden", GB),
    ("Llamé uno por uno a los del coro para despedirme", GB),
    ("Ho chiamato tutti i ragazzi del circolo per salutarli un'ultima volta", GB),
    ("Liguei para todos da banda para me despedir de vez", GB),
    ("J'ai serré la main de chacun à la chorale, en sachant que c'était la dernière fois", GB),
    ("I rang everyone from the choir one by one to say goodbye properly", GB),
    # a thank-you the hearer cannot know is a farewell, a goodbye laughed off
    ("sent my old coach a long thank-you for all those seasons, he can't know it yet", GB),
    ("Texted my aunt a big thank-you for raising me, she can't know that yet", GB),
    ("told my cousins it was good knowing them, they laughed like I was joking", GB),
    ("Told the lads it's been an honour knowing them, they laughed like I was kidding", GB),
    # the calendar stopping for the writer
    ("the calendar in the kitchen stops at March for me, I can't picture anything after that", NF),
    ("my diary ends with the harvest for me", NF),
    ("Mein Kalender hört im Juni auf, danach kann ich mir nichts mehr vorstellen", NF),
    ("Mi agenda se acaba en junio, después no imagino nada para mí", NF),
    ("A minha agenda acaba em junho, depois não imagino mais nada pra mim", NF),
    ("Il mio calendario finisce a giugno, dopo non riesco a immaginare niente per me", NF),
    # the year to come left to the others
    ("El año que viene es cosa de los demás", NF),
    ("L'anno prossimo è roba degli altri", NF),
    ("L'année prochaine, c'est pour les autres.", NF),
    ("Nächstes Jahr ist was für die anderen", NF),
    ("O próximo ano é coisa dos outros, não é meu", NF),
    ("Tutti parlano della stagione prossima, io per me non riesco a immaginarla", NF),
    # a means kept back, its use denied
    ("I've hidden the rat bait in the shed and it's not for the rats", GM),
    ("Ich hab das Gift im Stall versteckt, und es ist nicht für die Ratten", GM),
    ("J'ai mis de côté le poison à rats, et ce n'est pas pour les rats", GM),
    ("Guardé el veneno en el pajar y no es para las vacas", GM),
    ("Separei as ampolas do veterinário e não são para os cavalos", GM),
    ("Ho nascosto il veleno in cantina e non è per i topi", GM),
    # someone's leftover medicine counted
    ("Dad's old painkillers are still in the bathroom and I keep counting them", GM),
    ("Papas übrige Tabletten sind noch im Schrank, ich zähle sie jeden Abend", GM),
    ("Les cachets de ma mère sont encore dans le tiroir, je les compte chaque soir", GM),
    ("Las pastillas que sobraron de mi padre siguen en el armario y las cuento cada noche", GM),
    ("Os comprimidos antigos da minha avó ainda estão na gaveta e eu os conto toda noite", GM),
    ("Le pastiglie avanzate di mia madre sono ancora nell'armadio, le conto ogni sera", GM),
    # a ward after "I tried"; pills swallowed and the writer saved
    ("I spent a month in a psychiatric hospital after I tried once, and it's creeping back", SI),
    ("Was on the psych ward after I tried at seventeen, nobody here knows", SI),
    ("I swallowed all my sleeping pills at nineteen and they saved me", SI),
    ("Mit zwanzig hab ich Tabletten geschluckt, die Nachbarin hat mich gerettet", SI),
    ("A vent'anni ho ingoiato le pastiglie e mi hanno salvato", SI),
    ("Aos vinte anos engoli os comprimidos e me salvaram", SI),
    ("Con veinte años me tragué las pastillas y me salvaron de milagro", SI),
    ("J'ai avalé tous mes somnifères à trente ans, on m'a sauvée", SI),
    # the marks fresh again and hidden
    ("the cuts on my arms are fresh again, so my mum doesn't see I wear a hoodie", SH),
    ("The scratches on my legs are raw again, nobody notices", SH),
    ("Les coupures sur mes cuisses sont de nouveau fraîches, manches longues", SH),
    ("Los cortes en mis muslos están frescos otra vez, manga larga para que nadie vea", SH),
    ("As marcas nas minhas coxas estão abertas de novo, escondo tudo", SH),
    ("I tagli sulle cosce sono di nuovo aperti, li nascondo", SH),
    # under the snow, nobody digging
    ("Es ist, als läge ich unter dem Schnee und keiner gräbt mich aus", TP),
    ("It's like I'm under the snow and nobody is digging", TP),
    ("Como si estuviera bajo la nieve y nadie cava", TP),
    ("C'est comme si j'étais sous la neige et personne ne creuse", TP),
    ("É como se eu estivesse debaixo da neve e ninguém cava", TP),
    ("Mi sembra di stare sotto la neve e nessuno scava", TP),
    # the act named bare after the thought
    ("Pienso en ello cada noche: matarme, y nadie lo sabe", SI),
    ("J'y pense chaque soir : me tuer.", SI),
    ("Penso nisso toda noite: me matar, acabar com tudo", SI),
    ("Ci penso ogni mattina: ammazzarmi, e basta", SI),
    ("Ci penso sempre: togliermi la vita.", SI),
    ("Pienso siempre en lo mismo: suicidarme.", SI),
    # a screening answered yes after a no elsewhere stays a sign
    (
        "The nurse went through the questions, no to drink, but the one about killing myself, yes",
        SI,
    ),
]

LOOK_ALIKES = [
    # a house, not a height; a holiday at the lake with a length
    "I'm going up to the lake house for good, the city was too much",
    "I'm moving out to the coast for good next year",
    "Nach der Prüfung fahre ich zum Bodensee, und dort bleibe ich zwei Wochen",
    "Depois da festa vou até a barragem e acabou o passeio",
    # the house asleep, an ordinary place; a tour
    "tonight when the house is asleep, the fridge",
    "after the wedding, the old mine shaft tour, that's where we met",
    # passed a test; a lend with a time
    "passed my driving test to my great relief",
    "Die Bohrmaschine hat jetzt der Nachbar, er soll beides behalten, bis ich umziehe",
    # a life story, a load on a cart
    "I stole his life story for my novel",
    "I am a load they carry on the cart, said the old sack of potatoes in the play",
    # only the tax office taking, photos taken
    "The tax office takes and takes and gives nothing",
    "I take and take photos and give nothing away on social media",
    # everyone called before a move, a new job, a retirement
    "Ho chiamato tutti quelli della banda per salutarli prima di partire per l'Australia",
    "Llamé a todos los del equipo para despedirme antes de la mudanza",
    "Habe alle angerufen, um mich zu verabschieden, bevor ich in Rente gehe",
    "Rang everyone at work one by one to say goodbye, last day on Friday",
    # a thank-you for a jumper; a farewell named with its reason
    "sent Gran a big thank-you for the jumper, she can't know it yet but it's the wrong size",
    "told my mates it was nice knowing them after I lost at poker, they laughed like I was joking",
    # a planner to replace, a contract
    "my planner stops at June, I need to buy next year's",
    "the calendar at work ends in June because the contract does",
    "Mon agenda s'arrête à juin, il faut que j'en achète un autre",
    # a retirement, a trip without the wife
    "L'anno prossimo è roba degli altri, io vado in pensione",
    "Parlano della gita dell'anno prossimo, io per me non riesco a immaginarla senza mia moglie",
    # another use said right after, fodder
    "Ho messo da parte le fiale del veterinario, e non sono per le mucche ma per i maiali",
    "I've put the sheep dip aside in the shed and it's not for the sheep, it's for the goats",
    "Guardei a ração no paiol e não é para o gado",
    # counted for the pharmacy, in a dosette
    "Dad's old tablets are still in the drawer, I've been counting them for the pharmacy return",
    "Mum's tablets are still in the dosette and I keep counting them",
    # a ward after trying a fence, a pill
    "I was in hospital after I tried to climb the fence",
    "ended up in hospital after I tried the new diet pills",
    # the pills that saved the writer, as a treatment
    "Las pastillas me salvaron, el psiquiatra acertó con la dosis",
    "Le pastiglie mi hanno salvato, adesso dormo",
    # marks from boots, scratches from the cat
    "the marks on my thighs are fresh again from the new boots, long socks so the boss doesn't see",
    "the scratches on my legs are fresh again, the cat hates baths, jeans so nobody asks",
    # tulips under the snow, a car stuck, the weather
    "Die Tulpen liegen noch unter dem Schnee",
    "The car was stuck under the snow and nobody is coming till morning",
    "We were stuck for hours because of the snow, no way out of the valley",
    # the act after a colon, not closing: overwork
    "Ci penso ogni notte: uccidermi di lavoro non ha senso",
    "Pienso cada noche: matarme a trabajar no vale la pena",
    # a screening answered no before the item, or right after it, or ticked no
    "The nurse went through the mood questions, no to the one about harming myself",
    "À la visite, l'infirmière a coché non pour les idées de suicide, tout va bien",
    "Il dottore ha fatto le domande sull'umore, pensieri di morte no, solo tanta stanchezza",
    "Der Arzt ist die Fragen durchgegangen, Suizidgedanken nein, nur der Rücken",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_each_new_wording_is_read_as_its_sign(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_each_look_alike_stays_quiet(text: str) -> None:
    assert_not_flagged(text)
