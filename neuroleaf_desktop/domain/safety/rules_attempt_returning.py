"""A past attempt and the same state coming back now, in six languages, in any words of each.

Why: the writer's own attempt is told briefly ("last time I tried", "ya intenté quitarme de
en medio", "j'ai essayé de partir", "nachdem ich's versucht hab", "já tentei uma vez", "il mio
ultimo tentativo") and what makes it a sign today is its return, told as sameness or a coming
back ("that same feeling creeping back", "voy por el mismo camino", "j'y repense tous les
jours", "es schleicht sich genauso wieder an", "a mesma coisa", "sta tornando"). The older
family in ``rules_core_oblique`` reads one wording of each part; here each part is a small
lexicon. "Tried" has its object left out ("last time I tried, I …"), not "last time I tried
yoga", and a bare "já tentei" / "ho già provato" is read only with "once" or the act ("já
tentei de tudo" is every remedy tried).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, either_order

# --- the writer's own attempt, its object left out or the act named -----------------------------
_TRIED = {
    "en": r"\b(?:last|first|only\s+other)\s+time\s+i\s+tried\b(?!\s+(?:to\s+(?!die|end|kill"
    r"|do\s+it)|\w+ing\b|the\b|a\b|an\b|on\b|out\b|my\b|some|this\b|that\b|it\s+on\b))"
    r"|\bi(?:'ve|\s+have)?\s+(?:already\s+)?tried\s+(?:it\s+)?(?:once(?:\s+before)?|before)\b"
    r"(?!(?:\s+before)?\s+(?:(?:and\s+)?(?:it\s+)?(?:was|tasted|looked)|to\s+(?!die|end|kill)))"
    r"|\bmy\s+(?:last|previous|first|old)\s+attempt\b(?!\s+(?:at|to|on|in)\b)"
    r"|\bafter\s+(?:trying|i\s+tried)\s+before\b"
    # the year or the night of it: "the scars are from the year I tried, …"
    r"|\bthe\s+(?:year|night|summer|winter|spring|autumn|time)\s+i\s+tried(?=\s*[,;.!?\n]|\s+and\b)"
    # the time since it: "four years on Tuesday since I tried"
    r"|\b(?:years?|months?)\s+(?:\w+\s+){0,3}?since\s+i\s+tried(?=\s*[,;.!?\n]|\s+and\b)"
    # … or by what it took or ended in: "the spring I was sectioned", "the winter I took the pills"
    r"|\bthe\s+(?:year|night|summer|winter|spring|autumn|fall|week)\s+i\s+(?:was\s+sectioned"
    r"|took\s+(?:the|all\s+the|those)\s+(?:pills|tablets)|overdosed|od'?d)\b"
    # … or by the age: "at nineteen I tried, and …", "when I was 17 I tried."
    r"|\b(?:at|when\s+i\s+was)\s+(?:\d{2}|\w+teen|twenty(?:-\w+)?|thirty|forty)\s*,?\s+i\s+tried"
    r"(?=\s*[,;.!?\n]|\s+and\b)",
    "de": r"\b(?:als|nachdem|wo|seit)\s+ich(?:'?s|\s+es)?\s+(?:\w+\s+){0,2}?versucht\s+"
    r"ha(?:b|be|tte)\b|\b(?:der|mein|meinem|dem)\s+letzten?\s+versuch\b"
    # the season it happened in, by the tablets taken: "der Herbst, in dem ich die Tabletten
    # genommen hab"
    r"|\b(?:der|den|dem|die|das)\s+(?:herbst|winter|sommer|fru(?:e)?hling|nacht|jahr)\s*,?\s+"
    r"(?:in\s+(?:dem|der)|als)\s+ich\s+(?:die|all\s+die)\s+(?:tabletten|pillen)\s+"
    r"(?:\w+\s+)?genommen\s+ha(?:b|be|tte)\b",
    "fr": r"\bj'\s*ai\s+(?:deja\s+)?essaye\s+(?:de\s+partir|d'\s*en\s+finir|une\s+fois)\b"
    r"|\bma\s+(?:derniere|premiere)\s+tentative\b"
    r"|\bla\s+derniere\s+fois\s+que\s+j'\s*ai\s+essaye\b"
    r"|\bapres\s+(?:la|ma)\s+tentative\b(?!\s+(?:de|d'|ratee)\b)",
    # (not with a diet or a means of something else: "lo intenté una vez con la dieta")
    "es": r"\b(?:ya\s+)?lo\s+intente\s+una\s+vez\b(?!\s+(?:con|de|a|para|sin)\b)"
    r"|\b(?:ya\s+)?intente\s+(?:quitarme|matarme|(?:una\s+vez|hacerlo)\b"
    r"(?!\s+(?:con|de|a|en|para)\b))"
    r"|\bla\s+ultima\s+vez\s+que\s+lo\s+intente\b|\bmi\s+(?:ultimo\s+)?intento\b"
    r"(?!\s+(?:de|con|en)\b)|\bdespues\s+del\s+intento\b(?!\s+(?:de|fallido)\b)"
    r"|\bdespues\s+de\s+mi\s+intento\b"
    r"(?!\s+(?:de|con|en)\b)",
    # ("depois da tentativa", "after the attempt", bare: not "… de passar", an attempt at something)
    "pt": r"\bja\s+tentei\s+(?:uma\s+vez|me\s+matar|acabar|antes)\b"
    r"|\bdepois\s+da\s+(?:minha\s+)?tentativa\b(?!\s+(?:de|falhada|frustrada)\b)"
    r"|\ba\s+ultima\s+vez\s+que\s+(?:eu\s+)?tentei\b|\b(?:a\s+)?minha\s+(?:ultima\s+)?tentativa\b",
    # ("una volta" with no object after it: not "ho già provato una volta il sushi")
    "it": r"\bho\s+gia\s+(?:tentato|provato)\s+(?:una\s+volta(?!\s+(?:il|lo|la|l'|i|gli|le"
    r"|un|uno|una"
    r"|quel\w*|questo|questa)\b)|a\s+farla\s+finita|a\s+uccidermi)\b"
    r"|\bl'\s*ultima\s+volta\s+che\s+ci\s+ho\s+provato\b|\bil\s+mio\s+(?:ultimo\s+)?tentativo\b"
    r"|\bdopo\s+il\s+tentativo\b(?!\s+(?:di|fallito)\b)"
    # the age it happened: "a vent'anni il tentativo", "a diciassette anni il mio tentativo"
    r"|\ba\s+(?:\w+'\s*|\w+\s+)anni\s*,?\s+(?:il|ho\s+fatto\s+il)\s+(?:mio\s+)?tentativo\b"
    r"(?!\s+(?:di|del|della)\b)"
    # "il gesto", the act named by the word for a deed (not "un gesto di gentilezza"): "dopo
    # il gesto di due anni fa"
    r"|\bdopo\s+(?:il|quel|il\s+mio)\s+gesto\b(?!\s+(?:di|del|della|dello|degli)\s+"
    r"(?!(?:\w+\s+)?(?:anni|mesi|settimane)\s+fa\b)\w)",
}
# … or told by the night in the emergency room or the stay on a ward it ended in ("la vez que
# terminé en urgencias", "mon passage à l'hôpital", "quella notte al pronto soccorso"), never
# with an illness, an injury or a birth named after it
_NOT_AN_ILLNESS = (
    r"(?![^.!?\n]*\b(?:asma|asthma|rene|kidney|calcol\w*|stones?|appendi\w*|fractur\w*|frattura"
    r"|broken|rotto|braccio|arm|wrist|leg|gamba|pierna|brazo|jambe|bras|bein|covid|virus|infez\w*"
    r"|infection|fever|febbre|fiebre|fievre|fieber|migra\w*|allerg\w*|cuore|heart|corazon|coeur"
    r"|herz|baby|bebe|parto|birth|naissance|geburt|diabet\w*|epilep\w*|dolor|douleur|dolore|dor"
    r"|schmerz\w*|pain|cancer|cancro|krebs|tumor\w*|tumeur|chemo\w*|quimio\w*|op|operation"
    r"|operazione|operacion|cirurgia|chirurg\w*|surgery)\b)"
)
_WARD = {
    "en": r"\b(?:the\s+(?:night|time|week)\s+(?:i\s+)?(?:ended\s+up|was|woke\s+up)\s+in\s+"
    r"(?:a\s*&\s*e|a\s+and\s+e|the\s+er|icu|hospital|the\s+psych\s+ward)|my\s+(?:stay|time|week"
    r"|weeks)\s+(?:in|on)\s+(?:hospital|the\s+psych\s+ward|psych|the\s+ward)"
    # the means and the rescue named as a pair: "2019 was the pills and the ambulance"
    r"|the\s+(?:pills|tablets|overdose|od)\s+and\s+the\s+(?:ambulance|paramedics|stomach\s+pump"
    r"|a\s*&\s*e|ward))\b",
    "de": r"\b(?:die\s+nacht|de[nr]\s+aufenthalt|meine[nr]?\s+(?:zeit|wochen))\s+(?:\w+\s+){0,2}?"
    r"(?:in\s+der\s+notaufnahme|auf\s+(?:der\s+)?station|in\s+der\s+psychiatrie)\b",
    "fr": r"\b(?:mon|ce)\s+(?:passage|sejour)\s+(?:a\s+l'?\s*hopital|aux\s+urgences|en\s+(?:hp"
    r"|psychiatrie|reanimation))\b",
    "es": r"\b(?:la\s+vez|la\s+noche|el\s+dia)\s+(?:en\s+)?que\s+(?:acabe|termine)\s+en\s+"
    r"(?:urgencias|el\s+hospital|la\s+uci|psiquiatria)\b",
    "pt": r"\b(?:a\s+vez|a\s+noite|o\s+dia)\s+(?:em\s+)?que\s+(?:acabei|fui\s+parar|fiquei)\s+"
    r"(?:nas|na|no|as|a|ao)\s+(?:urgencias|urgencia|hospital|psiquiatria)\b"
    r"|\b(?:o\s+)?meu\s+internamento\b|\baquele\s+internamento\b"
    # the ward the trying ended in: "fui parar aos cuidados intensivos depois de tentar"
    r"|\b(?:acabei|fui\s+parar|fiquei)\s+(?:nos|nas|aos|as|na|no|a)\s+(?:cuidados\s+intensivos"
    r"|urgencias|uci)\s+depois\s+de\s+(?:tentar|o\s+fazer)\b(?!\s+\w+(?:ar|er|ir)\b)",
    "it": r"\b(?:quella|la)\s+notte\s+(?:[\w']+\s+){0,3}?al\s+pronto\s+soccorso\b"
    r"|\bil\s+mio\s+ricovero\b",
}
# … with the oath taken then, whose "never" is the past's, not a denial of the return: "juré no
# volver", "swore never again", "jurei nunca mais", "schwor mir, nie wieder"
_SWORE_NEVER = {
    "en": r"\bswore\s+(?:to\s+myself\s+)?(?:never\s+again|i'?d\s+never|i\s+would\s+never)\b",
    "de": r"\b(?:schwor|geschworen)\b[^.!?\n]{0,20}?\bnie\s+wieder\b",
    "fr": r"\bj'\s*(?:ai|avais)\s+jure\s+(?:de\s+ne\s+plus(?:\s+jamais)?|que\s+plus\s+jamais)\b",
    "es": r"\bjure\s+(?:que\s+)?(?:no\s+volver|nunca\s+mas|no\s+repetir)\w*\b",
    "pt": r"\bjurei\s+(?:que\s+)?(?:nunca\s+mais|nao\s+voltar)\w*\b",
    "it": r"\b(?:ho|avevo)\s+giurato\s+(?:di\s+non|che\s+non)\b",
}
_TRIED = {
    lang: rf"{_TRIED[lang]}|{_NOT_AN_ILLNESS}(?:{_WARD[lang]})"
    rf"(?:[^.!?\n]{{0,40}}?(?:{_SWORE_NEVER[lang]}))?"
    for lang in _TRIED
}
_CLOSED = (
    r"(?:\s+(?:now|again|lately|tonight|today|these\s+days|every\s+day|tous\s+les\s+jours"
    r"|todos\s+los\s+dias|todo\s+dia|ogni\s+giorno|jeden\s+tag|an|this\s+(?:week|month|year)"
    r"|ce\s+mois-ci|cette\s+(?:semaine|annee)|este\s+(?:mes|ano)|esta\s+semana|questo\s+mese"
    r"|quest'\s*anno|diese\s+woche|diesen\s+monat|from\s+(?:back\s+)?then))?(?=\s*(?:$|[.!?,;:\n]))"
)
# --- … and the same state back now -------------------------------------------------------------
_BACK = {
    "en": r"\b(?:(?:the\s+)?same\s+(?:feeling|thoughts?|fog|dark\w*|way|place|one)|(?:creeping"
    r"|coming"
    r"|came|is|are|all)\s+back|back\s+(?:again|now)|happening\s+again|like\s+that\s+again"
    r"|that\s+feeling\s+again|the\s+same\s+as\s+(?:back\s+)?then"
    # near again, or what came before it: "how close it feels again", "this grey feeling is
    # exactly what came before it"
    r"|(?:close|near)\s+(?:it\s+)?(?:feels|is|gets)\s+again|feels\s+(?:so\s+)?(?:close|near)\s+again"
    r"|what\s+came\s+(?:right\s+)?before\s+it|everything\s+reminds\s+me\s+of\s+it"
    # a season beginning as that one did; sorry to have been found; the calm that came before
    r"|(?:started|began|starting|beginning)\s+(?:exactly\s+|just\s+)?like\s+this\s+one"
    r"|sorry\s+(?:they|someone|she|he|anyone)\s+found\s+me"
    r"|(?:calm|peaceful|settled)\s+i\s+(?:feel|am))\b",
    "de": r"\b(?:genauso|dasselbe|dieselbe|das\s+gleiche|wieder\s+(?:an|da|so)"
    r"|kommt\s+(?:es\s+|das\s+|alles\s+)?wieder"
    r"|schleicht\s+sich|wie\s+damals|alles\s+erinnert\s+mich\s+daran"
    r"|genauso\s+(?:angefangen|begonnen|angefangen\s+hat)\s+wie\s+(?:dieser|diese|dieses|jetzt))\b",
    "fr": r"\b(?:la\s+meme\s+(?:chose|envie|sensation)|pareil(?:le)?|revient|reviennent"
    r"|revenue?|j'\s*y\s+repense|comme\s+a\s+l'?\s*epoque|tout\s+me\s+le\s+rappelle)\b",
    "es": r"\b(?:(?:el|la|lo)\s+mism[oa](?:\s+(?:camino|sentimiento|sensacion|cosa|vacio))?"
    r"|volvi(?:o|eron)|otra\s+vez|de\s+nuevo|igual\s+que\s+entonces|todo\s+me\s+lo\s+recuerda"
    r"|se\s+parecen?\s+(?:demasiado\s+|mucho\s+|tanto\s+)?a\s+(?:aquell[oa]s?|entonces))\b",
    "pt": r"\b(?:(?:o|a)\s+mesm[oa](?:\s+(?:coisa|sensacao|vontade|escuro|vazio|caminho))?"
    r"|voltou|voltaram|de\s+novo|outra\s+vez|igual\s+a\s+(?:essa|aquela)\s+altura"
    r"|(?:esta|estao)\s+de\s+volta|igual\s+ao\s+que\s+era"
    r"|(?:tudo\s+)?me\s+lembra\s+(?:dele|dela|disso))\b",
    "it": r"\b(?:(?:lo|la|quell[oa])\s+stess[oa](?:\s+(?:cosa|sensazione|buio|strada))?"
    r"|sta\s+tornando"
    r"|si\s+(?:ri)?avvicina|ritorna"
    r"|tornat[oa](?:\s+(?:li|la|a\s+quel\s+punto))?|di\s+nuovo|ancora\s+quella"
    r"|(?:mi\s+sento\s+)?uguale|come\s+allora"
    r"|tutto\s+me\s+lo\s+ricorda|(?:e\s+)?di\s+nuovo\s+(?:qui|qua))\b",
}

RULES: tuple[Rule, ...] = core_family(
    "attempt_and_its_return",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    # the return closes its clause (maybe with "now", "again"): not "… happening again with the
    # tart", "… wieder da, der Kuchen"
    {lang: either_order(lang, _TRIED[lang], rf"(?:{_BACK[lang]}){_CLOSED}", 90) for lang in LANGS},
    {
        "en": "tried|trying|attempt|hospital|ward|psych|a&e|a & e|a and e|er|icu|ambulance"
        r"|paramedic"
        r"|pump|sectioned|pills|tablets|overdosed|od",
        "de": "versuch|notaufnahme|station|psychiatrie|tabletten|pillen",
        "fr": "essaye|tentative|hopital|urgences|hp|psychiatrie|reanimation",
        "es": "intent|urgencias|hospital|uci|psiquiatria",
        "pt": "tentei|tentativa|urgencia|hospital|psiquiatria|internamento|intensivos|uci",
        "it": "provato|tentat|pronto soccorso|ricovero|gesto",
    },
)

__all__ = ["RULES"]
