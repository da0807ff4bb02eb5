"""A bare first-person ending told with a near time: a plan; in six languages.

Why: "I'll end it tonight." was read as a plan while "I'll end it tomorrow.", "… this
weekend.", "… soon." and "… on Friday." were not, though a journal's writer announcing the
ending with any near day is saying the same thing; and "Morgen mach ich Schluss", "J'en finirai
demain", "Acabo con todo mañana", "Acabo com tudo amanhã" were unread where the Italian "La
faccio finita domani" was read. The stance: in a journal, a bare "I'll end it" with a near time
(tonight, soon, tomorrow, a weekday, this or next week or weekend, before a holiday, in either
order) is flagged as a plan. It costs a false alarm now and then; a missed plan costs more.
The present may stand for the future ("Sunday I'm ending it", a bare weekday opening the
sentence), unless the "it" is named after a comma ("…, the Netflix trial"); German may give the
time in a clause before and the place of the ending ("wenn die letzten Kurgäste am Sonntag
abgereist sind, mache ich am Deich Schluss"; never the office, a club or school).

The ending is the language's bare form of ending one's life, never a task finished: "end it",
"mach ich Schluss", "j'en finirai", "y mettre fin", "acabar con todo", "acabar com tudo", "farla
finita", "mettere fine a tutto"; not "lo termino mañana" or "la finisco domani" (the essay
finished tomorrow), not an ending "with" someone or something, not ended early or for the day.
What "it" may be instead is read by ``everyday_ended_thing`` (a lease, a contract, a
subscription, a meeting, a call, a series, a game or a relationship named in the sentence or
the one before, for every time, "tonight" included) and ``everyday_breakup`` (the partner).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import IT_NAMED_AFTER, family
from neuroleaf_desktop.domain.safety.rules_end_after_loss import near_time

# the bare ending, first person, never "with" someone or something, early or for the day
_ENDING = {
    "en": r"\b(?:(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to|i'?m\s+gonna|imma"
    r"|i'?m\s+finally\s+going\s+to)\s+(?:just\s+|finally\s+|definitely\s+)?end\s+it"
    # (the present for the future: "Sunday I'm ending it")
    rf"|i'?m\s+(?:just\s+|finally\s+|definitely\s+)?ending\s+it{IT_NAMED_AFTER})"
    r"(?!\s+(?:all|with|early|off|there|here|for\s+(?:today|now|the\s+day)|between)\b)",
    "de": r"\b(?:mach(?:e)?\s+ich|ich\s+mach(?:e)?|werd(?:e)?\s+ich|ich\s+werd(?:e)?)",
    "fr": r"\b(?:j'\s*en\s+(?:finirai|finis)|je\s+vais\s+en\s+finir|je\s+vais\s+y\s+mettre\s+fin"
    r"|j'\s*y\s+mettrai\s+fin|j'\s*y\s+mets\s+fin)(?!\s+avec)",
    "es": r"\b(?:acab(?:o|are)\s+con\s+todo|voy\s+a\s+acabar\s+con\s+todo"
    r"|termin(?:o|are)\s+con\s+todo|voy\s+a\s+terminar\s+con\s+todo"
    r"|(?:le\s+)?(?:pongo|pondre)\s+fin\s+a\s+todo|voy\s+a\s+poner(?:le)?\s+fin\s+a\s+todo)",
    "pt": r"\b(?:acabo\s+com\s+tudo|vou\s+acabar\s+com\s+tudo|acabarei\s+com\s+tudo"
    r"|ponho\s+fim\s+a\s+tudo|vou\s+por\s+fim\s+a\s+tudo)",
    "it": r"\b(?:la\s+faccio\s+finita|la\s+faro\s+finita|metto\s+fine\s+a\s+tutto"
    r"|mettero\s+fine\s+a\s+tutto)(?!\s+con)",
}
# German says the ending around its time: "mach ich morgen Schluss", "morgen mach ich Schluss";
# never "früher", "für heute", "mit der Arbeit", "Feierabend"
_DE_NOT_WORK = r"(?!\s+(?:fur\s+heute|mit|fruh\w*|feierabend)\b)"
# … said where: "mache ich am Deich Schluss" (a place, never work, a club or school)
_DE_PLACE = (
    r"(?:(?:am|an\s+der|an\s+den|beim|im|in\s+der|auf\s+der|oben\s+am|unten\s+am|drau(?:ss|s)en"
    r"\s+am)\s+(?!(?:bu(?:e)?ro|laden|gescha(?:e)?ft|job|arbeit|verein|schule|uni|chor|training"
    r"|projekt)\b)\w+\s+)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CLOSES = r"(?=\s*(?:$|[.!?,;:)\n]|\s+(?:and|und|et|y|e|then|dann|alors|entonces|entao|allora)\b))"
# … and the "it" is not named after the time, as a short phrase closing the sentence: "I'm ending
# it this weekend, the diet", "I'll end it Friday, my gym contract" (a clause after the comma,
# "…, my family will be better off", still reads)
_NAMED_AFTER_TIME = (
    r"(?!\s*,\s*(?:the|my|our|this|that|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"\s*(?:$|[,.!?;:)\n]))"
)


def _told(lang: str) -> str:
    """The ending and its near time, in either order."""
    time = "(?:" + near_time(lang) + ")"
    ending = _ENDING[lang]
    if lang == "de":
        return (
            rf"\b{time},?\s+(?:dann\s+)?{ending}\s+schluss(?:\s+machen)?{_DE_NOT_WORK}"
            rf"|{ending}\s+{time}\s+schluss(?:\s+machen)?{_DE_NOT_WORK}"
            rf"|{ending}\s+schluss\s+{time}{_DE_NOT_WORK}"
            # the time in a clause before, the ending at a place: "wenn die letzten Kurgäste am
            # Sonntag abgereist sind, mache ich am Deich Schluss"
            rf"|\b{time}[^.!?\n]{{0,40}}?,\s*(?:dann\s+)?{ending}\s+{_DE_PLACE}?schluss{_DE_NOT_WORK}"
        )
    told = rf"\b{time},?\s+{ending}|{ending}\s+(?:then\s+|all\s+)?{time}"
    if lang == "en":
        # (a bare weekday opening the sentence: "Saturday night I'm ending it")
        told += rf"|(?:^|(?<=[.!?\n]))\s*{_WEEKDAY}(?:\s+(?:night|morning|evening))?,?\s+{ending}"
    return told


RULES = family(
    "end_bare",
    "told_with_time",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: "(?:" + _told(lang) + ")" + _CLOSES + (_NAMED_AFTER_TIME if lang == "en" else "")
        for lang in _ENDING
    },
    {
        "en": "end it|ending it",
        "de": "schluss",
        "fr": "finir|finis|finirai|fin",
        "es": "todo",
        "pt": "tudo",
        "it": "finita|tutto",
    },
)

__all__ = ["RULES"]
