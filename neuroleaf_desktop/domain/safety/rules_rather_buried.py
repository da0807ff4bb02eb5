"""The wish to be dead said as a preference for the grave: "I'd sooner be in the ground"; in six
languages.

Why: "I'd rather be dead" and "lieber tot" were read; the grave or the earth standing for death
was not: "another winter in this house? I'd sooner be in the ground", "I'd rather be six feet
under", "ich wär lieber unter der Erde", "preferiría estar bajo tierra", "je préférerais être
sous terre", "preferirei stare sotto terra", "preferia estar debaixo da terra".

What is left alone: the comic preference over a trifle ("I'd rather be in my grave than go to
another work party") is the everyday shape of ``everyday_shapes``, which reads these words as it
reads "rather die than"; a grave visited or tended ("I'd rather be at the grave with flowers")
is no wish, as the grave there is someone else's and "at" is no state of the writer.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

#: The grave or the earth as the writer's own place, in each language.
BURIED = {
    "en": r"(?:in\s+the\s+ground|under\s+the\s+ground|in\s+my\s+grave|six\s+feet\s+under"
    r"|pushing\s+up\s+(?:the\s+)?daisies|in\s+a\s+box\s+in\s+the\s+ground|six\s+foot\s+under)",
    "de": r"(?:unter\s+der\s+erde|im\s+grab|tot\s+und\s+begraben|begraben)",
    "fr": r"(?:sous\s+terre|six\s+pieds\s+sous\s+terre|dans\s+la\s+tombe|dans\s+ma\s+tombe"
    r"|enterree?)",
    "es": r"(?:bajo\s+tierra|en\s+la\s+tumba|en\s+mi\s+tumba|enterrad[oa]|tres\s+metros\s+bajo"
    r"\s+tierra)",
    "it": r"(?:sotto\s+terra|sottoterra|nella\s+tomba|nella\s+mia\s+tomba|sepolt[oa])",
    "pt": r"(?:debaixo\s+da\s+terra|(?:a\s+)?sete\s+palmos|na\s+cova|no\s+caixao|enterrad[oa]"
    r"|na\s+minha\s+campa|na\s+campa)",
}
_RATHER = {
    "en": r"\b(?:i'?d|i\s+would)\s+(?:much\s+|far\s+|honestly\s+|just\s+)?(?:rather|sooner)\s+"
    r"(?:just\s+)?be\s+",
    "de": r"\b(?:(?:ich\s+)?(?:wa(?:e)?r|wa(?:e)?re)\s+(?:ich\s+)?(?:viel\s+)?lieber"
    r"|(?:ich\s+)?la(?:e)?ge\s+(?:ich\s+)?(?:viel\s+)?lieber)\s+",
    "fr": r"\b(?:je\s+prefererais|j'\s*aimerais\s+mieux|je\s+serais\s+mieux)\s+(?:etre\s+)?",
    "es": r"\b(?:preferiria|prefiero|preferiria\s+mil\s+veces)\s+estar\s+",
    "it": r"\b(?:preferirei|preferisco)\s+(?:stare|essere)\s+",
    "pt": r"\b(?:preferia|preferiria|prefiro)\s+(?:estar|ficar)\s+",
}
_GATES = {
    "en": "rather|sooner",
    "de": "lieber",
    "fr": "prefererais|mieux",
    "es": "prefer",
    "it": "prefer",
    "pt": "prefer",
}

RULES: tuple[Rule, ...] = family(
    "rather_buried",
    "grave",
    Category.DEATH_WISH,
    Severity.CONCERN,
    {lang: rf"{_RATHER[lang]}{BURIED[lang]}\b" for lang in _RATHER},
    _GATES,
    inherent=True,
)

__all__ = ["BURIED", "RULES"]
