"""A plan told by a place of falling or water, a time, and the matter said settled, in six
languages.

Why: ``rules_plan_decided`` reads a time opening the sentence and a bare decision closing it
("after the harvest, that's when"). Writers also name where (a bridge, a river, a lookout) and
when (after an event, a month, at night) in any order, and close on the matter settled rather
than decided: "The old railway bridge, after graduation, I've thought it through", "After my
sister's wedding I'll go up to the quarry lookout and that's the end of it", "Cuando pasen las
fiestas me voy al río de noche, así quedó", "Wenn das Volksfest vorbei ist, dann die Donau, in
der Nacht, so hab ich's mir ausgemacht", "Après la fête du village, le pont, la nuit, c'est
réglé", "Depois do São João, a ponte, de noite, ficou assim", "Dopo la sagra, il ponte sul
fiume, di notte, ci ho pensato bene".

Each form needs the place, the time and the settling at the sentence's end. Company ("we",
"with Sam"), a purpose (photos, a swim, fishing, a walk) or a plan for something else named
("the bridge toll", "the river cruise") make it an outing, and the sentence is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_OPEN = r"(?:^|(?<=[.!?\n]))\s*"
# an outing: company, a purpose, or the place as a thing to use or see
_OUTING = (
    r"(?!" + _S + r"*\b(?:we|we'?ll|us|our|with\s+(?:\w+)|photos?|pictures?|sunset|sunrise|picnic"
    r"|swim\w*|fish\w*|walk\w*|run\w*|hike|hiking|cruise|toll|kayak\w*|paddl\w*|boat\w*|view"
    r"|wir|uns|unser\w*|mit\s+(?:\w+)|fotos?|sonnenuntergang|picknick|schwimm\w*|angeln|spazier\w*"
    r"|wander\w*|nous|on\s+va|avec|photos?|coucher|pique-nique|nag\w*|peche|balade|promenade"
    r"|randonnee|nosotros|vamos|con\s+(?:\w+)|fotos?|atardecer|picnic|nad\w*|pesca\w*|pasear"
    r"|paseo|caminata|nos|vamos|com\s+(?:\w+)|por\s+do\s+sol|piquenique|passeio|caminhada|noi"
    r"|andiamo|insieme|foto|tramonto|nuot\w*|passeggiat\w*|escursione|gita|crociera|pedaggio"
    # … or an errand or a deal over the place: "selling the river paddock", "the bridge loan"
    r"|sell\w*|sold|buy\w*|bought|fix\w*|repair\w*|paint\w*|build\w*|loan|mortgage|rent\w*"
    r"|lease|paperwork|kauf\w*|verkauf\w*|reparier\w*|miet\w*|vend\w*|achet\w*|repar\w*"
    r"|lou\w*|compr\w*|arregl\w*|alquil\w*|arrend\w*|consert\w*|aluga\w*|ripar\w*|affitt\w*"
    r"|mutuo|prestito|prestamo|hipoteca|emprestimo|credito|kredit|pret)\b)"
)
_PLACE = {
    "en": r"bridge|river|lookout|cliffs?|quarry|gorge|dam|railway\s+tracks|tracks|viaduct|pier"
    r"|overpass",
    "de": r"\w*bru(?:e)?cke|fluss|donau|rhein|elbe|main|isar|inn|klippe\w*|steinbruch|gleise"
    r"|talsperre|staumauer|viadukt",
    "fr": r"pont|riviere|fleuve|seine|loire|rhone|falaises?|viaduc|voies|barrage|carriere",
    "es": r"puente|rio|mirador|acantilado|presa|vias|viaducto|barranco",
    "pt": r"ponte|rio|falesia|viaduto|linha\s+do\s+comboio|barragem|pedreira|tejo|douro",
    "it": r"ponte|fiume|tevere|arno|scogliera|viadotto|binari|diga|cava|burrone",
}
_TIME = {
    "en": r"after|once|when|tonight|at\s+night|in\s+(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)",
    "de": r"nach|wenn|sobald|heute\s+nacht|in\s+der\s+nacht|nachts|im\s+(?:januar|februar"
    r"|ma(?:e)?rz|april|mai|juni|juli|august|september|oktober|november|dezember)",
    "fr": r"apres|quand|une\s+fois|cette\s+nuit|la\s+nuit|de\s+nuit|en\s+(?:janvier|fevrier|mars"
    r"|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    "es": r"despues\s+de|cuando|esta\s+noche|de\s+noche|en\s+(?:enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)",
    "pt": r"depois\s+d[aoe]s?|quando|esta\s+noite|de\s+noite|a\s+noite|em\s+(?:janeiro|fevereiro"
    r"|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)",
    "it": r"dopo|quando|finit[aeio]|stanotte|di\s+notte|a\s+(?:gennaio|febbraio|marzo|aprile"
    r"|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
}
_SETTLED = {
    "en": r"i'?ve\s+thought\s+it\s+(?:all\s+)?(?:through|out)|and\s+that'?s\s+the\s+end\s+of\s+it"
    r"|(?:it'?s|that'?s)\s+settled|my\s+mind\s+is\s+set",
    "de": r"so\s+hab(?:e)?\s+ich(?:'?s|\s+es)\s+(?:mir|ma|mia)\s+ausgemacht"
    r"|(?:ich\s+)?hab(?:e)?(?:\s+es|'s)\s+mir\s+(?:gut|genau)\s+u(?:e)?berlegt"
    r"|so\s+ist\s+es\s+ausgemacht|und\s+dann\s+ist\s+schluss",
    "fr": r"c'\s*est\s+(?:regle|tout\s+reflechi)|j'\s*ai\s+tout\s+(?:pense|prevu|reflechi)"
    r"|et\s+puis\s+c'\s*est\s+fini",
    "es": r"asi\s+(?:quedo|queda)|(?:ya\s+)?(?:lo\s+)?tengo\s+(?:todo\s+)?pensado|(?:ya\s+)?esta"
    r"\s+(?:todo\s+)?pensado|y\s+se\s+acabo",
    "pt": r"ficou\s+assim|(?:ja\s+)?(?:esta|tenho)\s+tudo\s+pensado|e\s+pronto,?\s+acabou"
    r"|esta\s+resolvido",
    "it": r"ci\s+ho\s+pensato\s+bene|(?:ho\s+)?(?:gia\s+)?pensato\s+a\s+tutto|cosi\s+(?:e\s+"
    r"deciso|ho\s+deciso|resta)|e\s+finita\s+li",
}
_END = r"(?=\s*(?:$|[.!?\n]))"


def _settled(lang: str) -> str:
    """The sentence: the place and the time in either order, then the settling at its end."""
    place, time = _PLACE[lang], _TIME[lang]
    return (
        rf"{_OPEN}{_OUTING}(?:{_S}{{0,80}}?\b(?:{place})\b{_S}{{0,80}}?\b(?:{time})\b"
        rf"|{_S}{{0,80}}?\b(?:{time})\b{_S}{{0,80}}?\b(?:{place})\b){_S}{{0,60}}?,?\s*"
        rf"(?:{_SETTLED[lang]}){_END}"
    )


# --- a day marked, and others left covered after it -------------------------------------------
# "Circled the 28th on the calendar, after the last pay goes in so my roommates aren't short":
# the day chosen with the writer's share settled first; a party, a trip or a payday treat is
# a day looked forward to.
_NOT_AN_EVENT = (
    r"(?!" + _S + r"*\b(?:party|birthday|trip|holiday|concert|match|snacks?|present|gift|feier"
    r"|geburtstag|reise|urlaub|konzert|fete|anniversaire|voyage|vacances|concert|fiesta"
    r"|cumpleanos|viaje|vacaciones|concierto|festa|aniversario|viagem|ferias|compleanno"
    r"|viaggio|vacanz\w*|concerto|move|moving|van|umzug|demenag\w*|mudanza|mudanca|trasloco)\b)"
)
_DAY_MARKED = {
    "en": r"\b(?:circled|marked|picked|chose|ringed)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b",
    "de": r"\b(?:den\s+)?\d{1,2}\.?\s+(?:im\s+kalender\s+)?(?:eingekreist|angekreuzt|markiert)\b",
    "fr": r"\b(?:entoure|coche|marque|choisi)\s+le\s+\d{1,2}\b",
    "es": r"\b(?:marque|rodee|encerre\s+en\s+un\s+circulo|elegi)\s+el\s+(?:dia\s+)?\d{1,2}\b",
    "pt": r"\b(?:marquei|circulei|escolhi)\s+o\s+dia\s+\d{1,2}\b",
    "it": r"\b(?:cerchiato|segnato|scelto)\s+il\s+\d{1,2}\b",
}
_OTHERS_COVERED = {
    "en": r"\bso\s+(?:that\s+)?(?:my\s+|the\s+)?\w+\s+(?:aren'?t|isn'?t|won'?t\s+be|wouldn'?t\s+be"
    r"|are\s+not|is\s+not)\s+(?:left\s+)?(?:short|out\s+of\s+pocket|stuck\s+with\s+(?:the\s+)?"
    r"(?:rent|bills))\b",
    "de": r"\bdamit\s+(?:meine\s+|die\s+)?\w+\s+nicht\s+(?:knapp\s+(?:sind|dran\s+sind)"
    r"|auf\s+der\s+miete\s+sitzen\s+bleiben)\b",
    "fr": r"\bpour\s+que\s+(?:mes|ma|mon|les)\s+\w+\s+ne\s+soi(?:en)?t\s+pas\s+a\s+court\b",
    "es": r"\bpara\s+que\s+(?:mis|mi|los|las)\s+(?:\w+\s+){1,3}?no\s+se\s+queden?\s+(?:cortos?"
    r"|sin\s+(?:el\s+)?alquiler)\b",
    "pt": r"\bpara\s+(?:os\s+|as\s+)?(?:meus\s+|minhas\s+)?(?:\w+\s+){1,3}?nao\s+ficarem\s+"
    r"(?:apertad[oa]s|a\s+descoberto|sem\s+a\s+renda)\b",
    "it": r"\b(?:cosi|perche)\s+(?:i\s+miei|le\s+mie|mia|mio)\s+\w+\s+non\s+rest(?:ano|ino)\s+"
    r"(?:scopert[ie]|a\s+secco|senza\s+affitto)\b",
}

# --- a time, then the ending with nothing ended named, or the bare act and its day chosen -------
# "After the footy final I'll end it at the old jetty", "Nach dem Stadtfest, am Samstag, dann mach
# ich Schluss", "Depois do Carnaval acabo com tudo no cais", "dopo la sagra la faccio finita al
# molo", "Once Easter's over I'm going to do it, the day's chosen". What is ended or done is
# never named: an ending *with* someone or something ("end it with Tom", "Schluss mit dem
# Rauchen", "acabar con todo el papeleo"), for today, or at a pub or a party is an ordinary one.
_ORDINARY_END = (
    r"(?!" + _S + r"*\b(?:with|mit|avec|con\s+(?:el|la|los|las|mi|mis|este|esta|ese|esa)"
    r"|com\s+(?:o|a|os|as|este|esta|isso|isto)|todo\s+(?:el|la|los|las|lo|esto|eso)"
    r"|tudo\s+(?:o|a|os|as|isto|isso)|for\s+(?:today|now|the\s+day|good\s+with)|fu(?:e)?r\s+heute"
    r"|pour\s+aujourd|por\s+hoy|por\s+hoje|per\s+oggi|pub|bar|party|gig|concert|show|kneipe"
    r"|feierabend|fete|soiree|fiesta|festa|concierto|concerto|shift|dienst|schicht|contract"
    r"|vertrag|contrat|contrato|contratto|relationship|beziehung)\b)"
)
_ENDING = {
    "en": r"i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna)\s+end\s+it(?:\s+all)?",
    "de": r"(?:dann\s+)?mach(?:e)?\s+ich\s+schluss",
    "fr": r"j'\s*en\s+finirai|je\s+vais\s+en\s+finir",
    "es": r"acabare\s+con\s+todo|voy\s+a\s+acabar\s+con\s+todo",
    "pt": r"acabo\s+com\s+tudo|vou\s+acabar\s+com\s+tudo",
    "it": r"la\s+faccio\s+finita",
}
# a place after the ending, said briefly: "down at the boat ramp", "au port", "no cais"
_WHERE = (
    r"(?:\s+(?:down\s+|out\s+|up\s+)?(?:at|by|on|off|in|am|an|auf|bei|au|a|sur|en|no|na|al|sul"
    r"|nel|nella)\b" + _S + r"{0,40}?)?"
)
_DAY_CHOSEN = {
    "en": r"(?:i'm\s+going\s+to|i'?ll|i'm\s+gonna)\s+do\s+it,?\s+(?:the\s+)?(?:date|day)"
    r"(?:'s|\s+is)"
    r"\s+(?:picked|chosen|set)",
    "de": r"mach\s+ich(?:'s|\s+es),?\s+der\s+tag\s+steht(?:\s+fest)?",
    "fr": r"je\s+le\s+ferai,?\s+(?:la\s+date|le\s+jour)\s+est\s+(?:choisie?|fixee?)",
    "es": r"lo\s+hare,?\s+(?:ya\s+)?(?:tengo\s+el\s+dia|la\s+fecha\s+esta\s+(?:elegida|decidida))",
    "pt": r"vou\s+fazer\s+isso,?\s+(?:a\s+data|o\s+dia)\s+(?:ja\s+)?esta\s+(?:escolhid[oa]"
    r"|marcad[oa])",
    "it": r"lo\s+faccio,?\s+(?:la\s+data|il\s+giorno)\s+e\s+(?:scelt[oa]|fissat[oa])",
}

_NAME = "plan_settled"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "place_time_settled",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _settled(lang) for lang in _PLACE},
    {
        "en": "thought|end of|settled|set",
        "de": "ausgemacht|berlegt|schluss",
        "fr": "regle|reflechi|pense|prevu|fini",
        "es": "quedo|queda|pensado|acabo",
        "pt": "assim|pensado|acabou|resolvido",
        "it": "pensato|deciso|resta|finita",
    },
)

RULES += family(
    _NAME,
    "day_marked_covered",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: rf"{_NOT_AN_EVENT}(?:{_DAY_MARKED[lang]}){_S}{{0,100}}?(?:{_OTHERS_COVERED[lang]})"
        for lang in _DAY_MARKED
    },
    {
        "en": "short|pocket|stuck",
        "de": "knapp|sitzen",
        "fr": "court",
        "es": "cort|alquiler",
        "pt": "apertad|descoberto|renda",
        "it": "scopert|secco|affitto",
    },
)

RULES += family(
    _NAME,
    "time_then_ending",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: rf"\b(?:{_TIME[lang]})\b{_S}{{0,100}}?\b{_ORDINARY_END}(?:{_ENDING[lang]}"
        rf"|{_DAY_CHOSEN[lang]}){_WHERE}{_END}"
        for lang in _ENDING
    },
    {
        "en": "end it|do it",
        "de": "schluss|mach ich",
        "fr": "finir|ferai",
        "es": "todo|hare",
        "pt": "tudo|fazer",
        "it": "finita|faccio",
    },
)

__all__ = ["RULES"]
