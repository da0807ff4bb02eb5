"""A thing for a time to come that the writer says they will not need, in six languages: the
future told as one the writer will not be in.

Why: people say they will not be there by what they stop providing for: the dentist in March
cancelled ("no lo voy a necesitar"), no diary bought for next year ("tanto non la userò"), a
passport or a lease not renewed ("j'en aurai plus besoin"), seed not ordered for spring ("won't
be needing it"). Two parts in a breath: something dated ahead, or given up (cancelled, not
renewed, not bought), and "won't need it", "won't use it". A reason given for it (moving, a new
phone, "because I switched to the app") makes it an errand, and so does someone else's need.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- "won't need it", "won't use it" ----------------------------------------------------------
_WONT = {
    # the thing itself, or the clause closed: not "won't need a new laptop next year"
    "en": r"\b(?:won'?t|will\s+not|not\s+going\s+to|don'?t\s+expect\s+to)\s+(?:be\s+)?"
    r"(?:need(?:ing)?|us(?:e|ing))\b(?:\s+(?:it|them|one|either|any\w*|that|the\s+\w+)\b"
    r"|(?=\s*(?:$|[.!?,;\n])))"
    # a long validity not worth having: "no point in a ten-year card"
    r"|\bno\s+point\s+(?:in\s+)?(?:getting\s+|renewing\s+|paying\s+for\s+)?(?:a|the)\s+"
    r"(?:ten|five|10|5)[\s-]year\b",
    "de": r"\b(?:brauch\s*(?:e|i|ich)?\s+(?:\w+\s+)?(?:nimmer|nicht\s+mehr|koi\w*|kein\w*)"
    r"|werd(?:e)?\s+(?:ihn|sie|es|das|den|die)\s+nicht\s+(?:mehr\s+)?brauchen)\b",
    "fr": r"\b(?:j'\s*en\s+aurai\s+plus\s+besoin|je\s+(?:m'\s*en\s+)?servirai\s+(?:pas|plus)"
    r"|je\s+n'\s*en\s+aurai\s+pas\s+besoin)\b",
    "es": r"\bno\s+(?:lo|la|los|las|me)\s+(?:voy\s+a\s+(?:necesitar|usar)"
    r"|va\s+a\s+hacer\s+falta)\b",
    "pt": r"\b(?:nao|num)\s+(?:vou|irei)\s+(?:precisar|usar)\b",
    "it": r"\bnon\s+(?:mi\s+)?(?:servira|la\s+usero|lo\s+usero|li\s+usero|le\s+usero)\b",
}
# --- something dated ahead, or given up: cancelled, not renewed, not bought ---------------------
_FUTURE = {
    "en": r"\b(?:next\s+(?:year|term|spring|summer|autumn|winter|month|season)|after\s+the\s+summer"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)|cancel+ed|didn'?t\s+(?:renew|rebook|order|buy)|won'?t\s+renew|diary|calendar"
    r"|pension|passport|(?:driving\s+)?licen[cs]e|renew\w*)\b",
    "de": r"\b(?:na(?:e)?chst\w*\s+jahr|im\s+(?:januar|februar|ma(?:e)?rz|april|mai|juni|juli"
    r"|august|september|oktober|november|dezember|herbst|sommer|winter|fru(?:e)?hling)|ab\s+\w+|abgsagt"
    r"|abgesagt|storniert|geku(?:e)?ndigt|kalender|verla(?:e)?ngere)\b",
    "fr": r"\b(?:l'\s*an\s+prochain|l'\s*annee\s+prochaine|apres|(?:en|de|d')\s*(?:janvier"
    r"|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|annule"
    r"|resilie|agenda|pas\s+(?:achete|renouvele|reconduit))\b",
    "es": r"\b(?:el\s+ano\s+que\s+viene|el\s+proximo\s+ano|de\s+(?:enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|cancele|no\s+renove|agenda"
    r"|no\s+compre)\b",
    "pt": r"\b(?:ano\s+que\s+vem|proximo\s+ano|de\s+(?:janeiro|fevereiro|marco|abril|maio|junho"
    r"|julho|agosto|setembro|outubro|novembro|dezembro)|desmarquei|cancelei|nao\s+renovei|agenda"
    r"|nem\s+comprei)\b",
    "it": r"\b(?:l'\s*anno\s+prossimo|per\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio"
    r"|agosto|settembre|ottobre|novembre|dicembre)|di\s+(?:marzo|settembre)|disdetto"
    r"|non\s+ho\s+(?:rinnovato|comprato)|agenda)\b",
}
# --- a reason given: moving, a new one, an app; the errand explains itself --------------------
_REASON = {
    "en": r"because|since|as\s+i|now\s+(?:that\s+)?i|'cause|cos|switch\w*|moving|moved"
    r"|new\s+(?:one|job|phone|flat)|app"
    r"|phone|instead",
    "de": r"weil|da\s+ich|umzug|umziehen|zieh\w*|neue[nrs]?|app|handy|stattdessen|jetzt\s+wo",
    "fr": r"parce\s+que|car|puisque|demenage\w*|nouveau|nouvelle|appli|telephone",
    "es": r"porque|ya\s+que|me\s+mudo|mudanza|nuevo|nueva|app|movil|celular",
    "pt": r"porque|pois|mudanca|mudar|novo|nova|app|celular|telemovel",
    "it": r"perche|visto\s+che|trasloco|trasferisco|nuovo|nuova|app|cellulare|telefono",
}


def _unneeded(lang: str) -> str:
    dated, wont = _FUTURE[lang], _WONT[lang]
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^\n]{{0,250}}\b(?:{_REASON[lang]})\b)[^.!?\n]*?"
        rf"(?:(?:{dated})[^\n]{{0,90}}?(?:{wont})|(?:{wont})[^\n]{{0,60}}?(?:{dated}))"
    )


RULES: tuple[Rule, ...] = core_family(
    "future_thing_unneeded",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {lang: _unneeded(lang) for lang in LANGS},
    {
        "en": "need|use|using|point",
        "de": "brauch",
        "fr": "besoin|servirai",
        "es": "necesitar|usar|falta",
        "pt": "precisar|usar",
        "it": "servira|usero",
    },
)

__all__ = ["RULES"]
