"""The others' time to come told with the writer not in it, in six languages: a season, a trip,
an occasion ahead, and "I won't be here for it", plainly, with no journey to explain it.

Why: the future is often told through the others' plans ("everyone's talking about the summer
holidays, I won't be here", "les copines parlent des vacances en août, je serai plus là", "os
colegas falam da formatura em dezembro, não vou estar lá", "l'annu prossimu un ci sarò
chiù"). Two parts in a breath: something ahead (next year, Christmas, August, a wedding, "for
it") and the writer not there, the clause closed there or with a time ("… by then", "… for
it", "… en août"). Being away is the commonest reason for it, so a journey, a holiday, a place or a
trip named in the sentence ("I won't be here for my birthday, we'll be in Greece", "no voy a estar
en la oficina, me voy de vacaciones") says where the writer will be instead.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januar|februar|ma(?:e)?rz|juni|juli|oktober|dezember|janvier|fevrier|mars|avril|mai|juin"
    r"|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho"
    r"|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|novembre|dicembre"
)
# the clause closed, or closed by a time: "… by then", "… for it", "… en août"
_CLOSED = (
    r"(?:\s+(?:for\s+(?:it|that|them)|by\s+then|then|any\s*more|para\s+(?:isso|eso)|pour\s+ca"
    r"|per\s+quello|dafu(?:e)?r|(?:piu|chiu|mehr)"
    # … or by what the writer will not be there to see: "pa' verlo", "pour le voir", "to see it"
    r"|to\s+see\s+(?:it|that|them)|(?:para|pa'?)\s+verl[oa]s?|(?:para|pra)\s+ver(?:\s+isso)?"
    r"|pour\s+(?:le|la|les)\s+voir|per\s+vederl[oa]|um\s+es\s+zu\s+sehen)"
    r"|\s+(?:en|in|im|em|a|for|by)\s+(?:" + _MONTHS + r"))?(?=\s*(?:$|[.!?,;:\n]))"
)
# --- the writer not there ------------------------------------------------------------------------
_NOT_THERE = {
    # (or not part of it: "I know I won't be part of it", as German "nicht mehr dabei")
    "en": r"\b(?:won'?t|will\s+not|ain'?t\s+gonna|not\s+gonna|(?:i'?m|am)\s+not\s+going\s+to)\s+"
    r"(?:still\s+)?be\s+(?:here|there|around|anywhere|part\s+of\s+(?:it|that|them))"
    # ("I don't think I am here then": the present said for the time to come)
    r"|\b(?:don'?t|do\s+not)\s+(?:\w+\s+)?(?:think|reckon|expect)\s+(?:(?:i'?ll\s+)?(?:still\s+)?"
    r"be|i\s+am|i'?m|im)\s+(?:still\s+)?(?:here|there|around)",
    "de": r"\b(?:ich|i)\s+(?:bin|werd|werde)\s+(?:(?:da|do|dann|schon|eh)\s+){0,3}(?:nimmer"
    r"|nicht\s+mehr|nimma|ned\s+mehr)\s+(?:da|do|dabei|hier)(?:\s+sein)?"
    r"|\bweil\s+i\s+do\s+nimma\s+do\s+bin"
    # the verb first after a fronted "da" or "dann": "da bin ich nicht mehr dabei"
    r"|\b(?:bin|werd|werde)\s+(?:ich|i)\s+(?:(?:da|do|dann|schon|eh)\s+){0,3}(?:nimmer"
    r"|nicht\s+mehr|nimma|ned\s+mehr)\s+(?:da|do|dabei|hier)(?:\s+sein)?",
    "fr": r"\bje\s+(?:ne\s+)?serai\s+(?:plus|pas)\s+(?:la|ici)"
    r"|\bje\s+(?:ne\s+)?pense\s+pas\s+(?:etre|y\s+etre)\s+(?:encore\s+)?(?:la|ici)",
    "es": r"\bno\s+voy\s+a\s+(?:estar|llegar)|\bya\s+no\s+(?:voy\s+a\s+estar|estare)",
    "pt": r"\b(?:nao|num|nem)\s+vou\s+(?:estar|chegar)(?:\s+(?:la|ca|aqui|viv[oa]))?",
    "it": r"\b(?:non|un)\s+ci\s+saro|\bnon\s+penso\s+di\s+esserci",
}
# --- something ahead ---------------------------------------------------------------------------
_AHEAD = {
    "en": r"\b(?:next\s+\w+|christmas|summer|for\s+it|by\s+then|birthday|wedding|graduation"
    r"|the\s+\w+\s+(?:trip|holiday|party|season)|" + _MONTHS + r")\b",
    "de": r"\b(?:na(?:e)?chst\w*|weihnacht\w*|sommer|urlaub|hochzeit|geburtstag|"
    + _MONTHS
    + r")\b",
    "fr": r"\b(?:prochain\w*|noel|ete|vacances|mariage|anniversaire|" + _MONTHS + r")\b",
    "es": r"\b(?:proxim\w*|que\s+viene|navidad|verano|vacaciones|quince|boda|cumple\w*"
    r"|llegar\s+a\s+viejo|" + _MONTHS + r")\b",
    "pt": r"\b(?:proxim\w*|que\s+vem|natal|verao|ferias|formatura|casamento|aniversario|"
    + _MONTHS
    + r")\b",
    "it": r"\b(?:prossim\w*|prossimu|natale|estate|vacanze|matrimonio|compleanno|"
    + _MONTHS
    + r")\b",
}
# --- a journey, a trip, a place the writer will be in instead ---------------------------------
_AWAY = {
    "en": r"away|abroad|trip|travel\w*|flight|flying|visiting|moving|holidays?|vacation"
    r"|we'?ll\s+be\s+in"
    r"|i'?ll\s+be\s+in|office|work|conference|back\s+(?:from|on)|i'?m\s+back|return\w*"
    # (left out of a side or a line-up: "won't be part of it, the team goes without me")
    r"|team|squad|club|band|tour|line-?up|selected|picked|dropped|cut",
    # (the others' holiday talked of is no trip of the writer's: "die reden alle vom Urlaub")
    "de": r"verreist|reise|flug|umzug|zieh|ziehe|bin\s+in|bu(?:e)?ro|arbeit|dienstreise|erasmus"
    r"|auslands\w*|semester|schicht\w*"
    r"|(?<!vom\s)(?<!von\s)urlaub|(?<!den\s)ferien",
    "fr": r"voyage|deplacement|je\s+serai\s+a|demenage\w*|bureau|boulot|je\s+pars|vacances",
    "es": r"viaje|me\s+voy\s+de|estare\s+en|mudanza|me\s+mudo|oficina|trabajo|vacaciones",
    "pt": r"viagem|vou\s+viajar|estarei\s+em|mudanca|escritorio|trabalh\w*|vou\s+de\s+ferias"
    r"|exterior|fora|ferias",
    "it": r"viaggio|partir\w*|saro\s+(?:a|in)|trasloco|ufficio|lavoro|vado\s+in|vacanz\w+|ferie"
    r"|erasmus",
}


def _not_there(lang: str) -> str:
    ahead, gone = _AHEAD[lang], rf"(?:{_NOT_THERE[lang]}){_CLOSED}"
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_AWAY[lang]})\b)[^.!?\n]*?"
        rf"(?:(?:{ahead})[^\n]{{0,100}}?{gone}|{gone}[^.!?\n]{{0,60}}?(?:{ahead}))"
    )


RULES: tuple[Rule, ...] = core_family(
    "ahead_without_the_writer",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {lang: _not_there(lang) for lang in LANGS},
    {
        "en": "here|there|around|anywhere|part",
        "de": "da|do|dabei|hier",
        "fr": "la|ici",
        "es": "estar|llegar|estare",
        "pt": "estar|chegar",
        "it": "saro|esserci",
    },
)

__all__ = ["RULES"]
