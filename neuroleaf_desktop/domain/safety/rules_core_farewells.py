"""Last words, last things and the chosen day, in six languages.

Why: goodbyes, giving away, getting the means and plans are often told without a word of
death, by the one detail that makes them final. The detail is the same in every language:

* a farewell said to *each* of them: "wrote each of them a note: thanks for everything and
  goodbye", "jedem einen Brief: danke für alles, es tut mir leid", "à chacun … merci et
  adieu", "a cada uno … cuiden a mamá", "a ciascuno … grazie e addio" (a card to each guest
  saying thanks for coming names no farewell);
* the last talk foretold: "the last chat we'll ever have", "la última charla que vamos a
  tener" (before a holiday or a move it is everyday, see ``everyday``);
* letters kept with the insurance papers or the will;
* things given so nobody has to sort through them, or left for someone to enjoy "because I
  won't": "que los disfrute él, yo ya no";
* the means: asking where someone keeps the gun or the key to its safe; a dead relative's
  morphine kept instead of handed back;
* the day chosen and then something that closes it: "picked the weekend the flat will be
  empty, everything's ready", "ho deciso il giorno … così non le rovino la festa", or "I know
  when and where now." with a bridge or the tracks after it (a date picked *for* a party is
  not this);
* a farewell others take lightly ("she thinks i'm just being soppy", "they'll understand
  after"), and the plan written out as time, place and method;
* "no way out" said bare in Spanish, Portuguese and Italian, as German and French rules
  already read it (a lift or a traffic jam around it is everyday);

Text is case- and accent-folded first; negation and whose words they are are judged in
``context``. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_farewell_letters
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_URG, _CON = Severity.URGENT, Severity.CONCERN
_IN = r"[^.!?\n]"

# --- a farewell said to each of them -----------------------------------------------------------
_EACH = {
    "en": r"\b(?:to|for)\s+(?:each|every\s+one|everyone)\s+(?:of\s+(?:them|my\s+\w+))?"
    r"|\beach\s+of\s+(?:them|my\s+\w+)\b",
    "de": r"\b(?:jedem|jeder|jedes|allen\s+meinen)\b",
    "fr": r"\b(?:a|pour)\s+(?:chacun|chacune)\b",
    "es": r"\b(?:a|para|pa)\s+cada\s+un[oa]\b",
    "pt": r"\b(?:a|para|pra)\s+cada\s+um[a]?\b",
    "it": r"\b(?:a|per)\s+(?:ciascun[oa]|ognun[oa])\b",
}
# A farewell in so many words, or thanks for everything said with an apology.
_FAREWELL = {
    "en": r"\b(?:goodbye|farewell|sorry\s+for\s+everything"
    r"|look\s+after\s+(?:mum|mam|mom|dad|each\s+other|the\s+kids)\s+for\s+me)\b"
    r"|\bthanks?\s+(?:you\s+)?for\s+everything\b" + _IN + r"{0,40}?\bsorry\b"
    # … or their goodness to the writer, or love, said with an apology for the writer's whole
    # being: "told each of them they'd been good to me and I was sorry for the trouble", "dass
    # sie die Besten waren und es mir leidtut", "que los quiero, que me perdonen"
    r"|\b(?:been\s+(?:so\s+)?good\s+to\s+me|(?:were|was)\s+the\s+best|i\s+love\s+(?:them|you))\b"
    + _IN
    + r"{0,60}?\b(?:sorry|apologi\w+)\s+for\s+(?:the\s+trouble|all\s+the\s+trouble|everything"
    r"|being\s+(?:me|like\s+this|a\s+burden))\b",
    "de": r"\b(?:lebt?\s+wohl|lebewohl|abschied\w*|verzeiht\s+mir)\b"
    r"|\bdanke\s+fu(?:e)?r\s+alles\b" + _IN + r"{0,40}?\b(?:tut\s+mir\s+leid|verzeih\w*)"
    r"|\b(?:die\s+besten|(?:so\s+)?gut\s+zu\s+mir|(?:sie|euch|dich)\s+lieb\s+habe?)\b"
    + _IN
    + r"{0,60}?\b(?:(?:es\s+)?mir\s+leid\s*tut|leidtut|tut\s+mir\s+leid|verzeih\w*)",
    "fr": r"\b(?:adieu|prenez\s+soin\s+de\s+(?:maman|papa|vous))\b"
    r"|\bmerci\b" + _IN + r"{0,40}?\b(?:pardon|desolee?)\b"
    r"|\b(?:je\s+(?:les|vous)\s+aime|(?:ils|vous)\s+(?:ont|avez)\s+ete\s+(?:les\s+meilleurs|si\s+bons"
    r"\s+avec\s+moi))\b" + _IN + r"{0,60}?\b(?:pardon(?:nez-moi)?|adieu)\b",
    "es": r"\b(?:adios\s+para\s+siempre|cuiden\s+a\s+(?:mama|papa|la\s+abuela)|ya\s+me\s+despedi"
    r"|perdon(?:en)?\s+por\s+todo)\b|\bgracias\s+por\s+todo\b" + _IN + r"{0,40}?\b(?:perdon"
    r"|lo\s+siento|adios)\b"
    r"|\b(?:l[oa]s\s+quiero|l[oa]s\s+amo|fue\s+un\s+honor)\b" + _IN + r"{0,60}?\b(?:me\s+perdonen"
    r"|perdon(?!\s+por\s+(?:el|la|los|las|lo\s+de)\b)|lo\s+siento|adios)\b",
    "pt": r"\b(?:adeus|cuidem\s+d[ao]\s+(?:mae|pai|avo)|ja\s+me\s+despedi|desculpem\s+por\s+tudo)\b"
    r"|\bobrigad[oa]\s+por\s+tudo\b" + _IN + r"{0,40}?\b(?:desculp\w*|perdao)\b"
    r"|\b(?:(?:os|as)\s+amo|gosto\s+muito\s+de\s+(?:voces|vos))\b"
    + _IN
    + r"{0,60}?\b(?:me\s+perdoem|perdao|adeus)\b",
    "it": r"\b(?:addio|abbiate\s+cura\s+di\s+(?:mamma|papa)|perdonatemi)\b"
    r"|\bgrazie\s+(?:di|per)\s+tutto\b" + _IN + r"{0,40}?\b(?:scusa\w*|perdono)\b"
    r"|\b(?:vi|li|le)\s+voglio\s+bene\b" + _IN + r"{0,60}?\b(?:perdonatemi|mi\s+perdonino|addio)\b",
}
# A goodbye wished forward is a parting, not a farewell: "goodbye and good luck", "addio e buona
# fortuna per l'esame", "see you in september".
_WISHED_FORWARD = (
    r"(?![^.!?\n]{0,30}\b(?:good\s+luck|best\s+of\s+luck|see\s+you|enjoy|have\s+a|buona\s+fortuna"
    r"|in\s+bocca|suerte|boa\s+sorte|bonne\s+chance|viel\s+glu(?:e)?ck|alles\s+gute|a\s+presto"
    r"|hasta\s+pronto|ate\s+breve|a\s+bientot|bis\s+bald)\b)"
)
_EACH_GATE = {
    "en": "each|every",
    "de": "jede|allen",
    "fr": "chacun",
    "es": "cada",
    "pt": "cada",
    "it": "ciascun|ognun",
}

# --- the last talk foretold ------------------------------------------------------------------
_LAST_TALK = {
    "en": r"\blast\s+(?:chat|talk|conversation|call|hug|visit)\s+(?:we'?ll|we\s+will|we'?re\s+"
    r"going\s+to|i'?ll)\s+(?:ever\s+)?(?:have|get|make)\b",
    "de": r"\bletzte[sn]?\s+(?:gespra(?:e)?ch|telefonat|umarmung)\s*,?\s+(?:das|die|den)\s+wir"
    r"\s+(?:je\s+)?(?:haben|fu(?:e)?hren)\s+werden\b",
    "fr": r"\bderniere\s+(?:conversation|discussion|fois)\s+qu'?\s*on\s+(?:aura|se\s+parlera"
    r"|se\s+verra)\b",
    "es": r"\bultima\s+(?:charla|conversacion|llamada|vez)\s+que\s+(?:vamos\s+a\s+tener"
    r"|tendremos|hablaremos|nos\s+veremos|vamos\s+a\s+hablar)\b",
    "pt": r"\bultima\s+(?:conversa|chamada|vez)\s+que\s+(?:vamos\s+ter|teremos|falaremos"
    r"|nos\s+vamos\s+ver|vamos\s+falar)\b",
    "it": r"\bultima\s+(?:chiacchierata|conversazione|telefonata|volta)\s+che\s+(?:avremo"
    r"|faremo|ci\s+vedremo|ci\s+sentiremo|parleremo)\b",
}

# --- letters kept with the papers ------------------------------------------------------------
_LETTERS_WITH_PAPERS = {
    "en": r"\b(?:letters?|notes?|cards?)\s+(?:to|for)\s+(?:the\s+|my\s+)?\w+" + _IN + r"{0,60}?"
    r"\bwith\s+(?:the|my)\s+(?:(?:life\s+)?insurance|will|policy|pension|bank)\b",
    "de": r"\b(?:briefe?|karten?)\s+(?:an|fu(?:e)?r)\s+(?:die\s+|meine\s+)?\w+" + _IN + r"{0,60}?"
    r"\b(?:zu|bei)\s+(?:den|dem|meinen|meinem)\s+(?:versicherungs\w*|testament|policen)\b",
    "fr": r"\b(?:lettres?|mots?)\s+(?:a|pour)\s+(?:les\s+|mes\s+)?\w+" + _IN + r"{0,60}?"
    r"\bavec\s+(?:les|le|mes|mon)\s+(?:papiers\s+de\s+l'?\s*assurance|assurance\w*|testament)\b",
    "es": r"\b(?:cartas?|notas?)\s+(?:a|para|pa)\s+(?:los\s+|mis\s+)?\w+" + _IN + r"{0,60}?"
    r"\bcon\s+(?:los|el|mis|mi)\s+(?:papeles\s+del\s+seguro|seguro|poliza|testamento)\b",
    "pt": r"\b(?:cartas?|bilhetes?)\s+(?:a|para|pra|aos|as)\s+(?:os\s+|meus\s+)?\w+"
    + _IN
    + r"{0,60}?\b(?:com|junto\s+(?:com|aos|ao))\s+(?:os|o|meus|meu)?\s*(?:papeis\s+do\s+seguro"
    r"|seguro|apolice|testamento)\b",
    "it": r"\b(?:lettere|lettera|biglietti)\s+(?:a|per|ai)\s+(?:i\s+|miei\s+)?\w+"
    + _IN
    + r"{0,60}?\b(?:con|insieme\s+(?:ai|al|alla))\s+(?:i|il|la|miei|mio)?\s*(?:documenti\s+"
    r"dell'?\s*assicurazione|assicurazione|polizza|testamento)\b",
}
_PAPERS_GATE = {
    "en": "insurance|will|policy|pension|bank",
    "de": "versicherung|testament|police",
    "fr": "assurance|testament",
    "es": "seguro|poliza|testamento",
    "pt": "seguro|apolice|testamento",
    "it": "assicurazion|polizza|testamento",
}

# --- given so nobody has to sort through it, or for someone to enjoy instead ------------------
_GIVEN = {
    "en": r"\b(?:gave|given|giving|handed|left)\b",
    "de": r"\b(?:verschenkt|gegeben|geschenkt|u(?:e)?berlassen|weggegeben)\b",
    "fr": r"\b(?:donne|offert|laisse)\b",
    "es": r"\b(?:regale|di|deje|done|regalando)\b",
    "pt": r"\b(?:dei|ofereci|deixei|doei)\b",
    "it": r"\b(?:regalato|dato|lasciato)\b",
}
_NOBODY_SORTS_OR_ENJOY = {
    "en": r"\b(?:(?:don'?t|do\s+not)\s+want\s+(?:anyone|anybody|them|her|him)\s+(?:having|to\s+"
    r"have)\s+to|so\s+(?:nobody|no\s+one|they|she|he)\s+(?:has|have|won'?t\s+have)\s+to)\s+"
    r"(?:sort|go|clear|deal)\s*(?:through|out|with)?\s+(?:my|all\s+my)\s+(?:stuff|things|mess)\b"
    r"|\blet\s+(?:him|her|them)\s+enjoy\s+(?:it|them)\b" + _IN + r"{0,20}?\bi\s+won'?t\b",
    "de": r"\bdamit\s+(?:keiner|niemand)\s+(?:meine|mein)\s+(?:sachen|zeug)\s+(?:\w+\s+)?"
    r"(?:ausra(?:e)?umen|sortieren|wegra(?:e)?umen)\s+muss\b"
    r"|\bsoll\s+(?:er|sie)\s+(?:es|sie)\s+genie(?:ss|ß)en\b"
    + _IN
    + r"{0,20}?\bich\s+nicht\s+mehr\b",
    "fr": r"\bpour\s+que\s+personne\s+n'?\s*ait\s+a\s+(?:trier|ranger|vider)\s+mes\s+affaires\b"
    r"|\bqu'?\s*(?:il|elle)s?\s+en\s+profite\w*\b" + _IN + r"{0,20}?\bmoi\s+(?:plus|non)\b",
    "es": r"\bpara\s+que\s+nadie\s+tenga\s+que\s+(?:ordenar|revisar|tirar|recoger)\s+mis\s+cosas\b"
    r"|\bque\s+(?:lo|la|los|las)\s+disfrute\w*\b" + _IN + r"{0,20}?\byo\s+ya\s+no\b",
    "pt": r"\bpara\s+(?:que\s+)?ninguem\s+(?:ter|tenha)\s+de\s+(?:arrumar|mexer\s+n)\w*\s+"
    r"(?:as\s+)?minhas\s+coisas\b|\bque\s+(?:ele|ela|eles)\s+aproveite\w*\b"
    + _IN
    + r"{0,20}?\beu\s+ja\s+nao\b",
    "it": r"\bcosi\s+nessuno\s+(?:dovra|deve)\s+(?:sistemare|svuotare|mettere\s+a\s+posto)\s+le\s+"
    r"mie\s+cose\b|\bche\s+se\s+(?:li|le|lo|la)\s+god(?:a|ano)\b"
    + _IN
    + r"{0,20}?\bio\s+(?:non\s+piu"
    r"|ormai\s+no)\b",
}
_NOBODY_GATE = {
    "en": "sort|go through|clear|deal|enjoy",
    "de": "muss|genie",
    "fr": "affaires|profit",
    "es": "cosas|disfrut",
    "pt": "coisas|aproveit",
    "it": "cose|god",
}

# --- the means: asking where it is kept, a dead relative's medicine kept ---------------------
_WHERE_KEPT = {
    # … or its key copied: "got the key to dad's gun cabinet copied"; the writer asking, not
    # being asked ("he asked me where …", "mi ha chiesto dove …")
    "en": r"\b(?:got|had)\s+the\s+(?:spare\s+)?key\s+(?:to|for)\s+(?:[\w']+\s+){0,2}?gun\s+"
    r"(?:cabinet|safe|locker|cupboard)\s+(?:copied|cut)\b"
    rf"|(?<!he\s)(?<!she\s)(?<!they\s)\basked\b(?!\s+me\b){_IN}{{0,40}}?\bwhere\s+(?:\w+\s+){{1,3}}?"
    r"(?:keeps?|kept|hides?|stores?)\s+(?:the|his|her|their)\s+(?:key\s+(?:to|for)\s+the\s+)?"
    r"(?:gun|rifle|shotgun|pistol|sleeping\s+pills)\b",
    "de": rf"(?<!mich\s)\bgefragt\b{_IN}{{0,30}}?\bwo\b{_IN}{{0,30}}?\b(?:die\s+waffe|das\s+gewehr"
    r"|die\s+pistole|den\s+schlu(?:e)?ssel\s+(?:zum|fu(?:e)?r\s+den)\s+waffenschrank)\b",
    "fr": rf"(?<!m'a\s)(?<!m'ont\s)\bdemande\b{_IN}{{0,30}}?\bou\b{_IN}{{0,30}}?\b(?:range|garde"
    r"|cache)\s+(?:le\s+fusil|son\s+fusil|l'?\s*arme|la\s+cle\s+de\s+l'?\s*armoire)\b",
    "es": rf"\bpregunte\b{_IN}{{0,30}}?\bdonde\b{_IN}{{0,30}}?\b(?:guarda|esconde)\s+"
    r"(?:la\s+pistola|la\s+escopeta|el\s+arma|la\s+llave\s+del\s+armero)\b",
    "pt": rf"\bperguntei\b{_IN}{{0,30}}?\bonde\b{_IN}{{0,30}}?\b(?:guarda|esconde)\s+(?:a\s+arma"
    r"|a\s+espingarda|a\s+pistola|a\s+chave\s+do\s+(?:cofre|armario)\s+das\s+armas)\b",
    "it": rf"(?<!mi\sha\s)(?<!mi\shanno\s)\bchiesto\b{_IN}{{0,30}}?\bdove\b{_IN}{{0,30}}?\b(?:tiene"
    r"|nasconde)\s+(?:la\s+pistola|il\s+fucile|la\s+chiave\s+dell'?\s*armadietto)\b",
}
_KEPT_DRUG = {
    "en": r"\b(?:kept|held\s+onto|kept\s+hold\s+of|hung\s+onto)\s+(?:\w+'s\s+|my\s+\w+'s\s+)?"
    r"(?:morphine|oxy\w*|opioids|fentanyl|pills|tablets|meds|medication|painkillers)\b"
    + _IN
    + r"{0,60}?\binstead\s+of\s+(?:handing|giving|taking)\s+(?:it|them)\s+back\b",
    "de": r"\b(?:morphium|tabletten|schmerzmittel)\s+(?:meiner|meines|von\s+meiner)\s+\w+\s+"
    r"behalten\b" + _IN + r"{0,40}?\b(?:statt|anstatt)\b",
    "fr": r"\bgarde\s+(?:la\s+morphine|les\s+(?:cachets|medicaments))\s+de\s+(?:ma|mon)\s+\w+\b"
    + _IN
    + r"{0,40}?\bau\s+lieu\s+de\b",
    "es": r"\bme\s+quede\s+con\s+(?:la\s+morfina|las\s+pastillas)\s+de\s+mi\s+\w+\b"
    + _IN
    + r"{0,40}?\b(?:en\s+vez\s+de|en\s+lugar\s+de)\b",
    "pt": r"\bfiquei\s+com\s+(?:a\s+morfina|os\s+(?:comprimidos|remedios))\s+d[ao]\s+(?:minha|meu)"
    r"\s+\w+\b" + _IN + r"{0,40}?\bem\s+vez\s+de\b",
    "it": r"\bho\s+tenuto\s+(?:la\s+morfina|le\s+pastiglie)\s+d(?:ella|el)\s+(?:mia\s+|mio\s+)?\w+"
    r"\b" + _IN + r"{0,40}?\binvece\s+di\b",
}

# --- the day chosen, then closed -------------------------------------------------------------
_DAY_CHOSEN = {
    "en": r"\b(?:picked|chose|chosen|decided\s+on|settled\s+on|set|worked\s+out|figured\s+out)\s+"
    r"(?:the|a)\s+(?:day|date"
    r"|weekend|night)\b(?!\s+(?:for|of)\b)|\bit'?ll\s+be\s+the\s+(?:\w+\s+){0,3}?(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night)\b",
    "de": r"\b(?:den\s+tag|das\s+datum|das\s+wochenende)\s+(?:\w+\s+)?(?:ausgesucht|festgelegt"
    r"|gewa(?:e)?hlt|entschieden)\b",
    "fr": r"\b(?:choisi|fixe|decide)\s+(?:le\s+jour|la\s+date|le\s+soir|le\s+week-end)\b"
    r"(?!\s+(?:de|du|des|pour)\b)",
    "es": r"\b(?:elegi|decidi|escogi)\s+(?:el\s+dia|la\s+fecha|el\s+finde|la\s+noche)\b"
    r"(?!\s+(?:de|del|para)\b)",
    "pt": r"\b(?:escolhi|decidi)\s+(?:o\s+dia|a\s+data|o\s+fim\s+de\s+semana|a\s+noite)\b"
    r"(?!\s+(?:de|do|da|para)\b)",
    "it": r"\b(?:deciso|scelto|fissato)\s+(?:il\s+giorno|la\s+data|il\s+weekend|la\s+sera)\b"
    r"(?!\s+(?:di|del|della|per)\b)",
}
# An occasion the day is for ("the venue is booked", "la festa", "la boda"): then "everything's
# ready" closes a party, not a plan. "So I don't ruin her party" is read separately (``_RUIN``):
# there the occasion is the other person's, and the day is chosen around it.
_OCCASION = (
    r"(?![^\n]{0,150}\b(?:venue|party|wedding|booked|guests|trip|holiday|birthday|christening"
    r"|reception|interview|exam|festa|fiesta|fete|feier|hochzeit|mariage|boda|casamento|matrimonio"
    r"|compleanno|cumpleanos|aniversario|anniversaire|geburtstag|viaje|viagem|viaggio|voyage"
    r"|reise|urlaub|vacances|vacaciones|ferias|vacanze|umzug|mudanza|trasloco|demenagement"
    r"|concert|concierto|konzert|concerto|show|market|\w*markt|mercado|mercato|marche|match"
    r"|partido|partita|spiel|jogo|game)\b)"
)
_RUIN = {
    "en": r"\bso\s+i\s+don'?t\s+ruin\b",
    "de": r"\bdamit\s+ich\s+(?:\w+\s+){0,3}nicht\s+(?:\w+\s+)?(?:verderbe|kaputtmache)\b",
    "fr": r"\bpour\s+ne\s+pas\s+(?:\w+\s+)?gacher\b",
    "es": r"\bpara\s+no\s+(?:\w+\s+)?arruinar\w*|\basi\s+no\s+(?:le\s+|les\s+)?(?:arruino"
    r"|estropeo)\b",
    "pt": r"\bpara\s+nao\s+(?:\w+\s+)?estragar\b|\bassim\s+nao\s+(?:lhe\s+|lhes\s+)?estrago\b",
    "it": r"\bcosi\s+non\s+(?:le\s+|gli\s+)?rovino\b|\bper\s+non\s+(?:\w+\s+)?rovinar\w*",
}
_CLOSED = {
    # (not "everything's ready for the party")
    "en": r"\beverything'?s\s+(?:ready|sorted|planned)\b(?!\s+for\b)|\bthought\s+(?:it\s+)?"
    r"(?:all|everything)\s+through\b|\b(?:flat|house|place)\s+(?:will\s+be|is)\s+empty\b",
    "de": r"\balles\s+(?:ist\s+)?(?:bereit|vorbereitet|geplant)\b|\balles\s+(?:genau\s+)?"
    r"u(?:e)?berlegt\b|\bwohnung\s+(?:ist|wird)\s+(?:dann\s+)?leer\b",
    "fr": r"\btout\s+est\s+pret\b|\btout\s+(?:bien\s+)?(?:prevu|reflechi)\b"
    r"|\bl'?\s*appart\w*\s+sera\s+vide\b",
    "es": r"\besta\s+todo\s+(?:listo|pensado|preparado)\b|\bpiso\s+(?:va\s+a\s+estar|estara)\s+"
    r"vacio\b",
    "pt": r"\besta\s+tudo\s+(?:pronto|pensado|preparado)\b|\bcasa\s+vai\s+estar\s+vazia\b",
    "it": r"\be\s+tutto\s+pronto\b|\bho\s+pensato\s+a\s+tutto\b|\bcasa\s+(?:sara|e)\s+vuota\b",
}
# "I know when and where now." said on its own, closing the sentence.
_WHEN_WHERE = {
    "en": r"\bi\s+know\s+(?:now\s+)?(?:when\s+and\s+where|where\s+and\s+when)(?:\s+now)?",
    "de": r"\b(?:ich\s+)?wei(?:ss|ß)\s+(?:jetzt\s+)?(?:wann\s+und\s+wo|wo\s+und\s+wann)",
    "fr": r"\bje\s+sais\s+(?:maintenant\s+)?(?:quand\s+et\s+ou|ou\s+et\s+quand)",
    "es": r"\bya\s+se\s+(?:cuando\s+y\s+donde|donde\s+y\s+cuando)",
    "pt": r"\bja\s+sei\s+(?:quando\s+e\s+onde|onde\s+e\s+quando)",
    "it": r"\bso\s+(?:gia\s+)?(?:quando\s+e\s+dove|dove\s+e\s+quando)",
}
_END = r"(?=\s*(?:$|[.!?;\n]))"
# … followed by a height or a line: "Ich weiß jetzt wann und wo. Bei der Brücke." (not "the
# interview? i know when and where now.")
_A_HEIGHT = {
    "en": r"\b(?:bridge|cliffs?|tracks|railway|quarry|viaduct|roof|multi-?storey|overpass|river)\b",
    "de": r"\b(?:\w*bru(?:e)?cke|klippe\w*|gleise\w*|bahngleise\w*|steinbruch|dach|parkhaus"
    r"|fluss)\b",
    "fr": r"\b(?:pont|falaises?|voies|carriere|viaduc|toit|fleuve|riviere)\b",
    "es": r"\b(?:puente|acantilado|vias|cantera|viaducto|azotea|rio)\b",
    "pt": r"\b(?:ponte|falesia|linha\s+do\s+comboio|linha\s+do\s+trem|pedreira|viaduto|telhado"
    r"|rio)\b",
    "it": r"\b(?:ponte|scogliera|binari|cava|viadotto|tetto|fiume)\b",
}

# --- the future cancelled because it will not be needed --------------------------------------
_CANCELLED = {
    "en": r"\b(?:cancel+ed|called\s+off|didn'?t\s+(?:bother\s+)?(?:renew|book)\w*)\b",
    "de": r"\b(?:abgesagt|storniert|gekündigt|gekuendigt|gekundigt)\b",
    "fr": r"\b(?:annule|decommande|resilie)\w*\b",
    "es": r"\b(?:cancele|anule|desmonte)\b",
    "pt": r"\b(?:cancelei|desmarquei|anulei|nao\s+(?:fiz|renovei|marquei))\b",
    "it": r"\b(?:disdetto|cancellato|annullato|disdett[ei])\b",
}
# appointments, or the year ahead ("all my appointments", "fürs nächste Jahr")
_AHEAD = {
    "en": r"\b(?:appointments?|check-?ups?|dentist|next\s+year|the\s+coming\s+year|for\s+(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december))\b",
    "de": r"\b(?:\w*termin\w*|na(?:e)?chste[ns]?\s+jahr)\b",
    "fr": r"\b(?:rendez-vous|rdv|l'?\s*an(?:nee)?\s+prochaine?)\b",
    "es": r"\b(?:citas?|turnos|consultas|el\s+ano\s+que\s+viene|el\s+proximo\s+ano)\b",
    "pt": r"\b(?:consultas?|marcacoes|matricula|d?o\s+ano\s+que\s+vem|d?o\s+proximo\s+ano)\b",
    "it": r"\b(?:appuntament\w+|visite|visita|l'?\s*anno\s+prossimo|il\s+prossimo\s+anno)\b",
}
_WONT_NEED = {
    "en": r"\b(?:won'?t\s+need\s+(?:it|them|any\s+of\s+(?:it|them))(?:\s+anyway)?"
    r"(?=\s*(?:$|[.!?,;]))|(?:it|that)\s+won'?t\s+matter\s+to\s+me|by\s+then\s+it\s+won'?t\s+matter)\b",
    "de": r"\bbrauch(?:e)?\s+ich\s+(?:eh|sowieso|ja\s+eh|ja)\s+nicht\s+mehr\b",
    "fr": r"\b(?:j'?\s*en\s+aurai\s+(?:pas|plus)\s+besoin|je\s+n'?\s*en\s+aurai\s+(?:pas|plus)"
    r"\s+besoin|a\s+quoi\s+bon)\b",
    "es": r"\b(?:(?:ya\s+)?no\s+(?:lo|la|los|las)\s+voy\s+a\s+necesitar|total\s+(?:ya\s+)?no\s+"
    r"(?:lo|la|los|las)\s+necesito)\b",
    "pt": r"\b(?:ja\s+)?nao\s+(?:vou|irei)\s+(?:precisar|(?:ca\s+)?estar(?:\s+(?:ca|aqui))?)\b",
    "it": r"\b(?:tanto\s+non\s+(?:mi\s+)?serv(?:e|ono|ira|iranno)\s+piu"
    r"|non\s+ne\s+avro\s+(?:piu\s+)?bisogno)\b",
}
# … unless a reason follows: "won't need it since i'm moving", "tanto non mi serve più perché
# vado in piscina", "brauch ich eh nicht mehr, zieh ja nach Berlin"
_REASON_AFTER = (
    r"(?![^.!?\n]{0,12}\b(?:because|since|cause|as\s+i|porque|pois|perche|weil|denn|car|parce"
    r"|puisque|zieh\w*|umzieh\w*)\b)"
)
# "won't be around for the review. by then it won't matter to me"
_NOT_AROUND_FOR = (
    r"\bwon'?t\s+be\s+(?:around|here)\s+for\b[^\n]{0,80}?\b(?:it\s+won'?t\s+matter\s+to\s+me"
    r"|by\s+then\s+(?:it|nothing)\s+(?:won'?t|will)\s+matter)\b"
)

# --- farewell formulas heaped together, then the end -------------------------------------------
# "sorry for everything. love you always. i'm just tired now": an apology for everything, a
# love said for always, then a tiredness or an end. An apology after a row ("sorry for
# everything i said, love you always, see you tonight") has no end after it.
_SORRY_ALL = {
    "en": r"\b(?:sorry|thanks?|thank\s+you)\s+for\s+everything\b",
    "de": r"\b(?:es\s+tut\s+mir\s+leid\s+fu(?:e)?r\s+alles|danke\s+fu(?:e)?r\s+alles)\b",
    "fr": r"\b(?:pardon|desolee?|merci)\s+pour\s+tout\b",
    "es": r"\b(?:perdon|lo\s+siento|gracias)\s+por\s+todo\b",
    "pt": r"\b(?:desculp\w+|perdao|obrigad[oa])\s+por\s+tudo\b",
    "it": r"\b(?:scusa\w*|perdonate\w*|grazie)\s+(?:di|per)\s+tutto\b",
}
_LOVE_ALWAYS = {
    "en": r"\blove\s+you\s+(?:always|forever|all)\b",
    "de": r"\b(?:ich\s+)?(?:hab\s+(?:dich|euch)\s+(?:immer\s+)?lieb|liebe\s+(?:dich|euch)\s+"
    r"(?:fu(?:e)?r\s+)?immer)\b",
    "fr": r"\bje\s+(?:t'|vous\s+)\s*aime(?:rai)?\s+(?:toujours|pour\s+toujours)\b",
    "es": r"\b(?:te|los|las)\s+(?:quiero|amo|querre)\s+(?:siempre|para\s+siempre)\b",
    "pt": r"\b(?:amo-te|amo-vos|te\s+amo|vos\s+amo)\s+(?:sempre|para\s+sempre|pra\s+sempre)\b",
    "it": r"\b(?:ti|vi)\s+(?:voglio|vorro)\s+bene\s+(?:sempre|per\s+sempre)\b",
}
# "tired but happy after the wedding" is a good day's end
_BUT_HAPPY = (
    r"(?!\s+(?:but|pero|mas|ma|aber|mais)\s+(?:so\s+|muy\s+|tan\s+|muito\s+|molto\s+)?"
    r"(?:happy|feliz|felice|glu(?:e)?cklich|heureu\w*|content\w*|contento|contenta))"
)
_TIRED_END = {
    "en": r"\b(?:i'?m\s+(?:(?:just|so|really)\s+){0,2}(?:tired|done|exhausted)(?:\s+now)?"
    r"|goodbye|this\s+is\s+it)\b",
    "de": r"\b(?:ich\s+bin\s+(?:einfach\s+|so\s+)?(?:mu(?:e)?de|fertig)|lebt?\s+wohl)\b",
    "fr": r"\b(?:je\s+suis\s+(?:juste\s+|trop\s+)?(?:fatiguee?|epuisee?)|adieu)\b",
    "es": r"\b(?:estoy\s+(?:muy\s+|tan\s+)?cansad[oa]|adios)\b",
    "pt": r"\b(?:estou\s+(?:muito\s+|tao\s+)?cansad[oa]|adeus)\b",
    "it": r"\b(?:sono\s+(?:troppo\s+|cosi\s+)?stanc[oa]|addio)\b",
}

# --- a farewell others take lightly ----------------------------------------------------------
# "texted my sister thanks for everything … she thinks i'm just being soppy", "said a proper
# goodbye, they thought i was being weird. they'll understand after", "merci et adieu … ils
# savent pas que c'est pour vrai"
_FAREWELL_SAID = {
    "en": r"\b(?:thanks?\s+(?:you\s+)?for\s+everything|love\s+you\s+(?:always|forever)"
    r"|said\s+(?:a\s+)?(?:proper\s+|real\s+)?goodbye)\b",
    "de": r"\b(?:danke\s+fu(?:e)?r\s+alles|richtig\s+verabschiedet|lebewohl)\b",
    "fr": r"\b(?:merci\s+pour\s+tout|adieu|vraiment\s+dit\s+au\s+revoir)\b",
    "es": r"\b(?:gracias\s+por\s+todo|me\s+despedi\s+(?:bien|de\s+verdad)|adios)\b",
    "pt": r"\b(?:obrigad[oa]\s+por\s+tudo|despedi-me\s+(?:bem|a\s+serio)|adeus)\b",
    "it": r"\b(?:grazie\s+di\s+tutto|grazie\s+per\s+tutto|addio|salutat[oi]\s+per\s+bene)\b",
}
_TAKEN_LIGHTLY = {
    "en": r"\b(?:(?:she|he|they|everyone)\s+(?:thinks?|thought)\s+i\s*(?:'?m|was)\s+(?:just\s+)?"
    r"being\s+(?:soppy|weird|sentimental|emotional|dramatic|silly)|they'?ll\s+understand\s+"
    r"(?:after|later|one\s+day|eventually)|(?:she|he|they)\s+(?:doesn'?t|don'?t)\s+know\s+"
    r"(?:it'?s|it\s+was)\s+(?:for\s+real|the\s+last))\b",
    "de": r"\b(?:(?:sie|er)\s+(?:denkt|denken|dachte|dachten),?\s+ich\s+(?:bin|wa(?:e)?re|sei)\s+"
    r"(?:nur\s+)?(?:sentimental|komisch|rührselig|ruhrselig)|(?:sie|er)\s+(?:werden|wird)\s+es\s+"
    r"(?:spa(?:e)?ter|danach)\s+verstehen|wissen\s+nicht,?\s+dass\s+es\s+(?:ernst|das\s+letzte))",
    "fr": r"\b(?:(?:ils|elles|il|elle)\s+(?:ne\s+)?sai(?:t|vent)\s+pas\s+que\s+c'?\s*est\s+"
    r"(?:pour\s+(?:de\s+)?vrai|la\s+derniere)|(?:ils|elles|il|elle)\s+comprendr(?:a|ont)\s+"
    r"(?:apres|plus\s+tard))\b",
    "es": r"\b(?:no\s+sabe[n]?\s+que\s+es\s+(?:de\s+verdad|en\s+serio|la\s+ultima)|(?:cree|creen"
    r"|piensa|piensan)\s+que\s+(?:me\s+puse|estoy|estaba)\s+(?:sensible|sentimental|rar[oa])"
    r"|ya\s+(?:lo\s+)?entenderan)\b",
    "pt": r"\b(?:nao\s+sabe[m]?\s+que\s+e\s+(?:a\s+serio|de\s+verdade|a\s+ultima)|(?:acha|acham"
    r"|pensa|pensam)\s+que\s+(?:estou|estava)\s+(?:so\s+)?(?:sentimental|esquisit[oa]|lamechas)"
    r"|(?:depois|mais\s+tarde)\s+(?:vao|vai)\s+perceber)\b",
    "it": r"\b(?:non\s+sa(?:nno)?\s+che\s+e\s+(?:sul\s+serio|davvero|l'?\s*ultima)|(?:pensa|pensano"
    r"|crede|credono)\s+che\s+(?:sia|fossi)\s+(?:solo\s+)?(?:sentimentale|stran[oa])"
    r"|capiranno\s+(?:dopo|poi))\b",
}

# --- the plan written out: time, place, method -----------------------------------------------
_TIME_PLACE = {
    "en": r"\btime,?\s+(?:and\s+)?place,?\s+(?:and\s+)?(?:method|how|what\s+i'?ll\s+(?:do|use"
    r"|take))\b",
    "de": r"\b(?:zeit|uhrzeit|tag),?\s+(?:und\s+)?ort,?\s+(?:und\s+)?(?:methode|wie|womit)\b",
    "fr": r"\b(?:l'?\s*)?heure,?\s+(?:et\s+)?(?:l'?\s*)?endroit,?\s+(?:et\s+)?(?:la\s+)?(?:methode"
    r"|comment)\b",
    "es": r"\bhora,?\s+(?:y\s+)?lugar,?\s+(?:y\s+)?(?:metodo|como|con\s+que)\b",
    "pt": r"\bhora,?\s+(?:e\s+)?local,?\s+(?:e\s+)?(?:metodo|como|com\s+que)\b",
    "it": r"\bora,?\s+(?:e\s+)?luogo,?\s+(?:e\s+)?(?:metodo|come|con\s+cosa)\b",
}

# --- "no way out" said bare -------------------------------------------------------------------
# "nessuna via d'uscita.", "ninguna salida", "nenhuma saída" closing the clause, as German
# "kein Ausweg" and French "aucune issue" already are; a way out *of* something named ("dal
# parcheggio") is not it, and a lift or a traffic jam around it is cleared by ``everyday``.
_NO_WAY_OUT = {
    "es": r"\bninguna\s+salida(?:\s+para\s+mi)?(?=\s*(?:$|[.!?,;:\n]))",
    "pt": r"\bnenhuma\s+saida(?:\s+para\s+mim)?(?=\s*(?:$|[.!?,;:\n]))",
    "it": r"\bnessuna\s+(?:via\s+d'?\s*uscita|via\s+di\s+scampo)(?:\s+per\s+me)?"
    r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:finche|fino)\b))",
}

RULES: tuple[Rule, ...] = (
    core_family(
        "farewell_each",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{_EACH[lang]}){_IN}{{0,100}}?(?:{_FAREWELL[lang]}){_WISHED_FORWARD}"
            for lang in LANGS
        },
        _EACH_GATE,
    )
    + core_family(
        "last_talk",
        Category.GOODBYES,
        _CON,
        _LAST_TALK,
        dict.fromkeys(LANGS, "last|letzte|derniere|ultima"),
    )
    + core_family(
        "letters_with_papers",
        Category.GOODBYES,
        _CON,
        _LETTERS_WITH_PAPERS,
        _PAPERS_GATE,
    )
    + core_family(
        "given_nobody_sorts",
        Category.GIVING_AWAY,
        _CON,
        {
            lang: rf"(?:{_GIVEN[lang]}){_IN}{{0,100}}?(?:{_NOBODY_SORTS_OR_ENJOY[lang]})"
            for lang in LANGS
        },
        _NOBODY_GATE,
    )
    + core_family(
        "where_kept",
        Category.GETTING_MEANS,
        _URG,
        _WHERE_KEPT,
        dict.fromkeys(LANGS, "asked|copied|cut|gefragt|demande|pregunte|perguntei|chiesto"),
    )
    + core_family(
        "kept_drug",
        Category.GETTING_MEANS,
        _URG,
        _KEPT_DRUG,
        dict.fromkeys(
            LANGS,
            "morphin|morfin|oxy|opioid|fentanyl|pill|tablet|med|cachet|pastill|remedi"
            "|comprimid|schmerzmittel|painkiller",
        ),
    )
    + core_family(
        "day_chosen",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"(?:{_DAY_CHOSEN[lang]})(?:{_OCCASION}[^\n]{{0,100}}?(?:{_CLOSED[lang]})"
            rf"|[^\n]{{0,100}}?(?:{_RUIN[lang]}))"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "day|date|weekend|night|tag|datum|jour|soir|dia|fecha|finde|noite"
            "|giorno|data|sera|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        ),
    )
    + core_family(
        "when_and_where",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"{_WHEN_WHERE[lang]}{_END}{_OCCASION}[^\n]{{0,120}}?{_A_HEIGHT[lang]}"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "when|wann|quand|cuando|quando"),
    )
    + core_family(
        "cancelled_ahead",
        Category.NO_FUTURE,
        _CON,
        {
            # either order: "cancelled my appointments", "Termine … abgesagt"
            lang: rf"(?:(?:{_CANCELLED[lang]}){_IN}{{0,60}}?(?:{_AHEAD[lang]})"
            rf"|(?:{_AHEAD[lang]}){_IN}{{0,60}}?(?:{_CANCELLED[lang]}))[^\n]{{0,80}}?"
            rf"(?:{_WONT_NEED[lang]}){_REASON_AFTER}"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "need|matter|brauch|besoin|bon|necesit|precisar|estar|serv|bisogno"),
    )
    + (
        rule(
            "en_core_not_around_for",
            Category.NO_FUTURE,
            _CON,
            _NOT_AROUND_FOR,
            inherent=True,
            gate="matter",
        ),
    )
    + core_family(
        "farewell_taken_lightly",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{_FAREWELL_SAID[lang]})[^\n]{{0,80}}?(?:{_TAKEN_LIGHTLY[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "soppy|weird|sentimental|emotional|dramatic|silly|understand|know|komisch|ruhrselig|"
            "verstehen|wissen|vrai|derniere|comprend|verdad|serio|ultima|sensible|rar|entender|"
            "verdade|esquisit|lamechas|perceber|davvero|stran|capiranno",
        ),
    )
    + core_family(
        "time_place_method",
        Category.PLAN_OR_METHOD,
        _URG,
        # written as a plan ("i've written the plan down. time, place, …"), not a form to fill
        {lang: rf"\b(?:plan|plano|piano)\b[^\n]{{0,60}}?{_TIME_PLACE[lang]}" for lang in LANGS},
        dict.fromkeys(LANGS, "plan|piano"),
    )
    + tuple(
        rule(
            f"{lang}_core_no_way_out",
            Category.TRAPPED_PAIN,
            _CON,
            pattern,
            inherent=False,
            lang=lang,
            gate="salida|saida|uscita|scampo",
        )
        for lang, pattern in _NO_WAY_OUT.items()
    )
    + core_family(
        "farewell_heaped",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{_SORRY_ALL[lang]})[^\n]{{0,60}}?(?:{_LOVE_ALWAYS[lang]})[^\n]{{0,40}}?"
            rf"(?:{_TIRED_END[lang]}){_BUT_HAPPY}"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "everything|alles|tout|todo|tudo|tutto"),
    )
    # letters for the family, kept or for a time after the writer (``rules_farewell_letters``)
    + rules_farewell_letters.RULES
)

__all__ = ["RULES"]
