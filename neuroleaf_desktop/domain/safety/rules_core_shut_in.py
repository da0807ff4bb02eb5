"""Trapped pain told as a place one is shut in, and no future told as none for oneself.

Why: both are told in images more often than in words. Shut in: a cage, a well, bars, a weight
that stops the breath, a room or a cellar with no door, a mine one is stuck down, and no
bearing it any longer ("non lo reggo più", "já não suporto", "I can't take another day"). No
future: "there's no after for me", "per me non c'è futuro", or oneself not pictured at a point
ahead ("eu nem consigo me imaginar no ano que vem", "try to picture myself next year and
there's just a blank"), or at the time ahead the others are talking of ("my mates talk about
being thirty and I can't picture it for me"). Each family: either order, no negation between
the parts.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    CLAUSE_END,
    LANGS,
    core_family,
    either_order,
)

_CON = Severity.CONCERN

# --- shut in, and no bearing it ---------------------------------------------------------------
_SHUT_IN = {
    "en": r"\b(?:bottom\s+of\s+a\s+(?:well|pit|hole)|(?:in|inside)\s+a\s+(?:cage|cell)(?!\s+of\b)"
    r"|behind\s+bars|weight\s+(?:that|which)\s+(?:won'?t|doesn'?t)\s+let\s+me\s+breathe"
    r"|(?:stuck|trapped)\s+down\s+(?:a|the)\s+(?:\w+\s+)?(?:mine|well|pit|shaft|hole)"
    r"|(?:room|shed|cellar|basement|hole|pit|box|cell)\s+(?:with\s+no|without\s+(?:a|any)?)\s*"
    r"(?:doors?|ladder|exit|windows?)|(?:stuck|trapped),?\s+no\s+way\s+out"
    # walls closed in on the writer, a hole fallen down, glass between the writer and the rest
    r"|walls\s+(?:of\s+(?:[\w']+\s+){1,3})?(?:have\s+|are\s+|'ve\s+)?(?:shut|closed"
    r"|closing|caved)\s+in\s+on\s+me|fell\s+down\s+a\s+(?:\w+\s+)?(?:hole|pit|well|shaft)"
    r"|(?:glass|pane|wall)\s+between\s+me\s+and\s+(?:everything|everyone|everybody|the\s+world"
    r"|the\s+rest))\b",
    "de": r"\b(?:in\s+einem\s+(?:ka(?:e)?fig|loch|gefa(?:e)?ngnis)|hinter\s+gittern|gewicht,?\s+das"
    r"\s+mich\s+nicht\s+atmen\s+la(?:e)?sst|(?:raum|keller|loch|schacht|kammer|schuppen)\s+ohne"
    r"\s+(?:tu(?:e)?r|leiter|ausgang|fenster)|zugemauert\w*|gefangen,?\s+kein\s+ausweg)\b",
    "fr": r"\b(?:dans\s+une\s+(?:cage|prison)|au\s+fond\s+d'?\s*un\s+(?:puits|trou)|derriere\s+des"
    r"\s+barreaux|poids\s+qui\s+(?:ne\s+)?m'?\s*empeche\s+de\s+respirer|(?:piece|cave|trou"
    r"|puits|cellule|hangar)\s+sans\s+(?:porte|echelle|sortie|fenetres?)|porte\s+muree"
    r"|(?:coince|bloque|enferme)e?s?,?\s+(?:pas\s+de|sans)\s+(?:sortie|issue)"
    r"|(?:une|un)\s+(?:vitre|mur)\s+entre\s+moi\s+et\s+(?:tout|le\s+reste|les\s+autres|le\s+monde)"
    # (the wall the image itself, closing its clause: not "le même mur à repeindre")
    r"|(?:chaque|tous\s+les)\s+(?:matin|jour)s?\s+c'\s*est\s+le\s+meme\s+mur(?=\s*(?:$|[.!?,;:\n])))"
    r"\b",
    "es": r"\b(?:en\s+una\s+(?:jaula|carcel)|(?:un|el)\s+peso\s+que\s+no\s+me\s+deja\s+respirar"
    r"|en\s+el\s+fondo\s+de\s+un\s+pozo|(?:me\s+)?(?:encierra|atrapa)\s+como\s+(?:una\s+)?"
    r"(?:jaula|reja|carcel)|(?:cuarto|sotano|hoyo|pozo|galpon|cueva|celda)\s+sin\s+(?:puerta"
    r"|escalera|salida|ventana)s?|puerta\s+tapiada|atrapad[oa],?\s+sin\s+salida)\b",
    "pt": r"\b(?:numa\s+(?:jaula|prisao|cela)|(?:um|o)\s+peso\s+que\s+nao\s+me\s+deixa\s+respirar"
    r"|me\s+prende\s+como\s+(?:uma\s+)?(?:grade|jaula|prisao)|no\s+fundo\s+de\s+um\s+poco"
    r"|(?:quarto|porao|buraco|poco|galpao|cela)\s+sem\s+(?:porta|escada|saida|janela)s?"
    r"|porta\s+emparedada|(?:pres[oa]|trancad[oa]),?\s+sem\s+saida)\b",
    "it": r"\b(?:chius[oa]\s+in\s+una\s+(?:gabbia|prigione|cella)|in\s+fondo\s+a\s+un\s+pozzo"
    r"|(?:un|il)\s+peso\s+che\s+non\s+mi\s+fa\s+respirare|(?:stanza|cantina|buco|pozzo|cella"
    r"|capanno)\s+(?:senza\s+(?:porta|scala|uscita|finestre)|con\s+la\s+porta\s+murata)"
    r"|porta\s+murata|(?:bloccat[oa]|intrappolat[oa]),?\s+senza\s+(?:via\s+d'?\s*)?uscita"
    r"|(?:un|una)\s+(?:ferro|morsa|cappio)\s+che\s+(?:mi\s+)?stringe)\b",
}
_NO_BEARING = {
    "en": r"\bi\s+(?:can'?t|cannot)\s+(?:take|do|face|bear|stand)\s+(?:another|one\s+more)\s+"
    r"(?:day|night|week|minute)\b|\bi\s+(?:can'?t|cannot)\s+(?:get|climb)\s+out\b"
    r"|\bi\s+(?:can'?t|cannot)\s+(?:stand|take|bear)\s+(?:the\s+pain|it)\s+(?:no|any)\s*more\b"
    # (the way out itself, closing the clause: not "the door in the rubble")
    r"|\bi\s+(?:can'?t|cannot)\s+find\s+(?:the|a|any)\s+(?:latch|handle|door|way\s+out|exit|key)"
    r"(?=\s*(?:$|[.!?,;:\n])|\s+(?:out|anywhere)\b)"
    r"|\b(?:crumble|crumbles|give\s+way|gives\s+way)\s+every\s+time\s+i\s+try\s+to\s+(?:climb"
    r"|get\s+out)\b",
    "de": r"\b(?:ich\s+)?halt(?:e)?(?:'?s|\s+es|\s+das)\s+nicht\s+mehr\s+aus\b|\bkomm(?:e)?\s+"
    r"(?:da\s+)?nicht\s+(?:mehr\s+)?raus\b",
    "fr": r"\bje\s+(?:ne\s+)?(?:(?:le|la|les|l'|ca)\s*)?(?:tiens|supporte)\s+plus\b"
    r"|\bj'?\s*en\s+peux\s+plus\b"
    r"|\bje\s+(?:ne\s+)?(?:trouve|vois)\s+pas\s+(?:la\s+)?(?:cle|sortie|porte|poignee)\b"
    r"|\bj'?\s*ai\s+(?:plus|pu)\s+(?:de\s+)?force(?=\s*(?:$|[.!?,;:\n]))",
    "es": r"\bno\s+(?:consigo|puedo)\s+salir\b|\bno\s+(?:aguanto|soporto)\s+mas\b(?!\s+a\s)"
    r"|\bno\s+encuentro\s+(?:la\s+)?(?:llave|salida|puerta)\b",
    "pt": r"\bnao\s+(?:encontro|acho)\s+(?:a\s+)?(?:porta|saida|chave)\b|\b(?:ja\s+)?nao\s+"
    r"(?:suporto|aguento)\b|\bnao\s+consigo\s+sair\b",
    "it": r"\bnon\s+(?:(?:lo|la|li)\s+)?(?:reggo|sopporto|ce\s+la\s+faccio)\s+piu\b"
    r"|\bnon\s+trovo\s+(?:la\s+)?(?:chiave|porta|uscita)\b|\bnon\s+riesco\s+a\s+uscir\w*"
    r"|\buscirne\s+non\s+si\s+puo\b|\bnon\s+si\s+puo\s+uscirne\b|\bnon\s+se\s+ne\s+esce\b",
}

# --- no future for me -------------------------------------------------------------------------
_NO_FUTURE_FOR_ME = {
    "en": r"\bthere(?:'?s|\s+is|\s+ain'?t|\s+isn'?t)\s+(?:no|any)\s+(?:after|future|tomorrow"
    r"|next\s+\w+|[\w-]+\s+(?:years?|months?|plan))\s+for\s+me"
    + CLAUSE_END
    # the next year not seen for the writer, or a future that goes on without them: "I can't
    # see a next year for me", "there's a future out there but I'm not in it"
    + r"|\bi\s+(?:can'?t|cannot|don'?t|do\s+not)\s+see\s+(?:a\s+|any\s+)?next\s+(?:year"
    r"|summer|christmas)"
    r"\s+for\s+me\b"
    r"|\ba\s+future\s+(?:out\s+there|for\s+(?:(?:everyone|everybody)(?:\s+else)?|other\s+people"
    r"|them)),?\s+"
    r"but\s+i'?m\s+not\s+(?:in|part\s+of)\s+it\b"
    + r"|\b(?:stopped\s+)?(?:thinking|planning|caring)\s+(?:about|for)\s+(?:the|a|my)\s+future\b"
    r"[^.!?\n]{0,40}?\bi\s+(?:don'?t|dont|do\s+not)\s+have\s+one\b"
    r"|\bi\s+(?:don'?t|dont|do\s+not)\s+(?:reckon|think|expect|suppose)\s+i'?ll\s+(?:still\s+)?be"
    r"\s+(?:here|around|alive)\s+(?:by\s+then|for\s+(?:it|that|christmas)|much\s+longer"
    r"|that\s+long)\b(?![^\n]{0,80}\b(?:abroad|away|holiday|trip|travel\w*|moving|move|flight"
    r"|until|till|back\s+in|job|uni)\b)",
    "de": r"\bfu(?:e)?r\s+mich\s+gibt\s+(?:es|'?s)\s+kein(?:e|en)?\s+(?:zukunft|morgen|danach)"
    + CLAUSE_END
    # the next year not seen for the writer: "ich seh kein nächstes Jahr für mich"
    + r"|\b(?:ich|i)\s+(?:seh|sehe)\s+(?:\w+\s+)?kein(?:e"
    r"|en)?\s+(?:na(?:e)?chste[sn]?\s+(?:jahr|sommer"
    r"|weihnachten)|zukunft|morgen)\s+(?:mehr\s+)?fu(?:e)?r\s+mich"
    + CLAUSE_END
    + r"|\bich\s+glaub(?:e)?\s+nicht,?\s+dass\s+ich\s+(?:dann|bis\s+dahin)\s+noch\s+(?:da|hier)"
    r"\s+bin\b",
    # ("suite", what comes next: "y a pas de suite pour moi")
    "fr": r"\bpour\s+moi,?\s+(?:il\s+)?(?:n'?\s*)?y\s+a\s+(?:pas|plus|aucune?)\s+(?:d'?\s*|de\s+)?"
    r"(?:avenir|apres|lendemain|suite)"
    + CLAUSE_END
    + r"|\b(?:il\s+)?(?:n'?\s*)?y\s+a\s+(?:pas|plus|aucune?)\s+(?:d'?\s*|de\s+)?(?:avenir|apres"
    r"|lendemain|suite)\s+pour\s+moi" + CLAUSE_END,
    "es": r"\bpara\s+mi,?\s+(?:ya\s+)?no\s+hay\s+(?:futuro|manana|despues)"
    + CLAUSE_END
    + r"|\bno\s+hay\s+(?:futuro|manana|despues|nada\s+(?:adelante|por\s+delante))\s+para\s+mi"
    + CLAUSE_END,
    "pt": r"\bpara\s+mim,?\s+(?:ja\s+)?nao\s+(?:ha|existe|tem)\s+(?:futuro|amanha|depois)"
    + CLAUSE_END
    + r"|\bnao\s+(?:ha|existe|tem)\s+(?:futuro|amanha|depois|nada\s+(?:pela\s+frente|adiante))"
    r"\s+(?:para|pra)\s+mim" + CLAUSE_END,
    "it": r"\bper\s+me\s+non\s+c'?\s*e\s+(?:piu\s+)?(?:futuro|domani|un\s+dopo)"
    + CLAUSE_END
    + r"|\bnon\s+c'?\s*e\s+(?:nessun\s+)?(?:futuro|domani)\s+per\s+me"
    + CLAUSE_END
    + r"|\bnon\s+c'?\s*e\s+(?:nulla|niente)\s+davanti(?:\s+a\s+me)?"
    + CLAUSE_END,
}
# A point ahead, for picturing oneself at it.
_AHEAD = {
    "en": r"(?:next\s+(?:year|month|spring|summer|christmas)|in\s+(?:a|one|two|five|\d+)\s+years?"
    r"(?:\s+time)?|at\s+christmas|at\s+(?:\d\d|thirty|forty|fifty))",
    "de": r"(?:na(?:e)?chstes\s+jahr|im\s+na(?:e)?chsten\s+(?:jahr|sommer|fru(?:e)?hling)"
    r"|in\s+(?:einem|zwei|fu(?:e)?nf|\d+)\s+jahren?|an\s+weihnachten)",
    "fr": r"(?:l'?\s*(?:an|annee)\s+prochaine?|a\s+noel(?:\s+prochain)?|dans\s+(?:un|deux|cinq|\d+)"
    r"\s+ans?|l'?\s*ete\s+prochain)",
    "es": r"(?:el\s+ano\s+que\s+viene|el\s+proximo\s+ano|dentro\s+de\s+(?:un|dos|cinco|\d+)\s+anos?"
    r"|en\s+navidad|el\s+verano\s+que\s+viene)",
    "pt": r"(?:no\s+ano\s+que\s+vem|no\s+proximo\s+ano|daqui\s+a\s+(?:um|dois|cinco|\d+)\s+anos?"
    r"|no\s+natal)",
    "it": r"(?:l'?\s*anno\s+prossimo|il\s+prossimo\s+anno|tra\s+(?:un|due|cinque|\d+)\s+anni?"
    r"|a\s+natale)",
}
# "can't even picture myself next year", said closing its clause (not "… at uni, I'd rather")
_CANT_PICTURE = {
    "en": r"\bi\s+(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?:picture|imagine|see)\s+myself\s+",
    "de": r"\bich\s+kann\s+mich\s+(?:\w+\s+)?nicht\s+(?:mal\s+)?vorstellen,?\s+(?:wie\s+ich\s+)?",
    "fr": r"\b(?:je\s+(?:n'?\s*)?|j'\s*)(?:arrive|peux)\s+(?:pas|meme\s+pas)\s+(?:a\s+)?"
    r"m'?\s*imaginer\s+",
    "es": r"\bno\s+(?:puedo|consigo|logro)\s+(?:ni\s+)?(?:imaginarme|verme)\s+",
    "pt": r"\b(?:nao|nem)\s+(?:consigo|posso)\s+(?:nem\s+)?(?:me\s+imaginar|me\s+ver"
    r"|imaginar-me)\s+",
    "it": r"\bnon\s+riesco\s+(?:nemmeno\s+|neanche\s+)?a\s+(?:immaginarmi|vedermi)\s+",
}
_TRY_PICTURE = {
    "en": r"\b(?:try|tried)\s+to\s+(?:picture|imagine|see)\s+myself\s+",
    "de": r"\bwenn\s+ich\s+(?:versuche,?\s+)?mich\s+",
    "fr": r"\b(?:j'?\s*essaie|quand\s+j'?\s*essaie)\s+de\s+m'?\s*imaginer\s+",
    "es": r"\b(?:intento|cuando\s+intento)\s+(?:imaginarme|verme)\s+",
    "pt": r"\b(?:tento|quando\s+tento)\s+(?:me\s+imaginar|imaginar-me|me\s+ver)\s+",
    "it": r"\b(?:provo|quando\s+provo)\s+a\s+(?:immaginarmi|vedermi)\s+",
}
# --- others speaking of a time ahead, and the writer not pictured there -----------------------
# The time ahead told by the others' talk ("my mates talk about being thirty", "Mes collègues
# parlent des vacances de l'an prochain", "mia madre mi chiede dove vorrò fare l'università"),
# then the writer unable to picture themselves there, then, or at all ("non riesco a vedermi lì",
# "no consigo imaginarme ahí", "j'arrive pas à m'imaginer en février", "I can't picture it for
# me", "so wiit chumm ich gar nöd"). The others' future is the time the writer lacks; alone, "I
# can't see myself there" may be a place one dislikes.
_OTHERS_TALK_AHEAD = {
    "en": r"\b(?:talk(?:s|ing)?|on\s+about|ask(?:s|ed|ing)?\s+me|plan(?:s|ning)?|doing)\b"
    r"[^.!?\n]{0,60}?"
    r"\b(?:next\s+(?:year|summer|month)|thirty|forty|fifty|retire\w*|uni(?:versity)?|college"
    r"|the\s+summer|five-year|\w+-year\s+plans?|wedding|holidays?)\b",
    "de": r"\b(?:reden|redet|sprechen|spricht|fragen|fragt|planen|plant)\b[^.!?\n]{0,60}?"
    r"\b(?:na(?:e)?chste\w*\s+jahr|rente|pension\w*|studium|uni|urlaub|sommer)\b"
    r"|\b(?:vo|von)\s+(?:de|der)\s+(?:pension\w*|rente)\s+(?:redet|reden)\b",
    "fr": r"\b(?:parlent|parle|demandent|demande|prevoient|prevoit)\b[^.!?\n]{0,60}?"
    r"\b(?:l'?\s*an(?:nee)?\s+prochaine?|retraite|fac|universite|vacances|ete\s+prochain)\b",
    "es": r"\b(?:hablan|habla|preguntan|pregunta|planean|planea)\b[^.!?\n]{0,60}?"
    r"\b(?:ano\s+que\s+viene|proximo\s+ano|jubila\w*|universidad|facultad|verano|viaje)\b",
    "pt": r"\b(?:falam|fala|perguntam|pergunta|planeiam|planejam)\b[^.!?\n]{0,60}?"
    r"\b(?:ano\s+que\s+vem|proximo\s+ano|aposentadoria|reforma|faculdade|universidade|ferias"
    r"|verao)\b",
    "it": r"\b(?:parlano|parla|chiede|chiedono|progettano)\b[^.!?\n]{0,60}?"
    r"\b(?:anno\s+prossimo|pensione|universita|estate|vacanze)\b",
}
# ... the writer not pictured there: "there", "then", a month, "for me", or nothing more
_THERE_THEN = (
    r"(?:(?:ahi|alli|ali|la|li|there|dort|then|alors|entonces|allora|en\s+\w+|in\s+\w+|a\s+\w+"
    r"|na\s+\w+|im\s+\w+)\b)?"
)
# (a reason of the writer's own given after it is a dislike, not the time lacking: "I can't see
# myself there, I hate cities", "… parce que c'est trop cher")
_A_REASON = (
    r"hate|don'?t\s+like|afford|not\s+(?:smart|clever|good)\s+enough|because|cos|coz|parce\s+que"
    r"|porque|perche|weil|trop\s+cher|demasiado\s+caro|troppo\s+car[oa]|zu\s+teuer"
)
# The writer among the planners ("we're planning to move to Leeds next year, I can't see myself
# there"): the plan is theirs too, and "there" is its place, not a future without them.
_WRITER_NOT_PLANNING = {
    "en": r"(?![^.!?\n]*?\b(?:we|i)(?:'re|'m|\s+are|\s+am|\s+were|\s+was)?\s+(?:\w+\s+)?"
    r"(?:plan(?:s|ned|ning)?|talk(?:s|ed|ing)?\s+about)\s+(?:to\s+)?(?:mov(?:e|ing)|relocat\w*)\b)",
}
_NOT_ME_THERE = {
    lang: rf"(?:{_CANT_PICTURE[lang]}){_THERE_THEN}{CLAUSE_END}(?![^.!?\n]*\b(?:{_A_REASON})\b)"
    for lang in _CANT_PICTURE
}
_NOT_ME_THERE["en"] += (
    r"|\bi\s+(?:honestly\s+|just\s+|really\s+)?(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?:picture"
    r"|imagine|see|make\s+a\s+picture\s+of|get\s+a\s+picture\s+of)\s+(?:it|that)\b[^.!?\n]{0,30}?"
    r"\bfor\s+me\b"
    # nothing of the writer's own ahead: "mine's got nowt in it past Christmas"
    r"|\bmine(?:'s|\s+has)\s+got\s+(?:nowt|nothing)\s+in\s+it\b"
)
_NOT_ME_THERE["de"] += (
    r"|\bso\s+w(?:ei|ii)t\s+(?:komm|komme|chumm|chume)\s+(?:ich|i)\s+(?:gar\s+)?(?:nicht|nid|nod"
    r"|noed|net)\b"
)
_BLANK = {
    "en": r"\b(?:just\s+)?(?:a\s+)?(?:blank|void|nothing\s+there|black)\b",
    "de": r"\b(?:nur\s+)?(?:leere|nichts|schwarz)\b",
    "fr": r"\b(?:juste\s+)?(?:un\s+)?(?:grand\s+)?(?:vide|rien|noir)\b",
    "es": r"\b(?:solo\s+)?(?:un\s+)?(?:vacio|nada|negro)\b",
    "pt": r"\b(?:so\s+)?(?:um\s+)?(?:vazio|nada|branco)\b",
    "it": r"\b(?:solo\s+)?(?:un\s+)?(?:vuoto|nulla|niente|buio)\b",
}


RULES: tuple[Rule, ...] = (
    core_family(
        "shut_in_no_bearing",
        Category.TRAPPED_PAIN,
        _CON,
        # shut in first, then a pain clause that may hold its own "not" ("un male che non
        # molla", "essa dor não larga de mim"), then no bearing it
        {
            lang: rf"(?:{_SHUT_IN[lang]})[^.!?\n]{{0,90}}?(?:{_NO_BEARING[lang]})|"
            + either_order(lang, _SHUT_IN[lang], _NO_BEARING[lang], 90)
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "well|pit|hole|cage|cell|box|bars|breath|kafig|kaefig|loch|gefa|gitter"
            r"|atmen|puits|trou|prison|barreaux|respir|jaula|carcel|pozo|reja|prisao"
            r"|grade|gabbia|prigione|cella|pozzo|mine|door|ladder|way out|ohne|zugemauert"
            r"|ausweg|sans|muree|sin |tapiada|sem |emparedada|senza|murata|sortie|issue|salida"
            r"|saida|uscita|walls|fell down|between me|vitre|mur|ferro|morsa|cappio",
        ),
    )
    + core_family(
        "no_future_for_me",
        Category.NO_FUTURE,
        _CON,
        _NO_FUTURE_FOR_ME,
        dict.fromkeys(
            LANGS,
            "for me|future|reckon|think|expect|suppose|fur mich|fuer mich|glaub|mich"
            r"|pour moi|para mi|pra mim|per me|davanti",
        ),
    )
    + core_family(
        "cant_picture_ahead",
        Category.NO_FUTURE,
        _CON,
        {
            lang: rf"(?:{_CANT_PICTURE[lang]}){_AHEAD[lang]}{CLAUSE_END}|"
            + either_order(
                lang, rf"(?:{_TRY_PICTURE[lang]})(?:\w+\s+){{0,2}}?{_AHEAD[lang]}", _BLANK[lang], 60
            )
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS, "picture|imagine|see myself|vorstell|mich |imagin|verme|me ver|immaginar|vedermi"
        ),
    )
    + core_family(
        "others_ahead_not_me",
        Category.NO_FUTURE,
        _CON,
        {
            # (read from the sentence's start: the others named before their talk are its
            # speakers, and the writer's part names the writer)
            lang: rf"(?:^|(?<=[.!?\n])){_WRITER_NOT_PLANNING.get(lang, '')}[^.!?\n]*?"
            rf"(?:{_OTHERS_TALK_AHEAD[lang]})[^.!?\n]{{0,90}}?(?:{_NOT_ME_THERE[lang]})"
            for lang in LANGS
        },
        {
            "en": "talk|on about|ask|plan|doing",
            "de": "rede|sprech|spricht|frag|plan",
            "fr": "parle|demand|prevo",
            "es": "habla|pregunta|plane",
            "pt": "fala|pergunta|plane",
            "it": "parla|chied|progett",
        },
    )
)

__all__ = ["RULES"]
