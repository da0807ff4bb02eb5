"""The writer outside a time the others plan: going along as if they will be there, a coming
time that has no place for them, in six languages.

* **going along as if**: "I keep nodding along like I'll be there in October", "pretending I'll
  still be around for her wedding", "je fais comme si j'allais y être", "hago como si fuera a
  estar", "faccio finta di esserci ancora", "finjo que vou estar lá", "tu so, als wär ich dann
  noch da": the writer's presence ahead is a pretence;
* **no time that the writer will be around for**: "no trip coming that I'll still be around
  for", "nothing planned I'll be here for";
* **a coming time that has none for the writer**: "they talk about next season and there isn't
  one for me", "pour moi il n'y en aura pas", "para mí no habrá", "für mich gibt's keine mehr",
  "para mim não vai haver", "per me non ci sarà".

Why: the older no-future rules read the writer's own "I won't be here" or a future denied
outright; these writers set the others' plans beside a pretence or a pronoun, and the absence
is in the grammar ("one", "en", "as if"). What stays out: a pretence about being on time, ready
or fine ("act like I'll be there on time"), an event sold out or cancelled for everyone, a
place or a ticket "there isn't one for me" with no time before it.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# --- going along as if the writer will be there ---------------------------------------------
_AS_IF = {
    "en": r"\b(?:nod(?:ding)?\s+along|go(?:ing)?\s+along|play(?:ing)?\s+along|pretend(?:ing)?)"
    r"\s+(?:like|as\s+if|as\s+though|that)?\s*(?:i'?ll|i\s+will|ill|i'?m\s+going\s+to|i'?d)\s+"
    r"(?:still\s+)?be\s+(?:there|here|around|alive)\b(?!\s+(?:on\s+time|early|by|at\s+\d|ready"
    r"|in\s+(?:five|ten|\d+)\s+minutes))",
    "de": r"\b(?:tu|tue|mach|mache)\s+(?:immer\s+)?(?:so,?\s+)?als\s+(?:ob\s+ich\s+(?:dann\s+)?"
    r"(?:noch\s+)?(?:da|dabei)\s+(?:wa(?:e)?re|sein\s+werde)|wa(?:e)?r(?:e)?\s+ich\s+(?:dann\s+)?"
    r"(?:noch\s+)?(?:da|dabei))\b",
    "fr": r"\bje\s+fais\s+comme\s+si\s+j'?\s*(?:allais|serais)\s+(?:encore\s+)?(?:y\s+etre|la"
    r"|etre\s+la)\b",
    "es": r"\bhago\s+como\s+si\s+(?:fuera\s+a\s+estar|fuese\s+a\s+estar|estuviera|estuviese)\s+"
    r"(?:todavia\s+|aun\s+)?(?:ahi|alli|aqui)\b",
    "pt": r"\b(?:finjo|faco\s+de\s+conta)\s+que\s+(?:vou|ainda\s+vou)\s+(?:estar|ca\s+estar)\s+"
    r"(?:ainda\s+)?(?:la|ca|aqui)\b",
    "it": r"\bfaccio\s+finta\s+(?:di\s+esserci|che\s+ci\s+saro)\s*(?:ancora)?\b",
}
_AS_IF_GATE = {
    "en": "along|pretend",
    "de": "als",
    "fr": "comme si",
    "es": "como si",
    "pt": "finjo|conta",
    "it": "finta",
}
# --- no time ahead that the writer will still be around for (English) -----------------------
_AROUND_FOR = {
    "en": r"\b(?:no|nothing)\s+(?:\w+\s+){0,2}?(?:coming|ahead|planned|booked)?\s*(?:that\s+)?"
    r"(?:i'?ll|i\s+will|ill)\s+(?:still\s+)?be\s+(?:around|here|alive)\s+for\b",
}
# --- a coming time the others talk of, and "none for me" --------------------------------------
_TIME = {
    "en": r"next\s+(?:season|year|summer|winter|spring|autumn|term|christmas)|the\s+(?:new\s+)?"
    r"season|christmas|summer",
    "de": r"na(?:e)?chste\w*\s+(?:saison|jahr|sommer|winter|urlaub)|saison|sommer|weihnachten",
    "fr": r"(?:la\s+)?saison\s+prochaine|l'annee\s+prochaine|l'ete\s+prochain|(?:le\s+)?noel"
    r"\s+prochain|la\s+prochaine\s+saison",
    "es": r"(?:la\s+)?(?:proxima\s+temporada|temporada\s+que\s+viene)|el\s+ano\s+que\s+viene"
    r"|el\s+proximo\s+(?:ano|verano)|la\s+proxima\s+navidad",
    "pt": r"(?:a\s+)?proxima\s+(?:epoca|temporada)|o\s+ano\s+que\s+vem|o\s+proximo\s+(?:ano|verao)"
    r"|o\s+proximo\s+natal",
    "it": r"(?:la\s+)?prossima\s+stagione|l'anno\s+prossimo|la\s+prossima\s+estate|il\s+prossimo"
    r"\s+natale",
}
_NONE_FOR_ME = {
    "en": r"(?:there\s+(?:isn'?t|is\s+not|won'?t\s+be|will\s+not\s+be|'?s\s+no)|there'?s\s+not)"
    r"\s+(?:one|any)\s+for\s+me\b",
    "de": r"fu(?:e)?r\s+mich\s+(?:gibt(?:'?s|\s+es)|wird\s+es)\s+(?:keine[nr]?|keins)"
    r"\s*(?:mehr)?\b",
    "fr": r"pour\s+moi,?\s+il\s+n'?\s*y\s+en\s+(?:aura|a)\s+pas\b",
    "es": r"para\s+mi\s+no\s+(?:habra|hay)\s*(?:otra|otro|ninguna|ninguno)?\b",
    "pt": r"para\s+mim\s+nao\s+(?:vai\s+haver|ha|havera)\b",
    "it": r"per\s+me\s+non\s+ci\s+sara\b",
}
# sold out, full or cancelled for everyone: a ticket or a place, not a time of one's own
_NOT_SOLD_OUT = (
    r"(?![^.!?\n]*\b(?:tickets?|sold\s+out|full|cancel\w*|seats?|places?|squad|team\s+sheet"
    r"|karten?|ausverkauft|billets?|complet|entradas?|agotad\w+|bilhetes?|esgotad\w+|biglietti"
    r"|esaurit\w+|posto|plaza|lugar)\b)"
)


def _none_for_me(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n])){_NOT_SOLD_OUT}[^.!?\n]*?\b(?:{_TIME[lang]})\b[^.!?\n]{{0,80}}?"
        rf"\b(?:{_NONE_FOR_ME[lang]})"
    )


RULES: tuple[Rule, ...] = (
    family(
        "future_unjoined",
        "as_if_there",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _AS_IF,
        _AS_IF_GATE,
        inherent=True,
    )
    + family(
        "future_unjoined",
        "around_for",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _AROUND_FOR,
        {"en": "around for|here for|alive for"},
        inherent=True,
    )
    + family(
        "future_unjoined",
        "none_for_me",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {lang: _none_for_me(lang) for lang in _TIME},
        {
            "en": "for me",
            "de": "fur mich|fuer mich",
            "fr": "pour moi",
            "es": "para mi",
            "pt": "para mim",
            "it": "per me",
        },
        inherent=True,
    )
)

__all__ = ["RULES"]
