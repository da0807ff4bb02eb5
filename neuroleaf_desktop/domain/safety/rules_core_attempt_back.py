"""A past attempt of the writer's and the same thoughts or feeling back now, in six languages.

Why: a past attempt alone is history, and thoughts that come back alone may be any thoughts;
together they are a sign for today. Two families read the pair: any wording of each part in
either order with no denial between them ("tried once before … the thoughts are knocking
again", "ci ho già provato … i pensieri sono tornati"), and the attempt named as an event
followed by "but the thoughts are back", whatever was sworn in between ("after my attempt I
promised never again, but the thoughts are back"). They are read among the key concepts
(``rules_core_concepts``), in its order.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order_each
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, unnegated

_URG = Severity.URGENT

# --- a past attempt, and it back now ----------------------------------------------------------
_TRIED_BEFORE = {
    # "tried once before", "already tried", "after my attempt", "i did try to kill myself"
    # (not "tried before to quit smoking")
    "en": r"\b(?:i\s+)?tried\s+(?:it\s+)?(?:once\s+)?(?:before|already)\b(?!\s+to\s+(?!kill|end"
    r"|die))"
    # "already tried" with nothing named after it ("already tried dieting" names a diet)
    r"|\b(?:already|once)\s+tried\b(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|before|once|twice)\b"
    r"|\s+to\s+(?:kill|end|die|take\s+my))"
    # "my attempt", not "my attempt at sourdough" or "my attempt to run a marathon"
    r"|\b(?:my|an|the|last|after\s+(?:my|an|the))\s+(?:suicide\s+)?attempt\b"
    r"(?!\s+(?:at|on)\b|\s+to\s+(?!kill|end|die|take\s+my))"
    # "after trying to go", "in hospital twice after attempts"
    r"|\bafter\s+(?:trying|i\s+tried)\s+to\s+(?:go|end\s+it|do\s+it|die|kill\s+myself)\b"
    r"|\bafter\s+(?:(?:two|three|several|both|my)\s+)?attempts\b",
    "de": r"\b(?:hab|habe|hatte)\s+(?:ich(?:'s|\s+es)?\s+|es\s+)?(?:\w+\s+){0,3}?(?:schon\s+)?"
    r"(?:ein)?mal\s+(?:probiert|versucht)\b(?!,?\s+(?:mit|zu|das|den|die|aufzu\w+)\b)"
    r"|\b(?:suizid|selbstmord)versuch\w*\b|\bnach\s+(?:dem|meinem)\s+versuch\b",
    "fr": r"\bj'?\s*ai\s+deja\s+(?:essaye|tente)\b(?!\s+(?:de|d')\s*(?!me\s+tuer|en\s+finir))"
    r"|\b(?:ma|une|la|apres\s+ma|depuis\s+ma)\s+(?:derniere\s+)?(?:tentative|ts)\b"
    r"(?!\s+(?:de|d')\s*(?!suicide|me\s+tuer|\d))",
    "es": r"\b(?:ya\s+lo\s+(?:intente|habia\s+intentado)|lo\s+intente\s+(?:una\s+vez|antes|ya))"
    r"(?!(?:\s+(?:una\s+vez|antes))?\s+(?:con|de|a|en|dejar)\b)"
    r"|\b(?:un|mi|el|del|por\s+un|tras\s+(?:el|mi))\s+intento\b(?!\s+de\s+(?!suicidio|matarme|\d))",
    "pt": r"\bja\s+(?:tentei|tinha\s+tentado)\b(?!\s+(?:de\s+)?(?:parar|deixar|largar))"
    r"|\btentei\s+(?:uma\s+vez|antes)\b|\b(?:a|da|uma|minha|depois\s+da)\s+tentativa\b"
    r"(?!\s+de\s+(?!suicidio|me\s+matar|\d))",
    "it": r"\b(?:ci\s+)?ho\s+gia\s+provato\b(?!\s+a\s+(?!uccidermi|ammazzarmi|farla))"
    r"|\bci\s+ho\s+provato\s+(?:gia|una\s+volta)\b|\b(?:il|un|mio|dopo\s+il)\s+tentativo\b"
    r"(?!\s+di\s+(?!suicidio|uccidermi|\d))",
}
_BACK_NOW = {
    "en": r"\b(?:thoughts?|feelings?|urges?|voices?)\b[^.!?\n]{0,30}?\b(?:again|back|returning"
    r"|creeping|knocking|coming)\b|\b(?:it'?s|it\s+is)\s+(?:all\s+)?(?:coming\s+)?back\b"
    r"|\bcoming\s+back\b|\ball\s+over\s+again\b|\bfeels?\s+(?:just\s+|exactly\s+)?like\s+(?:then"
    r"|that\s+time|before|the\s+(?:run|lead|build)-?\s*up)\b",
    "de": r"\b(?:gedanken|gefu(?:e)?hl\w*|drang)\b[^.!?\n]{0,30}?\b(?:wieder\s+da|zuru(?:e)?ck"
    r"|kommen\s+wieder)\b|\bwieder\s+da\b|\bgenau\s+(?:so|gleich)\b"
    r"|\bkommen\s+(?:die\s+)?(?:gedanken|gefu(?:e)?hle)\s+wieder\b",
    "fr": r"\b(?:pensees|idees|envies)\b[^.!?\n]{0,30}?\b(?:reviennent|sont\s+revenues"
    r"|de\s+retour)\b|\bca\s+(?:revient|recommence)\b|\bmemes?\s+(?:sensation|vide|idees"
    r"|pensees)\b",
    "es": r"\bvuelvo\s+a\s+sentir\b|\b(?:pensamientos|ideas|ganas)\b[^.!?\n]{0,30}?\b(?:volvieron"
    r"|vuelven|han\s+vuelto|regresaron)\b|\bmismo\s+(?:vacio|sentimiento|dolor)\b"
    r"|\besta\s+volviendo\b|\b(?:voy|vuelvo|estoy\s+yendo)\s+(?:pa'?\s*lla|para\s+alla|hacia\s+alla)\s+"
    r"(?:otra\s+vez|de\s+nuevo)\b",
    "pt": r"\bmesma\s+coisa\s+(?:a\s+)?(?:chegar|chegando|voltar|voltando|de\s+novo)\b"
    r"|\b(?:pensamentos|ideias|vontade)\b[^.!?\n]{0,30}?\b(?:voltaram|voltando"
    r"|estao\s+de\s+volta)\b"
    r"|\bsinto\s+(?:tudo\s+)?(?:de\s+novo|outra\s+vez)\b|\besta\s+(?:a\s+)?volt(?:ar|ando)\b",
    "it": r"\b(?:pensieri|idee)\b[^.!?\n]{0,30}?\b(?:tornat[ie]|tornano|di\s+nuovo)\b"
    r"|\bsta(?:nno)?\s+tornando\b|\bstessa\s+(?:sensazione|cosa)\b",
}

# --- a past attempt, but the thoughts back (negations allowed between: a vow in the middle) ---
_ATTEMPT = {
    "en": r"\b(?:my|the|an|after\s+(?:my|the|an))\s+(?:suicide\s+)?attempt\b(?!\s+(?:at|to|on)\b)",
    "de": r"\bnach\s+(?:dem|meinem)\s+(?:suizid|selbstmord)?versuch\b",
    "fr": r"\b(?:apres\s+)?(?:ma|la|une)\s+tentative\b(?!\s+(?:de|d')\s*(?!suicide|me\s+tuer|\d))",
    "es": r"\b(?:despues\s+|tras\s+)?(?:de\s+)?(?:mi|el)\s+intento\b"
    r"(?!\s+de\s+(?!suicidio|matarme|\d))",
    "pt": r"\b(?:depois\s+da|apos\s+a)\s+(?:minha\s+)?tentativa\b"
    r"(?!\s+de\s+(?!suicidio|me\s+matar|\d))",
    "it": r"\b(?:dopo\s+il|dal)\s+(?:mio\s+)?tentativo\b(?!\s+di\s+(?!suicidio|uccidermi|\d))",
}
_BUT_BACK = {
    "en": r"\bbut\s+(?:now\s+)?(?:the\s+)?(?:thoughts|urges|feelings)\s+(?:are\s+)?(?:back|coming"
    r"\s+back|returning)\b",
    "de": r"\baber\s+(?:\w+\s+){0,3}?(?:kommen\s+(?:die\s+)?gedanken\s+wieder"
    r"|(?:die\s+)?gedanken\s+(?:sind\s+)?wieder\s+da)\b",
    "fr": r"\bmais\s+(?:les\s+)?(?:idees|pensees)\s+(?:noires\s+)?(?:sont\s+revenues|reviennent"
    r"|sont\s+de\s+retour)\b",
    "es": r"\bpero\s+(?:los\s+|las\s+)?(?:pensamientos|ideas)\s+(?:volvieron|han\s+vuelto"
    r"|estan\s+volviendo|vuelven)\b",
    "pt": r"\bmas\s+(?:as\s+|os\s+)?(?:ideias|pensamentos)\s+(?:estao\s+de\s+volta|voltaram"
    r"|estao\s+a\s+voltar|estao\s+voltando)\b",
    "it": r"\bma\s+(?:ora\s+|adesso\s+)?(?:i\s+)?(?:pensieri|idee)\s+(?:stanno\s+tornando|sono\s+"
    r"tornat[ie]|tornano)\b",
}


TRIED_BEFORE_BACK: tuple[Rule, ...] = core_family(
    "tried_before_back",
    Category.SUICIDAL_IDEATION,
    _URG,
    either_order_each(_TRIED_BEFORE, _BACK_NOW, 90, LANGS, unnegated),
    dict.fromkeys(
        # " ts": French "ma TS" (tentative de suicide), always after a word and a space
        LANGS,
        "tried|trying|attempt|probiert|versuch|tente|essaye|intent|tentat|provato| ts",
    ),
)
ATTEMPT_BUT_BACK: tuple[Rule, ...] = core_family(
    "attempt_but_back",
    Category.SUICIDAL_IDEATION,
    _URG,
    {lang: rf"(?:{_ATTEMPT[lang]})[^\n]{{0,160}}?(?:{_BUT_BACK[lang]})" for lang in LANGS},
    dict.fromkeys(LANGS, "attempt|versuch|tentativ|intento"),
)

__all__ = ["ATTEMPT_BUT_BACK", "TRIED_BEFORE_BACK"]
