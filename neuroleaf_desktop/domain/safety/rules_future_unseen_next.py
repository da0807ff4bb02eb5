"""No future told by next year's occasion the writer will not see, nothing on the far side of a
season, or no "me" left to turn up, in six languages.

Why: ``rules_future_no_next`` reads a next season denied to the writer ("no hay año que viene
para mí"). Writers also name one occasion of the coming year, a fair, a feast, a match, and
say flatly that they will not see it or will not be in it:

* "the county show next summer, I won't see it", "das Schützenfest nächstes Jahr werd ich
  nicht mehr erleben", "le carnaval l'an prochain, je ne le verrai pas", "la feria del año que
  viene, no pienso estar", "o São João do ano que vem, já não faço parte disso", "il palio
  dell'anno prossimo non lo vedrò";
* nothing on the far side of a season ("nothing on the other side of this summer"), nothing
  ahead and "no anything", or no writer left to turn up ("I don't think there'll be a me to
  show up", "je ne crois pas qu'il y aura encore un moi").

A reason (work, a move, a trip abroad, money, because …) or the occasion cancelled makes it an
everyday regret ("the fair next year, I won't see it, we're moving to Lyon"), and the sentence
is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import CLAUSE_CLOSE, Rule, family

_S = r"[^.!?\n]"
# … or an ellipsis, a pause inside the sentence ("Junho que vem, a quadrilha… eu já não")
_S_OR_PAUSE = r"(?:[^.!?\n]|\.\.\.|…)"
_REASON_NAMED = (
    r"(?![^\n]*\b(?:shift\w*|exams?|broke|examen\w*|esam\w*|exame\w*|schicht\w*|dienst\w*"
    r"|pru(?:e)?fung\w*|turno|work\w*|job|moving|move|abroad|travel\w*|money|cancel\w*|weil|arbeit\w*"
    r"|umzug|ziehen|ausland|geld|abgesagt|parce|travail|boulot|demenag\w*|etranger|argent"
    r"|annule\w*|porque|trabaj\w*|mudanza|mudo|extranjero|dinero|cancelad\w*|trabalh\w*"
    r"|mudanca|mudo|exterior|dinheiro|perche|lavoro|trasloco|trasferisco|estero|soldi"
    r"|annullat\w*|erasmus|exchange)\b)"
)
# … or only said to be one ("because …"): the phrases of ``_NOTHING_BEYOND`` are their own
# reason ("because I don't think there'll be a me"), so only a named reason clears them
_REASON = r"(?![^\n]*\b(?:because|weil|parce|porque|perche)\b)" + _REASON_NAMED
# … or the next one of an occasion named by its own name ("the next regatta", "el próximo
# Carnaval", "le prochain festival", "la prossima Sagra", "a próxima Festa", "das nächste
# Stadtfest"): the article and "next" before a noun
_NEXT_OCCASION = {
    "en": r"\bthe\s+next\s+(?!time\b|one\b|few\b|day\b|morning\b)[a-z]\w+",
    "de": r"\b(?:das|der|die|den|beim|zum)\s+na(?:e)?chste[nrs]?\s+\w+",
    "fr": r"\b(?:le|la)\s+prochaine?\s+(?!fois\b)\w+",
    "es": r"\b(?:el|la)\s+proxim[oa]\s+(?!vez\b)\w+",
    "pt": r"\b(?:o|a)\s+proxim[oa]\s+(?!vez\b)\w+",
    "it": r"\b(?:il|la|lo)\s+prossim[oa]\s+(?!volta\b)\w+",
}
_NEXT_YEAR = {
    "en": r"\bnext\s+(?:year|summer|winter|spring|christmas|june|july|august)\b",
    "de": r"\b(?:na(?:e)?chstes|im\s+na(?:e)?chsten)\s+(?:jahr|sommer|winter)\b",
    "fr": r"\b(?:l'\s*an(?:nee)?\s+prochaine?|l'\s*ete\s+prochain)\b",
    "es": r"\b(?:del?\s+)?(?:ano|verano)\s+que\s+viene\b|\bproximo\s+ano\b",
    "pt": r"\b(?:ano|verao|inverno|natal|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto"
    r"|setembro|outubro|novembro|dezembro)\s+que\s+vem\b|\bproximo\s+ano\b",
    "it": r"\b(?:dell'\s*|l'\s*)anno\s+prossimo\b|\bil\s+prossimo\s+anno\b"
    r"|\bl'\s*estate\s+prossima\b",
}
_NOT_SEEN = {
    "en": r"\bi\s+(?:won'?t|will\s+not)\s+(?:see|be\s+(?:there|around)\s+for)\s+(?:it|them)\b",
    "de": r"\b(?:werd|werde)\s+ich\s+(?:es|ihn|sie|das)?\s*nicht\s+(?:mehr\s+)?(?:sehen|erleben)\b",
    "fr": r"\bje\s+ne\s+(?:la|le|les)\s+verrai\s+(?:pas|plus|jamais)\b|\bje\s+n'\s*y\s+serai\s+"
    r"(?:pas|plus)\b",
    "es": r"\bno\s+(?:pienso|voy\s+a|creo\s+que\s+vaya\s+a)\s+estar\b|\bno\s+(?:la|lo|las|los)\s+"
    r"(?:vere|voy\s+a\s+ver)\b",
    "pt": r"\b(?:ja\s+)?nao\s+(?:faco|farei|vou\s+fazer)\s+parte\s+disso\b|\bnao\s+(?:o|a|os|as)\s+"
    r"(?:verei|vou\s+ver)\b|\bnao\s+vou\s+estar\b",
    "it": r"\bnon\s+(?:la|lo|le|li)\s+vedro\b|\bnon\s+ci\s+saro\b",
}
# nothing on the far side of a season; no writer left to turn up
_NOTHING_BEYOND = {
    "en": r"\bnothing\s+on\s+the\s+(?:far|other)\s+side\s+of\s+(?:this|the)\s+(?:winter|summer"
    r"|year|autumn|spring)\b|\bno\s+\w+\s+ahead\s+of\s+me,?\s+no\s+anything\b"
    r"|\b(?:don'?t\s+think|doubt)\s+there'?ll\s+be\s+a\s+me\b",
    "de": r"\bnichts\s+auf\s+der\s+anderen\s+seite\s+(?:dieses|des)\s+(?:winters|sommers|jahres)\b"
    r"|\bglaub\w*\s+nicht,?\s+dass\s+es\s+(?:dann\s+)?(?:noch\s+)?ein\s+ich\s+gibt\b",
    "fr": r"\brien\s+de\s+l'\s*autre\s+cote\s+de\s+cet\s+(?:hiver|ete)\b"
    r"|\bqu'\s*il\s+y\s+aura\s+(?:encore\s+)?un\s+moi\b",
    "es": r"\bnada\s+al\s+otro\s+lado\s+de\s+este\s+(?:invierno|verano|ano)\b"
    r"|\bque\s+(?:vaya\s+a\s+haber|haya)\s+(?:todavia\s+)?un\s+yo\b",
    "pt": r"\bnada\s+do\s+outro\s+lado\s+deste\s+(?:inverno|verao|ano)\b"
    r"|\bque\s+(?:vai\s+haver|haja)\s+(?:ainda\s+)?um\s+eu\b",
    "it": r"\bniente\s+dall'\s*altra\s+parte\s+di\s+quest[oa]\s+(?:inverno|estate|anno)\b"
    r"|\bche\s+ci\s+sara\s+(?:ancora\s+)?una?\s+me\b",
}

_NAME = "future_absent"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "next_year_unseen",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=\n)){_REASON}{_S}*?(?:{_NEXT_YEAR[lang]}|{_NEXT_OCCASION[lang]})"
        rf"{_S_OR_PAUSE}{{0,70}}?"
        rf"(?:{_NOT_SEEN[lang]}){CLAUSE_CLOSE}"
        for lang in _NEXT_YEAR
    },
    {
        "en": "won't|wont|will not",
        "de": "nicht",
        "fr": "verrai|serai",
        "es": "estar|vere|ver",
        "pt": "parte|ver|estar",
        "it": "vedro|saro",
    },
) + family(
    _NAME,
    "nothing_beyond",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {lang: rf"(?:^|(?<=\n)){_REASON_NAMED}{_S}*?(?:{p})" for lang, p in _NOTHING_BEYOND.items()},
    {
        "en": "side|anything|a me",
        "de": "seite|ein ich",
        "fr": "cote|un moi",
        "es": "lado|un yo",
        "pt": "lado|um eu",
        "it": "parte|una me|un me",
    },
)

__all__ = ["RULES"]
