"""No future told as a look ahead that finds nothing, or as the writer not being there to see what
is coming, in six languages.

Why: the no-future families read a future named and refused ("no veo ningún futuro", "I won't
be here next year"). A writer as often pictures the looking itself and says what it finds:
"Guardo avanti e non vedo niente, né l'estate né il Natale", "Miro hacia adelante y no hay
nada", "Olho pra frente e não vejo nada", "Devant moi il n'y a rien, ni l'été prochain",
"Wenn ich nach vorne schaue, seh ich nichts", "I look ahead and there's nothing". The meaning
is in the shape: the writer's own look forward (or what lies before the writer) and "nothing"
as all it finds. Two English shapes of the same absence were unread too: the writer's being
there dismissed with "not like" ("whats the point planning the summer, not like I'll be here
for it") and the writer unable to picture still being around "to see it" (an event ahead named
in the sentence, not a time).

What stays out: "nothing but", "nothing to do", "rien à signaler", "niente di nuovo" (the look
finds something, or a task); a look that is a real one, through fog, down a road, from a car,
at a screen or a stage ("I look ahead and see nothing but fog", "Guardo avanti e non vedo
niente, c'è la nebbia"); and for the English shapes, a move, a job or a course that takes the
writer elsewhere ("not like I'll be here for it, I start in Leeds in May").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# --- a real view: weather, a road, a vehicle, a screen, a room to cross --------------------------
_A_REAL_VIEW = (
    rf"(?!{_S}*\b(?:fog(?:gy)?|mist(?:y)?|road|lane|car|traffic|dark|screen|stage|window|queue|snow"
    r"|niebla|bruma|carretera|coche|pantalla|nieve|brouillard|brume|route|voiture|ecran|neige"
    r"|nebbia|strada|macchina|schermo|neve|neblina|nevoeiro|estrada|carro|tela|nebel|stra(?:ss|ß)e"
    r"|auto|bildschirm|schnee|buhne|scene|escenario|palco|ecra|cinema|cine|kino)\b)"
)
# … and "nothing" that is not all it finds: "but", "except", "to do", "new", "special"
_ALL_IT_FINDS = (
    r"(?!\s*(?:but|except|save|other\s+than|to\s+\w+|new|special|interesting|sinon|a\s+part"
    r"|a\s+faire|a\s+signaler|de\s+(?:nouveau|special|bon)|excepto|salvo|menos|que\s+hacer"
    r"|nuevo|especial|se\s+non|tranne|da\s+fare|di\s+(?:nuovo|speciale|buono)|a\s+nao\s+ser"
    r"|alem|pra\s+fazer|para\s+fazer|de\s+(?:novo|especial)|au(?:ss|ß)er|als|zu\s+tun"
    r"|neues|besonderes)\b)"
)
_LOOKED_AHEAD = {
    "en": r"\b(?:i\s+)?(?:look|looking|stare|staring|peer|peering)\s+(?:ahead|forward|into\s+the"
    r"\s+future)\s+(?:and\s+)?(?:i\s+)?(?:see|there'?s|there\s+is|find)\s+(?:nothing|a\s+blank"
    r"|just\s+(?:a\s+)?blank)|\bahead\s+of\s+me\s+(?:there'?s|there\s+is|is)\s+(?:nothing|just\s+"
    r"(?:a\s+)?blank)",
    "es": r"\b(?:miro|mirando)\s+(?:hacia\s+)?(?:adelante|al\s+futuro|delante)\s+y\s+(?:no\s+"
    r"(?:hay|veo)\s+nada|solo\s+(?:hay|veo)\s+(?:un\s+)?(?:vacio|blanco))"
    r"|\bdelante\s+de\s+mi,?\s+no\s+hay\s+nada",
    "fr": r"\bdevant\s+moi,?\s+(?:il\s+n'\s*y\s+a|y\s+a)\s+rien"
    r"|\bje\s+regarde\s+(?:devant(?:\s+moi)?"
    r"|en\s+avant|l'\s*avenir)\s+et\s+(?:je\s+ne\s+vois|il\s+n'\s*y\s+a|y\s+a)\s+rien",
    "it": r"\bguardo\s+(?:avanti|al\s+futuro|davanti\s+a\s+me)\s+e\s+non\s+(?:vedo|c'\s*e)\s+"
    r"(?:niente|nulla)|\bdavanti\s+a\s+me\s+non\s+c'\s*e\s+(?:niente|nulla)",
    "pt": r"\bolho\s+(?:pra|para)\s+(?:a\s+)?(?:frente|o\s+futuro)\s+e\s+nao\s+"
    r"(?:vejo|ha|tem)\s+nada"
    r"|\b(?:a\s+)?minha\s+frente\s+nao\s+(?:ha|tem)\s+nada",
    "de": r"\b(?:wenn\s+ich\s+nach\s+vorne?\s+schau\w*|ich\s+schau\w*\s+nach\s+vorne?)\s*,?\s*"
    r"(?:und\s+)?(?:seh\w*\s+ich\s+nichts|ist\s+da\s+nichts|da\s+ist\s+nichts|sehe?\s+nichts)"
    r"|\bvor\s+mir\s+(?:ist|liegt)\s+nichts",
}
_START = r"(?:^|(?<=[.!?\n]))"

# --- English: the writer's being there dismissed, or not pictured "to see it" -------------------
_ELSEWHERE = (
    rf"(?!{_S}*\b(?:mov\w*|job|abroad|overseas|emigrat\w*|uni|university|course|contract"
    r"|start\w*\s+in|posting|deploy\w*|trip|holiday|haha|lol)\b)"
)
_END = r"(?=\s*(?:$|[.!?,;\n]))"
_NOT_LIKE_THERE = (
    r"\b(?:it'?s\s+)?not\s+(?:like|as\s+if|as\s+though)\s+i'?(?:ll|\s+will|'?m\s+(?:going\s+to"
    r"|gonna))\s+(?:even\s+)?(?:still\s+)?be\s+(?:here|around|alive)\s+(?:for\s+(?:it|that|them"
    r"|any\s+of\s+it)|to\s+see\s+(?:it|that|them))"
)
_NOT_PICTURED_TO_SEE = (
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:see|imagine|picture)\s+(?:myself|me)\s+"
    r"(?:still\s+)?(?:being\s+)?(?:here|around|alive)\s+to\s+see\s+(?:it|that|them|(?:the|my|his"
    r"|her|their)\s+[\w' -]{1,40}?)"
)

_CON = Severity.CONCERN
RULES: tuple[Rule, ...] = family(
    "future_looked_ahead",
    "nothing_found",
    Category.NO_FUTURE,
    _CON,
    {
        lang: rf"{_START}{_A_REAL_VIEW}{_S}*?(?:{pattern}){_ALL_IT_FINDS}"
        for lang, pattern in _LOOKED_AHEAD.items()
    },
    {
        "en": "nothing|blank",
        "es": "nada|vacio|blanco",
        "fr": "rien",
        "it": "niente|nulla",
        "pt": "nada",
        "de": "nichts",
    },
) + family(
    "future_looked_ahead",
    "not_there_to_see",
    Category.NO_FUTURE,
    _CON,
    {"en": rf"{_START}{_ELSEWHERE}{_S}*?(?:{_NOT_LIKE_THERE}|{_NOT_PICTURED_TO_SEE}){_END}"},
    {"en": "here|around|alive"},
)

__all__ = ["RULES"]
