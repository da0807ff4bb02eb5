"""A bare ending with a time, said beside a loss or hopelessness: a plan; in six languages.

Why: "I'll end it tonight" was read, but "Ever since my wife died I will end it soon" and "Since
she left me I'll end it on Friday" were not: a bare "end it" with a day attached is how a plan
is announced after someone died, left or walked out, or after the writer says nothing matters.
Alone ("I'll end it on Friday") it stays unread, as the project has it: the bare form with a
day names too many ordinary endings (a lease, a gym contract, a meeting). Beside a loss or
hopelessness, in the same sentence or the one before, it is a plan: "Seit meine Frau tot ist,
mach ich am Freitag Schluss", "Depuis qu'elle est partie, j'en finirai ce week-end", "Desde que
murió mi mujer, lo termino el viernes", "Desde que ele me deixou, acabo com tudo na sexta", "Da
quando è morta mia moglie, la faccio finita venerdì".

The times read alike in every language: tonight, soon, tomorrow, a weekday, this or next week or
weekend, before a holiday. Left alone: "it" a thing named in either sentence (a lease, a
contract, a subscription, a meeting, a call, a game, a series, a relationship), an ending with
someone or something ("end it with him", "Schluss mit dem Rauchen"), an ending early (a meeting);
a break-up with a partner still there is ``everyday_breakup``'s, and that guard stays out when
the partner already left.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
_W = r"(?:[\w']+\s+)"
# "it" a thing named: a contract, a meeting, a game, a series, a relationship
_THING = (
    r"(?!" + _S + r"*\b(?:lease|contract|subscription|membership|gym|tenancy|account|policy"
    r"|deal|meeting|call|zoom|game|match|series|show|season|book|chapter|story|project|course"
    r"|streak|diet|affair|fling|relationship|friendship|marriage|engagement|band|club|team"
    r"|lessons?|class|campaign|stream|podcast|blog|job|business|shop|loan|mortgage|car|van"
    r"|vertrag|abo\w*|mitgliedschaft|mietvertrag|sitzung|besprechung|spiel|serie|beziehung"
    r"|affa(?:e)?re|kurs|projekt|contrat|abonnement|bail|reunion|serie|relation|cours"
    r"|projet|contrato|suscripcion|alquiler|reunion|partido|serie|relacion|curso|proyecto"
    r"|assinatura|aluguel|arrendamento|reuniao|jogo|relacao|namoro|projeto|contratto"
    r"|abbonamento|affitto|riunione|serie|relazione|storia|corso|progetto)\b)"
)
_OPEN = r"(?:^|(?<=[.!?\n]))\s*" + _THING
_NEXT = r"[.!?]+\s*" + _THING
_CLOSES = r"(?=\s*(?:$|[.!?,;:)\n]))"

_LOSS = {
    "en": r"\b(?:(?:ever\s+)?since|now\s+(?:that\s+)?|after|because)\s+" + _W + r"{0,4}?"
    r"(?:died|passed(?:\s+away)?|left(?:\s+(?:me|us|for\s+good))?|walked\s+out|moved\s+out"
    r"|(?:is|'s|was)\s+(?:gone|dead)|was\s+killed)\b"
    r"|\b(?:i\s+)?lost\s+(?:my|our)\s+(?:wife|husband|partner|son|daughter|child|baby|boy|girl"
    r"|mum|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|fiance\w*|best\s+friend"
    r"|kids|family|everyone|everything)\b",
    "de": r"\b(?:seit(?:dem)?|nachdem|jetzt\s+wo|wo)\s+" + _W + r"{0,4}?"
    r"(?:gestorben|tot|weg|fort|gegangen|ausgezogen|abgehauen|verlassen\s+hat)\b"
    r"|\b(?:seit|nach)\s+(?:dem\s+tod|der\s+beerdigung)\b",
    "fr": r"\bdepuis\s+qu'\s*" + _W + r"{0,4}?(?:est\s+(?:mort|morte|parti|partie|decede\w*)"
    r"|m'\s*a\s+quitte\w*|nous\s+a\s+quitte\w*|s'\s*est\s+en\s+all\w+)"
    r"|\bdepuis\s+(?:sa|son)\s+(?:mort|deces|depart)\b",
    "es": r"\bdesde\s+que\s+" + _W + r"{0,4}?(?:murio|fallecio|se\s+fue|me\s+dejo|se\s+marcho"
    r"|nos\s+dejo|ya\s+no\s+esta)\b|\bdesde\s+(?:su|la)\s+muerte\b",
    "pt": r"\bdesde\s+que\s+" + _W + r"{0,4}?(?:morreu|faleceu|partiu|foi\s+embora|me\s+deixou"
    r"|nos\s+deixou)\b|\bdesde\s+a\s+(?:sua\s+)?morte\b",
    "it": r"\bda\s+quando\s+" + _W + r"{0,4}?(?:e\s+mort[oa]|se\s+n'\s*e\s+andat[oa]"
    r"|mi\s+ha\s+lasciat[oa]|e\s+andat[oa]\s+via|non\s+c'\s*e\s+piu)\b"
    r"|\bdalla\s+(?:sua\s+)?morte\b",
}
# someone of the writer's own died or left, said bare: "My wife died in March."
_KIN_GONE = {
    "en": r"\bmy\s+(?:wife|husband|partner|son|daughter|child|baby|mum|mom|mother|dad|father"
    r"|brother|sister|boyfriend|girlfriend|fiance\w*|best\s+friend)\s+(?:died|passed(?:\s+away)?"
    r"|left(?:\s+me)?|walked\s+out|(?:is|'s)\s+(?:gone|dead))\b",
    "de": r"\bmein(?:e)?\s+(?:frau|mann|partner\w*|sohn|tochter|kind|mutter|mama|vater|papa"
    r"|bruder|schwester|freund\w*)\s+(?:ist\s+(?:gestorben|tot|weg)|hat\s+mich\s+verlassen)\b",
    "fr": r"\b(?:ma|mon)\s+(?:femme|mari|compagne?|fils|fille|enfant|mere|pere|frere|soeur"
    r"|copine?)\s+(?:est\s+(?:mort|morte|parti|partie|decede\w*)|m'\s*a\s+quitte\w*)",
    "es": r"\bmi\s+(?:mujer|esposa|esposo|marido|pareja|hijo|hija|madre|mama|padre|papa"
    r"|hermano|hermana|novio|novia)\s+(?:murio|fallecio|se\s+fue|me\s+dejo)\b",
    "pt": r"\b(?:a\s+|o\s+)?(?:minha|meu)\s+(?:mulher|esposa|marido|filho|filha|mae|pai"
    r"|irmao|irma|namorado|namorada)\s+(?:morreu|faleceu|partiu|me\s+deixou)\b",
    "it": r"\b(?:mia|mio)\s+(?:moglie|marito|figlio|figlia|madre|mamma|padre|papa|fratello"
    r"|sorella|ragazzo|ragazza)\s+(?:e\s+mort[oa]|mi\s+ha\s+lasciat[oa]|se\s+n'\s*e\s+andat[oa])",
}
_HOPELESS = {
    "en": r"\b(?:nothing\s+(?:matters|left)|no\s+point|what'?s\s+the\s+point|hopeless"
    r"|can'?t\s+go\s+on|nothing\s+to\s+live\s+for|no\s+reason\s+to\s+(?:live|go\s+on))\b",
    "de": r"\b(?:nichts\s+(?:hat|macht)\s+(?:mehr\s+)?sinn|hat\s+(?:alles\s+)?keinen\s+sinn"
    r"|sinnlos|hoffnungslos|ich\s+kann\s+nicht\s+mehr)\b",
    "fr": r"\b(?:plus\s+rien\s+n'\s*a\s+de\s+sens|ca\s+ne\s+sert\s+a\s+rien|sans\s+espoir"
    r"|je\s+n'\s*en\s+peux\s+plus)\b",
    "es": r"\b(?:nada\s+tiene\s+sentido|no\s+tiene\s+sentido|sin\s+esperanza|ya\s+no\s+puedo"
    r"\s+mas)\b",
    "pt": r"\b(?:nada\s+faz\s+sentido|nao\s+faz\s+sentido|sem\s+esperanca|nao\s+aguento\s+mais)\b",
    "it": r"\b(?:niente\s+ha\s+(?:piu\s+)?senso|non\s+ha\s+senso|senza\s+speranza"
    r"|non\s+ce\s+la\s+faccio\s+piu)\b",
}
_DAYS = {
    "en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": r"lunes|martes|miercoles|jueves|viernes|sabado|domingo",
    "pt": r"segunda|terca|quarta|quinta|sexta|sabado|domingo",
    "it": r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica",
}
_TIME = {
    "en": r"tonight|soon|tomorrow(?:\s+night)?|on\s+(?:{d})|(?:this|next)\s+(?:week(?:end)?"
    r"|month|{d})|at\s+the\s+weekend|before\s+christmas|in\s+a\s+(?:few\s+days|week)",
    "de": r"heute\s+(?:nacht|abend)|bald|morgen|am\s+(?:{d}|wochenende)|(?:diese[ns]?|na(?:e)?chste"
    r"[ns]?)\s+(?:woche|wochenende|{d})|vor\s+weihnachten",
    "fr": r"ce\s+soir|cette\s+nuit|bientot|demain|(?:ce\s+|le\s+)?(?:{d})|ce\s+week-?end"
    r"|la\s+semaine\s+prochaine|avant\s+noel",
    "es": r"esta\s+noche|pronto|manana|el\s+(?:{d})|este\s+(?:fin\s+de\s+semana|{d})"
    r"|la\s+(?:semana\s+que\s+viene|proxima\s+semana)|antes\s+de\s+navidad",
    "pt": r"esta\s+noite|hoje\s+a\s+noite|logo|em\s+breve|amanha|n[ao]\s+(?:{d})(?:-feira)?"
    r"|(?:neste|este)\s+fim\s+de\s+semana|na\s+proxima\s+semana|semana\s+que\s+vem"
    r"|antes\s+do\s+natal",
    "it": r"stanotte|stasera|presto|domani|(?:{d})|questo\s+(?:fine\s+settimana|weekend)"
    r"|la\s+settimana\s+prossima|prima\s+di\s+natale",
}
# the bare ending, never "with" someone or something, never ended early
_ENDING = {
    "en": r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna)\s+(?:just\s+|finally"
    r"\s+)?end\s+it(?!\s+(?:with|early|off|there|here|for\s+(?:today|now)))",
    "de": r"\b(?:(?:ich\s+)?mach(?:e)?\s+(?:ich\s+)?|werd(?:e)?\s+ich\s+)",
    "fr": r"\b(?:j'\s*en\s+(?:finirai|finis)|je\s+vais\s+en\s+finir|je\s+vais\s+y\s+mettre\s+fin"
    r"|j'\s*y\s+mettrai\s+fin)(?!\s+avec)",
    "es": r"\b(?:lo\s+(?:termino|acabo|terminare|acabare)|voy\s+a\s+(?:terminarlo|acabarlo)"
    r"|lo\s+voy\s+a\s+(?:terminar|acabar)|le\s+pongo\s+fin|le\s+pondre\s+fin"
    r"|acab(?:o|are)\s+con\s+todo|voy\s+a\s+acabar\s+con\s+todo)(?!\s+con)",
    "pt": r"\b(?:acabo\s+com\s+(?:tudo|isto|isso)|vou\s+acabar\s+com\s+(?:tudo|isto|isso)"
    r"|ponho\s+fim\s+(?:a\s+)?(?:tudo|isto|isso)|vou\s+por\s+fim\s+(?:a\s+)?(?:tudo|isto|isso)"
    r"|termino\s+(?:tudo|isto|isso))",
    "it": r"\b(?:la\s+faccio\s+finita|la\s+faro\s+finita|metto\s+fine\s+a\s+tutto"
    r"|la\s+chiudo|la\s+finisco)(?!\s+con)",
}


def near_time(lang: str) -> str:
    """A near time, told alike in every language: tonight, soon, tomorrow, a weekday, this or
    next week or weekend, before a holiday (``rules_end_bare_time`` reads the same times)."""
    return _TIME[lang].format(d=_DAYS[lang])


def _told(lang: str) -> str:
    """The ending and its time, in either order (German: the time may sit inside "mach ich
    … Schluss")."""
    time = "(?:" + near_time(lang) + ")"
    if lang == "de":
        return (
            rf"(?:\b{time}\s+(?:dann\s+)?mach(?:e)?\s+ich\s+schluss"
            rf"|{_ENDING[lang]}(?:{time}\s+)?schluss(?:\s+machen)?(?:\s+{time})?)(?!\s+mit)"
        )
    return rf"(?:\b{time},?\s+{_ENDING[lang]}|{_ENDING[lang]}\s+(?:then\s+|all\s+)?{time})"


def _pattern(lang: str) -> str:
    """The loss or hopelessness in the sentence, or in the one before, then the ending told."""
    context = rf"(?:{_LOSS[lang]}|{_KIN_GONE[lang]}|{_HOPELESS[lang]})"
    before = rf"{_OPEN}{_S}{{0,80}}?{context}{_S}{{0,100}}?(?:{_NEXT}{_S}{{0,40}}?)?"
    return before + _told(lang) + _CLOSES


RULES: tuple[Rule, ...] = family(
    "end_after_loss",
    "told_with_time",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _pattern(lang) for lang in _LOSS},
    {
        "en": "end it",
        "de": "schluss",
        "fr": "finir|finis|finirai|fin",
        "es": "termin|acab|fin",
        "pt": "acab|fim|termin",
        "it": "finita|chiudo|fine|finisco",
    },
)

__all__ = ["RULES", "near_time"]
