"""A plan told by its time or its place, the act itself left unnamed, in all six languages.

Why: a plan is often said without its verb ("Sunday night when they're all at chapel, that's
when", "Ce sera vendredi soir, au pont, c'est décidé", "I know which bridge, I went to look at
it"). The time or the place and the decision, or the place known and the visit to look at it,
carry the plan together, unless an occasion near them (a party, a trip, a walk, a holiday
"bridge") says what the day or the place is for.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule, not_starting
from neuroleaf_desktop.domain.safety.rules import either_order as _both_orders
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    CLAUSE_END,
    LANGS,
    NEGATION,
    core_family,
    either_order,
)

# --- a time named for an act left unnamed -----------------------------------------------------
_DAY = {
    "en": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight)(?:\s+(?:night"
    r"|evening|morning))?\b|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b",
    "de": r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:\s*(?:abend|nacht"
    r"|morgen))?\b|\bheute\s+nacht\b",
    "fr": r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|nuit))?\b"
    r"|\bce\s+soir\b",
    "es": r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?:\s+(?:por\s+la|de)\s+"
    r"noche)?\b|\besta\s+noche\b",
    "pt": r"\b(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:\s+(?:de|a|a\s+la)\s+noite)?\b"
    r"|\bhoje\s+a\s+noite\b",
    "it": r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?:\s+sera)?\b"
    r"|\bstanotte\b|\bstasera\b",
}
_THATS_WHEN = {
    "en": r"\bthat'?s\s+(?:when|the\s+(?:night|day))" + CLAUSE_END + r"|\bthen\s+i'?ll\s+do\s+it\b"
    r"|\bthen\s+i'?m\s+done" + CLAUSE_END,
    "de": r"\bdann\s+mach\s+ich(?:'?s|\s+es)\b|\bdann\s+ist(?:'?s|\s+es)?\s+(?:schluss|vorbei)\b"
    r"|\bist\s+(?:es\s+)?"
    r"entschieden" + CLAUSE_END,
    "fr": r"(?<!\w\s)\bce\s+sera\b|\bc'?\s*est\s+decide" + CLAUSE_END,
    "es": r"(?<!\w\s)\b(?:va\s+a\s+ser|sera)\b|\bya\s+(?:lo\s+)?decidi"
    + CLAUSE_END
    + r"|\besta\s+decidido"
    + CLAUSE_END,
    "pt": r"(?<!\w\s)\bvai\s+ser\b|\bja\s+decidi" + CLAUSE_END + r"|\besta\s+decidido" + CLAUSE_END,
    "it": r"(?<!\w\s)\bsara\b|\bho\s+(?:gia\s+)?deciso"
    + CLAUSE_END
    + r"|\be\s+deciso"
    + CLAUSE_END,
}
# … though everyone at home or together is a gathering, not the others away ("va a ser el
# sábado, cuando todos estén en casa")
_NOT_ALL_IN = (
    r"(?!\s+(?:en|em|a|in)\s+casa\b|\s+(?:juntos|juntas|reunidos|insieme|riuniti|aqui|aca|qui"
    r"|la\s+en\s+casa)\b)"
)
# The act left unnamed needs a second sign: a decision or a place that can kill, or everyone
# away ("when they're all at chapel", "wenn alle auf der Piste sind").
_AWAY_OR_PLACE = {
    "en": r"\bwhen\s+(?:they'?re|everyone'?s|everybody'?s|they\s+are|the\s+\w+\s+(?:are|is))\s+"
    r"(?:all\s+)?(?:out|away|asleep|gone|at\s+\w+)\b|\bdecided\b"
    r"|\b(?:when|after|once)\s+the\s+(?:house|flat|ward|street)\s+is\s+(?:asleep|empty|quiet)\b",
    "de": r"\bwenn\s+(?:alle|keiner|niemand)\s+(?:\w+\s+){0,4}?(?:sind|ist|schlafen)\b"
    r"|\b(?:an\s+der|bei\s+der|von\s+der|auf\s+der)\s+\w*bru(?:e)?cke\b|\bentschieden\b",
    "fr": r"\b(?:au|du|sur\s+le)\s+(?:pont|viaduc)\b|\bdecide\b|\bquand\s+(?:ils|tout\s+le\s+monde)"
    r"\s+(?:seront|sera|sont)\s+(?:partis|absents|couches)\b",
    "es": r"\b(?:en|desde|del)\s+(?:el\s+)?(?:puente|viaducto|acantilado)\b|\bdecid\w+\b"
    rf"|\bcuando\s+(?:todos\s+\w+\b{_NOT_ALL_IN}|nadie\s+\w+\b)",
    "pt": r"\b(?:na|no|da|do)\s+(?:ponte|viaduto|praia|falesia)\b|\bdecid\w+\b"
    rf"|\bquando\s+(?:todos\s+\w+\b{_NOT_ALL_IN}|ninguem\s+\w+\b)",
    "it": r"\b(?:sul|dal)\s+(?:ponte|viadotto)\b|\bdecis[oa]\b"
    rf"|\bquando\s+(?:tutti\s+\w+\b{_NOT_ALL_IN}|nessuno\s+\w+\b)",
}
_NO_OCCASION = (
    r"(?![^\n]{0,150}\b(?:venue|party|wedding|booked|guests|trip|holiday|birthday|dinner|drinks"
    r"|pub|restaurant|restaurante|ristorante|diner|soiree|reunion|meeting|festa|fiesta|fete"
    r"|feier|hochzeit|mariage|boda|casamento|matrimonio|compleanno|cumpleanos|aniversario"
    r"|anniversaire|geburtstag|viaje|viagem|viaggio|voyage|reise|urlaub|vacances|vacaciones"
    r"|ferias|vacanze|umzug|mudanza|trasloco|demenagement|concert|concierto|konzert|concerto"
    r"|show|market|\w*markt|mercado|mercato|marche|match|partido|partita|spiel|jogo|game|cena"
    r"|churrasco|barbecue|picnic|picknick|pique-nique|surf|exam|interview|skifahren|skiing"
    r"|reuniao|riunione|sitzung|treffen|termin|consulta|cita|appuntamento|rendez-vous|training"
    r"|entrenamiento|treino|allenamento|partie|fest|abendessen|spieleabend|mercadillo|jantar"
    r"|corsa|fotograf\w*|club"
    # a walk or an outing: "la passeggiata sul ponte", "un paseo", "ein Ausflug"
    r"|walk|hike|passeggiata|paseo|passeio|balade|spaziergang|ausflug|gita|excursion|excursao"
    # a holiday "bridge" (a long weekend), not a bridge to stand on: "el puente de diciembre",
    # "il ponte del 2 giugno", "o feriado", "long weekend", "Brückentag"
    r"|(?:puente|ponte)\s+(?:de|del|di|dell'?|do|da)\s+(?:\d+\s+(?:de\s+)?)?(?:\w+\s+)?"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre"
    r"|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro|pascua"
    r"|pasqua|pascoa|ognissanti|immacolata|constitucion|santos)"
    r"|feriado|festivo|long\s+weekend|bru(?:e)?ckentag)\b)"
)

# --- the place known and visited to look ------------------------------------------------------
_WHICH_PLACE = {
    "en": r"\bi\s+know\s+(?:which|what|the\s+exact)\s+(?:bridge|cliff|building|car\s+park|tower"
    r"|spot|tree|train|line|crossing)\b",
    "de": r"\bich\s+wei(?:ss|s)\s+(?:jetzt\s+)?(?:welche|welchen|welches"
    r"|die\s+genaue)\s+(?:bru(?:e)?cke"
    r"|stelle|klippe|haus|hochhaus|zug|baum)\b",
    "fr": r"\bje\s+sais\s+(?:quel|quelle|exactement\s+quel\w*)\s+(?:pont|endroit|falaise|immeuble"
    r"|train|arbre)\b",
    "es": r"\bya\s+se\s+(?:que|cual|el|exactamente\s+que)\s+(?:puente|sitio|lugar|acantilado"
    r"|edificio|tren|arbol)\b",
    "pt": r"\bja\s+sei\s+(?:qual|que|exatamente\s+qual)\s+(?:ponte|sitio|lugar|falesia|predio"
    r"|comboio|trem|arvore)\b",
    "it": r"\bso\s+(?:gia\s+)?(?:quale|che|esattamente\s+quale)\s+(?:ponte|posto|scogliera|palazzo"
    r"|treno|albero)\b",
}
_WENT_TO_LOOK = {
    "en": r"\b(?:been|went|gone|go|walked|drove)\b[^.!?\n]{0,40}?\bto\s+(?:look|check|see)"
    r"(?:\s+(?:at\s+it|around))?(?=\s*(?:$|[.!?,;\n]))|\bchecked\s+it\s+out\b|\bscouted\b",
    "de": r"\b(?:war|bin|ging)\b[^.!?\n]{0,40}?\b(?:um\s+)?(?:nachzuschauen|anzuschauen"
    r"|zu\s+schauen"
    r"|gucken|schauen)\b",
    "fr": r"\b(?:suis|y\s+suis)\s+(?:alle|allee|passe|passee|retourne\w*)\b[^.!?\n]{0,30}?\b"
    r"(?:voir|regarder)\b",
    "es": r"\b(?:fui|he\s+ido|volvi|pase)\b[^.!?\n]{0,30}?\ba\s+(?:ver|mirar)(?:lo|la)?\b",
    "pt": r"\b(?:fui|ja\s+fui|voltei|passei)\b[^.!?\n]{0,30}?\b(?:ver|olhar)\b",
    "it": r"\b(?:sono\s+andat[oa]|ci\s+sono\s+stat[oa]|sono\s+passat[oa]"
    r"|tornat[oa])\b[^.!?\n]{0,30}?"
    r"\ba\s+(?:vedere|guardare)\b",
}


# The time or the decision opens its clause ("Sunday night when …", "Ce sera vendredi …"):
# not "the party will be on Saturday", whose occasion stands before it.
_CLAUSE_START = (
    r"(?:(?<=[.!?\n,:;])|(?<=[.!?\n,:;]\s)|(?<![\s\S]))\s*"
    r"(?:(?:am|on|el|le|no|il|la|this|next|ab|dann)\s+)?"
)


def _timed(lang: str) -> str:
    return either_order(lang, _DAY[lang], _THATS_WHEN[lang], 60)


def across_clean(lang: str, first: str, second: str) -> str:
    """Either order across up to two short sentences, no negation between the parts."""
    return _both_orders(first, second, 90, not_starting(NEGATION[lang], SAME_LINE))


RULES: tuple[Rule, ...] = core_family(
    "time_named_unnamed_act",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        # A match starts with the place or away word, or with the day or the "that's
        # when" of ``_timed``: looking for one of them first spares the long occasion
        # look-ahead at every clause start.
        lang: _CLAUSE_START
        + rf"(?=(?:{_AWAY_OR_PLACE[lang]})|(?:{_DAY[lang]})|(?:{_THATS_WHEN[lang]}))"
        + _NO_OCCASION
        + rf"(?:(?:{_AWAY_OR_PLACE[lang]})[^\n]{{0,100}}?(?:{_timed(lang)})"
        + rf"|(?=[^\n]{{0,150}}?(?:{_AWAY_OR_PLACE[lang]}))(?:{_timed(lang)}))"
        for lang in LANGS
    },
    dict.fromkeys(
        LANGS, "when|done|do it|dann|entschieden|sera|decid|va a ser|vai ser|sara|deciso"
    ),
) + core_family(
    "which_place_seen",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: rf"(?=(?:{_WHICH_PLACE[lang]})|(?:{_WENT_TO_LOOK[lang]}))"
        + _NO_OCCASION
        + rf"(?:{across_clean(lang, _WHICH_PLACE[lang], _WENT_TO_LOOK[lang])})"
        for lang in LANGS
    },
    dict.fromkeys(LANGS, "know|weiss|weis|sais|se |sei|so "),
)

__all__ = ["RULES"]
