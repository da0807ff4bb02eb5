"""An end set for after a time: held out until it, or picked for when everyone else is busy, in
six languages.

Why: a writer with a plan may name only how long they will last and that it ends then:

* **holding on until a time, then the end**: "I can hold on that long, then that's it", "bis
  zur Taufe halt ich noch durch, dann ist Schluss", "je tiens jusqu'au mariage, après c'est
  fini", "aguanto hasta la boda, después se acabó", "aguento até ao Natal, depois acabou",
  "resisto fino a Natale, poi basta";
* **the moment when everyone else is celebrating or asleep, and then it is over for the
  writer**: "wenn alle feiern, dann ist bei mir Schluss", "when everyone's asleep, then that's
  it for me", "quand tout le monde fera la fête, ce sera fini pour moi", "cuando todos estén de
  fiesta, se acabó para mí", "quando todos estiverem a dormir, acabou para mim", "quando tutti
  festeggiano, per me è finita".

A work week, a shift, exams, a project or a holiday held out for names an ordinary end ("I can
hold on till Friday, then that's it", "till payday"): a sentence naming one is left alone, and the
end must
close the sentence ("… then that's it, two weeks in Crete" goes on to what comes next).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# an ordinary end: work, school, a holiday
_ORDINARY = (
    r"(?![^.!?\n]*\b(?:holiday|vacation|weekend|exams?|shift|deadline|project|job|work|term"
    r"|semester|urlaub|ferien|wochenende|pru(?:e)?fung\w*|schicht|projekt|arbeit|vacances"
    r"|week-?end|examens?|travail|boulot|projet|vacaciones|finde|examen\w*|turno|trabajo|proyecto"
    r"|ferias|exame\w*|trabalho|projeto|vacanz\w*|fine\s+settimana|esami|lavoro|progetto"
    r"|season|saison|temporada|stagione|game|match|spiel|partido|jogo|partita"
    # a day of the week, payday, the end of a day or a week: the week held out for
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|payday|home\s+time|lunch\w*"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|feierabend|zahltag|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|paie|lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo|quincena|segunda|terca|quarta|quinta|sexta|salario|lunedi|martedi|mercoledi"
    r"|giovedi|venerdi|domenica|stipendio)\b)"
)
# the end said last: "… then that's it." (not "… then that's it, two weeks in Crete", "… ist
# bei mir Schluss mit dem Fußball")
_CLOSES = r"(?=\s*(?:$|[.!?;\n]))"
_HELD_UNTIL = {
    "en": r"\bi(?:\s+(?:can|could|will)|'ll)\s+(?:just\s+)?(?:hold\s+on|hang\s+on|last|keep\s+going"
    r"|stick\s+it\s+out)\s+(?:that\s+long|until|till|til)\b" + _S + r"{0,50}?,?\s+then\s+"
    r"(?:that'?s\s+it|i'?m\s+done|it'?s\s+over)(?:\s+for\s+me)?(?=\s*(?:$|[.!?;\n]))",
    "de": r"\b(?:so\s+lange\s+|bis\s+(?:\w+\s+){1,4}?)(?:halt|halte)\s+ich\s+(?:noch\s+)?(?:durch"
    r"|aus)"
    r"\b" + _S + r"{0,30}?,?\s+dann\s+(?:ist\s+(?:bei\s+mir\s+|fu(?:e)?r\s+mich\s+)?schluss"
    r"|ist\s+es\s+vorbei)(?=\s*(?:$|[.!?;\n]))",
    "fr": r"\bje\s+(?:tiens|tiendrai|peux\s+tenir)\s+(?:jusqu'\s*(?:a|au|aux)|jusque)\b"
    + _S
    + r"{0,50}?,?\s+(?:apres|ensuite|puis)\s+c'\s*est\s+(?:fini|tout)(?:\s+pour\s+moi)?"
    r"(?=\s*(?:$|[.!?;\n]))",
    "es": r"\b(?:aguanto|aguantare|resisto|puedo\s+aguantar)\s+hasta\b"
    + _S
    + r"{0,50}?,?\s+(?:despues|luego|y\s+luego)\s+(?:se\s+acabo|se\s+termina)(?:\s+para\s+mi)?"
    r"(?=\s*(?:$|[.!?;\n]))",
    "pt": r"\b(?:aguento|aguentarei|resisto|consigo\s+aguentar)\s+ate\b"
    + _S
    + r"{0,50}?,?\s+(?:depois|e\s+depois|a\s+seguir)\s+(?:acabou|acaba)(?:\s+para\s+mim)?"
    r"(?=\s*(?:$|[.!?;\n]))",
    "it": r"\b(?:resisto|reggo|tengo\s+duro|posso\s+resistere)\s+fino\s+a\w*\b"
    + _S
    + r"{0,50}?,?\s+(?:poi|dopo)\s+(?:basta|e\s+finita|finisce)(?:\s+per\s+me)?"
    r"(?=\s*(?:$|[.!?;\n]))",
}
_ALL_BUSY = {
    "en": r"\bwhen\s+(?:everyone|everybody)(?:'s|\s+is)\s+(?:asleep|celebrating|out|partying"
    r"|at\s+the\s+\w+)\s*,?\s+(?:then\s+)?that'?s\s+it\s+for\s+me\b",
    "de": r"\bwenn\s+alle\s+(?:feiern|schlafen|weg\s+sind|unterwegs\s+sind|beim\s+\w+\s+sind"
    r"|auf\s+dem\s+\w+\s+sind)\s*,\s*(?:dann\s+)?ist\s+(?:bei\s+mir|fu(?:e)?r\s+mich)\s+schluss\b",
    "fr": r"\bquand\s+tout\s+le\s+monde\s+(?:dort|dormira|fait\s+la\s+fete|fera\s+la\s+fete"
    r"|sera\s+(?:a|au)\s+\w+)\s*,\s*(?:ce\s+sera|c'\s*est)\s+fini\s+pour\s+moi\b",
    "es": r"\bcuando\s+todos\s+(?:duerman|esten\s+(?:de\s+fiesta|dormidos|en\s+\w+)|celebren)\s*,"
    r"\s*se\s+acabo\s+para\s+mi\b",
    "pt": r"\bquando\s+todos\s+(?:dormirem|estiverem\s+(?:a\s+dormir|na\s+festa|em\s+\w+)"
    r"|festejarem)\s*,\s*acabou\s+(?:para|pra)\s+mim\b",
    "it": r"\bquando\s+tutti\s+(?:dormono|dormiranno|festeggiano|festeggeranno|saranno\s+(?:alla"
    r"|al)\s+\w+)\s*,\s*per\s+me\s+e\s+finita\b",
}

_NAME = "end_after"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "held_until",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: rf"(?:^|(?<=[.!?\n])){_ORDINARY}{_S}*?(?:{p})" for lang, p in _HELD_UNTIL.items()},
    {
        "en": "then",
        "de": "dann",
        "fr": "apres|ensuite|puis",
        "es": "despues|luego",
        "pt": "depois|seguir",
        "it": "poi|dopo",
    },
) + family(
    _NAME,
    "all_busy",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_ORDINARY}{_S}*?(?:{p}){_CLOSES}"
        for lang, p in _ALL_BUSY.items()
    },
    {
        "en": "for me",
        "de": "schluss",
        "fr": "fini",
        "es": "acabo",
        "pt": "acabou",
        "it": "finita",
    },
)

__all__ = ["RULES"]
