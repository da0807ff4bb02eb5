"""No future told as the writer missing from the time ahead, in six languages: the self as a thing
that will not exist ("there won't be a me by then"), or the picture of a time to come with the
writer not in it ("Wenn ich an nächsten Sommer denke, komm ich darin gar nicht vor").

Why: the no-future families read the writer's verb ("I won't be here", "no voy a estar"). These
writers make the self a noun that a time ahead will not hold ("não tem eu", "no habrá un yo",
"il n'y aura plus de moi", "non ci sarà più un me", "dann gibt es kein Ich mehr"), or picture
a season, a year or a feast ahead and find themselves absent from it ("I'm not in it", "no
aparezco", "je n'y suis pas", "io non ci sono", "eu não estou lá", "komm ich nicht vor").

What stays out: someone else absent ("there won't be a you", "he's not in it"); a picture that
is a photo, a plan or a rota ("the photo", "the list", "the team", "the schedule", "the rota":
not in the picture because of a trip or a job); a "me" that is a past self ("the old me", "a
me from before").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family

_S = r"[^.!?\n]"
# A self that a time ahead will not hold (not "the old me", "a better me", "a me from before")
_NO_SELF = {
    "en": r"(?:\bthere\s+(?:won'?t|will\s+not|isn'?t\s+going\s+to|ain'?t\s+gonna|will\s+be\s+no)\s+"
    r"(?:be\s+)?(?:a|any)\s+me\b(?!-|\s+(?:from|before|that|who|and|&|n)\b)"
    r"|\bthere'?ll\s+be\s+no\s+me\b)"
    # … the time ahead, not an occasion: the clause ends, or a time follows ("by then", "next
    # year", "at Christmas"); "there won't be a me at the office party" is one missed do
    r"(?=\s*(?:$|[.!?,;:)\n])|\s+(?:by|in|anymore|any\s+more|next|then|come|when|after|left"
    r"|soon|at\s+(?:all|christmas|easter|that\s+point|the\s+end))\b)",
    "es": r"\bno\s+(?:va\s+a\s+haber|habra|hay)\s+(?:ningun\s+|un\s+|mas\s+)?yo\b"
    r"|\bya\s+no\s+(?:va\s+a\s+haber|habra)\s+yo\b",
    "pt": r"\bnao\s+(?:tem|vai\s+ter|havera|vai\s+haver|existe)\s+(?:mais\s+)?(?:um\s+)?eu\b",
    "fr": r"\bil\s+n'?\s*y\s+(?:aura|a)\s+plus\s+de\s+moi\b"
    r"|\bil\s+n'?\s*y\s+aura\s+pas\s+de\s+moi\b",
    "it": r"\bnon\s+ci\s+sara\s+(?:piu\s+)?(?:un|nessun)\s+me\b|\bio\s+non\s+ci\s+saro\s+piu\b",
    "de": r"\b(?:gibt\s+es|gibt'?s|wird\s+es)\s+(?:mich|kein\s+ich)\s+(?:\w+\s+)?(?:nicht\s+)?mehr"
    r"(?:\s+geben)?" + END,
}
# … or a time ahead pictured, and the writer not in it
_AHEAD = {
    "en": r"\b(?:think|picture|imagine|see)\w*\s+(?:of\s+|about\s+)?(?:next|the\s+next"
    r"|this\s+coming"
    r"|the\s+coming)\s+(?:summer|winter|spring|autumn|year|christmas|season)",
    "es": r"\b(?:pienso|imagino|miro)\s+(?:en\s+)?(?:el|la)\s+(?:proximo|proxima"
    r"|verano\s+que\s+viene"
    r"|ano\s+que\s+viene|navidad)",
    "pt": r"\b(?:penso|imagino|olho)\s+(?:n[oa]|para\s+[oa]|pr[oa])\s+(?:proximo|proxima"
    r"|verao\s+que"
    r"\s+vem|ano\s+que\s+vem|natal)",
    "fr": r"\b(?:pense|imagine)\s+a\s+(?:l'\s*ete|l'\s*hiver|l'\s*annee|noel|la\s+saison"
    r"|au\s+printemps"
    r"|l'\s*automne)\s+(?:prochain|prochaine|qui\s+vient)?",
    "it": r"\b(?:penso|immagino)\s+(?:al(?:la)?|all'\s*)\s*(?:prossim[oa]|estate|inverno|anno"
    r"|natale)",
    "de": r"\b(?:denke|denk|stell\w*\s+mir)\s+(?:an\s+)?(?:den\s+|das\s+"
    r"|die\s+)?(?:na(?:e)?chste[nsr]?"
    r"|kommende[nsr]?)\s+(?:sommer|winter|fru(?:e)?hling|herbst|jahr|weihnachten|saison)"
    # (the verb last in a "wenn" clause: "wenn ich an nächsten Sommer denke")
    r"|\ban\s+(?:den\s+|das\s+|die\s+)?(?:na(?:e)?chste[nsr]?|kommende[nsr]?)\s+(?:sommer|winter"
    r"|fru(?:e)?hling|herbst|jahr|weihnachten|saison)\s+denk\w*",
}
_NOT_IN_IT = {
    "en": r"\bi'?m\s+(?:just\s+)?not\s+(?:in\s+it|there|in\s+the\s+picture)\b"
    r"|\bi\s+(?:don'?t|can'?t)\s+see\s+myself\s+(?:in\s+it|there)\b",
    "es": r"\bno\s+(?:aparezco|salgo|estoy)(?:\s+(?:yo|ahi|alli))?\b",
    "pt": r"\b(?:eu\s+)?nao\s+(?:estou|apare[cç]o|me\s+vejo)(?:\s+(?:la|ali|nele|nela))?\b",
    "fr": r"\bje\s+n'?\s*y\s+suis\s+pas\b|\bje\s+ne\s+m'?\s*y\s+vois\s+pas\b",
    "it": r"\bio\s+non\s+ci\s+sono\b|\bnon\s+mi\s+ci\s+vedo\b",
    "de": r"\b(?:komm|komme)\s+ich\s+(?:darin|da)\s+(?:gar\s+|einfach\s+)?nicht\s+vor\b"
    r"|\bseh\w*\s+ich\s+mich\s+(?:da|dort|darin)\s+(?:gar\s+)?nicht\b",
}
# a picture that is a photo, a plan, a team, a rota; a trip or a job that explains the absence
_NOT_A_PHOTO = (
    r"(?![^\n]*\b(?:photo\w*|picture\s+(?:of|from)|list|team|schedule|rota|plan\w*|trip|work\w*"
    r"|job|foto\w*|lista|equipo|equipa|squadra|turno|dienstplan|mannschaft|viaje|viagem|viaggio"
    r"|voyage|reise|trabajo|trabalho|lavoro|travail|arbeit|erasmus|abroad|extranjero|ausland"
    r"|estero|etranger|exterior)\b)"
)

RULES: tuple[Rule, ...] = family(
    "future_self",
    "absent",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_PHOTO}{_S}*?(?:(?:{_NO_SELF[lang]})"
        rf"|(?:{_AHEAD[lang]}){_S}{{0,60}}?(?:{_NOT_IN_IT[lang]}){END})"
        for lang in _NO_SELF
    },
    {
        "en": "me|not in|not there|myself",
        "es": "yo|aparezco|salgo|estoy",
        "pt": "eu|estou|apare|vejo",
        "fr": "moi|y suis|y vois",
        "it": "me|ci sono|ci saro|ci vedo",
        "de": "mich|ich|vor|nicht",
    },
)

__all__ = ["RULES"]
