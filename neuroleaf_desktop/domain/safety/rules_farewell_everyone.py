"""Goodbyes told as a round of everyone in a circle, called or met one by one to take leave,
with no departure named, in six languages.

Why: the farewell families read a goodbye by its finality ("goodbye for good") or by the thanks
said before it is too late. A writer may instead tell the round itself: everyone in the band,
the choir, the folk group called one by one to say goodbye ("llamé uno por uno a los de la
charanga para despedirme", "habe alle vom Posaunenchor angerufen, um mich richtig zu
verabschieden", "liguei para todos do rancho para me despedir de vez", "ho chiamato tutti
quelli della banda per salutarli un'ultima volta"), or each hand shaken knowing it was the last
time ("j'ai serré la main de chaque musicien, en sachant que c'était la dernière fois").
The leave-taking closes the sentence, and a departure or an ending named in the line (a move,
a trip, a new job, a retirement, the end of a season) is the ordinary goodbye it would be.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_L = r"[^\n]"
_S = r"[^.!?\n]"
_CLOSES = r"(?=\s*(?:$|[.!?\n]))"
# a departure or an ending that gives the round its everyday reason
_REASON = (
    r"(?!" + _L + r"*\b(?:trip|flight|abroad|emigrat\w*|mov(?:e|ing)|retir\w*|quit\w*"
    r"|new\s+(?:job|company|school)|last\s+day|neue[nmr]?\s+(?:job|stelle|firma)|letzte[nr]?\s+tag"
    r"|nouveau\s+(?:travail|boulot|poste)|dernier\s+jour|nuevo\s+trabajo|ultimo\s+dia"
    r"|empresa\s+nova|novo\s+emprego|nuovo\s+lavoro|ultimo\s+giorno"
    r"|season|holiday\w*|leaving\s+(?:the|for)|surgery|operation|reise|flug|ausland|umzug"
    r"|ausgewandert|auswander\w*|rente|ruhestand|pension\w*|saison|urlaub|operation|voyage|vol"
    r"|etranger|demenag\w*|retraite|vacances|viaje|vuelo|extranjero|mudanza|jubil\w*|vacaciones"
    r"|temporada|operacion|viagem|voo|estrangeiro|mudanca|aposent\w*|ferias|operacao|viaggio"
    r"|volo|estero|trasloco|pensione|vacanz\w*|stagione|operazione|emigr\w*)\b)"
)
# --- everyone in the circle called, visited or met one by one --------------------------------
_ROUND = {
    "en": r"\b(?:called|rang|phoned|visited|texted)\s+(?:\w+\s+){0,2}?(?:everyone|everybody"
    r"|all\s+(?:of\s+)?(?:my|the|them)|each\s+(?:one\s+)?of)\b"
    r"|\b(?:shook\s+hands\s+with|hugged)\s+(?:everyone|everybody|each|every)\b",
    "de": r"\b(?:alle|jeden|jede|jeden\s+einzelnen)\b" + _S + r"{0,60}?\b(?:angerufen|besucht"
    r"|umarmt)\b|\b(?:jedem|allen)\s+(?:\w+\s+){0,4}?die\s+hand\s+gegeben\b",
    "fr": r"\b(?:appele|telephone\s+a|rendu\s+visite\s+a)\s+(?:tout\s+le\s+monde|tous|chacun)\b"
    r"|\b(?:serre\s+la\s+main|fait\s+la\s+bise)\s+(?:a|de)\s+(?:chaque|chacun|tous|tout\s+le"
    r"\s+monde)\b",
    "es": r"\b(?:llame|visite|abrace)\s+(?:uno\s+por\s+uno\s+)?a\s+(?:todos|cada\s+uno|los\s+de)\b"
    r"|\b(?:llame|visite)\s+uno\s+por\s+uno\b|\bles\s+di\s+la\s+mano\s+a\s+todos\b",
    "pt": r"\b(?:liguei|visitei|abracei)\s+(?:um\s+por\s+um\s+)?(?:para\s+|pra\s+|a\s+)?(?:todos"
    r"|todo\s+mundo|toda\s+a\s+gente|cada\s+um)\b",
    "it": r"\b(?:chiamato|telefonato\s+a|visitato|abbracciato)\s+(?:uno\s+per\s+uno\s+)?(?:tutti"
    r"|ognuno|uno\s+per\s+uno)\b",
}
# --- … to take leave, or knowing it was the last time -----------------------------------------
_LEAVE = {
    "en": r"\bto\s+say\s+(?:goodbye|bye|farewell)(?:\s+(?:properly|for\s+good|one\s+last\s+time))?"
    r"|,?\s*knowing\s+it\s+was\s+the\s+last\s+time",
    "de": r"\bum\s+mich\s+(?:richtig\s+|ordentlich\s+|fu(?:e)?r\s+immer\s+)?zu\s+verabschieden"
    r"|,?\s*(?:im\s+wissen|wissend),?\s+dass\s+es\s+das\s+letzte\s+mal\s+war",
    "fr": r"\bpour\s+(?:leur\s+)?dire\s+(?:adieu|au\s+revoir)(?:\s+une\s+derniere\s+fois)?"
    r"|,?\s*en\s+sachant\s+que\s+c'\s*etait\s+la\s+derniere\s+fois",
    "es": r"\bpara\s+despedirme(?:\s+de\s+(?:ellos|todos|ellas))?"
    r"(?:\s+(?:bien|una\s+ultima\s+vez))?"
    r"|,?\s*sabiendo\s+que\s+era\s+la\s+ultima\s+vez",
    "pt": r"\b(?:para|pra)\s+(?:me\s+despedir|despedir-me)(?:\s+de\s+(?:todos|vez))?"
    r"|,?\s*sabendo\s+que\s+era\s+a\s+ultima\s+vez",
    "it": r"\bper\s+(?:salutarli|salutarle|dire\s+(?:loro\s+)?addio)(?:\s+un'\s*ultima\s+volta)?"
    r"|,?\s*sapendo\s+che\s+era\s+l'\s*ultima\s+volta",
}

RULES: tuple[Rule, ...] = family(
    "farewell_everyone",
    "round",
    Category.GOODBYES,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_REASON}{_S}*?(?:{_ROUND[lang]}){_S}{{0,90}}?(?:{_LEAVE[lang]})"
        rf"{_CLOSES}"
        for lang in _ROUND
    },
    {
        "en": "goodbye|bye|farewell|last time",
        "de": "verabschied|letzte mal",
        "fr": "adieu|au revoir|derniere fois",
        "es": "despedirme|ultima vez",
        "pt": "despedir|ultima vez",
        "it": "salutarl|addio|ultima volta",
    },
    inherent=False,
)

__all__ = ["RULES"]
