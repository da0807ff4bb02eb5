"""The act as a bare "I'll do it", set for a moment when everyone else is busy elsewhere: a plan;
in six languages.

Why: "When everyone's at the carnival on Saturday, that's when I'll do it" was read in English
(``pl_chosen_moment_do_it``), but the same plan in the other languages was not: "wenn alle
draußen am Feuer stehen, dann mach ich es", "cuando todos estén en la fiesta, lo haré",
"pendant que le village mange à la salle, c'est ce soir-là que je le ferai", "quando sono tutti
in paese, lo faccio", "com todos na procissão, é quando vou fazer". A writer who has stopped
naming the act, and picks the hour by where the others will be, is telling a plan.

The moment is a "when", "while" or "with" whose subject is everyone or the whole village or
family ("alle", "tout le monde", "le village", "todos", "toda a gente", "tutti", "il paese"),
the act a bare first-person "do it" that closes its sentence, in either order ("lo haré cuando
todos estén en misa"). Left alone: the "it" named after ("… je le ferai, le ménage", "lo faccio
io il brindisi"), the writer's own comfort ("mach ich es mir gemütlich"), a habit ("siempre lo
hago"), someone else doing it; a denial is read as for any sign.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import family

_S = r"[^.!?\n]"
# the act said last in its sentence, perhaps with a "then" or "there"
_CLOSES = (
    r"(?:\s+(?:then|there|dann|da|alors|la|entonces|ahi|alli|entao|ai|allora|li|la))?"
    r"(?=\s*(?:$|[.!?\n]))"
)
# a "when", "while" or "with" whose subject is everyone, the village or the family
_ALL_AWAY = {
    "en": r"\b(?:when|while|once)\s+(?:(?:they'?re|they\s+are)\s+all|(?:everyone|everybody"
    r"|the\s+whole\s+(?:town|village|family|street)|all\s+of\s+them)(?:'s|\s+is|\s+are"
    r"|\s+will\s+be)?)\b",
    "de": r"\b(?:wenn|wahrend|wa(?:e)?hrend|sobald)\s+(?:\w+\s+){0,2}?(?:alle|jeder"
    r"|die\s+ganze\s+(?:familie|stadt|nachbarschaft)|das\s+ganze\s+dorf)\b",
    "fr": r"\b(?:quand|pendant\s+que|lorsque|une\s+fois\s+que|alors\s+que)\s+(?:\w+\s+){0,2}?"
    r"(?:tout\s+le\s+monde|tous|toutes|le\s+village|toute\s+la\s+(?:famille|ville)"
    r"|les\s+autres)\b",
    "es": r"\b(?:cuando|mientras|en\s+cuanto|con)\s+(?:\w+\s+){0,2}?(?:todos|todo\s+el\s+mundo"
    r"|el\s+pueblo|toda\s+la\s+familia|los\s+demas)\b",
    "pt": r"\b(?:quando|enquanto|assim\s+que|com)\s+(?:\w+\s+){0,2}?(?:todos|toda\s+a\s+gente"
    r"|a\s+familia\s+toda|toda\s+a\s+familia|os\s+outros|a\s+aldeia)\b",
    "it": r"\b(?:quando|mentre|appena|con)\s+(?:\w+\s+){0,2}?(?:tutti|il\s+paese"
    r"|tutta\s+la\s+famiglia|gli\s+altri)\b",
}
# the bare act, first person: "I'll do it", "mach ich es", "je le ferai", "lo haré"
_DO_IT = {
    "en": r"(?:that'?s\s+when\s+)?(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\s+do\s+it",
    "de": r"(?:(?:dann|da)\s+)?(?:(?:mach|tu|tue)\s+ich(?:\s+es|\s*'\s*s|s)"
    r"|werd(?:e)?\s+ich(?:\s+es|\s*'\s*s|s)\s+tun|ich\s+(?:mach|tu)(?:\s*'\s*s|\s+es)"
    r"|ich\s+werd(?:e)?(?:\s+es|\s*'\s*s)\s+tun)",
    "fr": r"(?:c'\s*est\s+(?:la|alors|ce\s+(?:soir|jour|moment)(?:-la)?)\s+que\s+)?"
    r"(?:je\s+le\s+(?:ferai|fais)|je\s+vais\s+le\s+faire)",
    "es": r"(?:(?:es\s+)?(?:entonces|ahi|ese\s+dia|esa\s+noche)\s+(?:cuando\s+)?)?"
    r"(?:lo\s+(?:hare|hago)|lo\s+voy\s+a\s+hacer|voy\s+a\s+hacerlo)",
    "pt": r"(?:(?:e\s+)?(?:ai|entao|nesse\s+dia|nessa\s+noite)\s+(?:que\s+)?|e\s+quando\s+)?"
    r"(?:vou\s+faze-?lo|vou\s+fazer(?:\s+isso)?|faco-?o|fa-?lo-?ei|o\s+farei|farei\s+isso)",
    "it": r"(?:(?:e\s+)?(?:allora|quel\s+giorno|quella\s+sera)\s+che\s+)?"
    r"(?:lo\s+(?:faccio|faro)|lo\s+vado\s+a\s+fare)",
}


def _pattern(lang: str) -> str:
    """The moment of everyone away, then the act closing the sentence; or the act, then the
    moment closing it."""
    away, act = _ALL_AWAY[lang], r"\b" + _DO_IT[lang]
    return (
        rf"{away}{_S}{{0,70}}?,?\s+{act}{_CLOSES}"
        rf"|{act}(?:\s+{_S}{{0,40}}?,)?\s+{away}{_S}{{0,50}}?(?=\s*(?:$|[.!?\n]))"
    )


RULES = family(
    "plan_all_busy",
    "do_it",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _pattern(lang) for lang in _DO_IT},
    {
        "en": "do it",
        "de": "mach|tu|werd",
        "fr": "le ferai|le fais|le faire",
        "es": "hare|hago|hacer",
        "pt": "fazer|faze|faco|farei",
        "it": "faccio|faro|fare",
    },
)

__all__ = ["RULES"]
