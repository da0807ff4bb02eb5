"""A plan told by a time fixed by an event and a bare decision, the act left unsaid, in six
languages.

Why: ``rules_plan_when_over`` reads an event's end followed by "then it is the moment". A
writer who has settled on a plan also closes the time with the decision alone, or with where
or what they already know, and says nothing of what it is:

* "After my cousin's christening in May, that's when", "Once the lambing's done, I've made up
  my mind", "Nach der Kirmes, wenn alle wieder daheim sind, dann ist es so weit", "Après les
  vendanges, quand le village sera vide, je sais où j'irai", "Cuando pasen los carnavales, ese
  día ya lo tengo decidido", "Depois da festa da aldeia, já decidi que é nessa semana", "Dopo
  la sagra, quando i turisti se ne vanno, so già cosa fare";
* the decision may be followed by the reason for the timing, that nobody's day is spoilt: "…,
  that's when, so I don't ruin her day", "…, para no arruinarle la boda".

The decision closes the sentence: "…, that's when we'll move", "… je sais où j'irai : chez ma
tante" or "… ho deciso di iscrivermi in palestra" name what was decided. A named purpose (a
move, a trip, a start, a course, a baby) or a glad "finally" ("endlich", "enfin", "por fin")
says the moment is something looked forward to, and the sentence is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_OPEN = r"(?:^|(?<=[.!?\n]))\s*"
# A named purpose for the moment, or a moment looked forward to.
_PURPOSE = (
    r"(?!" + _S + r"*\b(?:mov(?:e|ing)|trip|holiday|vacation|operation|surgery|baby|start\w*"
    r"|sale|propos\w*|launch|interview|course|gym|diet|quit\w*|finally|umzug|umziehen|reise"
    r"|urlaub|baby|anfang|anfangen|kurs|endlich|demenag\w*|voyage|vacances|bebe|commenc\w*"
    r"|cours|enfin|mudanza|mudarnos|mudo|viaje|vacaciones|empez\w*|curso|por\s+fin|mudanca"
    r"|mudar|viagem|ferias|comec\w*|finalmente|trasloco|viaggio|vacanz\w*|inizi\w*|corso"
    r"|bimbo|bimba|palestra"
    # going somewhere to see or do something: "il porto per vedere le navi", "to watch the boats"
    r"|to\s+(?:see|watch|visit|meet)|um\s+(?:\w+\s+){0,3}?zu\s+(?:sehen|besuchen)|pour\s+(?:voir"
    r"|visiter)|para\s+(?:ver|visitar)|per\s+(?:vedere|visitare))\b)"
)
# --- the time: after an event, once or when it is over, on a day or in a month -------------------
_TIME = {
    "en": r"after|once|when|on\s+(?:my|his|her|our|the)\b|in\s+(?:january|february|march|april"
    r"|may|june|july|august|september|october|november|december)\b",
    "de": r"nach|wenn|sobald|am\s+\w+tag|im\s+(?:januar|februar|ma(?:e)?rz|april|mai|juni|juli"
    r"|august|september|oktober|november|dezember)\b|an\s+(?:meinem|seinem|ihrem)",
    "fr": r"apres|quand|une\s+fois\s+(?:que|qu')|le\s+jour\s+d[eu]|en\s+(?:janvier|fevrier|mars"
    r"|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b",
    "es": r"despues\s+de|cuando|el\s+dia\s+de|en\s+(?:enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|octubre|noviembre|diciembre)\b",
    "pt": r"depois\s+d[aoe]s?|quando|no\s+dia\s+d[aoe]s?|em\s+(?:janeiro|fevereiro|marco"
    r"|abril|maio|junho"
    r"|julho|agosto|setembro|outubro|novembro|dezembro)\b",
    "it": r"dopo|quando|finit[aeio]|il\s+giorno\s+d\w*|a\s+(?:gennaio|febbraio|marzo|aprile|maggio"
    r"|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b",
}
# --- the bare decision, or what the writer already knows ------------------------------------------
_DECIDED = {
    "en": r"(?:then\s+)?(?:that'?s\s+(?:when|the\s+day|the\s+night)|that'?ll\s+be\s+(?:when"
    r"|the\s+day)|then\s+it'?s\s+time|i'?ve\s+made\s+up\s+my\s+mind|my\s+mind'?s\s+made\s+up"
    r"|it'?s\s+decided|i'?ve\s+decided|i\s+know\s+(?:where\s+i'?(?:ll|m)\s+(?:go|going|be\s+going)"
    r"|where\s+to\s+go|what\s+i'?(?:ll|m\s+going\s+to)\s+do|what\s+to\s+do))",
    "de": r"(?:dann\s+)?(?:ist|is)\s+es\s+so\s+weit|(?:dann\s+)?steht\s+es\s+fest|es\s+ist\s+"
    r"entschieden|ich\s+hab(?:e)?\s+mich\s+entschieden|ich\s+wei(?:ss|s)\s+(?:schon\s+|genau\s+)?"
    r"(?:wohin\s+ich\s+(?:gehe|geh|fahre|fahr)|was\s+ich\s+(?:tue|tu|mache|mach)"
    r"|was\s+zu\s+tun\s+ist)",
    "fr": r"je\s+sais\s+(?:deja\s+|bien\s+)?(?:ou\s+j'\s*irai|ou\s+aller|ce\s+que\s+je\s+"
    r"(?:ferai|vais\s+faire)|quoi\s+faire)|c'\s*est\s+decide|j'\s*ai\s+(?:pris\s+ma\s+decision"
    r"|decide)|ma\s+decision\s+est\s+prise",
    "es": r"(?:ese\s+(?:dia|fin\s+de\s+semana)\s+)?ya\s+(?:lo\s+)?(?:tengo\s+decidido|decidi)"
    r"|(?:ya\s+)?esta\s+decidido|ya\s+se\s+(?:que\s+hacer|lo\s+que\s+voy\s+a\s+hacer"
    r"|(?:a\s*)?donde\s+(?:ir|voy\s+a\s+ir|ire))",
    "pt": r"ja\s+decidi(?:\s+que\s+(?:e|vai\s+ser)\s+(?:nessa|naquela)\s+(?:semana|noite"
    r"|altura))?|esta\s+decidido|ja\s+sei\s+(?:o\s+que\s+fazer|(?:para\s+)?onde\s+(?:vou|ir))",
    "it": r"so\s+(?:gia\s+|bene\s+)?(?:cosa\s+fare|dove\s+andare|dove\s+andro|cosa\s+faro)"
    r"|(?:ho\s+(?:gia\s+)?deciso|e\s+deciso)",
}
# --- at most the reason for the timing: nobody's day spoilt ---------------------------------------
_NOT_SPOIL = {
    "en": r"(?:,?\s*so\s+(?:that\s+)?(?:i\s+don'?t|i\s+won'?t|it\s+doesn'?t|it\s+won'?t)\s+"
    r"(?:ruin|spoil|wreck)\s+(?:\w+\s+){0,2}?(?:day|wedding|party|christmas|birthday|do))?",
    "de": r"(?:,?\s*damit\s+ich\s+(?:\w+\s+){1,3}?(?:nicht\s+)?verderbe)?",
    "fr": r"(?:,?\s*pour\s+ne\s+pas\s+(?:lui\s+|leur\s+)?gacher\s+(?:\w+\s+){0,2}?\w+)?",
    "es": r"(?:,?\s*para\s+no\s+(?:arruinar|estropear|fastidiar)(?:le|les)?\s+(?:\w+\s+){0,2}?"
    r"\w+)?",
    "pt": r"(?:,?\s*para\s+nao\s+(?:lhe\s+|lhes\s+)?estragar\s+(?:\w+\s+){0,2}?\w+)?",
    "it": r"(?:,?\s*per\s+non\s+(?:rovinar(?:le|gli)?|guastar(?:le|gli)?)\s+(?:\w+\s+){0,2}?\w+)?",
}
_SENTENCE_END = r"(?=\s*(?:$|[.!?\n]))"
# A decision reached by thinking or seeing, not a moment waited for: "after a long talk", "when
# it comes to the paint", "quand j'ai vu le prix", "nach langem Nachdenken".
_DELIBERATED = (
    r"(?!" + _S + r"{0,90}?\b(?:talk\w*|think\w*|thought|comes?\s+to|saw|seen|read\w*|look\w*"
    r"|price|nachdenken|gesprach\w*|gesehen|gelesen|reflechi\w*|vu|lu|pense|visto|leido"
    r"|pensarlo|pensado|hable|conversa\w*|pensei|li|vi|ragionato|pensato|parlato|letto)\b)"
)


def _decided(lang: str) -> str:
    """The sentence: the time (at most a place before it), a comma, the decision, its end."""
    return (
        rf"{_OPEN}{_PURPOSE}{_DELIBERATED}(?:[\w'-]+\s+){{0,4}}?(?:{_TIME[lang]})\b{_S}{{2,90}}?,\s*"
        rf"(?:{_DECIDED[lang]}){_NOT_SPOIL[lang]}{_SENTENCE_END}"
    )


# --- a time, then going out to the end of a pier, or out there alone -----------------------------
# "Once the harvest's in, I'm going out to the end of the jetty", "Nach der Kirmes geh ich ans
# Ende der Mole", "Gorges du Verdon le jour de mon anniversaire, j'irai seule là-bas"; what the
# going is for, named after it ("… to fish", "… with the dog"), makes it an outing.
_TO_THE_END = {
    "en": r"(?:i'?m\s+going|i'?ll\s+(?:go|walk|drive|head)|i\s+will\s+(?:go|walk|drive|head))\s+"
    r"(?:out\s+)?to\s+the\s+(?:very\s+)?end\s+of\s+the\s+(?:breakwall|breakwater|pier|jetty|mole"
    r"|wharf|groyne|sea\s*wall)",
    "de": r"(?:geh|gehe|fahr|fahre|lauf|laufe)\s+ich\s+(?:\w+\s+)?(?:ans|bis\s+ans)\s+ende\s+"
    r"(?:der|des)\s+(?:mole|stegs?|piers?|kais?|buhne|wellenbrechers?)",
    "fr": r"j'\s*irai\s+(?:seule?\s+)?(?:jusqu'\s*)?au\s+bout\s+de\s+la\s+(?:jetee|digue|mole)",
    "es": r"(?:ire|voy\s+a\s+ir)\s+(?:sol[oa]\s+)?hasta\s+el\s+(?:final|fondo)\s+del\s+"
    r"(?:espigon|muelle|malecon|rompeolas|dique)",
    "pt": r"(?:vou|irei)\s+(?:sozinh[oa]\s+)?ate\s+ao\s+(?:fim|fundo)\s+d[oa]\s+(?:paredao|molhe"
    r"|pontao|cais|quebra-mar)",
    "it": r"(?:andro|vado)\s+(?:da\s+sol[oa]\s+)?(?:fino\s+)?in\s+fondo\s+al\s+(?:molo|pontile"
    r"|frangiflutti)",
}
_ALONE_THERE = {
    "en": r"i'?ll\s+(?:drive|go|walk|head|hike|ride)\s+(?:out\s+|up\s+|down\s+)?there\s+(?:alone"
    r"|on\s+my\s+own|by\s+myself)",
    "de": r"(?:fahr|fahre|geh|gehe)\s+ich\s+(?:da\s+)?allein\w*\s+(?:hin|raus)",
    "fr": r"j'\s*irai\s+(?:la-bas\s+)?seule?(?:\s+la-bas)?",
    "es": r"(?:ire|voy\s+a\s+ir)\s+(?:sol[oa]\s+(?:hasta\s+)?alli|hasta\s+alli\s+sol[oa])",
    "pt": r"(?:vou|irei)\s+(?:sozinh[oa]\s+ate\s+la|ate\s+la\s+sozinh[oa])",
    "it": r"(?:andro|vado)\s+(?:da\s+sol[oa]\s+(?:fin\s+)?la|(?:fin\s+)?la\s+da\s+sol[oa])",
}
_PLACE = {
    "en": r"canyon|gorge|falls|cliffs?|quarry|lookout|headland|bluff|bridge|dam",
    "de": r"\w*(?:schlucht|klamm|wasserfall|klippe\w*|steinbruch|bru(?:e)?cke|staumauer)",
    "fr": r"gorges?|chutes?|falaises?|carriere|belvedere|pont|barrage|canyon",
    "es": r"canon|barranco|cascada|acantilado|cantera|mirador|puente|presa",
    "pt": r"desfiladeiro|cascata|falesia|pedreira|miradouro|ponte|barragem|canhao",
    "it": r"gola|forra|cascata|scogliera|cava|belvedere|ponte|diga|canyon",
}
_DAY_OR_TIME = {
    "en": r"on\s+my\s+birthday|on\s+\w+day|after\s+dark|at\s+(?:dawn|dusk|night)|tonight"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)",
    "de": r"an\s+meinem\s+geburtstag|am\s+\w+tag|nach\s+einbruch\s+der\s+dunkelheit|im\s+\w+",
    "fr": r"le\s+jour\s+de\s+mon\s+anniversaire|le\s+\w+di|a\s+la\s+nuit\s+tombee|en\s+\w+",
    "es": r"el\s+dia\s+de\s+mi\s+cumpleanos|el\s+\w+|al\s+anochecer|en\s+\w+",
    "pt": r"no\s+dia\s+d[oa]s?\s+(?:meu\s+)?anos|no\s+meu\s+aniversario|ao\s+anoitecer|em\s+\w+",
    "it": r"il\s+giorno\s+del\s+mio\s+compleanno|al\s+tramonto|a\s+\w+|il\s+\w+",
}
_OUT_CLOSE = r"(?=\s*(?:$|[.!?\n]))"


def _to_the_end(lang: str) -> str:
    """A time opening the sentence, then the going out to the end of a pier, and its end."""
    return (
        rf"{_OPEN}{_PURPOSE}(?:[\w'-]+\s+){{0,4}}?(?:{_TIME[lang]})\b{_S}{{2,80}}?"
        rf"(?:{_TO_THE_END[lang]}){_OUT_CLOSE}"
    )


def _alone_there(lang: str) -> str:
    """A height or a gorge opening the sentence, a day, then going out there alone."""
    return (
        rf"{_OPEN}{_PURPOSE}(?:[\w'-]+\s+){{0,3}}?(?:{_PLACE[lang]})\b{_S}{{0,30}}?"
        rf"(?:{_DAY_OR_TIME[lang]})\b,?\s*(?:{_ALONE_THERE[lang]}){_OUT_CLOSE}"
    )


_NAME = "plan_decided"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "time_then_decided",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _decided(lang) for lang in _TIME},
    {
        "en": "that|mind|decided|know",
        "de": "so weit|fest|entschieden|weiss|weis",
        "fr": "sais|decid",
        "es": "decid|se ",
        "pt": "decid|sei",
        "it": "so |decis",
    },
)

RULES += family(
    _NAME,
    "time_to_the_end",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _to_the_end(lang) for lang in _TO_THE_END},
    {
        "en": "end of",
        "de": "ende",
        "fr": "bout",
        "es": "final|fondo",
        "pt": "fim|fundo",
        "it": "fondo",
    },
) + family(
    _NAME,
    "place_day_alone",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _alone_there(lang) for lang in _ALONE_THERE},
    {
        "en": "alone|own|myself",
        "de": "allein",
        "fr": "seul",
        "es": "sola|solo",
        "pt": "sozinh",
        "it": "sola|solo",
    },
)

__all__ = ["RULES"]
