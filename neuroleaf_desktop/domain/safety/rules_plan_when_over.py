"""A plan told by an event's end and a bare "then it is the moment", or by an event and the
others away and nothing more, in six languages; the act itself left unsaid.

Why: ``rules_plan_moment`` reads a moment chosen together with nobody being there, and
``rules_plan_bare`` a time after an event with a height. A writer may fix the moment by an
event that ends, and only point at it:

* **when the event is over, then it is the moment**: "once the show's packed up, that'll be
  the day", "wenn der Markt vorbei ist und alle weg sind, ist es so weit", "après le carnaval,
  quand le cortège sera passé, ce sera le moment", "después de las fiestas, cuando se apaguen
  las luces, ese será el día", "depois do arraial, quando desmontarem as barracas, vai ser a
  altura", "a febbraio, quando chiude la fiera, ho deciso che sarà quella settimana". The
  pointing closes the sentence: "… ist es so weit, dann ziehen wir um" or "ce sera le moment de
  ranger" go on to name what the moment is for;
* **a time after an event and the others away, and nothing else**: "Después de la romería,
  cuando todos anden de fiesta", "Depois do São João, quando a família voltar para o Porto",
  "After the regatta, once the cousins have gone home"; the place may open it instead, "The
  quarry road, once everyone's gone back". A sentence that goes on ("…, abrimos la tienda")
  says what the time is for.

A named purpose (a move, a trip, an operation, a baby, a start, a sale, a party, cleaning or
telling someone) says what the moment is for, and the sentence is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_OPEN = r"(?:^|(?<=[.!?\n]))\s*"
_SENTENCE_END = r"(?=\s*(?:$|[.!?\n]))"
# a named purpose for the moment
_PURPOSE = (
    r"(?!" + _S + r"*\b(?:mov(?:e|ing)|trip|holiday|vacation|operation|surgery|baby|start\w*"
    r"|sale|party|clean\w*|tell\w*|propos\w*|launch|interview|umzug|umziehen|ziehen|reise|urlaub"
    r"|operation|baby|anfang|anfangen|feier\w*|putz\w*|sagen|erza(?:e)?hlen|demenag\w*|voyage"
    r"|vacances|bebe|commenc\w*|fete|menage|dire|raconter|mudanza|mudarnos|viaje|vacaciones"
    r"|operacion|empez\w*|fiesta\s+de|limpi\w*|decir\w*|contar\w*|mudanca|viagem|ferias"
    r"|operacao|comec\w*|limp\w*|dizer|contar|trasloco|viaggio|vacanz\w*|operazione|inizi\w*"
    r"|pulizi\w*|dire|raccontar\w*|bimbo|bimba)\b)"
)
# --- the event's end, or a time, opening the sentence ---------------------------------------
_WHEN_OVER = {
    "en": r"(?:after|once|when)\s+" + _S + r"{2,60}?\b(?:is|are|'s|'re|has|have|'ve)\s+(?:been\s+)?"
    r"(?:over|finished|done|packed\s+up|gone\s+home|gone)\b",
    "de": r"(?:wenn|sobald|nach\s+(?:dem|der|den))\s+" + _S + r"{2,80}?\b(?:vorbei|voru(?:e)?ber"
    r"|zu\s+ende|abgebaut|weg|aus)\s+(?:ist|sind|is)\b",
    "fr": r"(?:apres|quand|une\s+fois\s+(?:que|qu'))\s*" + _S + r"{2,80}?\b(?:sera|seront)\s+"
    r"(?:passe\w*|fini\w*|termine\w*|parti\w*|rentre\w*)",
    "es": r"(?:despues\s+de|cuando)\s+" + _S + r"{0,80}?\b(?:termine\w*|acabe\w*|se\s+apague\w*"
    r"|se\s+vaya\w*|pase\w*|se\s+hayan\s+ido)\b",
    "pt": r"(?:depois\s+d|quando)\s*" + _S + r"{2,80}?\b(?:acabar\w*|terminar\w*|passar\w*"
    r"|desmontar\w*|for(?:em)?\s+embora|voltar\w*)\b",
    "it": r"(?:a\s+\w+,\s*)?(?:quando|dopo|finit[oa])\s+" + _S + r"{0,80}?\b(?:spengono|finisce"
    r"|finira|chiude|chiudera|smontano|sara\s+finit\w*|saranno\s+partit\w*|se\s+ne\s+vanno)\b",
}
# --- then it is the moment, pointing at nothing named --------------------------------------
_THE_MOMENT = {
    "en": r",\s*(?:then\s+)?(?:that'?ll\s+be|that\s+will\s+be|that'?s)\s+(?:the\s+(?:day|night"
    r"|week|moment|time)|when)",
    "de": r",\s*(?:dann\s+)?(?:ist|is)\s+es\s+so\s+weit",
    "fr": r",\s*(?:alors\s+)?ce\s+sera\s+(?:le\s+(?:moment|jour|soir)|la\s+(?:semaine|nuit))",
    "es": r",\s*(?:ese\s+|entonces\s+)?(?:sera|va\s+a\s+ser)\s+(?:el\s+(?:dia|momento)|la\s+"
    r"(?:semana|noche))",
    "pt": r",\s*(?:ai\s+|entao\s+)?(?:vai\s+ser|sera)\s+(?:o\s+(?:dia|momento)|a\s+(?:altura"
    r"|semana|noite))",
    "it": r",\s*(?:ho\s+deciso\s+che\s+|allora\s+)?sara\s+(?:quella\s+(?:settimana|sera|notte)"
    r"|quel\s+giorno|il\s+momento|la\s+volta)",
}
# --- a time after an event, or a place, then the others away, and nothing else ---------------
_AFTER_OR_PLACE = {
    "en": r"(?:after|once)\s+the\b|the\s+(?:[\w']+\s+){0,2}?(?:cliffs?|bridge|quarry|dam|weir"
    r"|pier|tracks|viaduct)\b",
    "de": r"nach\s+(?:dem|der|den)\b",
    "fr": r"apres\s+(?:le|la|les|l')",
    "es": r"despues\s+de(?:l|\s+la|\s+las|\s+los)\b",
    "pt": r"depois\s+d[oa]s?\b",
    "it": r"dopo\s+(?:il|la|lo|l'|i|le|gli)",
}
_OTHERS_AWAY = {
    "en": r",\s*(?:once|when)\s+(?:everyone|everybody|the\s+(?:cousins|family|kids|others|guests"
    r"|relatives|rellies)|my\s+(?:family|cousins|folks|parents))(?:'s|'ve|\s+has|\s+have|\s+is"
    r"|\s+are)?\s+(?:all\s+)?(?:gone|left|back|asleep|busy|flown)\b",
    "de": r",\s*wenn\s+(?:alle|die\s+(?:familie|verwandten|anderen|cousins))\s+(?:\w+\s+){0,3}?"
    r"(?:feiern|schlafen|weg\s+sind|abgereist\s+sind|zuru(?:e)?ck\s+sind)\b",
    "fr": r",\s*quand\s+(?:tout\s+le\s+monde|tous|la\s+famille|les\s+(?:cousins|autres))\s+"
    r"(?:\w+\s+){0,2}?(?:fera\s+la\s+fete|dormira|sera\s+reparti\w*|seront\s+reparti\w*"
    r"|sera\s+rentre\w*|seront\s+rentre\w*)\b",
    "es": r",\s*cuando\s+(?:todos|todo\s+el\s+mundo|la\s+familia|los\s+(?:primos|demas))\s+"
    r"(?:anden|esten|se\s+vayan|vuelvan|duerman|se\s+hayan\s+ido)\b",
    "pt": r",\s*quando\s+(?:todos|toda\s+a\s+gente|todo\s+mundo|a\s+familia|os\s+(?:primos"
    r"|outros))\s+(?:voltar\w*|estiver\w*|for(?:em)?\s+embora|dormir\w*|partir\w*)\b",
    "it": r",\s*quando\s+(?:tutti|la\s+famiglia|i\s+(?:cugini|parenti))\s+(?:\w+\s+){0,2}?"
    r"(?:saranno\s+partit\w*|ripartono|dormono|festeggiano|se\s+ne\s+vanno)\b",
}
# What may follow the others' leaving: where they go and when ("pro Canadá", "after New Year"),
# never a comma and a clause of its own.
_TAIL = r"[^.!?,;:\n]{0,50}"

_NAME = "plan_when"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "over_moment",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: rf"{_OPEN}{_PURPOSE}(?:{_WHEN_OVER[lang]}){_S}{{0,80}}?(?:{_THE_MOMENT[lang]})"
        rf"{_SENTENCE_END}"
        for lang in _WHEN_OVER
    },
    {
        "en": "that",
        "de": "so weit",
        "fr": "ce sera",
        "es": "sera|va a ser",
        "pt": "sera|vai ser",
        "it": "sara",
    },
) + family(
    _NAME,
    "others_away",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: rf"{_OPEN}{_PURPOSE}(?:{_AFTER_OR_PLACE[lang]}){_S}{{0,70}}?(?:{_OTHERS_AWAY[lang]})"
        rf"{_TAIL}{_SENTENCE_END}"
        for lang in _AFTER_OR_PLACE
    },
    {
        "en": "once|when",
        "de": "wenn",
        "fr": "quand",
        "es": "cuando",
        "pt": "quando",
        "it": "quando",
    },
)

__all__ = ["RULES"]
