"""Signs in German, French, Spanish, Portuguese and Italian told in everyday shapes the other
families do not read: a past attempt dated and left bare ("Hace dos años lo intenté"), waking
in intensive care the last time it was this dark, a date chosen so as not to spoil someone's
party, a hotel booked with no return, a friend asked to look after one's mother "if anything
happens", a gun-cabinet key one cannot stop thinking about, a rope bought "and it's not for
the hammock", a letter to be read after, a night chosen for when everyone sleeps. The future
denied in the same everyday shapes lives in ``rules_intl_future_denied``, whose rules this
module's ``RULES`` carries.

Why: people rarely name the act. They name what sits around it: the time it happened, the
ward they woke in, the date and the party it must not spoil, the key, the rope and what it is
not for. Each family below pairs two such pieces, so one alone (a hotel booked, a rope
bought, "si me pasa algo" before a flight) stays an ordinary sentence; and each guard names
the everyday look-alike of its family (an operation or an accident behind the ward, a trip or
a move behind the absence, a camping trip behind the rope). English has its own families
(``rules_en_*``).
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety import rules_intl_future_denied
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_URG, _CON = Severity.URGENT, Severity.CONCERN
_END = r"(?=\s*(?:$|[.!?,;:\n]))"


# every family here is the writer's own wording, one rule per language it is written in
_family = partial(family, "cf")


# --- done with life, said in the colloquial -------------------------------------------------
# "ich bin done mit dem Leben", "ich bin durch mit dem Leben" (not "durch mit der Prüfung")
_DONE_WITH_LIFE = {
    "de": r"\bich\s+bin\s+(?:so\s+|echt\s+|einfach\s+)?(?:done|durch|fertig)\s+mit\s+"
    r"(?:dem|meinem)\s+leben\b",
}

# --- closing one's eyes for good / not waking any more, wished -------------------------------
# "envie de fermer les yeux et que ce soit fini", "queria apagar, não acordar mais": the wish
# ("envie", "queria", "quisiera", "vorrei", "möchte") before it, so "il a fermé les yeux" (a
# death told) and "no acordar más tarde" (a lie-in) stay apart.
_EYES_CLOSED_FOR_GOOD = {
    "fr": r"\b(?:j'ai\s+(?:juste\s+|tellement\s+|vraiment\s+)?envie\s+de|j'aimerais|je\s+voudrais"
    r"|je\s+veux)\s+(?:juste\s+)?fermer\s+les\s+yeux\s+(?:et\s+que\s+(?:ce\s+soit|tout\s+soit)\s+"
    r"fini|pour\s+toujours|et\s+ne\s+plus\s+(?:me\s+)?(?:reveiller|les\s+rouvrir))" + _END,
    "pt": r"\b(?:queria|quero|gostava\s+de|gostaria\s+de)\s+(?:so\s+)?(?:apagar,?\s+)?"
    r"(?:nao\s+acordar\s+mais|nunca\s+mais\s+acordar|dormir\s+e\s+nao\s+acordar)",
    "es": r"\b(?:quisiera|quiero|querria)\s+(?:solo\s+)?(?:apagarme,?\s+)?"
    r"(?:no\s+despertar(?:me)?\s+(?:mas|nunca)|dormir\s+y\s+no\s+despertar(?:me)?"
    r"(?:\s+(?:mas|nunca))?)" + _END,
    "it": r"\b(?:vorrei|voglio)\s+(?:solo\s+)?(?:chiudere\s+gli\s+occhi\s+e\s+)?"
    r"(?:non\s+svegliarmi\s+piu|dormire\s+e\s+non\s+svegliarmi)" + _END,
}

# --- a past attempt, dated and told bare ---------------------------------------------------------
# "Vor zwei Jahren hab ich's schon mal versucht", "Hace dos años lo intenté", "Due anni fa ci ho
# provato", "Há dois anos tentei": a time ago, then "tried (it)" with nothing named after it
# ("lo intenté con la dieta", "ci ho provato con lei" name an ordinary try).
_AGO = {
    "de": r"\b(?:vor\s+(?:\w+\s+)?(?:jahren?|monaten?|wochen)|letztes\s+jahr|damals)",
    "es": r"\b(?:hace\s+(?:\w+\s+)?(?:anos?|meses|semanas)|el\s+ano\s+pasado)",
    "it": r"\b(?:(?:\w+\s+)?(?:anni|mesi|settimane)\s+fa|l'anno\s+scorso)",
    "pt": r"\b(?:ha\s+(?:\w+\s+)?(?:anos?|meses|semanas)|no\s+ano\s+passado)",
}
_TRIED_BARE = {
    "de": r"(?:hab|habe|hatte)\s+ich(?:'s|\s+es)\s+(?:schon\s+)?(?:ein)?mal\s+versucht",
    "es": r"(?:ya\s+)?lo\s+intente",
    "it": r"(?:ci\s+ho\s+provato|ci\s+ho\s+gia\s+provato|l'ho\s+fatto)",
    "pt": r"(?:ja\s+)?(?:o\s+)?tentei",
}
# … closing the clause, or going on with "and" (not "… mit Yoga", "con la dieta", "de novo o
# exame")
_DATED_TRY = {
    lang: rf"(?:{_AGO[lang]}),?\s+(?:\w+\s+){{0,1}}?(?:{_TRIED_BARE[lang]})"
    r"(?=\s*(?:$|[.!?,;:\n])|\s+(?:und|y|e|ma|mas|pero|aber)\b)"
    for lang in _AGO
}
_DATED_GATE = {"de": "versucht", "es": "intente", "it": "provato|fatto", "pt": "tentei"}

# --- waking in intensive care the last time it was like this ---------------------------------
# "la dernière fois que j'étais comme ça je me suis réveillé aux urgences", "das eine Mal, als
# es so dunkel war wie jetzt, bin ich … auf der Intensivstation aufgewacht": a past low state
# and the ward one woke in. An operation, an accident or a fall named is the ordinary story.
_LAST_TIME_LOW = {
    "de": r"\b(?:das\s+(?:eine|letzte)\s+mal|letztes\s+mal),?\s+als\s+(?:es|ich)\s+so\s+"
    r"(?:dunkel|schlimm|schlecht|tief)",
    "fr": r"\b(?:la\s+derniere\s+fois|la\s+seule\s+(?:autre\s+)?fois)\s+(?:que|ou)\s+"
    r"(?:j'etais|j'allais|c'etait)\s+(?:comme\s+ca|aussi\s+mal|si\s+mal|aussi\s+noir)",
    "es": r"\b(?:aquella|la\s+ultima|la\s+otra)\s+vez(?:\s+que\s+estuve\s+(?:asi|tan\s+mal))?",
    "it": r"\b(?:l'unica\s+altra|l'ultima)\s+volta\s+che\s+(?:avevo|stavo|ero)\s+"
    r"(?:questo\s+buio|cosi|tanto\s+male)",
    "pt": r"\b(?:a\s+ultima|da\s+ultima|a\s+unica)\s+vez\s+que\s+(?:estive|fiquei)\s+"
    r"(?:assim|tao\s+mal)",
}
_WOKE_IN_CARE = {
    "de": r"(?:auf\s+der\s+intensivstation|in\s+der\s+notaufnahme|mit\s+schlauchen)[^.!?\n]{0,40}"
    r"aufgewacht|aufgewacht\s+(?:auf\s+der\s+intensivstation|in\s+der\s+notaufnahme)",
    "fr": r"(?:je\s+me\s+suis\s+|me\s+suis\s+)?reveille\w*\s+(?:aux\s+urgences|en\s+reanimation"
    r"|en\s+rea|a\s+l'hopital)",
    "es": r"(?:termine|desperte|acabe)\s+(?:con\s+suero\s+)?en\s+(?:urgencias|la\s+uci"
    r"|cuidados\s+intensivos)",
    "it": r"(?:risvegliat[oa]|svegliat[oa])\s+in\s+(?:rianimazione|terapia\s+intensiva"
    r"|pronto\s+soccorso)",
    "pt": r"acordei\s+(?:na\s+uti|nas\s+urgencias|no\s+hospital|nos\s+cuidados\s+intensivos)",
}
# … an operation, an accident, a fall, a birth or an illness named is the ordinary stay
_NOT_A_MISHAP = (
    r"(?![^.!?\n]*\b(?:operation|op|unfall|sturz|narkose|blinddarm|operation|accident"
    r"|chute|anesthesie|appendicite|accidente|caida|operacion|anestesia|incidente|caduta"
    r"|operazione|acidente|queda|cirurgia|covid|infarkt|infarctus|infarto|geburt|accouchement"
    r"|parto)\b)"
)
_WARD = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_MISHAP}[^.!?\n]*?(?:{_LAST_TIME_LOW[lang]})[^.!?\n]{{0,80}}?"
    rf"(?:{_WOKE_IN_CARE[lang]})"
    for lang in _LAST_TIME_LOW
}
_WARD_GATE = {
    "de": "aufgewacht",
    "fr": "reveill",
    "es": "urgencias|uci|intensivos",
    "it": "rianimazione|intensiva|soccorso",
    "pt": "acordei",
}

# --- a date chosen so as not to spoil someone's party ---------------------------------------
# "Ya tengo fecha, el 20, después del cumple de mi hermana para no arruinárselo", "Der 14. ist
# es, ein paar Tage nach Lenas Feier, damit ihr Fest schön bleibt": a date with no event of its
# own, placed after another's celebration so that it is not spoiled. A date named for one's own
# event (a move, an exam, one's party, a wedding of one's own) is planning.
_DATE_SET = {
    "de": r"\b(?:der\s+\d{1,2}\.?\s+ist\s+es|(?:das\s+)?datum\s+steht|ich\s+hab\s+(?:ein|das)"
    r"\s+datum)",
    "fr": r"\b(?:la\s+date\s+est\s+(?:choisie|fixee)|j'ai\s+(?:une|la)\s+date)",
    "es": r"\b(?:ya\s+tengo\s+(?:fecha|el\s+dia)|la\s+fecha\s+esta\s+(?:elegida|decidida))",
    "it": r"\b(?:ho\s+(?:una|la)\s+data|la\s+data\s+e\s+(?:scelta|decisa))",
    "pt": r"\b(?:ja\s+tenho\s+(?:data|o\s+dia)|a\s+data\s+esta\s+(?:escolhida|decidida))",
}
_NOT_SPOIL = {
    "de": r"damit\s+(?:ihr|sein|das)\s+(?:fest|feier|tag)\s+(?:schon|ungestort)\s+bleibt"
    r"|um\s+(?:es\s+)?(?:ihr|ihm|ihnen|es)\s+nicht\s+(?:zu\s+)?(?:verderben|kaputtzumachen)",
    "fr": r"pour\s+(?:ne\s+)?pas\s+(?:lui\s+)?(?:gacher|gâcher|pourrir)\s+(?:sa|la|leur)\s+"
    r"(?:fete|journee|soiree)",
    "es": r"para\s+no\s+(?:arruinar|estropear|fastidiar|amargar)(?:selo|sela|le|la)?",
    "it": r"per\s+non\s+(?:rovinar|guastar)(?:le|gli)?\s*(?:la\s+festa|la\s+giornata)?",
    "pt": r"para\s+nao\s+(?:estragar|arruinar)\s+(?:a\s+festa|o\s+dia|a\s+data)",
}
# … one's own event in the sentence is planning ("mein Umzug", "mon déménagement", "mi boda")
_NOT_OWN_EVENT = (
    r"(?![^.!?\n]*\b(?:umzug|hochzeit|urlaub|reise|prufung|termin|demenagement|vacances"
    r"|voyage|examen|rendez-vous|mudanza|boda|viaje|vacaciones|trasloco|matrimonio|viaggio"
    r"|esame|mudanca|casamento|viagem|ferias|exame|operation|operacion|operazione|cirurgia)\b)"
)
_DATE_AFTER_PARTY = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_OWN_EVENT}[^.!?\n]*?(?:{_DATE_SET[lang]})[^.!?\n]{{0,90}}?"
    rf"(?:{_NOT_SPOIL[lang]})"
    for lang in _DATE_SET
}
_DATE_GATE = {
    "de": "bleibt|verderben|kaputt",
    "fr": "gacher|pourrir",
    "es": "arruin|estrope|fastidi|amarg",
    "it": "rovinar|guastar",
    "pt": "estragar|arruinar",
}

# --- a hotel room booked, and no return -----------------------------------------------------
# "Reservé una habitación en un hotel … y no pienso volver", "je compte pas rentrer", "hab
# nicht vor auszuchecken": a room for a stay, and the writer's intent not to come back from
# it. A new job, a move, a new life or a stay "for a while" named is leaving home.
_HOTEL = {
    "de": r"\b(?:hotelzimmer|zimmer\s+in\s+einem\s+hotel|pension)\b",
    "fr": r"\bchambre\s+d'hotel|\bchambre\s+(?:dans\s+un|a\s+l')\s*hotel",
    "es": r"\bhabitacion\s+(?:en\s+un|de)\s+hotel",
    "it": r"\bcamera\s+(?:in\s+un|d')\s*(?:albergo|hotel)",
    "pt": r"\bquarto\s+(?:num|de|em\s+um)\s+hotel",
}
_NO_RETURN = {
    "de": r"(?:ich\s+)?(?:hab|habe)\s+nicht\s+vor,?\s+(?:auszuchecken|zuruckzukommen"
    r"|heimzukommen)|(?:ich\s+)?komme?\s+nicht\s+zuruck",
    "fr": r"je\s+(?:ne\s+)?compte\s+pas\s+(?:rentrer|revenir)|je\s+(?:ne\s+)?reviendrai\s+pas",
    "es": r"no\s+(?:pienso|voy\s+a|tengo\s+intencion\s+de)\s+volver",
    "it": r"non\s+(?:ho\s+intenzione\s+di|penso\s+di)\s+tornare|non\s+tornero",
    "pt": r"nao\s+(?:tenciono|penso|vou)\s+voltar|nao\s+volto",
}
#: A sentence that names a job, a move, studies or a new home: a trip told there is no plan.
NOT_A_MOVE = (
    r"(?![^.!?\n]*\b(?:job|stelle|arbeit|umzug|neues\s+leben|travail|boulot|demenag\w*"
    r"|nouvelle\s+vie|trabajo|mudanza|nueva\s+vida|lavoro|trasloc\w*|nuova\s+vita|emprego"
    r"|trabalho|mudanca|nova\s+vida|wohnung|appartement|piso|apartamento|appartamento"
    r"|erasmus|studium|etudes|estudios|studi)\b)"
)
_HOTEL_NO_RETURN = {
    lang: rf"(?:^|(?<=[.!?\n])){NOT_A_MOVE}[^.!?\n]*?(?:{_HOTEL[lang]})[^.!?\n]{{0,80}}?"
    rf"\b(?:und|et|y|e)\s+(?:{_NO_RETURN[lang]}){_END}"
    for lang in _HOTEL
}
_HOTEL_GATE = dict.fromkeys(_HOTEL, "hotel|albergo|pension")

# --- a high place named, and "that's where it will be" ---------------------------------------
# "El puente de la autopista, ahí va a ser", "Le viaduc sur la nationale, ce sera là", "A
# ponte da via expressa, vai ser lá": the place opens the sentence and the act is left unnamed.
# A meeting point, a concert or a party named is an arrangement.
_HIGH_PLACE = {
    "de": r"(?:die|der)\s+(?:brucke|autobahnbrucke|viadukt|klippe|staumauer)",
    "fr": r"(?:le|la)\s+(?:pont|viaduc|falaise|barrage)",
    "es": r"el\s+(?:puente|viaducto|acantilado)|la\s+presa",
    "it": r"(?:il|la)\s+(?:ponte|viadotto|scogliera|diga)",
    "pt": r"(?:a|o)\s+(?:ponte|viaduto|falesia|barragem)",
}
_THERE_IT_IS = {
    "de": r"da\s+(?:wird\s+es|wird's|passiert\s+es)\s+(?:sein|passieren)?",
    "fr": r"(?:ce\s+sera|ca\s+sera|ca\s+se\s+passera)\s+la",
    "es": r"ahi\s+(?:va\s+a\s+ser|sera)",
    "it": r"(?:sara|succedera)\s+li",
    "pt": r"(?:vai\s+ser|sera)\s+(?:la|ali)",
}
_NOT_A_MEETING = (
    r"(?![^.!?\n]*\b(?:treffen|treffpunkt|konzert|party|fest|rendez-vous|concert|fete|soiree"
    r"|reunion|quedada|concierto|fiesta|incontro|concerto|festa|encontro|show|foto\w*|picnic"
    r"|pique-nique|piquenique)\b)"
)
_PLACE_SET = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_MEETING}\s*(?:{_HIGH_PLACE[lang]})\b[^.!?\n,]{{0,40}},\s*"
    rf"(?:{_THERE_IT_IS[lang]}){_END}"
    for lang in _HIGH_PLACE
}
_PLACE_GATE = {
    "de": "brucke|viadukt|klippe|staumauer",
    "fr": "pont|viaduc|falaise|barrage",
    "es": "puente|viaducto|acantilado|presa",
    "it": "ponte|viadotto|scogliera|diga",
    "pt": "ponte|viaduto|falesia|barragem",
}

# --- a friend asked to look after one's mother "if anything happens" --------------------------
# "Le pedí a mi mejor amigo que cuide de mi madre si me pasa algo", "J'ai demandé à Yanis de
# veiller sur ma mère s'il m'arrivait quelque chose": one's family handed into someone's care
# against one's own vanishing. A trip, an operation or a posting named is ordinary prudence.
_CARE_FOR_MINE = {
    "de": r"\b(?:er|sie)\s+soll\s+auf\s+(?:meine\s+(?:mutter|mama|schwester|kinder|oma)"
    r"|meinen\s+(?:vater|papa|bruder|sohn|hund))\s+aufpassen",
    "fr": r"\b(?:de\s+)?(?:veiller\s+sur|s'occuper\s+de|prendre\s+soin\s+de)\s+(?:ma\s+(?:mere"
    r"|maman|soeur|fille)|mon\s+(?:pere|frere|fils|chien)|mes\s+(?:enfants|parents))",
    "es": r"\bque\s+cuide\s+(?:de\s+|a\s+)?(?:mi\s+(?:madre|mama|hermana|hija|padre|papa"
    r"|hermano|hijo|perro)|mis\s+(?:hijos|padres))",
    "it": r"\b(?:di\s+)?(?:badare\s+a|prendersi\s+cura\s+di|occuparsi\s+di)\s+(?:mia\s+(?:madre"
    r"|mamma|sorella|figlia)|mio\s+(?:padre|fratello|figlio|cane)|dei\s+miei)",
    "pt": r"\b(?:para\s+|pra\s+)?(?:cuidar|tomar\s+conta)\s+d[ao]s?\s+(?:minha\s+(?:mae|irma"
    r"|filha)|meu\s+(?:pai|irmao|filho|cachorro|cao)|meus\s+(?:filhos|pais))",
}
_IF_SOMETHING_HAPPENS = {
    "de": r"falls\s+(?:mal\s+)?(?:was|etwas)\s+(?:ist|passiert)|wenn\s+(?:mir\s+)?(?:mal\s+)?"
    r"(?:was|etwas)\s+passiert",
    "fr": r"s'il\s+(?:m'arrivait|m'arrive)\s+quelque\s+chose",
    "es": r"si\s+(?:me\s+pasa|me\s+pasara|me\s+ocurre)\s+algo",
    "it": r"se\s+(?:mi\s+succede|mi\s+succedesse|mi\s+capita)\s+qualcosa",
    "pt": r"se\s+(?:me\s+acontecer|me\s+acontecesse)\s+(?:alguma\s+coisa|algo)",
}
_NOT_A_TRIP = (
    r"(?![^.!?\n]*\b(?:reise|flug|urlaub|operation|op|einsatz|auslandssemester|voyage|vol"
    r"|vacances|operation|mission|viaje|vuelo|vacaciones|operacion|mision|viaggio|volo"
    r"|vacanza|operazione|missione|viagem|voo|ferias|cirurgia|missao|fliege|pars|me\s+voy"
    r"|parto|vou\s+viajar)\b)"
)
_ENTRUSTED = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_TRIP}[^.!?\n]*?(?:{_CARE_FOR_MINE[lang]})[^.!?\n]{{0,30}}?"
    rf"\b(?:{_IF_SOMETHING_HAPPENS[lang]})"
    for lang in _CARE_FOR_MINE
}
_ENTRUST_GATE = {
    "de": "falls|passiert",
    "fr": "arriv",
    "es": "pasa|ocurre",
    "it": "succede|capita",
    "pt": "acontec",
}

# --- letters for one's parents left where they will be found ----------------------------------
# "Las cartas para mi aita y mi ama están debajo del colchón, para cuando las necesiten": the
# letters, kept for a moment the writer does not name. Letters for a birthday or Christmas
# named are post.
_LETTERS_FOR = {
    "de": r"\bdie\s+briefe\s+(?:an|fur)\s+",
    "fr": r"\bles\s+lettres\s+(?:pour|a)\s+",
    "es": r"\blas\s+cartas\s+para\s+",
    "it": r"\ble\s+lettere\s+per\s+",
    "pt": r"\bas\s+cartas\s+(?:para|pra)\s+",
}
_FOR_WHEN_NEEDED = {
    "de": r"fur\s+wenn\s+(?:sie|ihr)\s+(?:sie\s+)?(?:brauchen|braucht)",
    "fr": r"pour\s+quand\s+(?:ils|elles|vous)\s+en\s+auront\s+besoin|pour\s+le\s+moment\s+venu",
    "es": r"para\s+cuando\s+(?:las\s+)?(?:necesiten|hagan\s+falta)",
    "it": r"per\s+quando\s+(?:serviranno|ne\s+avranno\s+bisogno)",
    "pt": r"para\s+quando\s+(?:precisarem|forem\s+precisas)",
}
_NOT_AN_OCCASION = (
    r"(?![^.!?\n]*\b(?:geburtstag|weihnachten|hochzeit|anniversaire|noel|mariage|cumpleanos"
    r"|navidad|boda|compleanno|natale|matrimonio|aniversario|anniversario|natal|casamento"
    r"|jahrestag)\b)"
)
_LETTERS_LEFT = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_AN_OCCASION}[^.!?\n]*?(?:{_LETTERS_FOR[lang]})"
    rf"[^.!?\n]{{0,80}}?(?:{_FOR_WHEN_NEEDED[lang]}){_END}"
    for lang in _LETTERS_FOR
}
_LETTERS_GATE = {"de": "briefe", "fr": "lettres", "es": "cartas", "it": "lettere", "pt": "cartas"}

# --- love, thanks and sorry to everyone, in one message --------------------------------------
# "vi voglio bene a tutti, grazie di tutto, scusate", "amo vcs, obrigada por tudo, desculpa",
# "hdl an alle, ihr wart die besten, sorry für alles": all three farewell formulas at once, to
# everyone. A farewell party, a last day at work or a move named is a leaving.
_LOVE_ALL = {
    "de": r"(?:hdl|hab\s+euch\s+(?:alle\s+)?lieb)(?:\s+an\s+alle)?",
    "fr": r"je\s+vous\s+aime\s+(?:tous|toutes|fort)",
    "es": r"(?:los|las)\s+quiero\s+(?:a\s+todos|mucho)|os\s+quiero\s+(?:a\s+todos|mucho)",
    "it": r"vi\s+voglio\s+bene(?:\s+a\s+tutti)?",
    "pt": r"(?:amo\s+(?:vcs|voces|vos)|amo-vos)(?:\s+a\s+todos)?",
}
_THANKS_SORRY = {
    "de": r"(?:danke\s+fur\s+alles|ihr\s+wart\s+die\s+besten)[^.!?\n]{0,20}?(?:sorry|"
    r"entschuldigung|verzeiht)(?:\s+fur\s+alles)?",
    "fr": r"merci\s+pour\s+tout[^.!?\n]{0,20}?(?:pardon|desole\w*|excusez)",
    "es": r"gracias\s+por\s+todo[^.!?\n]{0,20}?(?:perdon|lo\s+siento|perdonad|perdonen)",
    "it": r"grazie\s+di\s+tutto[^.!?\n]{0,20}?(?:scusate|perdonatemi|mi\s+dispiace)",
    "pt": r"obrigad[oa]\s+por\s+tudo[^.!?\n]{0,20}?(?:desculpa|desculpem|perdao|me\s+perdoem)",
}
_NOT_A_LEAVING = (
    r"(?![^.!?\n]*\b(?:abschied\w*|umzug|letzter\s+arbeitstag|rente|pot\s+de\s+depart|depart"
    r"|demenag\w*|retraite|despedida|mudanza|jubilacion|addio\s+al|trasloco|pensione"
    r"|despedida|mudanca|reforma|aposentadoria)\b)"
)
_ALL_THREE = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_LEAVING}[^.!?\n]*?\b(?:{_LOVE_ALL[lang]})[^.!?\n]{{0,10}}?"
    rf"(?:{_THANKS_SORRY[lang]})"
    for lang in _LOVE_ALL
}
_ALL_THREE_GATE = {
    "de": "sorry|entschuldigung|verzeiht",
    "fr": "pardon|desole|excusez",
    "es": "perdon|siento",
    "it": "scusate|perdonatemi|dispiace",
    "pt": "desculp|perd",
}

# --- the gun-cabinet key known, and the thought of it not leaving ----------------------------
# "Ya sé dónde guarda mi tío la llave del armero y no dejo de pensar en eso": the key to the
# guns, and a mind that keeps going back to it. Hunting, a licence or a cleaning named beside
# it is ordinary; the thought not leaving is what makes it a sign.
_GUN_KEY = {
    "de": r"\bwaffenschrank\w*|\bschlussel\s+(?:zum|fur\s+den)\s+waffenschrank",
    "fr": r"\bcle\s+(?:du|de\s+l')\s*(?:coffre|armoire)\s+(?:a|aux)\s+(?:fusils|armes)",
    "es": r"\bllave\s+del\s+(?:armero|armario\s+de\s+las\s+(?:armas|escopetas))",
    "it": r"\bchiave\s+dell'armadio\s+(?:dei\s+fucili|delle\s+armi)",
    "pt": r"\bchave\s+do\s+armario\s+(?:das\s+armas|das\s+espingardas)",
}
_CANT_STOP_THINKING = {
    "de": r"(?:krieg|bekomm)\s+ich\s+(?:das|es)\s+nicht\s+mehr\s+aus\s+dem\s+kopf"
    r"|(?:ich\s+)?(?:muss|denk)\s+(?:ich\s+)?(?:standig|dauernd|immer)\s+(?:dran|daran)",
    "fr": r"j'y\s+pense\s+(?:tout\s+le\s+temps|sans\s+arret|jour\s+et\s+nuit)",
    "es": r"no\s+(?:dejo|paro)\s+de\s+pensar\s+en\s+(?:eso|ello|ella)",
    "it": r"non\s+(?:smetto|riesco\s+a\s+smettere)\s+di\s+pensarci",
    "pt": r"nao\s+(?:paro|consigo\s+parar)\s+de\s+pensar\s+(?:nisso|nela)",
}
_GUN_THOUGHT = {
    lang: rf"(?:{_GUN_KEY[lang]})[^.!?\n]{{0,90}}?(?:{_CANT_STOP_THINKING[lang]})"
    for lang in _GUN_KEY
}
_GUN_GATE = {
    "de": "waffenschrank",
    "fr": "fusils|armes",
    "es": "armero|armas|escopetas",
    "it": "fucili|armi",
    "pt": "armas|espingardas",
}

# --- a rope bought, and what it is not for --------------------------------------------------
# "Compré una cuerda en la ferretería y no es para la hamaca", "j'ai acheté une corde … et c'est
# pas pour la balançoire": the writer's own purchase and the ordinary use denied. Said with
# what it is for ("c'est pour la balançoire") it is a purchase. (The denial is read ahead of the
# match, so that the negation judge does not take "no es para" for a denial of the purchase.)
_ROPE_BOUGHT = {
    "de": r"\b(?:hab|habe)\s+(?:mir\s+)?(?:ein|einen)\s+(?:seil|strick)\s+(?:gekauft|besorgt)"
    r"|\bmit\s+(?:einem|nem)\s+(?:seil|strick)\s+(?:raus|rausgekommen)",
    "fr": r"\bj'ai\s+achete\s+une\s+corde|\bsortie?\s+avec\s+une\s+corde",
    "es": r"\bcompre\s+una\s+(?:cuerda|soga)|\bsali\s+con\s+una\s+(?:cuerda|soga)",
    "it": r"\b(?:ho\s+comprato|sono\s+uscit[oa]\s+con)\s+una\s+corda",
    "pt": r"\b(?:comprei|sai\s+com)\s+uma\s+corda",
}
_NOT_FOR = {
    "de": r"(?:und\s+)?(?:die|der|das|es)\s+ist\s+nicht\s+(?:fur|zum)\b",
    "fr": r"(?:et\s+)?(?:c'est|ce\s+n'est)\s+pas\s+pour\b",
    "es": r"(?:y\s+)?no\s+es\s+para\b",
    "it": r"(?:e\s+)?(?:non\s+e\s+per\b|[^.!?\n]{0,30}non\s+c'entrano\s+niente)",
    "pt": r"(?:e\s+)?nao\s+e\s+(?:para|pra)\b",
}
_ROPE_NOT_FOR = {
    lang: rf"(?:{_ROPE_BOUGHT[lang]})(?=[^.!?\n]{{0,60}}?\b(?:{_NOT_FOR[lang]}))"
    for lang in _ROPE_BOUGHT
}
_ROPE_GATE = {"de": "seil|strick", "fr": "corde", "es": "cuerda|soga", "it": "corda", "pt": "corda"}

# --- a medicine stopped and kept instead -----------------------------------------------------
# "Parei de tomar os remédios pra dormir e tô guardando numa caixinha", "Die Schlaftabletten …
# schluck ich nicht mehr, die wandern … in eine Dose": doses not taken and gathered. Taking them
# back to the pharmacy or throwing them out is disposal.
_STOPPED_KEPT = {
    "de": r"\b(?:schlaftabletten|tabletten|pillen|medikamente)\b[^.!?\n]{0,40}?\b(?:schluck|nehm)"
    r"\s+ich\s+nicht\s+mehr,?\s+(?:die|sie)\s+(?:wandern|kommen|landen)\b[^.!?\n]{0,30}?\bin\s+"
    r"(?:eine|einer|die|meine)\s+(?:dose|schachtel|box|kiste)",
    "fr": r"\bj'ai\s+(?:pas|plus)\s+pris\s+(?:le|mon|mes|les)\s+(?:traitement|medicaments|cachets"
    r"|comprimes)\b[^.!?\n]{0,40}?\bje\s+(?:l'ai|les\s+ai)\s+garde\w*[^.!?\n]{0,40}?\breserve",
    "es": r"\bdeje\s+de\s+tomar\s+(?:las|los|mis)\s+(?:pastillas|medicamentos|calmantes)"
    r"[^.!?\n]{0,30}?\b(?:y\s+)?(?:las|los)\s+(?:estoy\s+guardando|voy\s+guardando|guardo)",
    "it": r"\bho\s+smesso\s+di\s+prendere\s+(?:le|i)\s+(?:pastiglie|pillole|farmaci|gocce)"
    r"[^.!?\n]{0,30}?\b(?:e\s+)?(?:le|li)\s+(?:sto\s+mettendo\s+da\s+parte|conservo|tengo)",
    "pt": r"\bparei\s+de\s+tomar\s+(?:os|as|meus|minhas)\s+(?:remedios|comprimidos|calmantes)"
    r"[^.!?\n]{0,30}?\b(?:e\s+)?(?:to|estou|tou)\s+(?:guardando|a\s+guardar)",
}
_NOT_DISPOSAL = (
    r"(?![^.!?\n]{0,60}\b(?:apotheke\s+zuruck|entsorg\w*|pharmacie\s+pour\s+les\s+rendre"
    r"|jeter|farmacia\s+para\s+devolver|tirar|buttar\w*|devolver|rendre)\b)"
)
_MEDS_STOPPED = {lang: f"(?:{p}){_NOT_DISPOSAL}" for lang, p in _STOPPED_KEPT.items()}
_STOPPED_GATE = {
    "de": "nicht mehr",
    "fr": "garde",
    "es": "guard",
    "it": "parte|conservo|tengo",
    "pt": "guard",
}

# --- "if you are reading this", and forgiveness asked ------------------------------------------
# "Si vous lisez ces lignes, pardonnez-moi, vous n'y êtes pour rien": a message meant to be read
# after, and the readers forgiven or cleared. A letter to one's future self or a time capsule is
# not this.
_IF_READING = {
    "de": r"\bwenn\s+ihr\s+(?:das|dies|diese\s+zeilen)\s+(?:hier\s+)?lest",
    "fr": r"\bsi\s+vous\s+lisez\s+(?:ces\s+lignes|ceci|ce\s+message|ca)",
    "es": r"\bsi\s+(?:estais\s+leyendo|leeis|estan\s+leyendo|leen)\s+(?:esto|estas\s+lineas)",
    "it": r"\bse\s+(?:state\s+leggendo|leggete)\s+(?:questo|queste\s+righe)",
    "pt": r"\bse\s+(?:voces\s+)?(?:estao\s+(?:a\s+ler|lendo)|estiverem\s+a\s+ler|lerem)\s+"
    r"(?:isto|isso|estas\s+linhas)",
}
_FORGIVE = {
    "de": r"verzeiht\s+mir|es\s+ist\s+nicht\s+eure\s+schuld|ihr\s+konnt\s+nichts\s+dafur",
    "fr": r"pardonnez-moi|vous\s+n'y\s+etes\s+pour\s+rien|ce\s+n'est\s+pas\s+(?:de\s+)?votre"
    r"\s+faute",
    "es": r"perdonadme|perdonenme|no\s+es\s+(?:vuestra|su)\s+culpa",
    "it": r"perdonatemi|non\s+e\s+colpa\s+vostra",
    "pt": r"(?:me\s+)?perdoem(?:-me)?|nao\s+e\s+culpa\s+(?:de\s+voces|vossa)",
}
_NOT_FUTURE_SELF = r"(?![^.!?\n]*\b(?:zeitkapsel|capsule|capsula|futur\w*|zukunft\w*|\d+\s+\w+)\b)"
_READ_AFTER = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_FUTURE_SELF}\s*(?:{_IF_READING[lang]})[^.!?\n]{{0,40}}?"
    rf"\b(?:{_FORGIVE[lang]})"
    for lang in _IF_READING
}
_READ_GATE = {
    "de": "lest",
    "fr": "lisez",
    "es": "leyendo|leeis|leen",
    "it": "legg",
    "pt": "ler|lendo",
}

# --- a night chosen for when everyone sleeps ------------------------------------------------
# "Ich hab mich für Samstagnacht entschieden, wenn alle schlafen": a night decided on for the
# hour nobody is awake, the act left unnamed, closing the sentence (not "… um in Ruhe zu zocken").
_NIGHT_CHOSEN = {
    "de": r"\bich\s+(?:hab|habe)\s+mich\s+fur\s+\w+nacht\s+entschieden,?\s+wenn\s+alle\s+"
    r"schlafen",
    "fr": r"\bj'ai\s+choisi\s+(?:la\s+nuit\s+de\s+)?\w+(?:\s+soir|\s+nuit)?,?\s+quand\s+tout\s+"
    r"le\s+monde\s+(?:dort|dormira)",
    "es": r"\b(?:he\s+elegido|elegi|me\s+decidi\s+por)\s+(?:la\s+noche\s+del\s+|el\s+)?\w+"
    r"(?:\s+por\s+la\s+noche)?,?\s+cuando\s+todos\s+duerman",
    "it": r"\bho\s+scelto\s+\w+(?:\s+notte|\s+sera)?,?\s+quando\s+tutti\s+dormono",
    "pt": r"\b(?:escolhi|decidi)\s+\w+(?:\s+a\s+noite)?,?\s+quando\s+(?:todos|toda\s+a\s+gente)"
    r"\s+(?:estiverem\s+a\s+dormir|dormirem|estiverem\s+dormindo)",
}
_NIGHT = {lang: rf"(?:{p})(?=\s*(?:$|[.!?\n]))" for lang, p in _NIGHT_CHOSEN.items()}
_NIGHT_GATE = {"de": "schlafen", "fr": "dort", "es": "duerman", "it": "dormono", "pt": "dorm"}

RULES: tuple[Rule, ...] = (
    _family("done_with_life", Category.SUICIDAL_IDEATION, _URG, _DONE_WITH_LIFE, {"de": "leben"})
    + _family(
        "not_wake_wished",
        Category.DEATH_WISH,
        _URG,
        _EYES_CLOSED_FOR_GOOD,
        {"fr": "yeux", "pt": "acordar", "es": "despertar", "it": "svegliarmi"},
    )
    + _family("dated_try", Category.SUICIDAL_IDEATION, _CON, _DATED_TRY, _DATED_GATE, past=True)
    + _family("woke_in_care", Category.SUICIDAL_IDEATION, _CON, _WARD, _WARD_GATE, past=True)
    + _family("date_after_party", Category.PLAN_OR_METHOD, _URG, _DATE_AFTER_PARTY, _DATE_GATE)
    + _family("hotel_no_return", Category.PLAN_OR_METHOD, _URG, _HOTEL_NO_RETURN, _HOTEL_GATE)
    + _family("place_set", Category.PLAN_OR_METHOD, _URG, _PLACE_SET, _PLACE_GATE)
    + _family("entrusted", Category.GOODBYES, _URG, _ENTRUSTED, _ENTRUST_GATE)
    + _family("letters_left", Category.GOODBYES, _URG, _LETTERS_LEFT, _LETTERS_GATE)
    + _family("love_thanks_sorry", Category.GOODBYES, _URG, _ALL_THREE, _ALL_THREE_GATE)
    + _family("gun_key_thought", Category.GETTING_MEANS, _URG, _GUN_THOUGHT, _GUN_GATE)
    + _family("rope_not_for", Category.GETTING_MEANS, _URG, _ROPE_NOT_FOR, _ROPE_GATE)
    + _family("meds_stopped_kept", Category.GETTING_MEANS, _URG, _MEDS_STOPPED, _STOPPED_GATE)
    + rules_intl_future_denied.RULES
    + _family("read_after_forgive", Category.GOODBYES, _URG, _READ_AFTER, _READ_GATE)
    + _family("night_when_all_sleep", Category.PLAN_OR_METHOD, _URG, _NIGHT, _NIGHT_GATE)
)

__all__ = ["RULES"]
