"""Self-harm told as damage done to one's own body or skin on purpose; in six languages.

Why: the self-harm families read the acts by name (cutting, burning, hitting oneself). Writers
also tell the harm by what it did to the body and that it was meant, without naming the act:
"the numbness only lifts when I hurt my own body", "I damaged my skin on purpose again", "je me
suis abîmé la peau exprès", "me estropeé la piel a propósito", "mi sono rovinata la pelle
apposta", "estraguei a minha pele de propósito", "ich hab mir absichtlich die Haut kaputt
gemacht". "On purpose" (or "my own body") is what makes it meant.

What is left alone: the sun, a sunbed, a tattoo, a piercing, the gym or make-up named in the
words after the act ("I wrecked my skin on purpose with the sunbed for the wedding tan"), and a
denial, judged by the negation readers.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# the sun, a sunbed, a tattoo, a piercing, the gym, make-up: a chosen, ordinary mark
_NOT_COSMETIC = (
    r"(?!" + _S + r"*\b(?:sun\w*|tan\w*|tattoo\w*|piercing\w*|gym|training"
    r"|workout|make-?up|bleach\w*|peel\w*|soleil|bronz\w*|tatou\w*|muscu\w*|maquillage|sol"
    r"|bronce\w*|tatuaje\w*|gimnasio|maquillaje|sole|abbronz\w*|tatuagg\w*|palestra|trucco"
    r"|bronze\w*|tatuage\w*|ginasio|maquilhagem|sonne\w*|solarium|tattoo\w*|fitness"
    r"|schminke)\b)"
)
_PARTS = {
    "en": r"(?:body|skin|arms?|legs?|wrists?|thighs?|stomach|hands?)",
    "de": r"(?:die\s+haut|den\s+ko(?:e)?rper|die\s+arme|die\s+beine|die\s+handgelenke)",
    "fr": r"(?:la\s+peau|le\s+corps|les\s+bras|les\s+jambes|les\s+poignets|les\s+cuisses)",
    "es": r"(?:la\s+piel|el\s+cuerpo|los\s+brazos|las\s+piernas|las\s+munecas|los\s+muslos)",
    "it": r"(?:la\s+pelle|il\s+corpo|le\s+braccia|le\s+gambe|i\s+polsi|le\s+cosce)",
    "pt": r"(?:(?:a\s+)?(?:minha\s+)?pele|(?:o\s+)?(?:meu\s+)?corpo|(?:os\s+)?(?:meus\s+)?bracos"
    r"|(?:as\s+)?(?:minhas\s+)?pernas|(?:os\s+)?(?:meus\s+)?pulsos)",
}
_ON_PURPOSE = {
    "en": r"(?:on\s+purpose|deliberately|intentionally)",
    "de": r"(?:absichtlich|mit\s+absicht|extra|bewusst)",
    "fr": r"(?:expres|volontairement|de\s+mon\s+plein\s+gre)",
    "es": r"(?:a\s+proposito|adrede|queriendo|aposta)",
    "it": r"(?:apposta|di\s+proposito|volontariamente)",
    "pt": r"(?:de\s+proposito|propositadamente|por\s+querer)",
}
_DAMAGED = {
    "en": r"\b(?:hurt(?:ing)?\s+my\s+own\s+(?:body|skin)\b"
    r"|(?:hurt|hurting|damag\w+|wreck\w*|ruin\w*|scratch\w*|mark\w*|mess\w*\s+up)\s+my\s+(?:own\s+)?"
    + _PARTS["en"]
    + r"\s+"
    + _ON_PURPOSE["en"]
    + r")",
    "de": r"\bmir\s+(?:\w+\s+){0,2}?"
    + _ON_PURPOSE["de"]
    + r"\s+"
    + _PARTS["de"]
    + r"\s+(?:kaputt\s*(?:gemacht|machen)|verletzt|aufgekratzt|zerkratzt|zerschunden)\b",
    "fr": r"\bme\s+suis\s+(?:\w+\s+)?(?:abime|esquinte|blesse|griffe|lacere)e?s?\s+"
    + _PARTS["fr"]
    + r"\s+"
    + _ON_PURPOSE["fr"]
    + r"\b|\bm'\s*abimer\s+"
    + _PARTS["fr"]
    + r"\s+"
    + _ON_PURPOSE["fr"]
    + r"\b",
    "es": r"\bme\s+(?:estropee|dane|lastime|destroce|arane|heri|estropeo|dano|lastimo|destrozo)\s+"
    + _PARTS["es"]
    + r"\s+"
    + _ON_PURPOSE["es"]
    + r"\b",
    "it": r"\bmi\s+sono\s+(?:rovinat[oa]|graffiat[oa]|ferit[oa]|distrutt[oa])\s+"
    + _PARTS["it"]
    + r"\s+"
    + _ON_PURPOSE["it"]
    + r"\b",
    "pt": r"\b(?:estraguei|magoei|feri|arranhei|destrui)\s+"
    + _PARTS["pt"]
    + r"\s+"
    + _ON_PURPOSE["pt"]
    + r"\b",
}
_GATES = {
    "en": "own body|own skin|purpose|deliberately|intentionally",
    "de": "absicht|extra|bewusst",
    "fr": "expres|volontairement|gre",
    "es": "proposito|adrede|queriendo|aposta",
    "it": "apposta|proposito|volontariamente",
    "pt": "proposito|propositadamente|querer",
}

RULES: tuple[Rule, ...] = family(
    "harm_own_body",
    "on_purpose",
    Category.SELF_HARM,
    Severity.CONCERN,
    {lang: _NOT_COSMETIC + rf"(?:{p})" for lang, p in _DAMAGED.items()},
    _GATES,
    inherent=True,
)

__all__ = ["RULES"]
