"""No future told by what the writer sees when they look ahead, by a next month they cannot
even picture, or by the future as something other people have; in six languages.

Why: the no-future families read "I have no future" and "I won't be here next year" in their
usual words. Writers also look ahead and report what they see:

* **the time ahead looked at and seen as nothing, black or a wall, or with no writer in it**:
  "when I think about next year I see nothing, it's a wall", "asked where I'll be in five years
  and there's no me there", "quando penso no ano que vem não vejo nada, é um muro", "wenn die
  anderen von danach reden, seh ich bei mir gar nichts, einfach schwarz", "cuando pienso en el
  año que viene no veo nada, todo negro" (not "nothing but opportunities", nothing booked or
  planned yet);
* **a month or a year ahead the writer cannot even picture, closing the clause**: "everyone's
  planning the summer and I can't even picture June", "l'année prochaine ? J'arrive même pas à
  imaginer qu'il y en aura une pour moi", "non riesco nemmeno a immaginare il prossimo anno"
  (not "can't picture June without snow" or "next year's budget", where the clause goes on);
* **a year the writer won't see, and the future as others' possession**: "no sense paying for a
  year I won't see", "the future is something other people have", "el futuro es algo que
  tienen los demás", "il futuro è una cosa per gli altri".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_S = SAME_SENTENCE
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|but|und|aber|et|mais|y|pero|e|mas|ma)\b))"
# nothing but good things, or nothing booked or planned yet: the diary is empty, not the future
_NOT_PLANNED = (
    r"(?!\s*(?:but|planned|booked|yet|special|new|else|aber|geplant|gebucht|noch|que|de\s+prevu"
    r"|encore|mas\s+que|planeado|reservado|todavia|aun|alem|planejado|marcado|ainda|se\s+non"
    r"|di\s+programmato|ancora)\b)"
)
_AHEAD = {
    "en": r"(?:the\s+future|next\s+year|in\s+(?:five|ten|a\s+few)\s+years|years?\s+from\s+now"
    r"|where\s+i'?ll\s+be|after\s+(?:school|uni|college|graduation))",
    "de": r"(?:die\s+zukunft|na(?:e)?chstes\s+jahr|in\s+(?:fu(?:e)?nf|zehn)\s+jahren|danach"
    r"|nach\s+der\s+(?:schule|lehre|ausbildung))",
    "fr": r"(?:l'\s*avenir|le\s+futur|l'\s*annee\s+prochaine|dans\s+(?:cinq|dix)\s+ans|apres\s+le"
    r"\s+bac)",
    "es": r"(?:el\s+futuro|el\s+ano\s+que\s+viene|el\s+proximo\s+ano|dentro\s+de\s+(?:cinco|diez)"
    r"\s+anos|despues\s+de\s+(?:la\s+)?(?:prepa|carrera|escuela))",
    "pt": r"(?:o\s+futuro|o\s+ano\s+que\s+vem|o\s+proximo\s+ano|daqui\s+a\s+(?:cinco|dez)\s+anos"
    r"|depois\s+d[ao]\s+(?:escola|faculdade|curso))",
    "it": r"(?:il\s+futuro|l'\s*anno\s+prossimo|il\s+prossimo\s+anno|tra\s+(?:cinque|dieci)\s+anni"
    r"|dopo\s+(?:la\s+)?(?:scuola|maturita|universita))",
}
_SEEN_BLANK = {
    "en": r"(?:i\s+)?(?:see|saw|picture|get)\s+(?:nothing|black|a\s+wall|darkness|just\s+(?:black"
    r"|nothing|a\s+wall))\b" + _NOT_PLANNED + _CLOSE + r"|there'?s\s+no\s+me\s+(?:there|in\s+it)\b"
    r"|(?:my\s+mind|it)\s+(?:goes|went)\s+(?:black|dark)\b",
    "de": r"(?:seh|sehe)\s+ich\s+(?:bei\s+mir\s+|fu(?:e)?r\s+mich\s+)?(?:gar\s+)?(?:nix|nichts)"
    r"\b"
    + _NOT_PLANNED
    + _CLOSE
    + r"|(?:ich\s+)?(?:seh|sehe)\s+(?:nur\s+)?(?:schwarz|eine\s+wand)\b",
    "fr": r"je\s+(?:ne\s+)?vois\s+rien\b"
    + _NOT_PLANNED
    + _CLOSE
    + r"|je\s+vois\s+(?:que\s+du\s+)?noir\b"
    r"|c'\s*est\s+un\s+mur\b",
    "es": r"no\s+veo\s+nada\b"
    + _NOT_PLANNED
    + _CLOSE
    + r"|(?:todo\s+)?negro\b|(?:es\s+)?un\s+muro\b",
    "pt": r"nao\s+vejo\s+nada\b"
    + _NOT_PLANNED
    + _CLOSE
    + r"|(?:e\s+)?um\s+muro\b|(?:tudo\s+)?preto\b",
    "it": r"non\s+vedo\s+(?:niente|nulla)\b" + _NOT_PLANNED + _CLOSE + r"|(?:e\s+)?un\s+muro\b"
    r"|(?:tutto\s+)?nero\b",
}
# the writer looking ahead, then what they see; "black" or "a wall" alone needs the looking
_LOOKING = {
    "en": r"\b(?:think\w*\s+(?:about|of)|asked|ask\w*|picture|imagine|look\w*\s+at|talk\w*\s+"
    r"about)\b",
    "de": r"\b(?:denk\w*\s+an|reden|redet|sprechen|fragt\w*|gefragt|stell\w*\s+mir\s+vor)\b",
    "fr": r"\b(?:pense\w*\s+a|demande\w*|imagine\w*|parle\w*\s+de|regarde\w*)\b",
    "es": r"\b(?:pienso\s+en|pregunt\w*|imagino|hablan\s+de|miro)\b",
    "pt": r"\b(?:penso\s+n[oa]|pergunt\w*|imagino|falam\s+d[oa]|olho\s+para)\b",
    "it": r"\b(?:penso\s+a(?:l|ll')?|chiest\w*|chiede\w*|immagino|parlano\s+del|guardo)\b",
}
_CANNOT_PICTURE = {
    "en": r"\bcan'?t\s+(?:even\s+)?(?:picture|imagine)\s+(?:next\s+(?:year|month|summer|spring"
    r"|christmas)|(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|the\s+summer|christmas|my\s+(?:thirties|twenties|forties))" + _CLOSE,
    "de": r"\bkann\s+(?:mir\s+)?(?:nicht\s+mal|nicht\s+einmal|gar\s+nicht)\s+(?:das\s+)?"
    r"(?:na(?:e)?chste\s+jahr|den\s+(?:sommer|fru(?:e)?hling|na(?:e)?chsten\s+monat))\s+"
    r"vorstellen" + _CLOSE,
    "fr": r"\bj'\s*arrive\s+(?:meme\s+)?pas\s+a\s+imaginer\s+(?:qu'\s*il\s+y\s+en\s+aura\s+une"
    r"|(?:l'\s*annee\s+prochaine|le\s+mois\s+prochain|l'\s*ete\s+prochain))(?:\s+pour\s+moi)?"
    + _CLOSE,
    "es": r"\bno\s+(?:puedo|consigo)\s+(?:ni\s+)?(?:siquiera\s+)?imaginar(?:me)?\s+(?:el\s+ano"
    r"\s+que\s+viene|el\s+proximo\s+ano|el\s+verano|que\s+habra\s+(?:otro|uno)\s+para\s+mi)"
    + _CLOSE,
    "pt": r"\bnao\s+consigo\s+(?:nem\s+)?imaginar\s+(?:o\s+ano\s+que\s+vem|o\s+proximo\s+ano"
    r"|o\s+verao|que\s+(?:vai\s+)?haver\s+(?:outro|um)\s+para\s+mim)" + _CLOSE,
    "it": r"\bnon\s+riesco\s+(?:nemmeno|neanche|neppure)\s+a\s+immaginare\s+(?:il\s+prossimo"
    r"\s+anno|l'\s*anno\s+prossimo|l'\s*estate|che\s+ce\s+ne\s+sara\s+(?:un\s+altro|uno)\s+per"
    r"\s+me)" + _CLOSE,
}
_OTHERS_FUTURE = {
    "en": r"\b(?:the\s+)?future\s+is\s+(?:something|a\s+thing)\s+(?:that\s+)?(?:other\s+people"
    r"|everyone\s+else|others)\s+have\b|\b(?:a|the\s+next|next)\s+(?:year|summer|winter"
    r"|christmas|season)\s+i\s+(?:won'?t|will\s+not|am\s+not\s+going\s+to)\s+see\b",
    "de": r"\bzukunft\s+ist\s+(?:etwas|was)\s+fu(?:e)?r\s+(?:andere|die\s+anderen)\b"
    r"|\bein\s+jahr,?\s+das\s+ich\s+nicht\s+(?:mehr\s+)?erlebe\b",
    "fr": r"\bl'\s*avenir\s+(?:c'\s*est|est)\s+(?:un\s+truc|quelque\s+chose)\s+pour\s+les\s+autres"
    r"\b|\bune\s+annee\s+que\s+je\s+ne\s+verrai\s+pas\b",
    "es": r"\bel\s+futuro\s+es\s+(?:algo|cosa)\s+(?:que\s+tienen\s+)?(?:de\s+)?los\s+demas\b"
    r"|\bun\s+ano\s+que\s+no\s+voy\s+a\s+ver\b",
    "pt": r"\bo\s+futuro\s+e\s+(?:algo|coisa)\s+(?:que\s+os\s+outros\s+tem|dos\s+outros)\b"
    r"|\bum\s+ano\s+que\s+nao\s+vou\s+ver\b",
    "it": r"\bil\s+futuro\s+e\s+(?:una\s+cosa|qualcosa)\s+(?:per\s+gli|degli)\s+altri\b"
    r"|\bun\s+anno\s+che\s+non\s+vedro\b",
}


def _seen_blank(lang: str) -> str:
    """The time ahead and what is seen in it, in a sentence where the looking is said."""
    pair = either_order(_AHEAD[lang], _SEEN_BLANK[lang], 60)
    return rf"(?:^|(?<=[.!?\n]))(?={_S}*(?:{_LOOKING[lang]})){_S}*?(?:{pair})"


_NAME = "future_blank"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "seen_blank",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {lang: _seen_blank(lang) for lang in _AHEAD},
        {
            "en": "nothing|black|wall|dark|no me",
            "de": "nix|nichts|schwarz|wand",
            "fr": "rien|noir|mur",
            "es": "nada|negro|muro",
            "pt": "nada|muro|preto",
            "it": "niente|nulla|muro|nero",
        },
    )
    + family(
        _NAME,
        "cannot_picture",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _CANNOT_PICTURE,
        {
            "en": "picture|imagine",
            "de": "vorstellen",
            "fr": "imaginer",
            "es": "imaginar",
            "pt": "imaginar",
            "it": "immaginare",
        },
    )
    + family(
        _NAME,
        "others_future",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _OTHERS_FUTURE,
        {
            "en": "future|see",
            "de": "zukunft|erlebe",
            "fr": "avenir|verrai",
            "es": "futuro|ver",
            "pt": "futuro|ver",
            "it": "futuro|vedro",
        },
    )
)

__all__ = ["RULES"]
