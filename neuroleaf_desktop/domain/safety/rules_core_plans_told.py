"""A plan told by its day, its place and the decision said with them, in all six languages.

Why: a plan is told in pieces ("Sábado à noite, na ponte D. Luís, está decidido", "picked the
place and the night", "going to do it on my birthday, everything's ready", "it'll be the
cliffs, after the house is asleep"). The pieces together make the plan, unless an occasion or
company near them (a party, a picnic, "with the kids", "we're driving") says what the day is
for. ``WITH_COMPANY`` is shared with the other rules that read an outing in company.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order_each
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    CLAUSE_END,
    LANGS,
    core_family,
    either_order,
    unnegated,
)

_URG = Severity.URGENT

# --- a day and a place named, the decision said in the next breath -----------------------------
_DAY = {
    "en": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|evening"
    r"|morning))?\b",
    "de": r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*\b",
    "fr": r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    "es": r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b",
    "pt": r"\b(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:-feira)?\b",
    "it": r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b",
}
_LETHAL_PLACE = {
    "en": r"\b(?:the|a)\s+(?:bridge|cliffs?|viaduct|tracks|quarry|multi-?storey|tower\s+block)\b"
    r"(?!\s+(?:club|party|game|walk|run|tour|bar|cafe|festival|night))",
    "de": r"\b(?:der|die|den)\s+\w*(?:bru(?:e)?cke|klippe\w*|gleise)\b",
    "fr": r"\b(?:au|le|du|sur\s+le)\s+(?:pont|viaduc)\b|\b(?:la|les)\s+falaises?\b",
    "es": r"\b(?:el|del)\s+(?:puente|viaducto|acantilado)\b",
    "pt": r"\b(?:na|a|da)\s+(?:ponte|falesia)\b|\b(?:no|o|do)\s+viaduto\b",
    "it": r"\b(?:il|al|dal|sul)\s+(?:ponte|viadotto)\b|\b(?:la|dalla)\s+scogliera\b",
}
_DECIDED = {
    "en": r"\b(?:it'?s|it\s+is)\s+(?:decided|settled)|\bi'?ve\s+(?:decided|picked|chosen)"
    + CLAUSE_END,
    "de": r"\b(?:es\s+)?ist\s+entschieden|\bsteht\s+fest|\b(?:hab|habe)\s+ich\s+(?:mir\s+)?"
    r"(?:ausgesucht|festgelegt)" + CLAUSE_END,
    "fr": r"\bc'?\s*est\s+(?:decide|fixe|regle)\b|\bj'?\s*ai\s+choisi" + CLAUSE_END,
    "es": r"\b(?:ya\s+)?esta\s+decidido|\bya\s+lo\s+decidi|\b(?:ya\s+)?(?:lo\s+)?(?:elegi|escogi)"
    + CLAUSE_END,
    "pt": r"\b(?:ja\s+)?esta\s+decidido|\bja\s+decidi|\b(?:ja\s+)?escolhi" + CLAUSE_END,
    "it": r"\b(?:ho\s+(?:gia\s+)?(?:deciso|scelto)|e\s+deciso)" + CLAUSE_END,
}
_PICKED_PLACE = {
    "en": r"\b(?:i'?ve\s+)?(?:picked|chosen|chose|settled\s+on)\s+(?:the|a)\s+(?:bridge|spot|place"
    r"|cliffs?|building)\b",
    "de": r"\b(?:die|den|das)\s+(?:bru(?:e)?cke|stelle|ort)\s+(?:hab|habe)\s+ich\s+(?:schon\s+)?"
    r"(?:ausgesucht|gewa(?:e)?hlt)\b",
    "fr": r"\bj'?\s*ai\s+choisi\s+(?:le|la|l')\s*(?:pont|endroit|falaise)\b",
    "es": r"\b(?:ya\s+)?(?:elegi|escogi)\s+el\s+(?:puente|sitio|lugar)\b",
    "pt": r"\b(?:ja\s+)?escolhi\s+(?:a\s+ponte|o\s+sitio|o\s+lugar)\b",
    "it": r"\bho\s+(?:gia\s+)?scelto\s+(?:il\s+ponte|il\s+posto|il\s+punto)\b",
}
_PICKED_TIME = {
    "en": r"\b(?:picked|chosen|chose|settled\s+on)\s+(?:the\s+)?(?:day|date|night|time|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    "de": r"\b(?:den\s+tag|das\s+datum)\s+(?:hab|habe)\s+ich\b",
    "fr": r"\b(?:choisi|fixe)\s+(?:le\s+)?(?:jour|date|soir)\b",
    "es": r"\b(?:elegi|escogi)\s+(?:el\s+)?(?:dia|fecha|noche)\b",
    "pt": r"\bescolhi\s+(?:o\s+)?(?:dia|data|noite)\b",
    "it": r"\bscelto\s+(?:il\s+)?(?:giorno|data|sera)\b",
}
_DO_IT_ON = {
    "en": r"\b(?:going\s+to|gonna|i'?ll|i\s+will)\s+do\s+it\s+(?:on|this|next)\s+(?:my\s+)?"
    r"(?:birthday|anniversary|\w+day|weekend)\b(?=\s*(?:[.!?;,]|[^\w\s]|$))",
    "de": r"\bich\s+mach(?:e)?(?:'?s|\s+es)\s+(?:am|an\s+meinem)\s+\w+(?=\s*(?:[.!?;]|$))",
    "fr": r"\bje\s+(?:vais\s+le\s+faire|le\s+ferai)\s+(?:le\s+jour\s+de\s+)?(?:mon\s+anniversaire"
    r"|samedi|dimanche|lundi|vendredi|ce\s+week-?end)\b",
    "es": r"\blo\s+(?:voy\s+a\s+hacer|hare)\s+(?:el\s+)?(?:dia\s+de\s+)?(?:mi\s+cumple\w*|sabado"
    r"|domingo|viernes|este\s+finde)\b",
    "pt": r"\bvou\s+fazer\s+isso\s+(?:no\s+)?(?:meu\s+aniversario|sabado|domingo|sexta)\b",
    "it": r"\blo\s+(?:faro|faccio)\s+(?:il\s+giorno\s+del\s+)?(?:mio\s+compleanno|sabato|domenica"
    r"|venerdi)\b",
}
_READY = {
    "en": r"\b(?:everything'?s|everything\s+is|it'?s\s+all)\s+(?:ready|set|sorted|in\s+place)"
    + CLAUSE_END
    + r"|\b(?:already|it'?s)\s+decided\b",
    "de": r"\balles\s+ist\s+(?:bereit|vorbereitet|fertig)" + CLAUSE_END,
    "fr": r"\btout\s+est\s+pret" + CLAUSE_END,
    "es": r"\b(?:ya\s+)?(?:tengo\s+todo|todo\s+esta)\s+listo" + CLAUSE_END,
    "pt": r"\b(?:ja\s+)?(?:esta\s+tudo|tudo\s+esta|tenho\s+tudo)\s+pronto" + CLAUSE_END,
    "it": r"\be\s+tutto\s+pronto" + CLAUSE_END,
}
_IT_WILL_BE_PLACE = {
    "en": r"\bit'?ll\s+be\s+(?:the|off\s+the|at\s+the)\s+(?:cliffs?|bridge|tracks|viaduct"
    r"|quarry)\b",
    "de": r"\bes\s+wird\s+(?:die|an\s+der|von\s+der)\s+\w*(?:bru(?:e)?cke|klippe)\b",
    "fr": r"\bce\s+sera\s+(?:le\s+pont|la\s+falaise|au\s+pont|du\s+pont)\b",
    "es": r"\bsera\s+(?:en\s+)?(?:el|desde\s+el)\s+(?:puente|acantilado)\b",
    "pt": r"\bvai\s+ser\s+(?:na|da)\s+(?:ponte|falesia)\b",
    "it": r"\bsara\s+(?:il|dal|sul)\s+(?:ponte|viadotto)\b",
}
_WHEN_ALONE = {
    "en": r"\b(?:after|when|once)\s+(?:the\s+(?:house|flat)\s+is|everyone'?s|they'?re)\s+(?:asleep"
    r"|empty|gone|out)\b|" + _DAY["en"],
    "de": r"\bwenn\s+(?:alle|keiner)\s+(?:\w+\s+){0,3}?(?:schlafen|weg\s+sind)\b|" + _DAY["de"],
    "fr": r"\bquand\s+(?:tout\s+le\s+monde\s+dort|la\s+maison\s+dort)\b|" + _DAY["fr"],
    "es": r"\bcuando\s+(?:todos\s+duerman|no\s+haya\s+nadie)\b|" + _DAY["es"],
    "pt": r"\bquando\s+(?:todos\s+dormirem|nao\s+houver\s+ninguem)\b|" + _DAY["pt"],
    "it": r"\bquando\s+(?:tutti\s+dormono|non\s+c'?\s*e\s+nessuno)\b|" + _DAY["it"],
}
# In company: "with the kids", "avec les enfants", "con los niños", "mit den Kindern".
WITH_COMPANY = (
    r"(?:with|avec|con|com|mit)\s+(?:the|my|our|les|mes|nos|los|mis|nuestros|as|os|minhas|meus"
    r"|i|le|miei|mie|nostri|den|meinen|unseren|der|meiner)\s+(?:kids|children|family|friends"
    r"|wife|husband|partner|enfants|famille|amis|copains|copines|ninos|hijos|familia|amigos"
    r"|amigas|criancas|filhos|familia|bambini|figli|famiglia|amici|amiche|kinder\w*|familie"
    r"|freunde\w*|frau|mann)"
)
_NO_OCCASION = (
    r"(?![^\n]{0,150}\b(?:party|wedding|guests|booked|venue|dinner|cake|picnic|walk|hike|photos?"
    r"|concert|match|game|festa|fiesta|fete|feier|boda|mariage|casamento|matrimonio|picknick"
    r"|churrasco|asado|barbecue|spaziergang|passeggiata|paseo|passeio|balade|ausflug|gita"
    r"|excursion|excursao|trip|viaje|viagem|viaggio|voyage|reise|fotos?|foto|torta|tarta|bolo"
    r"|kuchen|gateau|pique-nique|surprise|sorpresa|surpresa|ueberraschung|uberraschung|club"
    r"|mercadillo|jantar|corsa|fotograf\w*|concerto|konzert|concierto|spettacolo|festival"
    r"|mostra|pique-niqu\w*|picknick\w*|picnic\w*|rando\w*|wander\w*"
    # others going along: "with the kids", "avec les enfants", "con mis amigos", "we're driving"
    rf"|{WITH_COMPANY}|we'?re|we\s+are|we'?ll|on\s+va|nous\s+allons|vamos|andiamo|wir\s+(?:fahren"
    r"|gehen|wandern))\b)"
)


def _over_a_breath(first: dict[str, str], second: dict[str, str], most: int = 90) -> dict[str, str]:
    """``first`` then ``second`` within ``most`` characters of one line, across a full stop
    ("Sábado à noite, na ponte D. Luís, está decidido")."""
    return {
        lang: rf"(?=(?:{first[lang]}))(?:{first[lang]})[^\n]{{0,{most}}}?(?:{second[lang]})"
        for lang in LANGS
    }


def _day_place() -> dict[str, str]:
    return {
        lang: rf"(?:{either_order(lang, _DAY[lang], _LETHAL_PLACE[lang], 70)})" for lang in LANGS
    }


def _no_occasion(patterns: dict[str, str], *starts: dict[str, str]) -> dict[str, str]:
    """``patterns`` with no occasion near, the long look-ahead tried only where one of the
    concepts a match can start with is found (a 200 KB import is not scanned 150 characters
    ahead at every position)."""
    return {
        lang: "(?="
        + "|".join(f"(?:{start[lang]})" for start in starts)
        + ")"
        + _NO_OCCASION
        + f"(?:{patterns[lang]})"
        for lang in LANGS
    }


def _decided_day_place() -> dict[str, str]:
    """The day and place then the decision, or the decision first ("C'est fixé : samedi, …,
    je vais au pont")."""
    after = _over_a_breath(_day_place(), _DECIDED, 60)
    before = _over_a_breath(_DECIDED, _day_place(), 30)
    return {lang: rf"{after[lang]}|{before[lang]}" for lang in LANGS}


RULES: tuple[Rule, ...] = (
    core_family(
        "day_place_decided",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(_decided_day_place(), _DAY, _LETHAL_PLACE, _DECIDED),
        dict.fromkeys(
            LANGS,
            "decid|settled|entschieden|fest|fixe|regle|deciso|picked|chosen|ausgesucht|choisi"
            "|elegi|escogi|escolhi|scelto",
        ),
    )
    + core_family(
        "picked_place_and_time",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(
            either_order_each(_PICKED_PLACE, _PICKED_TIME, 60, LANGS, unnegated),
            _PICKED_PLACE,
            _PICKED_TIME,
        ),
        dict.fromkeys(
            LANGS,
            "picked|chosen|chose|settled|ausgesucht|gewahlt|choisi|elegi|escogi|escolhi|scelto",
        ),
    )
    + core_family(
        "do_it_on_day_ready",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(_over_a_breath(_DO_IT_ON, _READY, 40), _DO_IT_ON),
        dict.fromkeys(LANGS, "do it|mach|faire|ferai|hacer|hare|fazer|faro|faccio"),
    )
    + core_family(
        "it_will_be_place",
        Category.PLAN_OR_METHOD,
        _URG,
        _no_occasion(
            either_order_each(_IT_WILL_BE_PLACE, _WHEN_ALONE, 70, LANGS, unnegated),
            _IT_WILL_BE_PLACE,
            _WHEN_ALONE,
        ),
        dict.fromkeys(LANGS, "it'll be|wird|sera|vai ser|sara"),
    )
)

__all__ = ["RULES"]
