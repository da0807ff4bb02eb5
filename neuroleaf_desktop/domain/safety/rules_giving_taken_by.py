"""The writer's things told from the side of the one who took them, and the writer's own use of
them ended, in six languages; and a giving closed by asking what the writer would keep them for.

Why: the giving families read the writer's own act of giving ("I gave my cousin the bike, I
won't need it"). Writers also tell the same handing-on with the taker as the subject: "the
young fella next door has all my surf gear now, I'm done with it", "mi primo ya se llevó la
tabla y la moto, yo para qué las quiero ya", "mon neveu est reparti avec ma guitare, moi ça ne
me servira plus", "mio cugino si è preso la bici, a me ormai non servono", "o meu sobrinho levou
as pranchas, eu é que não vou usar mais". What makes it giving away is the two parts together:
someone of the writer's circle (a kin or neighbour word, a slot of its kind) now holding the
writer's things, and the writer saying their own use of them is over, often as a question of
what for ("para qué las quiero", "wozu soll ich das noch behalten", "what would I keep it for").
The holding is also said by the possessive ("the auger's the neighbour kid's now", "sono
ormai del ragazzo dei vicini", "agora são do Tiago", "in my nephew's shed now") or with the thing
first ("Mein Akkordeon hat jetzt der Nachbarsjunge"). The same close also ends a giving told by
the writer ("Dem Nachbarsjungen hab ich mein Fahrrad
vermacht, wozu soll ich das noch behalten").

What stays out: a reason for the handing-on in the line (a new one bought, a move, a degree
finished, grown out of, an exam: ``HANDED_ON_REASON``); a thing lent or borrowed ("borrowed",
"till", "until", "prestado", "emprestado", "prestato", "prêté", "geliehen") or had for the
holidays or a wedding; a clear-out or a sale, or children grown past the thing; a piece of work
handed in ("Handed in my dissertation, I'm done with all of it!"); a use given up for a cause of
the writer's own (a broken thing, a bad knee: "my knees are shot so I've no use for them", "moi ça
ne me servira plus avec mon genou", "I'm done with it, it jams every time"); someone else's use
over ("he says he won't need them": the close is the writer's own). A sentence with "where I'm
going" or "for good" is left to the older giving and no-future families, which read it (as
urgent, where they do).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_core_signs import GIVEN, HANDED_ON_REASON

_S = r"[^.!?\n]"
# Someone of the writer's circle: kin, a neighbour, a friend, a godchild (a slot of its kind).
_CIRCLE = {
    "en": r"(?:cousin|nephew|niece|brother|sister|son|daughter|kids?|grandson|granddaughter"
    r"|neighbou?rs?|mate|friend|fella|lad|lass|bloke|guy|girl|boy|uncle|aunt|godson"
    r"|goddaughter|flatmate|colleague|bro|sis)",
    "es": r"(?:primo|prima|sobrino|sobrina|hermano|hermana|hijo|hija|nieto|nieta|vecino|vecina"
    r"|amigo|amiga|cunado|cunada|tio|tia|ahijado|ahijada|chaval|colega|compadre)",
    "fr": r"(?:neveu|niece|cousin|cousine|frere|soeur|fils|fille|petit-fils|petite-fille|voisin"
    r"|voisine|pote|ami|amie|filleul|filleule|beau-frere|oncle|tante|collegue)",
    "it": r"(?:cugino|cugina|nipote|fratello|sorella|figlio|figlia|vicino|vicina|amico|amica"
    r"|figlioccio|figlioccia|cognato|cognata|zio|zia|collega)",
    "pt": r"(?:sobrinho|sobrinha|primo|prima|irmao|irma|filho|filha|neto|neta|vizinho|vizinha"
    r"|amigo|amiga|afilhado|afilhada|cunhado|cunhada|tio|tia|colega|compadre)",
    "de": r"(?:neffe|nichte|cousin|cousine|bruder|schwester|sohn|tochter|enkel\w*|nachbar\w*"
    r"|kumpel|freund\w*|patenkind|schwager|onkel|tante|kollege|kollegin)",
}
# … as the subject who now holds or went off with the writer's things
_TOOK = {
    "en": r"\b(?:has|took|got|'s\s+got|went\s+(?:off|home)\s+with|left\s+with|drove\s+off\s+with"
    r"|walked\s+off\s+with|ended\s+up\s+with|is\s+having|picked\s+up)\s+(?:all\s+|the\s+last\s+of"
    r"\s+)?my\b",
    "es": r"\b(?:ya\s+)?(?:se\s+(?:llevo|ha\s+llevado|quedo\s+con|ha\s+quedado\s+con)|tiene\s+ya"
    r"|ya\s+tiene|se\s+(?:lo|la|los|las)\s+llevo)\b",
    "fr": r"\b(?:est\s+(?:re)?parti\w*\s+avec|a\s+(?:pris|recupere|embarque)|a\s+maintenant"
    r"|garde\s+maintenant)\b",
    "it": r"\b(?:si\s+e\s+(?:pres|portat|tenut)[oa](?:\s+via)?|se\s+l[oaie]\s+e\s+(?:pres|portat)"
    r"[oaie]|ha\s+(?:pres|portato\s+via)[oaie]?|ha\s+ora|ora\s+ha|adesso\s+ha|ha\s+adesso)\b",
    "pt": r"\b(?:ja\s+)?(?:levou|ficou\s+com|pegou|carregou|agora\s+tem|ja\s+tem)\b",
    "de": r"\b(?:hat\s+(?:jetzt\s+)?(?:mein|meine|meinen)|hat\s+(?:\w+\s+){1,5}?(?:mitgenommen"
    r"|abgeholt|bekommen)|nahm\s+(?:mein|meine|meinen))\b",
}
# … or the things said to be at theirs now: "telescope's gone to the lad next door", "stehen
# jetzt beim Jungen von nebenan", "ya están con mi primo", "agora estão com o meu afilhado"
_NOW_AT = {
    "en": r"\b(?:'s|has|have|'ve|is|are)\s+(?:gone|went)\s+to\s+(?:the|my|our)\s+(?:\w+\s+)?"
    r"(?:cousin|nephew|niece|lad|lass|kid|boy|girl|neighbou?r|fella|mate)s?\b",
    "es": r"\b(?:ya\s+)?(?:estan|esta|quedaron|se\s+fueron)\s+(?:ya\s+)?con\s+mi\s+\w+",
    "fr": r"\b(?:sont|est)\s+(?:maintenant\s+)?chez\s+(?:mon|ma|le|la)\s+\w+",
    "it": r"\b(?:sono|sta|stanno|e)\s+(?:ora\s+|adesso\s+)?(?:da|a\s+casa\s+(?:di|del|della))\s+"
    r"(?:mio|mia|il|la)?\s*\w+",
    "pt": r"\b(?:estao|esta|ficaram)\s+(?:agora\s+)?com\s+(?:o|a)\s+(?:meu|minha)\s+\w+",
    "de": r"\b(?:stehen|liegen|steht|liegt|sind|ist)\s+jetzt\s+(?:beim|bei\s+(?:meinem|meiner|dem"
    r"|der))\s+(?:\w+\s+){0,2}?(?:jungen?|nachbar\w*|neffen?|enkel\w*|kumpel|cousin\w*)\b"
    # (the writer's thing first, its new holder after the verb: "Mein Akkordeon hat jetzt der
    # Nachbarsjunge")
    r"|\b(?:mein|meine|meinen)\s+(?:\w+\s+){1,2}?(?:hat|haben|hab)\s+(?:jetzt|nun)\s+(?:der|die"
    r"|mein|meine)\s+\w*(?:junge|nachbar|neffe|nichte|enkel|cousin|bruder|schwester|sohn|tochter"
    r"|kumpel|freund)\w*",
}
# … or the things said to be theirs now, by the possessive: "are the neighbour kid's now", "sono
# del ragazzo dei vicini ormai", "agora são do Tiago", "are in my nephew's shed now"
_THEIRS_NOW = {
    "en": r"\b(?:are|is|'re|'s)\s+(?:all\s+)?(?:in\s+|at\s+)?(?:the|my|our|me)\s+(?:\w+\s+){0,2}?"
    rf"{_CIRCLE['en']}'s\s+(?:\w+\s+)?now\b",
    "es": r"\b(?:ahora\s+|ya\s+)?son\s+(?:ahora\s+|ya\s+)?de\s+mi\s+" + _CIRCLE["es"] + r"\b",
    "fr": r"\b(?:sont|est)\s+(?:maintenant\s+|desormais\s+)?(?:a\s+mon|a\s+ma)\s+"
    + _CIRCLE["fr"]
    + r"\b",
    # (a "now" before or after it: "sono ormai del…", "è di mio cugino adesso")
    "it": r"\b(?:sono|e)\s+(?:(?:ora|adesso|ormai)\s+(?:del|della|dello|di\s+mio|di\s+mia)\s+"
    r"(?:\w+\s+){0,2}?(?:ragazz[oa]|vicin[oaie]|nipot[ei]|cugin[oaie]|figli[oa]|fratello|sorella"
    r"|amic[oa]|zi[oa]|figliocci[oa])\b|(?:del|della|dello|di\s+mio|di\s+mia)\s+(?:\w+\s+){0,2}?"
    r"(?:ragazz[oa]|vicin[oaie]|nipot[ei]|cugin[oaie]|figli[oa]|fratello|sorella|amic[oa]|zi[oa]"
    r"|figliocci[oa])\s+(?:ora|adesso|ormai)\b)",
    # ("é do …" only with its "agora": "e do" alone is "and of")
    "pt": r"\b(?:(?:agora|ja)\s+(?:sao|e)|(?:sao|e)\s+(?:agora|ja)|sao)\s+(?:do|da)\s+\w+",
    "de": r"\b(?:geho(?:e)?r(?:t|en)\s+(?:jetzt|nun)\s+(?:meinem|meiner|dem|der)\s+\w*(?:junge"
    r"|nachbar|neffe|nichte|enkel|cousin|bruder|schwester|sohn|tochter|kumpel|freund)\w*)",
}
_DET = {
    "en": r"\b(?:my|the|our|me)\s+(?:\w+\s+)?(?:next\s+door\s+|down\s+the\s+road\s+)?",
    "es": r"\b(?:mi|el|la)\s+",
    "fr": r"\b(?:mon|ma|le|la)\s+",
    "it": r"\b(?:mio|mia|il|la|lo)\s+",
    "pt": r"\b(?:(?:o|a)\s+)?(?:meu|minha|o|a)\s+",
    "de": r"\b(?:mein|meine|der|die)\s+(?:\w+\s+)?",
}
# … and the writer's own use of them over: a plain "no more use" or a question of what for
_NO_USE = {
    "en": r"\bi'?m\s+(?:done|finished)\s+with\s+(?:it|them|both(?:\s+of\s+them)?|all\s+(?:that"
    r"|of\s+it))\b"
    # (a tidying told as before the writer's end: "tidying up before the end")
    r"|\b(?:tidying|sorting|clearing)\s+(?:up|out|things)\s+before\s+the\s+end\b(?!\s+of\b)"
    r"|\bno\s+use\s+(?:for|to\s+me)\b|\bwhat\s+(?:would|do|'d|will)\s+i\s+(?:need|want|keep)\s+"
    r"(?:it|them|any\s+of\s+it)\s+for\b|\bi\s+(?:won'?t|will\s+not)\s+(?:be\s+)?(?:need|needing"
    r"|use|using)\s+(?:it|them|any)"
    # (the "I" left out after a comma: "signed them over, won't be wanting them again")
    r"|(?<=,\s)(?:won'?t|will\s+not)\s+(?:be\s+)?(?:need|needing|use|using|want|wanting)\s+"
    r"(?:it|them)\s+(?:again|any\s*more)\b"
    # … or the pastime itself given up, no reason after it: "I'm not riding any more, not
    # anywhere", "io in mare non ci esco più", "à moi ils ne serviront plus jamais"
    r"|\bi'?m\s+not\s+(?:riding|playing|fishing|climbing|skiing|sailing|surfing|cycling|rowing"
    r"|diving|painting|going\s+out)\s+(?:any\s*more|again)\b",
    "es": r"\bpara\s+que\s+(?:l[oa]s?\s+)?(?:quiero|necesito|voy\s+a\s+querer|me\s+sirven?)\b"
    # (the bare question closing it: "yo ya para qué", "ya pa' qué")
    r"|\b(?:yo\s+)?ya\s+(?:para|pa'?)\s+que(?=\s*(?:$|[.!?…\n]))"
    r"|\bya\s+no\s+(?:me\s+)?(?:tienen|tiene)\s+(?:uso|utilidad|sentido)\b"
    r"|\bya\s+no\s+(?:me\s+)?(?:sirven?|van\s+a\s+servir|l[oa]s?\s+(?:uso|voy\s+a\s+usar"
    r"|necesito))\b|\bno\s+(?:l[oa]s?\s+)?voy\s+a\s+(?:necesitar|usar)(?:l[oa]s?)?\b",
    "fr": r"\bne\s+me\s+(?:servira|serviront|sert|servent)\s+plus\b"
    r"|\ba\s+moi\s+(?:ils?\s+|elles?\s+|ca\s+)?ne\s+(?:servira|serviront|sert|servent)\s+plus\b|\ba\s+quoi\s+bon\s+"
    r"(?:les|le|la)\s+garder\b|\bje\s+n'?\s*en\s+(?:ai|aurai)\s+plus\s+besoin\b"
    r"|\bqu'?\s*est-ce\s+que\s+j'?\s*en\s+ferais\b"
    r"|\bne\s+me\s+(?:sont|sert|servent)\s+plus\s+(?:a\s+rien|d'?\s*aucune\s+utilite)\b"
    # (the writer's own part over: "moi c'est fini", not "moi c'est fini les longs trajets")
    r"|\bmoi,?\s+c'?\s*est\s+fini\b(?!\s+(?:les?|la|l'|de|d'|des|du|avec|pour)\b)",
    "it": r"\b(?:a\s+me\s+(?:\w+\s+)?non|non\s+mi)\s+serv(?:e|ono|iranno|ira)(?:\s+piu)?\b"
    r"|\b(?:tanto\s+)?io\s+(?:\w+\s+){0,3}?non\s+ci\s+(?:esco|vado|salgo|gioco|torno)\s+piu\b"
    r"|\bnon\s+(?:mi\s+)?(?:hanno|ha)\s+piu\s+(?:alcun[a]?\s+)?(?:utilita|senso)\b"
    r"|\ba\s+che\s+mi\s+serv\w+\b"
    r"|\bnon\s+l[oaie]\s+(?:uso|usero)\s+piu\b|\bnon\s+ne\s+ho\s+piu\s+bisogno\b",
    "pt": r"\b(?:ja\s+nao|nao)\s+(?:me\s+)?(?:tem|tenho|teem)\s+(?:mais\s+)?(?:serventia|uso"
    r"|utilidade)\b|\bnao\s+vou\s+(?:usar|precisar)\s+mais\b|\bnao\s+vou\s+mais\s+(?:usar|precisar)\b"
    r"|\bnao\s+(?:me\s+)?serv\w+\s+mais\b|\bja\s+nao\s+(?:me\s+)?serv\w+\b"
    r"|\bpra\s+que\s+(?:eu\s+)?(?:quero|vou\s+querer)\b|\bpara\s+que\s+(?:eu\s+)?(?:quero"
    r"|vou\s+querer)\b"
    r"|\bnao\s+(?:me\s+)?(?:fazem|faz|vao\s+fazer|vai\s+fazer)\s+(?:mais\s+)?falta\b",
    "de": r"\bwozu\s+soll\s+ich\s+(?:das|die|den|es|sie|ihn)\s+(?:\w+\s+)?behalten\b"
    r"|\b(?:keine|keinen)\s+(?:verwendung|nutzen|bedarf|gebrauch)\s+mehr\b"
    r"|\bwas\s+soll\s+ich\s+(?:noch\s+)?damit\b|\b(?:ich\s+brauch\w*|brauch(?:e)?\s+ich)\s+"
    r"(?:\w+\s+){0,2}?(?:nix|nichts|nicht)\s+mehr\b",
}
# The writer handing out: "handing my records out to whoever wants them"
_HANDING_OUT = r"\bhand(?:ing|ed)?\s+(?:all\s+)?my\s+(?:\w+\s+){1,2}?out\b"
_LENT = (
    r"borrow\w*|lent|lend\w*|loan\w*|till|until|prestad[oa]s?|prest[eo]|emprest\w*|prestat[oaie]"
    r"|presto|prete|pretee?s?|geliehen|leih\w*|ausgeliehen|hasta|ate|finche|jusqu|bis"
    # … or had for a while or an occasion: the holidays, a wedding, a party
    r"|during|pendant|durante|wa(?:e)?hrend|holidays?|vacances|vacaciones|ferias|ferie|urlaub"
    r"|wedding|mariage|boda|casamento|matrimonio|hochzeit|party|fete|fiesta|festa"
    # … or a clear-out or a sale, or the children grown past the thing
    r"|vide-grenier|brocante|rastrillo|mercadillo|flohmarkt|mercatino|feira|car\s+boot|yard\s+sale"
    r"|garage\s+sale|clear-?out|declutter\w*|entru(?:e)?mpel\w*|sgombero"
    # … or a piece of work handed in: "Handed in my dissertation, I'm done with all of it!"
    r"|handed\s+in|turned\s+in|submitted|dissertation|thesis|essay|assignment|coursework"
    r"|(?:ninos|hijos|bimbi|bambini|kinder|kids|miudos|criancas|enfants|petits)\s+(?:\w+\s+)?"
    r"(?:son|sono|sind|are|sao|estao|sont)\s+(?:ya\s+|gia\s+|schon\s+|deja\s+|ja\s+)?"
    r"(?:mayores|grandes?|grandi|gross|big|grown)"
)
# … or the use given up for a cause of its own, anywhere in the line: a broken thing, a bad knee
_OWN_CAUSE = (
    r"jams?|broken|breaks|kaputt|casse\w*|rot[oa]|quebrad[oa]|knees?|genoux?|rodillas?|joelhos?"
    r"|ginocchi[oa]|knie|espalda|schiena|ru(?:e)?cken"
)
# … or clothes that "no longer serve" in Spanish and Portuguese: they no longer fit ("dei as minhas
# roupas antigas à vizinha, já não me servem"), the "grown out of" of those languages
_CLOTHES_FIT = {
    "es": r"(?![^\n]*\b(?:ropa|zapatos|pantalones|vestidos?|abrigos?|botas|camisas?|faldas?)\b"
    r"[^\n]*\bsirv\w*)",
    "pt": r"(?![^\n]*\b(?:roupas?|sapatos|calcas|vestidos?|casacos?|botas|camisolas?|saias?"
    r"|tenis|sapatilhas)\b[^\n]*\bserv\w*)",
}
# … or told right after the close: "ça ne me servira plus avec mon genou", "… with my back"
_CAUSE_AFTER = r"with|avec|con|com|mit|back|dos|costas"
# The close ends its sentence, or at most three words follow it ("I'm done with it, honestly",
# "para qué la quiero ya"): a longer tail gives the use given up a life of its own ("I've no
# use for them since I took up tennis", "je n'en ai plus besoin, on a un jardinier").
_CLOSE_ENDS = r"(?=(?:[\s,;:-]+[\w'’]+){0,3}\s*(?:$|[.!?)\n]))"


# "where I'm going", "for good": the older giving and no-future families read those sentences
# (as urgent where they are), so this one leaves them to them; but "done with them for good" is
# this family's own close, and it reads it
_READ_ELSEWHERE = (
    r"where\s+i'?m\s+(?:going|headed)|dove\s+vado|donde\s+voy|la\s+ou\s+je\s+vais|onde\s+vou"
    # (not the taker's keeping: "told him to keep them for good", "di tenerli per sempre")
    r"|wo\s+ich\s+hin\w*|(?<!with\sthem\s)(?<!with\sit\s)(?<!with\sboth\s)(?<!keep\sthem\s)"
    r"(?<!keep\sit\s)for\s+good|(?<!tenerli\s)(?<!tenerle\s)(?<!tenerlo\s)(?<!tenerla\s)"
    r"per\s+sempre|para\s+siempre|pour\s+toujours|para\s+sempre"
    r"|fu(?:e)?r\s+immer"
)


def _pattern(lang: str) -> str:
    clear = rf"(?![^\n]*\b(?:{HANDED_ON_REASON[lang]}|{_LENT}|{_READ_ELSEWHERE}|{_OWN_CAUSE})\b)"
    clear += _CLOTHES_FIT.get(lang, "")
    taker = rf"{_DET[lang]}{_CIRCLE[lang]}\b{_S}{{0,30}}?{_TOOK[lang]}|{_NOW_AT[lang]}"
    taker += f"|{_THEIRS_NOW[lang]}"
    giver = rf"(?:{GIVEN[lang]})" + (rf"|{_HANDING_OUT}" if lang == "en" else "")
    return (
        rf"(?:^|(?<=[.!?\n])){clear}{_S}*?(?:{taker}|{giver}){_S}{{0,140}}?(?:{_NO_USE[lang]})"
        rf"(?!{_S}*\b(?:{_CAUSE_AFTER})\b){_CLOSE_ENDS}"
    )


RULES: tuple[Rule, ...] = family(
    "giving_taken",
    "use_over",
    Category.GIVING_AWAY,
    Severity.CONCERN,
    {lang: _pattern(lang) for lang in _CIRCLE},
    {
        "en": "done|finished|no use|what|need|use|using|before the end|any more|anymore|again"
        "|wanting",
        "es": "para que|pa que|pa' que|sirv|serv|usar|uso|necesit|utilidad|sentido",
        "fr": "servir|sert|serv|bon|besoin|ferais|sont plus|fini",
        "it": "serv|uso|usero|bisogno|utilita|senso|esco|vado|salgo|gioco|torno",
        "pt": "usar|precisar|serv|pra que|para que|uso|utilidade|falta",
        "de": "wozu|damit|brauch|mehr",
    },
)

__all__ = ["RULES"]
