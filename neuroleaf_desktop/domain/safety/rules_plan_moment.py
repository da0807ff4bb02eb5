"""A plan told by a moment the writer has chosen and the others' being away then, in six
languages, the act itself left unsaid.

Why: a plan is often told without its act, by two things only: that the moment is chosen or
fixed ("I've picked the night of the game", "j'ai choisi, ce sera le soir du 14", "lo decidí,
va a ser la noche del clásico", "Domenica è il giorno", "das ist der Tag", "I know which bridge
I'm going to") and that nobody will be there ("everyone'll be down the club and the house
empty", "quand tout le monde sera sur le port", "cuando mis viejos estén en la cancha", "a casa
fica vazia", "wenn alle bei der Taufe sind"). Either alone is an ordinary day; together, within
a breath (one sentence or the next), they are the plan. The choice may also be told by the act
left unnamed and still to come ("dann mach ich's", "lo farò" opening the sentence, "vai ser
depois do Círio" opening it, "the day is decided"), and the others' absence by someone close gone to
someone's or everyone going back ("when my flatmate's gone to her mam's", "wenn meine Frau bei
ihrer Mutter ist", "quando i miei saranno al mare"): the same two parts in other words. So
may the act be left as "I know what I'm doing", the others be away watching one sight ("pendant
que tout le monde regarde le feu d'artifice", "mientras todos miran los fuegos") or the whole
family taken off while the writer stays behind, and the house be left "só para mim".
A named purpose for the evening (a surprise, a party, a film night, cleaning, a barbecue) says
what the moment is for instead.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

_END = r"(?=\s*(?:$|[.!?,;:\n]))"
# A clause of its own, so that a pointing word is said of the moment ("je serai seul, c'est là"),
# not of a thing named before it ("la clé, c'est là" is still a clause; "la clé c'est là" is not)
_CLAUSE_OPEN = r"(?:^|(?<=[.!?,;:\n]))\s*(?:(?:et|y|e|und|and)\s+)?"

# A time named: a day of the week, a part of a day, a feast of the year.
_A_TIME = (
    r"(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the)\s+)?(?:sunday|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|night|day|weekend|week|evening|morning|christmas"
    r"|christmas\s+eve|new\s+year(?:'s)?(?:\s+eve)?|hogmanay|easter|diwali|eid|halloween"
    r"|bonfire\s+night|boxing\s+day|(?:\w+\s+)?bank\s+holiday)\b"
)
# --- the moment chosen or fixed by the writer ---------------------------------------------------
_CHOSEN = {
    "en": r"\b(?:i'?ve|i\s+have|i)\s+(?:already\s+|finally\s+)?(?:picked|chosen|chose"
    r"|decided(?:\s+on)?|worked\s+out|circled|settled\s+on)\b"
    # a day fixed, for nothing named ("set a date for the party" names it)
    r"|\b(?:i'?ve|i\s+have|i)\s+(?:already\s+|finally\s+)?(?:fixed|set)\s+(?:a|the)\s+(?:day|date"
    r"|night)\b(?!\s+for\b)"
    # the subject left out, as a journal leaves it, "it" unnamed and then a time: "Decided it'll
    # be Hogmanay", "Picked it: Friday night" (not "decided it'll be pizza")
    r"|(?:^|(?<=[.!?\n]))\s*(?:already\s+|finally\s+)?(?:decided|picked|chose|settled\s+on"
    r"|worked\s+out)\s+"
    rf"(?:it'?ll|it\s+will|it'?s\s+going\s+to)\s+be\s+(?:on\s+)?(?:the\s+)?(?:{_A_TIME}|after\b)"
    # the day said to be settled: "the day is decided"
    r"|\bthe\s+(?:day|date|night|time)\s+is\s+(?:decided|fixed|set|chosen|picked)\b"
    rf"|\b(?:that'?s|that\s+is)\s+(?:the\s+day|the\s+night|when{_END}|the\s+one{_END})"
    # the time itself said to be the one, opening the clause: "the gala weekend's the one",
    # "Friday is the one" (not "my sister says the weekend's the one": her choice)
    r"|(?:^|(?<=[.!?,;:\n]))\s*(?:(?!(?:says|said|reckons|thinks|tells|told)\b)[\w']+\s+){0,3}?"
    rf"{_A_TIME}(?:'s|\s+is)\s+the\s+one{_END}"
    r"|\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+it\s+is\b"
    rf"|\b(?:it'?ll|it\s+will|it'?s\s+going\s+to|gonna)\s+be\s+(?:the\s+)?{_A_TIME}"
    r"|\bi\s+know\s+(?:the\s+day|which\s+(?:bridge|spot|place|day|night|cliffs?|building"
    r"|road|one)\b)"
    # the act known and left unnamed, closing the clause: "… and I know what I'm doing"
    rf"|\bi\s+know\s+(?:exactly\s+)?what\s+i'?m\s+(?:doing|going\s+to\s+do){_END}",
    "de": r"\bdann\s+mach\s+ich(?:'?s|\s+es)(?=\s*(?:$|[.!?,;:\n]))"
    r"|\b(?:hab|habe|ich\s+hab)\s+(?:mir\s+)?(?:\w+\s+){0,6}?(?:ausgesucht|ausgsuacht"
    r"|entschieden|ausgerechnet|ausgrechnet|u(?:e)?berlegt|festgelegt)\b"
    r"|\b(?:das|des)\s+(?:ist|is|wird)\s+der\s+tag\b|\b(?:ist|is|wird)\s+(?:das"
    r"|des)\s+der\s+tag\b|\bdann\s+is(?:t)?\s+(?:es\s+)?so\s+weit\b"
    r"|\bich\s+wei(?:ss|s)\s+(?:jetzt\s+)?den\s+tag\b",
    "fr": r"\bj'\s*ai\s+(?:deja\s+)?(?:choisi|decide|fixe)\b|\bc'\s*est\s+decide\b"
    # (not the moment for a task: "ce sera le moment de ranger")
    r"|\bce\s+sera\s+(?:le|la|l'|ce|a)\b(?!\s*moment\s+d(?:e\b|'))|\bc'\s*est\s+le\s+jour\b"
    # the time pointed at: "c'est ce soir-là", "ce sera cette nuit-là"
    r"|\b(?:c'\s*est|ce\s+sera)\s+(?:ce|cette)\s+(?:soir|jour|nuit|week-end|weekend|semaine"
    r"|samedi|dimanche|vendredi)(?:-|\s+)la\b"
    # the moment pointed at, closing its clause: "je serai seul, c'est là" (the time, not a place:
    # the frame needs the others away in the same breath)
    rf"|{_CLAUSE_OPEN}c'\s*est\s+(?:la|a\s+ce\s+moment-?la)\b{_END}",
    "es": r"\b(?:lo\s+|ya\s+)?(?:decidi|elegi|escogi|fije)\b|\bya\s+esta\s+decidido\b"
    # the decision held: "ya lo tengo decidido"
    r"|\b(?:ya\s+)?lo\s+tengo\s+decidido\b"
    r"|\b(?:va\s+a\s+ser|sera)\s+(?:el|la)\s+(?:noche|dia|fin|tarde|manana)\b|\bes\s+el\s+dia\b"
    # the moment pointed at: "cuando la casa se quede vacía, ahí será"
    rf"|{_CLAUSE_OPEN}(?:ahi|alli|entonces|ese\s+dia)\s+(?:sera|va\s+a\s+ser)\b{_END}"
    rf"|{_CLAUSE_OPEN}(?:sera|va\s+a\s+ser)\s+(?:ahi|alli|entonces|ese\s+dia)\b{_END}",
    "pt": r"\b(?:ja\s+)?(?:escolhi|decidi|marquei|fixei)\b|\besta\s+decidido\b"
    r"|(?:^|(?<=[.!?\n]))\s*vai\s+ser\s+depois\s+d[oa]s?\b"
    r"|\b(?:vai\s+ser|sera)\s+(?:na|no|o|a)\s+(?:noite|dia|fim|tarde)\b"
    r"|\be\s+(?:o|nesse)\s+dia\b|\b(?:e|sera)\s+(?:esse|este)\s+o\s+dia\b|\besse\s+e\s+o\s+dia\b"
    rf"|{_CLAUSE_OPEN}(?:e|sera|vai\s+ser)\s+(?:ai|entao|nessa\s+hora)\b{_END}",
    "it": r"\bho\s+(?:gia\s+)?(?:scelto|deciso)\b|\baggio\s+s(?:c|h)\w*ut[oa]\b"
    r"|(?:^|(?<=[.!?\n]))\s*lo\s+faro\b"
    r"|\b(?:sara|e)\s+(?:il|la)\s+(?:giorno|notte|sera)\b|\bsara\s+allora\b"
    rf"|{_CLAUSE_OPEN}(?:sara|e)\s+(?:li|quel\s+giorno|quella\s+sera|quella\s+notte)\b{_END}",
}
# --- nobody there then: the house empty, everyone away at something ---------------------------
_NOBODY_THERE = {
    # (the "will" may be clipped onto the noun: "house'll be empty from two till six")
    "en": r"\b(?:the\s+)?(?:house|flat|place|home|bungalow|farm|cottage|croft|caravan)"
    r"(?:\s+will\s+be\s+|\s*'ll\s+be\s+"
    r"|\s+ll\s+be\s+|\s+is\s+|'s\s+|\s+)(?:empty|to\s+myself)\b"
    # ... or the writer's alone then: "the flat'll be mine", "the house will be all mine"
    r"|\b(?:house|flat|place|home|bungalow)(?:'ll|\s+will)\s+be\s+(?:all\s+)?mine\b"
    r"(?!\s+(?:when|once|after|from|officially|now)\b)"
    # the others going off together: "the week they all go up to the shack"
    r"|\b(?:they|everyone|everybody|the\s+others)\s+(?:all\s+)?(?:go|goes|head|heads)\s+"
    r"(?:up|down|away|off|out|over)\b"
    r"|\b(?:everyone|everybody|they|the\s+kids|mum|dad|(?:the\s+)?family|the\s+wife)(?:'?ll"
    r"|\s+will|'re|'s)?\s+(?:be\s+|are\s+|is\s+|'re\s+|all\s+)*(?:all\s+)?(?:down|at|away|out"
    r"|off|(?:round|over)\s+at|going\s+(?:back\s+)?(?:to|away|home))\b"
    r"(?!\s+work\b)"
    # someone takes the others away: "the weekend Karen takes the kids to her mum's"
    r"|\b(?:takes?|taking)\s+the\s+(?:whole\s+)?(?:kids|children|boys|girls|family|twins)\s+"
    r"(?:over\s+)?(?:to|away)\b"
    # … and the writer staying behind: "I'm staying behind", "I'll stay home"
    r"|\bi'?m\s+staying\s+(?:behind|back|home)\b|\bi'?ll\s+stay\s+(?:behind|back|home)\b"
    # everyone watching one sight: "while everyone's watching the fireworks"
    r"|\bwhile\s+(?:everyone|everybody)(?:'s|\s+is)\s+watching\b"
    # someone close gone to somewhere, or everyone going back: "when my flatmate's gone to her
    # mam's", "when all are going back"
    r"|\b(?:when|once|while)\s+(?:my|our|the)\s+(?:flatmate|housemate|roommate|partner|husband"
    r"|wife|missus|boyfriend|girlfriend|parents|folks|mum|mam|mom|dad|family|kids)(?:'s|'re"
    r"|\s+is|\s+are|\s+has|\s+have)\s+(?:gone|off)\s+(?:to|back|home|away)\b"
    r"|\bwhen\s+(?:all|everyone|everybody|they)\s+(?:are|'re|have|'ve)\s+(?:going|gone)\s+"
    r"(?:back|home|away)\b"
    # everyone busy with one thing then: "when everyone in town's busy with the race"
    r"|\bwhen\s+(?:everyone|everybody)(?:\s+in\s+\w+)?(?:'s|\s+is|'ll\s+be"
    r"|\s+will\s+be)\s+(?:all\s+)?"
    r"busy\s+with\b"
    r"|\bwhile\s+(?:the\s+kids|they|everyone|mum|dad)\s+(?:are|is|'re)\s+(?:all\s+)?(?:at|away"
    r"|out)\b|\bnobody'?s?\s+(?:home|about|around)\b"
    # nobody there said ahead: "nobody'll be in", "no one will be home"
    r"|\b(?:nobody|no\s*one|no-one)(?:'ll|\s+will)\s+be\s+(?:home|about|around|here|there"
    r"|in(?=\s*(?:$|[.!?,;:\n])))\b",
    "de": r"\b(?:wohnung|haus|wohnig|huus|bude)\s+(?:\w+\s+)?(?:leer|frei)\b|\bsturmfrei\b"
    # the others away: "wenn die WG übers Wochenende weg ist", "wenn alle verreist sind"
    r"|\bwenn\s+(?:die|alle|meine|mei|d')\s*(?:\w+\s+){0,3}?(?:weg|fort|verreist|unterwegs)"
    r"\s+(?:ist|sind|is|san|sin)\b"
    r"|\b(?:alle|eltern|d'eltern|die\s+eltern|mama|papa)\s+(?:\w+\s+){0,3}?(?:beim|bei\s+der"
    r"|bei\s+dem|im|in|auf|am)\b[^.!?\n]{0,40}?\b(?:sind|san|sin|is|ist)\b"
    # the verb first: "da sind alle beim Schützenfest"
    r"|\b(?:sind|san|sin)\s+(?:\w+\s+)?alle\s+(?:beim|bei|im|in|auf|am)\b"
    # someone close away at someone's: "wenn meine Frau bei ihrer Mutter ist"
    r"|\bwenn\s+(?:meine|mei|mein)\s+(?:frau|mann|freundin|freund|eltern|familie|kinder"
    r"|mitbewohner\w*)\s+(?:bei|beim|im|in|auf|am)\b[^.!?\n]{0,40}?\b(?:ist|sind|is|san)\b"
    # nobody left in: "wenn keiner da ist", "wenn niemand daheim ist"
    r"|\bwenn\s+(?:keiner|niemand|koaner|keener)\s+(?:mehr\s+)?(?:da|daheim|zuhause|z'haus"
    r"|zu\s+hause|im\s+haus)\s+(?:ist|is)\b",
    "fr": r"\b(?:la\s+|l')?\s*(?:maison|appart|appartement|studio)\s+(?:sera\s+|est\s+)?vide\b"
    r"|\b(?:maison|appart|appartement|studio)\s+sera\s+(?:a\s+moi|libre)\b"
    r"|\btout\s+le\s+monde\s+sera\s+(?:au|a"
    r"|sur|chez|en|parti)\b|\bquand\s+(?:ils|mes\s+\w+|tout\s+le\s+monde)\s+(?:seront|sera"
    r"|partent)\b"
    # nobody left in: "quand il n'y aura personne", "quand y aura plus personne"
    r"|\bquand\s+(?:il\s+)?(?:n'\s*)?y\s+(?:aura|a)\s+(?:plus\s+)?personne\b"
    # someone close gone back where they came from: "quand ma tante sera repartie au village"
    r"|\bquand\s+(?:ma|mon|mes)\s+\w+\s+(?:sera|seront)\s+(?:reparti\w*|parti\w*|rentre\w*)\b"
    # everyone watching one sight: "pendant que tout le monde regarde le feu d'artifice" (not
    # where they are: "pendant que tout le monde fait la fête" may be the writer's party too)
    r"|\bpendant\s+que\s+(?:tout\s+le\s+monde|tous|les\s+autres)\s+regard\w+\b"
    r"|\b(?:maison|appart|appartement)\s+(?:sera\s+|est\s+)?(?:pour\s+moi\s+(?:tout\s+)?seule?"
    r"|rien\s+qu'a\s+moi)\b",
    "es": r"\bcasa\s+(?:va\s+a\s+quedar\s+|(?:se\s+)?(?:queda|quede|quedara)\s+|esta\s+)?"
    r"(?:sola|vacia)\b"
    r"|\b(?:todos|mis\s+viejos|mis\s+padres)\s+(?:van\s+a\s+estar|esten|estaran)\s+en\b"
    # … or while they are all there: "mientras todos están en el zócalo"
    r"|\bmientras\s+(?:todos|todo\s+el\s+mundo|los\s+demas)\s+(?:estan|esten)\s+en\b"
    r"|\bcuando\s+(?:los\s+\w+|mis\s+\w+|todos)\s+esten\b"
    r"|\bcuando\s+(?:toda\s+la\s+familia|la\s+familia|mi\s+familia|todo\s+el\s+mundo)\s+"
    r"(?:este|estara|se\s+vaya|se\s+haya\s+ido)\b"
    # the others' leaving told by its verb: "cuando se vayan todos", "cuando no quede nadie"
    r"|\bcuando\s+(?:se\s+(?:vayan|hayan\s+ido|marchen|larguen)\s+todos|todos\s+se\s+(?:vayan"
    r"|hayan\s+ido|marchen|larguen)|no\s+(?:haya|quede|este)\s+nadie)\b"
    r"|\b(?:depa|departamento|piso)\s+(?:va\s+a\s+quedar\s+|queda\s+|esta\s+)?(?:sol[oa]"
    r"|vaci[oa])\b"
    # everyone watching one sight: "mientras todos miran los fuegos"
    r"|\bmientras\s+(?:todos|todo\s+el\s+mundo|los\s+demas)\s+(?:miran|mira|ven|estan\s+mirando"
    r"|estan\s+viendo)\b"
    r"|\b(?:casa|piso)\s+(?:queda\s+|se\s+queda\s+|va\s+a\s+quedar\s+)?para\s+mi\s+sol[oa]\b",
    "pt": r"\b(?:casa|apartamento|ape)\s+(?:fica\s+|ficar\s+|vai\s+ficar\s+|esta\s+|estiver\s+)?"
    r"(?:vazi[oa]"
    r"|sozinh[oa])\b|\bvai\s+todo\s+mundo\b"
    r"|\bfico\s+sozinh[oa]\b|\bquando\s+(?:os\s+\w+|meus\s+\w+|todos)\s+(?:forem|estiverem)\b"
    r"|\bquando\s+(?:o\s+pessoal|a\s+familia|a\s+galera|todo\s+mundo)\s+(?:todo\s+)?"
    r"(?:estiver|for|sair)\b"
    # the others' leaving told by its verb, or nobody left in: "quando todos forem embora",
    # "quando nao tiver ninguem em casa"
    r"|\bquando\s+(?:(?:todos|eles|o\s+pessoal|todo\s+mundo)\s+(?:forem|for|se\s+forem)\s+embora"
    r"|nao\s+(?:tiver|houver|estiver)\s+ninguem)\b"
    # the house left to the writer alone: "a casa fica só para mim"
    r"|\bcasa\s+(?:fica|vai\s+ficar|esta)\s+(?:so\s+)?(?:para|pra)\s+mim\b"
    r"|\benquanto\s+(?:todos|toda\s+a\s+gente|todo\s+mundo)\s+(?:veem|ve|olham|olha|estao\s+a"
    r"\s+ver|esta\s+a\s+ver)\b",
    "it": r"\b(?:casa|appartamento)\s+(?:e\s+|resta\s+|restera\s+|sara\s+)?(?:vuot[oa]|vacante"
    r"|liber[oa])\b"
    r"|\bsaranno\s+tutti\b|\bquando\s+sono\s+tutti\b"
    r"|\bquando\s+(?:i\s+miei|tutti|mia\s+\w+|mio\s+\w+)\s+(?:saranno|sono|stanno)\s+"
    r"(?:al|a|in|dai|da|alla|fuori|via)\b"
    # the others' leaving told by its verb, or nobody left in: "quando se ne vanno tutti",
    # "quando tutti saranno usciti", "quando non c'e nessuno"
    r"|\bquando\s+(?:se\s+ne\s+(?:vanno|andranno|saranno\s+andati)\s+tutti"
    r"|(?:escono|partono|vanno\s+via|usciranno|partiranno)\s+tutti"
    r"|tutti\s+(?:se\s+ne\s+(?:vanno|andranno|saranno\s+andati)|escono|partono|vanno\s+via"
    r"|usciranno|partiranno|saranno\s+(?:usciti|partiti|andati\s+via))"
    r"|non\s+(?:c'e|ci\s+sara)\s+nessuno)\b"
    r"|\bmentre\s+(?:tutti|gli\s+altri)\s+guard\w+\b"
    r"|\bquando\s+(?:mia|mio|i\s+miei|le\s+mie)\s+\w+\s+(?:sara|saranno)\s+(?:ripartit\w+"
    r"|partit\w+|tornat\w+)\b"
    r"|\bcasa\s+(?:e\s+|sara\s+|resta\s+)?tutta\s+per\s+me\b",
}
# --- a purpose named for the moment: what it is for, not a plan -------------------------------
_PURPOSE = {
    "en": r"surprise|party\s+for"
    r"|(?:a|the)\s+(?:(?:proper|big|house|little|birthday|leaving)\s+){0,2}party"
    r"|dinner|film|movie|sleepover|clean\w*|tidy\w*|paint\w*|revis\w*"
    r"|study\w*|practi[cs]e|netflix|date\s+night|pamper|tell|ask|talk\s+to|propose|break\s+up"
    r"|repaint\w*|decorat\w*|redecorat\w*|photo\w*|mov(?:es|ing)\s+(?:out|in)|lease|tenancy"
    # a purpose clause naming what the moment is for: "so I can finally repaint the hall" (not
    # "so I can do it", "so I can be alone": the act left unnamed)
    r"|so\s+(?:that\s+)?i\s+(?:can|could|'ll|will)\s+(?:finally\s+|just\s+|properly\s+)?"
    r"(?!(?:do|go|be|get|end|finish|die|leave|sort)\b)\w+",
    "de": r"u(?:e)?berraschung|party\s+fu(?:e)?r|abendessen|film|putzen|aufra(?:e)?umen|lernen"
    r"|streichen|sagen|reden|fragen",
    "fr": r"surprise|fete\s+pour|diner|film|menage|ranger|reviser|peindre|(?:lui|leur)\s+dire"
    r"|parler",
    "es": r"sorpresa|fiesta\s+para|cena|peli\w*|limpi\w*|papeleo|tramites"
    r"|ordenar|estudiar|pintar|decirle\w*"
    r"|contarle\w*|hablar",
    # (a party the others go to is where they are, not what the moment is for: "quando a
    # família for à festa")
    "pt": r"surpresa|festa\s+para|(?<!\bfor\s)(?<!\bforem\s)(?<!\bvai\s)(?<!\bvao\s)"
    r"(?<!\bfoi\s)(?<!\bforam\s)(?:a|uma)\s+festa|churrasco|jantar|filme|limpar"
    r"|arrumar|estudar|pintar|dizer|contar|faxina"
    r"|conversar",
    "it": r"sorpresa|festa\s+per|cena|film|pulire|pulisc\w*|pulizi\w*|sistemare|studiare"
    r"|dipingere|dirgli\w*|parlargli|parlare",
}
_GATE = {
    "en": "empty|to myself|mine|down|at|away|out|off|over|nobody|no one|no-one|noone|go|head"
    "|take|taking|stay|while",
    "de": "leer|frei|sind|san|sin|is",
    "fr": "vide|monde|quand|sera|pendant|pour moi|qu'a moi",
    "es": "sola|solo|vacia|vacio|en|esten|este|vaya|ido|marchen|larguen|nadie|mientras",
    "pt": "vazi|sozinh|todo mundo|forem|estiver|for|sair|ninguem|houver|tiver|mim|enquanto",
    "it": "vuot|vacante|liber|tutti|saranno|sono|stanno|nessuno|per me|ripartit|partit|tornat",
}


def _moment(lang: str) -> str:
    chosen, away = _CHOSEN[lang], _NOBODY_THERE[lang]
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^\n]{{0,250}}\b(?:{_PURPOSE[lang]})\b)[^.!?\n]*?"
        rf"(?:(?:{chosen})[^\n]{{0,120}}?(?:{away})|(?:{away})[^\n]{{0,120}}?(?:{chosen}))"
    )


# --- a height the writer knows, and the writer going there at a time, for nothing named ------
# "I know the bridge past the levee, I'm going out there Friday night", "conozco el puente del
# río, voy a ir ahí el viernes", "je connais la falaise, j'y vais samedi soir": the place known
# and the going there set, the clause closing on the time (not "… Friday night to fish", not
# "we're going", not someone else's bridge).
_HEIGHT_KNOWN = {
    "en": r"\bi\s+know\s+(?:the|a|which|exactly\s+which|just\s+the)\s+(?:\w+\s+)?(?:bridge|cliffs?"
    r"|viaduct|overpass|flyover|car\s*park|multi[\s-]?storey|rooftop|tower|pier)\b",
    "es": r"\bconozco\s+(?:el|la|un|una)\s+(?:puente|acantilado|azotea|viaducto|edificio"
    r"|mirador)\b",
    "fr": r"\bje\s+connais\s+(?:le|la|l'|un|une)\s*(?:pont|falaise|toit|viaduc|parking|tour)\b",
    "pt": r"\b(?:eu\s+)?conheco\s+(?:a|o|uma|um)\s+(?:ponte|falesia|viaduto|telhado|predio"
    r"|penhasco|mirante)\b",
    "it": r"\bconosco\s+(?:il|la|lo|un|una)\s+(?:ponte|scogliera|viadotto|tetto|palazzo"
    r"|belvedere)\b",
    "de": r"\bich\s+kenne\s+(?:die|den|das|eine|einen)\s+(?:bru(?:e)?cke|klippe|dach|hochhaus"
    r"|viadukt|parkhaus|turm)\b",
}
_GOING_THEN = {
    "en": r"\b(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:going|gonna\s+go|go|heading|head|driving|walking)"
    r"\s+(?:out\s+|up\s+|down\s+|over\s+|back\s+)?(?:there|to\s+it)\s+(?:on\s+)?"
    rf"(?:{_A_TIME}|tonight|tomorrow(?:\s+night)?|the\s+\d{{1,2}}(?:st|nd|rd|th))",
    "es": r"\b(?:voy\s+a\s+ir|me\s+voy|voy)\s+(?:para\s+)?(?:alli|ahi|alla)\s+(?:el\s+)?"
    rf"(?:{WEEKDAYS['es']}|esta\s+noche|manana)(?:\s+(?:por\s+la|en\s+la)\s+noche)?",
    "fr": r"\b(?:j'\s*y\s+vais|j'\s*irai|je\s+vais\s+y\s+aller)\s+(?:"
    rf"{WEEKDAYS['fr']}|ce\s+soir|demain)(?:\s+soir)?",
    "pt": r"\b(?:vou\s+(?:la|pra\s+la|ali)|eu\s+vou\s+(?:la|pra\s+la))\s+(?:na\s+|no\s+)?"
    rf"(?:{WEEKDAYS['pt']}|hoje|amanha)(?:-feira)?(?:\s+a\s+noite)?",
    "it": r"\b(?:ci\s+vado|ci\s+andro|vado\s+li)\s+"
    rf"(?:{WEEKDAYS['it']}|stasera|domani)(?:\s+sera|\s+notte)?",
    "de": r"\b(?:da\s+)?(?:geh|gehe|fahr|fahre)\s+ich\s+(?:am\s+)?"
    rf"(?:{WEEKDAYS['de']}|heute|morgen)(?:abend|nacht|\s+abend|\s+nacht)?\s+hin\b"
    r"|\bich\s+(?:geh|gehe|fahr|fahre)\s+(?:da\s+)?(?:am\s+)?"
    rf"(?:{WEEKDAYS['de']}|heute|morgen)(?:abend|nacht|\s+abend|\s+nacht)?\s+hin\b",
}
_HEIGHT_GATE = {
    "en": "i know",
    "es": "conozco",
    "fr": "connais",
    "pt": "conheco",
    "it": "conosco",
    "de": "kenne",
}


def _height_then(lang: str) -> str:
    return rf"{_HEIGHT_KNOWN[lang]}[^.!?\n]{{0,60}}?(?:{_GOING_THEN[lang]})" + _END


# --- a height or deep water, a time after an event, and the decision said ----------------------
# "Once the boat's sold in June, the cliffs at Chapel Porth. That's the plan", "after the festival
# I will go up to the top of the car park, already decided", "when the school closes for Easter
# I will do it, at the harbour. I have decided it", "nach dem Funkensonntag geh ich zur
# Illschlucht, … so hab ich's beschlossen": the place, a time fixed by an event ("after",
# "once", "when"), and the decision closing it, within two sentences. A walk, a swim, a photo
# or a visit named says what the outing is for.
_DROP = {
    "en": r"cliffs?|bridge|viaduct|top\s+of\s+the\s+(?:car\s*park|multi[\s-]?storey|tower|building)"
    r"|rooftop|railway|tracks|harbou?r|pier|quarry|gorge",
    "de": r"\w*schlucht|\w*klamm|\w*bru(?:e)?cke|klippe\w*|gleise\w*|\w*hafen|steinbruch"
    r"|parkhaus\w*|hochhaus\w*",
    "fr": r"falaises?|pont|viaduc|toit|voies|port|gorges?|carriere|parking",
    "es": r"acantilado|puente|viaducto|azotea|vias|puerto|barranco|cantera|muelle",
    "pt": r"falesia|ponte|viaduto|telhado|linha\s+do\s+comboio|porto|penhasco|pedreira|cais",
    "it": r"scogliera|ponte|viadotto|tetto|binari|porto|burrone|cava|molo",
}
_AFTER_EVENT = {
    "en": r"\b(?:once|after|when|the\s+week|the\s+day|the\s+night)\b",
    "de": r"\b(?:nach|wenn|sobald|am\s+tag)\b",
    "fr": r"\b(?:apres|quand|une\s+fois|le\s+jour|la\s+semaine)\b",
    "es": r"\b(?:despues\s+de|cuando|una\s+vez|el\s+dia)\b",
    "pt": r"\b(?:depois\s+d[eoa]s?|quando|assim\s+que|no\s+dia)\b",
    "it": r"\b(?:dopo|quando|appena|il\s+giorno)\b",
}
_DECIDED_SO = {
    "en": r"\b(?:that'?s|thats|that\s+is)\s+the\s+plan\b|\balready\s+decided\b"
    r"|\bi(?:'ve|\s+have)\s+decided(?:\s+it)?(?=\s*(?:$|[.!?,;\n]))|\bit'?s\s+decided\b",
    "de": r"\bso\s+(?:hab|habe)\s+ich(?:'?s|\s+es)\s+beschlossen\b|\b(?:ist|is)\s+beschlossen"
    r"(?:e\s+sache)?\b|\bdas\s+ist\s+der\s+plan\b",
    "fr": r"\bc'\s*est\s+decide\b|\bc'\s*est\s+le\s+plan\b"
    r"|\bj'\s*ai\s+decide(?=\s*(?:$|[.!?,;\n]))",
    "es": r"\b(?:ya\s+)?lo\s+tengo\s+decidido\b|\bya\s+esta\s+decidido\b|\bese\s+es\s+el\s+plan\b",
    "pt": r"\besta\s+decidido\b|\bja\s+decidi(?=\s*(?:$|[.!?,;\n]))"
    r"|\b(?:e\s+)?esse\s+e\s+o\s+plano\b",
    "it": r"\bho\s+(?:gia\s+)?deciso(?=\s*(?:$|[.!?,;\n]))|\be\s+deciso\b"
    r"|\bquesto\s+e\s+il\s+piano\b",
}
_OUTING = (
    r"walk\w*|hike|hiking|swim\w*|picnic|surf\w*|climb\w*|photo\w*|sunset|fish\w*|kayak\w*|visit\w*"
    r"|view|wander\w*|run|jog\w*|wander\w*|spazier\w*|wander\w*|schwimm\w*|foto\w*|besuch\w*"
    r"|balade|randonn\w*|nager|baignade|photos?|visite\w*|pique-nique|paseo|caminata|nadar"
    r"|fotos?|visita\w*|passeio|caminhada|passeggiata|escursione|nuotare|foto|tramonto|gita"
    # something to see there, or others going along: a trip, not the writer alone
    r"|see|watch|sehen|anschauen|voir|regarder|ver|vedere|guardare|we|wir|nous|on\s+va"
    r"|nosotros|vamos|andiamo|noi"
)


def _drop_decided(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^\n]{{0,250}}\b(?:{_OUTING})\b){_AFTER_EVENT[lang]}[^\n]{{0,100}}?"
        rf"\b(?:{_DROP[lang]})\b[^\n]{{0,80}}?(?:{_DECIDED_SO[lang]})"
    )


RULES: tuple[Rule, ...] = (
    core_family(
        "drop_after_event_decided",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        {lang: _drop_decided(lang) for lang in LANGS},
        {
            "en": "plan|decided",
            "de": "beschlossen|plan",
            "fr": "decide|plan",
            "es": "decidido|plan",
            "pt": "decid|plano",
            "it": "deciso|piano",
        },
    )
    + core_family(
        "moment_chosen_nobody_there",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        {lang: _moment(lang) for lang in LANGS},
        _GATE,
    )
    + core_family(
        "height_known_going_then",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        {lang: _height_then(lang) for lang in LANGS},
        _HEIGHT_GATE,
    )
)

__all__ = ["RULES"]
