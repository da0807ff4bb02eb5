"""No future told as a coming day the writer already knows they will not reach, or as the future
stopping here or this season; in six languages.

Why: the no-future families read "I won't be here next year" and "I won't make it to
Christmas". Writers also hear others talk of a coming event and answer for themselves with the
knowing and the absence alone, the event left in the sentence before: "people at work talk
about my retirement do and I know I won't get that far", "les gens parlent déjà des fêtes et
moi je sais que je n'y serai pas", "falam das festas de agosto e eu já sei que não estarei cá",
"so già che non ci sarò". Or they say where the future ends: "l'avenir s'arrête ici", "para
mim o futuro acaba neste verão", "my future stops this year".

The absence closes its clause. A reason named after it (a shift, a trip, a wedding, being ill),
a race or a game ("the marathon's too long, I know I won't get that far"), or a future that
belongs to a job, a club or a shop ("my future at this company ends here") is an ordinary plan,
and the sentence is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|but|und|aber|et|mais|y|pero|e|mas|ma)\b))"
# a reason, a race or a game, a job, a club or a shop: an ordinary absence or an ordinary end
_ORDINARY = (
    r"(?!" + _S + r"*\b(?:because|cos|work\w*|shift|trip|away|abroad|busy|ill|sick|flu|wedding"
    r"|exams?|race|marathon|km|miles|tournament|round|final|level|game|company|job|club|team"
    r"|shop|band|career|contract|weil|arbeit\w*|dienst|schicht|reise|urlaub|hochzeit|krank"
    r"|rennen|turnier|firma|verein|parce|travail\w*|boulot|voyage|vacances|mariage|malade|course"
    r"|entreprise|equipe|porque|trabajo|turno|viaje|vacaciones|boda|enferm\w*|carrera|empresa"
    r"|equipo|trabalho|plantao|viagem|ferias|casamento|doente|corrida|clube|equipa|perche"
    r"|lavoro|viaggio|vacanz\w*|matrimonio|malat\w*|gara|azienda|squadra|negozio|loja|tienda"
    r"|magasin|laden)\b)"
)
# … a race, a game or a climb anywhere in the sentence: how far the writer gets in it
_RACE = (
    r"(?!" + _S + r"*\b(?:race|marathon|km|miles|tournament|round|final|level|game|summit|climb"
    r"|rennen|turnier|runde|gipfel|course|tournoi|sommet|carrera|torneo|cumbre|corrida|cume"
    r"|gara|vetta)\b)"
)
_KNOWN_ABSENT = {
    "en": r"\bi\s+(?:already\s+|just\s+)?know\s+(?:that\s+)?i\s+(?:won'?t|will\s+not"
    r"|'?ll\s+never)\s+"
    r"(?:get\s+that\s+far|make\s+it\s+that\s+far|last\s+that\s+long|be\s+(?:there|around)"
    r"(?:\s+for\s+it)?)",
    "de": r"\bich\s+wei(?:ss|ß)\s+(?:schon|jetzt\s+schon)?,?\s*dass\s+ich\s+(?:da|dann|das)\s+nicht"
    r"\s+mehr\s+(?:da\s+bin|dabei\s+bin|erlebe|da\s+sein\s+werde)",
    "fr": r"\bje\s+sais\s+(?:deja\s+|bien\s+)?que\s+je\s+(?:n'\s*y\s+serai\s+(?:pas|plus)"
    r"|n'\s*irai\s+pas\s+jusque-?la|ne\s+serai\s+plus\s+la)",
    "es": r"\b(?:ya\s+)?se\s+que\s+no\s+(?:estare|voy\s+a\s+estar|llegare)\s*(?:ahi|alli|aqui"
    r"|para\s+entonces|hasta\s+ahi)?",
    "pt": r"\b(?:ja\s+)?sei\s+que\s+(?:nao\s+estarei|nao\s+vou\s+estar|ja\s+nao\s+estarei)\s+"
    r"(?:ca|la|aqui)|\b(?:ja\s+)?sei\s+que\s+nao\s+chego\s+la",
    "it": r"\bso\s+(?:gia\s+|bene\s+)?che\s+(?:non\s+ci\s+saro|non\s+ci\s+arrivo)",
}
_SEASON = {
    "en": r"here|now|this\s+(?:summer|winter|spring|autumn|year|month|week)",
    "de": r"hier|jetzt|diesen\s+(?:sommer|winter|herbst|fru(?:e)?hling|monat)|dieses\s+jahr",
    "fr": r"ici|la|maintenant|cet\s+(?:ete|hiver|automne)|ce\s+(?:printemps|mois)"
    r"|cette\s+annee",
    "es": r"aqui|aca|ahora|este\s+(?:verano|invierno|otono|ano|mes)|esta\s+primavera",
    "pt": r"aqui|agora|neste\s+(?:verao|inverno|outono|ano|mes)|nesta\s+primavera"
    r"|este\s+(?:verao|ano)",
    "it": r"qui|ora|adesso|quest'\s*(?:estate|inverno|autunno|anno)|questo\s+mese",
}
_FUTURE_STOPS = {
    "en": r"\b(?:my|the)\s+future\s+(?:ends|stops)",
    "de": r"\b(?:meine|die)\s+zukunft\s+(?:ho(?:e)?rt|endet)(?:\s+auf)?",
    "fr": r"\b(?:l'\s*|mon\s+)avenir\s+s'\s*arrete",
    "es": r"\b(?:mi|el)\s+futuro\s+(?:se\s+acaba|termina|acaba)",
    "pt": r"\b(?:o\s+meu|o|meu)\s+futuro\s+(?:acaba|termina)",
    "it": r"\bil\s+(?:mio\s+)?futuro\s+finisce",
}

# The absence said first, a coming event after it, and the knowing told last: "I won't be
# around for the parade next March, I've known that for a while now", "no llegaré a la feria el
# próximo julio, eso ya lo sé", "non arriverò alla sagra di agosto, lo so già".
_ABSENT_FIRST = {
    "en": r"\bi\s+(?:won'?t|will\s+not|'?ll\s+never)\s+(?:be\s+(?:around|here|there)\s+(?:for|at"
    r"|to\s+see)|make\s+it\s+to|get\s+to\s+see|live\s+to\s+see|see)\s+",
    "de": r"\b(?:ich\s+(?:werde|werd)\s+|werde?\s+ich\s+)(?!\S+\s+(?:nicht\s+mehr\s+)?erleben"
    r"\s+wollen)",
    "fr": r"\bje\s+ne\s+(?:serai\s+(?:pas|plus)\s+la\s+pour|verrai\s+(?:pas|jamais)"
    r"|serai\s+pas\s+(?:a|au|aux))\s+",
    "es": r"\bno\s+(?:llegare|voy\s+a\s+llegar|estare|voy\s+a\s+estar|vere|voy\s+a\s+ver)"
    r"\s+(?:a|al|en|para)?\s*",
    "pt": r"\b(?:ja\s+)?nao\s+(?:chego|chegarei|vou\s+chegar|estarei|vou\s+estar|verei"
    r"|vou\s+ver)\s+(?:a|ao|à|as|aos|no|na|para)?\s*",
    "it": r"\bnon\s+(?:arrivero|ci\s+saro|vedro|ci\s+arrivo|faro\s+in\s+tempo\s+a\s+vedere)"
    r"\s+(?:a|al|alla|ai|alle|per)?\s*",
}
_ABSENT_END = {
    "en": "",
    "de": r"\s+(?:nicht\s+mehr|nie)\s+(?:erleben|mitmachen|sehen)",
    "fr": "",
    "es": "",
    "pt": "",
    "it": "",
}
_KNOWN_LAST = {
    "en": r",?\s*(?:and\s+)?i(?:'ve|\s+have)?\s+(?:already\s+|long\s+)?(?:know|known)\s+"
    r"(?:that|it|this)(?:\s+for\s+(?:a\s+while|ages|months|weeks|some\s+time|a\s+long\s+time))?"
    r"(?:\s+now)?",
    "de": r",?\s*das\s+wei(?:ss|ß)\s+ich(?:\s+(?:schon|jetzt\s+schon|genau|laengst))?",
    "fr": r",?\s*(?:ca\s+)?je\s+le\s+sais(?:\s+(?:deja|bien|depuis\s+longtemps))?",
    "es": r",?\s*(?:eso\s+|esto\s+)?(?:ya\s+)?lo\s+se"
    r"(?:\s+(?:bien|de\s+sobra|desde\s+hace\s+\w+))?",
    "pt": r",?\s*(?:isso\s+)?(?:eu\s+)?(?:ja\s+)?sei(?:\s+(?:disso|bem|ha\s+muito))?",
    "it": r",?\s*(?:questo\s+)?lo\s+so(?:\s+(?:gia|bene|da\s+tempo))?",
}

# No coming season for the writer: "there's no spring coming for me", "für mich kommt kein
# Frühling mehr", "para mí no habrá otra primavera", "pour moi il n'y aura pas de printemps",
# "per me non ci sarà un'altra estate", "para mim não haverá outro verão". Not this year's
# holiday season (a reason, "this year", a holiday or a trip: ``_ORDINARY``, ``_THIS_YEAR``),
# and the phrase closes its clause: "no next summer for me at this camp" is a place outgrown.
_THIS_YEAR = (
    r"(?!" + _S + r"*\b(?:this\s+year|dieses\s+jahr|este\s+ano|cette\s+annee|quest'\s*anno"
    r"|holiday|holidays|break|off|bonus|ferien|urlaub|vacaciones|vacances|vacanz\w*"
    r"|ferias)\b)"
)
_SEASONS = {
    "en": r"(?:spring|summer|autumn|winter|christmas|easter|new\s+year)",
    "de": r"(?:fru(?:e)?hling|sommer|herbst|winter|weihnachten|ostern)",
    "fr": r"(?:printemps|ete|automne|hiver|noel|paques)",
    "es": r"(?:primavera|verano|otono|invierno|navidad|pascua)",
    "it": r"(?:primavera|estate|autunno|inverno|natale|pasqua)",
    "pt": r"(?:primavera|verao|outono|inverno|natal|pascoa)",
}
_NO_SEASON = {
    "en": r"\bthere'?s\s+no\s+(?:more\s+|other\s+|next\s+)?{s}\s+(?:coming\s+)?for\s+me\b"
    r"|\bno\s+(?:more\s+)?{s}s?\s+(?:coming|left|ahead)\s+for\s+me\b",
    "de": r"\bfu(?:e)?r\s+mich\s+(?:kommt|gibt\s+es|gibt'?s)\s+(?:keine[nm]?|kein)\s+{s}"
    r"\s+mehr\b",
    "fr": r"\bpour\s+moi\s+il\s+n'\s*y\s+aura\s+(?:pas|plus)\s+(?:de|d'|d'\s*autre|un\s+autre"
    r"|une\s+autre)\s*{s}\b",
    "es": r"\bpara\s+mi\s+no\s+(?:habra|hay|va\s+a\s+haber)\s+(?:otra|otro|mas)\s+{s}\b",
    "it": r"\bper\s+me\s+non\s+ci\s+sara\s+(?:un'\s*altra|un\s+altro|piu\s+(?:un'|una|un)?"
    r"\s*|un'\s*|una\s+|un\s+)\s*{s}\b",
    "pt": r"\bpara\s+mim\s+nao\s+(?:havera|ha|vai\s+haver)\s+(?:outra|outro|mais)\s+{s}\b",
}

# The writer's calendar stopping at a date, for them, nothing imagined past it: "the calendar on
# the fridge stops at June for me, I can't fill in anything past that", "mon agenda s'arrête à
# la Toussaint, après je n'imagine plus rien pour moi", "mein Kalender hört im Juni auf, danach
# kann ich mir nichts mehr vorstellen". A planner that runs out and is to be replaced says
# neither "for me" nor the nothing imagined (and "because", a job, a trip are ``_ORDINARY``).
_CALENDAR_STOPS = {
    "en": r"\b(?:the|my)\s+(?:calendar|diary|planner)(?:\s+(?:on|in)\s+the\s+\w+)?\s+(?:stops|ends"
    r"|runs\s+out)\s+(?:at|in|after|with)\s+",
    "de": r"\b(?:mein|der)\s+(?:kalender|terminkalender)\s+(?:ho(?:e)?rt|endet)\s+",
    "fr": r"\b(?:mon|le)\s+(?:agenda|calendrier)\s+s'\s*arrete\s+",
    "es": r"\b(?:mi|el)\s+(?:agenda|calendario)\s+(?:se\s+acaba|termina|acaba|se\s+para)\s+",
    "pt": r"\b(?:(?:a\s+)?minha|a)\s+agenda\s+(?:acaba|termina|para)\s+|\b(?:(?:o\s+)?meu|o)\s+"
    r"calendario\s+(?:acaba|termina|para)\s+",
    "it": r"\b(?:la\s+mia|il\s+mio)\s+(?:agenda|calendario)\s+(?:finisce|si\s+ferma)\s+",
}
_NOTHING_PAST = {
    "en": r"for\s+me|,?\s*(?:and\s+)?i\s+(?:can'?t|cannot|don'?t)\s+(?:fill\s+in|picture|imagine"
    r"|see|plan)\s+anything\s+(?:past|after|beyond)\s+(?:that|it|then)",
    "de": r"fu(?:e)?r\s+mich(?:\s+auf)?|,?\s*danach\s+kann\s+ich\s+mir\s+nichts\s+(?:mehr\s+)?"
    r"vorstellen",
    "fr": r"pour\s+moi|,?\s*(?:apres|ensuite),?\s+je\s+n'\s*imagine\s+(?:plus\s+)?rien"
    r"(?:\s+pour\s+moi)?",
    "es": r"para\s+mi|,?\s*despues\s+no\s+(?:me\s+)?imagino\s+nada(?:\s+para\s+mi)?",
    "pt": r"(?:para|pra)\s+mim|,?\s*depois\s+(?:eu\s+)?nao\s+imagino\s+(?:mais\s+)?nada"
    r"(?:\s+(?:para|pra)\s+mim)?",
    "it": r"per\s+me|,?\s*dopo\s+non\s+(?:riesco\s+a\s+immaginare|immagino)\s+(?:piu\s+)?"
    r"(?:niente|nulla)(?:\s+per\s+me)?",
}

# The year to come given to the others: "O ano que vem é coisa dos outros", "next year is for
# other people"; or the year to come, talked of, that the writer cannot picture for themselves:
# "gli altri parlano della vendemmia dell'anno prossimo, io per me non riesco a immaginarla".
# Closing the clause ("… for other people to worry about" hands on a chore).
_OTHERS_YEAR = {
    "en": r"\bnext\s+(?:year|season)\s+is\s+(?:for\s+(?:other\s+people|the\s+others"
    r"|everyone\s+else)"
    r"|other\s+people'?s\s+(?:business|thing))",
    "de": r"\bna(?:e)?chstes\s+jahr\s+ist\s+(?:was\s+)?(?:fu(?:e)?r\s+die\s+anderen|sache\s+der"
    r"\s+anderen)",
    "fr": r"\bl'\s*annee\s+prochaine,?\s+c'\s*est\s+(?:pour\s+les\s+autres|l'\s*affaire\s+des"
    r"\s+autres)",
    "es": r"\b(?:el\s+ano\s+que\s+viene|el\s+proximo\s+ano)\s+es\s+(?:cosa|asunto)\s+de\s+"
    r"(?:los\s+)?(?:demas|otros)",
    "pt": r"\b(?:o\s+ano\s+que\s+vem|o\s+proximo\s+ano)\s+e\s+(?:coisa|assunto)\s+d(?:os|as)\s+"
    r"outr[oa]s",
    "it": r"\b(?:l'\s*anno\s+prossimo|l'\s*anno\s+che\s+viene)\s+e\s+(?:roba|cosa|affare)\s+"
    r"(?:degli|per\s+gli)\s+altri",
}
_NEXT_TIME = {
    "en": r"\bnext\s+(?:year|season|spring|summer|autumn|winter|harvest)",
    "de": r"\bna(?:e)?chste[nsr]?\s+(?:jahr|saison|fru(?:e)?hling|sommer|herbst|winter|ernte)",
    "fr": r"\b(?:l'\s*annee|la\s+saison|l'\s*ete|l'\s*hiver|les\s+vendanges)\s+prochaine?s?",
    "es": r"\b(?:ano|temporada|verano|invierno|cosecha|vendimia)\s+(?:que\s+viene|proxim[oa])"
    r"|\bproxim[oa]\s+(?:ano|temporada|cosecha|vendimia)",
    "pt": r"\b(?:ano|safra|colheita|vindima|estacao)\s+(?:que\s+vem|proxim[oa])"
    r"|\bproxim[oa]\s+(?:ano|safra|colheita|vindima)",
    "it": r"\b(?:anno|stagione|vendemmia|raccolto|estate|inverno)\s+(?:prossim[oa]|che\s+viene)",
}
_NOT_PICTURED = {
    "en": r"\bi\s+(?:can'?t|cannot)\s+(?:picture|imagine|see)\s+(?:it|that|one)\s+for\s+"
    r"me(?:self)?",
    "de": r"\b(?:kann\s+ich\s+mir|ich\s+kann\s+mir)\s+(?:das|es|ihn|sie)\s+fu(?:e)?r\s+mich\s+nicht"
    r"\s+(?:mehr\s+)?vorstellen",
    "fr": r"\bje\s+n'\s*arrive\s+pas\s+a\s+l'\s*imaginer\s+pour\s+moi|\bpour\s+moi,?\s+je\s+ne\s+"
    r"l'\s*imagine\s+pas",
    "es": r"\b(?:yo\s+)?(?:para\s+mi\s+)?no\s+(?:consigo|puedo)\s+imaginarl[oa]\s*(?:para\s+mi)?"
    r"|\bno\s+me\s+l[oa]\s+imagino\s+para\s+mi",
    "pt": r"\b(?:eu\s+)?(?:pra|para)\s+mim\s+nao\s+consigo\s+imagina-l[oa]|\bnao\s+consigo"
    r"\s+imagina-l[oa]\s+(?:pra|para)\s+mim",
    "it": r"\b(?:io\s+)?per\s+me\s+non\s+riesco\s+(?:a\s+)?immaginarl[oaie]"
    r"|\bnon\s+riesco\s+(?:a\s+)?immaginarl[oaie]\s+per\s+me",
}

# (a retirement gives the next year to the others in the ordinary way)
_RETIRING = (
    r"(?!" + _S + r"*\b(?:pension\w*|retir\w*|rente|ruhestand|retraite|jubil\w*|aposent\w*)\b)"
)

_NAME = "future_stops"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "known_absent",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_RACE}{_S}*?{_ORDINARY}(?:{p}){_CLOSE}"
            for lang, p in _KNOWN_ABSENT.items()
        },
        {
            "en": "far|long|there|around",
            "de": "nicht mehr",
            "fr": "serai|irai",
            "es": "estare|estar|llegare",
            "pt": "estarei|estar|chego",
            "it": "saro|arrivo",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "here",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"{_ORDINARY}(?:{_FUTURE_STOPS[lang]})\s+(?:{_SEASON[lang]})\b{_CLOSE}"
            for lang in _FUTURE_STOPS
        },
        {
            "en": "future",
            "de": "zukunft",
            "fr": "avenir",
            "es": "futuro",
            "pt": "futuro",
            "it": "futuro",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "known_after",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"{_RACE}{_ORDINARY}(?:{_ABSENT_FIRST[lang]}){_S}{{3,80}}?{_ABSENT_END[lang]}"
            rf"(?:{_KNOWN_LAST[lang]})(?=\s*(?:$|[.!\n]))"
            for lang in _ABSENT_FIRST
        },
        {
            "en": "know",
            "de": "weiss|weiß",
            "fr": "sais",
            "es": " se",
            "pt": "sei",
            "it": " so",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "no_season",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"{_ORDINARY}{_THIS_YEAR}(?:{p.replace('{s}', _SEASONS[lang])}){_CLOSE}"
            for lang, p in _NO_SEASON.items()
        },
        {
            "en": "for me",
            "de": "mehr",
            "fr": "pour moi",
            "es": "para mi",
            "pt": "para mim",
            "it": "per me",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "calendar",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            # (the calendar looked for first: the sentence's reasons are read only where it is)
            lang: rf"(?={_CALENDAR_STOPS[lang]}){_ORDINARY}(?:{_CALENDAR_STOPS[lang]})"
            rf"{_S}{{1,40}}?\s*"
            rf"(?:{_NOTHING_PAST[lang]})" + _CLOSE
            for lang in _CALENDAR_STOPS
        },
        {
            "en": "calendar|diary|planner",
            "de": "kalender",
            "fr": "agenda|calendrier",
            "es": "agenda|calendario",
            "pt": "agenda|calendario",
            "it": "agenda|calendario",
        },
        inherent=True,
    )
    + family(
        _NAME,
        "year_not_mine",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"(?={_OTHERS_YEAR[lang]}|{_NEXT_TIME[lang]}){_ORDINARY}{_RETIRING}"
            rf"(?:{_OTHERS_YEAR[lang]}"
            rf"|(?:{_NEXT_TIME[lang]}){_S}{{0,80}}?"
            rf"(?:{_NOT_PICTURED[lang]})){_CLOSE}"
            for lang in _OTHERS_YEAR
        },
        {
            "en": "others|other people|everyone else|for me",
            "de": "anderen|mich",
            "fr": "autres|pour moi",
            "es": "demas|otros|para mi|imaginarl",
            "pt": "outros|outras|mim",
            "it": "altri|per me",
        },
        inherent=True,
    )
)

__all__ = ["RULES"]
