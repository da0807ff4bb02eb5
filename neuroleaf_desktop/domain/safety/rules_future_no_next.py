"""No future told by the next season denied to the writer, or the writer not seen at its end,
in six languages.

Why: "no future" is often said of one coming stretch of time, not of the future as a whole:

* **no next one for the writer**: "no hay año que viene para mí", "o próximo Natal não vai ter
  eu", "there's no next summer for me", "il n'y a pas d'année prochaine pour moi", "non c'è un
  prossimo Natale per me", "für mich gibt es kein nächstes Weihnachten";
* **the writer not seen at the end of a season**: "I don't see myself at the end of the
  winter", "no me veo al final del invierno", "je ne me vois pas à la fin de l'année", "non mi
  vedo alla fine dell'inverno", "não me vejo no fim do verão", "ich seh mich nicht am Ende des
  Winters" (a season or a year, not a course, a queue or a contract: the end of those is a
  choice to leave);
* **"nothing ahead", then the times it holds nothing of**: "nothing ahead. not next month, not
  next Christmas";
* **a time ahead named, then only a blank where the writer should be**: "next summer? a white
  wall", "in five years my mind goes blank, like a screen with no signal", "nächstes Jahr – da
  ist für mich nichts, nur weißes Rauschen", "l'an prochain ? une page que je ne tournerai
  pas", "el próximo verano es una pared blanca", "daqui a um ano é um muro branco", "l'estate
  prossima? il calendario finisce prima", or a year named by its number and nothing after it:
  "Reichsstädter Tage 2027, danach kommt nix", "2027? depois disso é tudo branco" (the blank
  is the writer's: a blank page in a planner, a wall painted white or a blank page hoped for
  as a fresh start is not pictured as what lies ahead, and a reason given for the season, work
  or money, leaves it alone).

A season the writer cannot have for a reason given ("no hay verano para mí, trabajo todo
agosto") is the everyday complaint: a sentence that names work, an exam or money is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_REASON = (
    r"(?![^.!?\n]*\b(?:work\w*|job|shift|exams?|money|broke|trabaj\w*|examen\w*|dinero|travail\w*"
    r"|boulot|argent|lavor\w*|esam\w*|soldi|trabalh\w*|exame\w*|dinheiro|arbeit\w*|schicht"
    r"|pru(?:e)?fung\w*|geld|because|porque|parce\s+que|perche|weil)\b)"
)

# A place or a group named after it: "no next summer for me at this camp" is leaving it.
_NO_PLACE = r"(?!\s+(?:at|in|on|with|en|con|a|au|dans|avec|em|na|no|com|bei|im|mit)\b)"

# … and, with the writer named first, a next one like this one or without someone is a comparison
# or a grief ("for me there's no next year like this one", "para mí no hay año que viene sin ella")
_NOT_LIKE = r"(?!\s+(?:like|without|sin|sans|sem|senza|ohne|como|comme|come)\b)"

_NO_NEXT = {
    "es": r"\bno\s+hay\s+(?:un\s+)?(?:ano\s+que\s+viene|proxim[oa]\s+(?:ano|navidad|verano"
    r"|invierno|primavera|cumpleanos)|otr[oa]\s+(?:navidad|verano|ano))\s+para\s+mi\b"
    r"|\bpara\s+mi,?\s+(?:ya\s+)?no\s+hay\s+(?:un\s+)?(?:ano\s+que\s+viene|proxim[oa]\s+(?:ano"
    r"|navidad|verano|invierno)|otr[oa]\s+(?:navidad|verano|ano))\b" + _NOT_LIKE,
    "pt": r"\b(?:o\s+)?proximo\s+(?:natal|ano|verao|inverno|aniversario)\s+(?:ja\s+)?nao\s+vai\s+"
    r"ter\s+(?:eu|a\s+mim|me)\b"
    r"|\bnao\s+(?:ha|vai\s+haver)\s+(?:um\s+)?(?:proximo\s+(?:natal|ano|verao|inverno)|outro\s+"
    r"(?:natal|ano|verao))\s+(?:para|pra)\s+mim\b"
    r"|\b(?:para|pra)\s+mim,?\s+(?:ja\s+)?nao\s+(?:ha|vai\s+haver)\s+(?:um\s+)?(?:proximo\s+"
    r"(?:natal|ano|verao|inverno)|outro\s+(?:natal|ano|verao))\b" + _NOT_LIKE,
    "en": r"\bthere'?s\s+no\s+(?:next|another)\s+(?:year|christmas|xmas|summer|winter|spring"
    r"|birthday)\s+for\s+me\b"
    r"|\bnext\s+(?:year|christmas|xmas|summer|winter)\s+(?:won'?t|will\s+not)\s+have\s+me\b"
    # the writer named first: "for me there's no next year", "as far as I'm concerned there is
    # no next year"
    r"|\b(?:for\s+me|as\s+far\s+as\s+i'?m\s+concerned),?\s+there(?:'s|\s+is)\s+no\s+(?:next"
    r"|another)\s+(?:year|christmas|xmas|summer|winter|spring|birthday)\b" + _NOT_LIKE,
    "fr": r"\bil\s+n'\s*y\s+a(?:ura)?\s+pas\s+(?:d'\s*annee\s+prochaine|de\s+prochain\s+(?:noel"
    r"|ete|hiver)|d'\s*autre\s+(?:noel|ete|hiver))\s+pour\s+moi\b"
    r"|\bpour\s+moi,?\s+il\s+n'\s*y\s+a(?:ura)?\s+(?:pas|plus)\s+(?:d'\s*annee\s+prochaine|de\s+"
    r"prochain\s+(?:noel|ete|hiver)|d'\s*autre\s+(?:noel|ete|hiver))\b" + _NOT_LIKE,
    "it": r"\bnon\s+c'\s*e\s+(?:un\s+)?(?:prossim[oa]\s+(?:anno|natale|estate|inverno)|altr[oa]\s+"
    r"(?:natale|estate|anno))\s+per\s+me\b"
    r"|\bper\s+me,?\s+non\s+c'\s*e\s+(?:un\s+)?(?:prossim[oa]\s+(?:anno|natale|estate|inverno)"
    r"|altr[oa]\s+(?:natale|estate|anno))\b" + _NOT_LIKE,
    "de": r"\bfu(?:e)?r\s+mich\s+gibt\s+es\s+kein(?:en)?\s+(?:na(?:e)?chstes?|weiteres?)\s+"
    r"(?:jahr|weihnachten|sommer|winter|fru(?:e)?hling)\b",
}
_NEXT_GATE = {
    "es": "para mi",
    "pt": "proximo|outro",
    "en": "next|another",
    "fr": "pour moi",
    "it": "per me",
    "de": "fur mich|fuer mich",
}

_SEASON_END = {
    "en": r"\bi\s+(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+myself\s+(?:at|making\s+it\s+to)\s+"
    r"the\s+"
    r"end\s+of\s+(?:it|the\s+(?:winter|summer|year|month|season))\b",
    "es": r"\bno\s+me\s+veo\s+(?:llegando\s+)?al\s+final\s+del?\s+(?:invierno|verano|ano|mes)\b",
    "fr": r"\bje\s+ne\s+me\s+vois\s+pas\s+(?:arriver\s+)?(?:a\s+la\s+fin\s+de\s+l'\s*(?:hiver|ete"
    r"|annee)|a\s+la\s+fin\s+du\s+mois)\b",
    "it": r"\bnon\s+mi\s+vedo\s+(?:arrivare\s+)?alla\s+fine\s+dell'\s*(?:inverno|estate|anno)\b",
    "pt": r"\bnao\s+me\s+vejo\s+(?:a\s+chegar\s+)?(?:no|ao)\s+fim\s+d[oa]\s+(?:inverno|verao|ano"
    r"|mes)\b",
    "de": r"\bich\s+seh(?:e)?\s+mich\s+nicht\s+(?:mehr\s+)?am\s+ende\s+(?:des|dieses)\s+(?:winters"
    r"|sommers|jahres|monats)\b",
}
_SEASON_GATE = {
    "en": "see myself",
    "es": "me veo",
    "fr": "me vois",
    "it": "mi vedo",
    "pt": "me vejo",
    "de": "mich",
}

_NOTHING_AHEAD = {
    "en": r"\bnothing\s+ahead\W+not\s+(?:next|this)\s+(?:month|year|week|christmas|xmas|summer)\b",
}

# --- a time ahead, then only a blank ---------------------------------------------------------
_AHEAD = {
    "en": r"\b(?:next\s+(?:year|summer|winter|spring|christmas|xmas)|(?:in|five|ten)\s+(?:\w+\s+)?"
    r"years?\s+(?:time|from\s+now)|where\s+i'?ll\s+be\s+in\s+(?:\w+\s+)?years?)\b",
    "de": r"\b(?:(?:u(?:e)?ber)?na(?:e)?chstes\s+jahr|na(?:e)?chsten\s+(?:sommer|winter"
    r"|fru(?:e)?hling)"
    r"|in\s+(?:\w+\s+)?jahren)\b",
    "fr": r"\b(?:l'\s*an\s+prochain|l'\s*annee\s+prochaine|l'\s*ete\s+prochain"
    r"|dans\s+(?:\w+\s+)?ans)\b",
    "es": r"\b(?:(?:el\s+)?proximo\s+(?:verano|ano|invierno)|(?:el|del|al)\s+ano\s+que\s+viene"
    r"|dentro\s+de\s+(?:\w+\s+)?anos?)\b",
    "pt": r"\b(?:daqui\s+a\s+(?:\w+\s+)?anos?|(?:o\s+)?proximo\s+(?:verao|ano|inverno)"
    r"|para\s+o\s+ano)\b",
    "it": r"\b(?:l'\s*(?:estate|anno)\s+prossim[oa]|(?:tra|fra)\s+(?:\w+\s+)?anni)\b",
}
# … or a year to come named by its number: "Reichsstädter Tage 2027, danach kommt nix"
for _lang in _AHEAD:
    _AHEAD[_lang] += r"|\b20[2-9]\d\b"
_BLANK = {
    "en": r"\b(?:(?:a\s+)?(?:blank|white)\s+(?:wall|page|screen)|mind\s+goes\s+(?:white|blank)"
    r"|screen\s+with\s+no\s+signal|white\s+noise)\b",
    "de": r"\b(?:wei(?:ss|ß)e[sn]?\s+(?:wand|rauschen|blatt)|da\s+ist\s+fu(?:e)?r\s+mich\s+"
    r"(?:einfach\s+|gar\s+)?nichts)\b",
    "fr": r"\b(?:(?:un\s+)?mur\s+blanc|(?:une\s+)?page\s+(?:blanche|que\s+je\s+ne\s+tournerai"
    r"\s+pas)|il\s+n'\s*y\s+a\s+rien\s+pour\s+moi)\b",
    "es": r"\b(?:(?:una\s+)?pared\s+(?:blanca|en\s+blanco)|(?:una\s+)?pagina\s+en\s+blanco"
    r"|no\s+hay\s+nada\s+para\s+mi)\b",
    "pt": r"\b(?:(?:um\s+)?muro\s+branco|(?:uma\s+)?parede\s+branca|(?:uma\s+)?pagina\s+em\s+branco"
    r"|nao\s+ha\s+nada\s+para\s+mim)\b",
    "it": r"\b(?:(?:il\s+)?calendario\s+finisce\s+prima|davanti\s+non\s+c'\s*e\s+(?:nulla|niente)"
    r"|(?:un\s+)?muro\s+bianco|(?:una\s+)?pagina\s+bianca)\b",
}
# … or nothing after it, closing the clause: "danach kommt nix", "depois disso é tudo branco",
# "ahí no hay nada", "après, plus rien", "dopo, il vuoto", "after that it's all blank"
_NOTHING_AFTER = {
    "en": r"\b(?:after\s+that\s+)?it'?s\s+all\s+blank|\bnothing\s+after\s+(?:that|it)",
    "de": r"\bdanach\s+(?:kommt|ist)\s+(?:nix|nichts|alles\s+leer)",
    "fr": r"\bapres,?\s+(?:plus\s+)?rien|\bapres\s+(?:ca"
    r"|cela),?\s+(?:c'\s*est\s+)?(?:le\s+)?(?:vide"
    r"|blanc)",
    "es": r"\b(?:ahi|alli|despues)\s+no\s+hay\s+nada|\bdespues\s+(?:de\s+eso\s+)?(?:todo\s+)?en\s+"
    r"blanco",
    "pt": r"\b(?:depois\s+disso\s+)?e\s+tudo\s+(?:em\s+)?branco|\bdepois\s+nao\s+ha\s+nada",
    "it": r"\bdopo,?\s+(?:non\s+c'\s*e\s+)?(?:il\s+)?(?:vuoto|nulla|niente)",
}
for _lang, _after in _NOTHING_AFTER.items():
    _BLANK[_lang] += rf"|(?:{_after})(?=\s*(?:$|[.!?,;:\n]))"
# (a planner's blank page, a wall being painted, a screen or a radio: the thing itself)
_A_THING = (
    r"(?![^.!\n]*\b(?:paint\w*|planner|diary|agenda|kalender\w*|tv|radio|streich\w*|peind\w*"
    r"|pint\w*|dipin\w*|renovat\w*"
    # … or a blank page hoped for: a fresh start
    r"|fresh\s+start|new\s+start|clean\s+slate|neuanfang|nouveau\s+depart|nuevo\s+comienzo"
    r"|empezar\s+de\s+cero|recomeco|comecar\s+de\s+novo|nuovo\s+inizio|ricominciare)\b)"
)
_BLANK_AHEAD = {
    lang: rf"(?:^|(?<=[.!\n])){_REASON}{_A_THING}[^.!\n]*?(?:{_AHEAD[lang]})[^.!\n]{{0,90}}?"
    rf"(?:{_BLANK[lang]})"
    for lang in _AHEAD
}

_NAME = "no_next"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "season_denied",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {lang: rf"{_REASON}(?:{p}){_NO_PLACE}" for lang, p in _NO_NEXT.items()},
        _NEXT_GATE,
    )
    + family(
        _NAME,
        "season_end_unseen",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {lang: rf"{_REASON}(?:{p})" for lang, p in _SEASON_END.items()},
        _SEASON_GATE,
    )
    + family(
        _NAME,
        "nothing_ahead_listed",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _NOTHING_AHEAD,
        {"en": "nothing ahead"},
    )
    + family(
        _NAME,
        "blank_ahead",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _BLANK_AHEAD,
        {
            "en": "blank|white|no signal|nothing after",
            "de": "wand|rauschen|blatt|nichts|nix|leer",
            "fr": "mur|page|rien|vide|blanc",
            "es": "pared|pagina|nada|blanco",
            "pt": "muro|parede|pagina|nada|branco",
            "it": "calendario|nulla|niente|muro|pagina|vuoto",
        },
    )
)

__all__ = ["RULES"]
