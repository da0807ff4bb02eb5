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


# --- a feast or season the others already prepare, and the writer not seen at it -------------
# "everybody's planning Chinese New Year already, I just can't see myself there", "ya cuentan
# los días para el Carnaval del 2027, yo ni me imagino llegando", "les copains réservent le gîte
# pour la Saint-Nicolas, je me vois nulle part là-dedans", "toda a gente fala da festa no verão e
# eu não me vejo lá". The others' preparing, a coming feast, season or year, and the writer's
# own picture that will not form, closing the sentence. A reason given (work, money, crowds, a
# ticket) is a choice not to go, and a place to move to is no time ahead.
_PREPARE = {
    "en": r"plan\w*|book\w*|talk\w*\s+about|count\w*\s+(?:down|the\s+days)|organi[sz]\w*"
    r"|look\w*\s+forward|get\w*\s+ready|prepar\w*",
    "de": r"plan\w*|buch\w*|red\w*\s+(?:von|u(?:e)?ber)|za(?:e)?hl\w*\s+(?:schon\s+)?die\s+tage"
    r"|freu\w*\s+sich|organisier\w*|bereite\w*",
    "fr": r"reserv\w*|prevoi\w*|planifi\w*|organis\w*|parl\w*\s+(?:de|du|des)|compt\w*\s+les"
    r"\s+jours|prepar\w*",
    "es": r"plane\w*|reserv\w*|organiz\w*|habl\w*\s+(?:de|del)|cuentan\s+los\s+dias"
    r"|prepar\w*",
    "pt": r"plane\w*|reserv\w*|organiz\w*|fala\w*\s+(?:de|da|do|das|dos)|contam\s+os\s+dias"
    r"|prepar\w*",
    "it": r"pianific\w*|organizz\w*|prenot\w*|parl\w*\s+(?:di|del|della|dei)|contano\s+i"
    r"\s+giorni|prepar\w*",
}
_FEAST = {
    "en": r"20\d\d|next\s+\w+|(?:chinese\s+)?new\s+year|christmas|easter|eid|diwali|deepavali"
    r"|hari\s+raya|thanksgiving|hanukkah|carnival|festival|the\s+holidays|summer",
    "de": r"20\d\d|na(?:e)?chste\w*|weihnachten|silvester|ostern|fasching|fasnacht|karneval"
    r"|kirchweih|fest|sommer\w*",
    "fr": r"20\d\d|prochain\w*|noel|paques|saint-\w+|carnaval|fete|reveillon|l'ete",
    "es": r"20\d\d|proxim\w*|que\s+viene|navidad|nochevieja|semana\s+santa|carnaval|feria"
    r"|fiesta|verano",
    "pt": r"20\d\d|proxim\w*|que\s+vem|natal|pascoa|carnaval|festa|santos\s+populares|verao",
    "it": r"20\d\d|prossim\w*|natale|pasqua|carnevale|ferragosto|festa|sagra|estate",
}
_NOT_THERE = {
    "en": r"i\s+(?:just\s+|honestly\s+|really\s+)?(?:can'?t|cannot|don'?t|do\s+not)\s+"
    r"(?:\w+\s+)?(?:see|picture|imagine)\s+myself\s+(?:there|at\s+it|being\s+there|going)",
    "de": r"ich\s+(?:seh|sehe)\s+mich\s+(?:da|dort)\s+(?:nicht|nirgends|nicht\s+mehr)"
    r"|(?:kann\s+)?mir\s+mich\s+(?:da|dort)\s+nicht\s+(?:mehr\s+)?vorstellen",
    "fr": r"je\s+(?:ne\s+)?me\s+(?:vois|imagine)\s+(?:pas|nulle\s+part|plus)\s*(?:la-dedans"
    r"|dedans|la|y\s+etre|y\s+aller)?",
    "es": r"(?:yo\s+)?(?:ni|no)\s+me\s+(?:imagino|veo)\s*(?:ahi|alli|alla|llegando|llegar"
    r"|estando)?",
    "pt": r"(?:eu\s+)?(?:nao|nem)\s+me\s+(?:vejo|imagino)\s*(?:la|ali|nisso|a\s+chegar"
    r"|chegando)?",
    "it": r"(?:io\s+)?non\s+mi\s+(?:vedo|immagino)\s*(?:li|la|ad?\s+arrivarci|esserci)?",
}
# … a reason given is a choice not to go
_NO_REASON = (
    r"(?![^.!?\n]*\b(?:because|cos|cause|crowd\w*|noise|loud|busy|shift|money|afford|tickets?"
    r"|invit\w*|boss|work\w*|porque|trabaj\w*|dinero|parce|travail\w*|argent|weil"
    r"|arbeit\w*|geld|perche|lavor\w*|soldi|trabalh\w*|dinheiro|turno|dienst"
    # a dislike, or a school or a city to go to: "there" is a place, not a time ahead
    r"|hate|prefer|rather|boring|uni|university|college|course|city|cities|odio|prefiero|aburrid\w*"
    r"|universidad|deteste|prefere|ennuy\w*|fac|universite|hasse|lieber|langweil\w*|odeio"
    r"|prefiro|faculdade|preferisco|noios\w*|universita"
    # a move or a new home: "there" is a place to live, not a time ahead
    r"|mov(?:e|ing)|relocat\w*|liv(?:e|ing)|umzug|umzieh\w*|ziehen|demenag\w*|habiter|mudanza"
    r"|mudar\w*|mudanca|vivir|morar|trasferi\w*|trasloc\w*|vivere)\b)"
)


def _not_seen_there(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n])){_NO_REASON}[^.!?\n]*?\b(?:{_PREPARE[lang]})\b[^.!?\n]{{0,80}}?"
        rf"\b(?:{_FEAST[lang]})\b[^.!?\n]{{0,60}}?\b(?:{_NOT_THERE[lang]})(?=\s*(?:[.!?;,]|$))"
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
    + family(
        "future_unjoined",
        "not_seen_there",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {lang: _not_seen_there(lang) for lang in _PREPARE},
        {
            "en": "myself",
            "de": "mich",
            "fr": "me vois|m'imagine|me imagine",
            "es": "me imagino|me veo",
            "pt": "me vejo|me imagino",
            "it": "mi vedo|mi immagino",
        },
        inherent=True,
    )
)

__all__ = ["RULES"]
