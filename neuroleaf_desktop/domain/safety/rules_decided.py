"""A method decided on, and a death meant to look like an accident, in all six languages.

Why: a decided plan is often written as the choice alone: "it's going to be the bridge, i've
decided", "ce sera le pont, c'est décidé", "va a ser el puente, ya lo he decidido", "sarà il
ponte, ho deciso"; or as the cover it should have: "i'll make it look like an accident",
"quiero que parezca un accidente", "ich will, dass es wie ein Unfall aussieht". Both are a plan
(C-SSRS), urgent. The same frames around an ordinary choice stay quiet ("it's going to be the
pizza place, i've decided", "va a ser la playa"): the chosen thing must be a method or a
height. Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_PM = Category.PLAN_OR_METHOD
_URG = Severity.URGENT

_DECIDED = {
    "en": r"\b(?:it'?s\s+going\s+to\s+be|it'?ll\s+be|it\s+will\s+be|it'?s\s+gonna\s+be)\s+"
    r"(?:the\s+)?(?:bridge|pills|tablets|rope|tracks|gun|cliff|roof|overdose|noose|knife)\b[^.!?\n]{0,20}?\b(?:i'?ve|i\s+have)\s+decided\b"
    r"|\b(?:i'?ve|i\s+have)\s+decided\s+on\s+(?:the\s+)?(?:pills|tablets|rope|hanging|bridge"
    r"|jumping|drowning|an\s+overdose)\b",
    "de": r"\bes\s+wird\s+(?:die|das|der)\s+(?:brucke|bruecke|seil|strick|tabletten|dach|klippe"
    r"|fluss|parkhaus)\s+sein\b[^.!?\n]{0,30}?\bentschieden\b",
    "fr": r"\bce\s+sera\s+(?:le|la|les)\s+(?:pont|corde|cachets|medicaments|toit|falaise"
    r"|riviere)\b[^.!?\n]{0,20}?\bdecide",
    "es": r"\bva\s+a\s+ser\s+(?:el|la|las|los)\s+(?:puente|cuerda|soga|pastillas|azotea"
    r"|acantilado|rio)\b[^.!?\n]{0,20}?\bdecidido\b",
    "pt": r"\bvai\s+ser\s+(?:a|o|os|as)\s+(?:ponte|corda|comprimidos|telhado|falesia"
    r"|rio)\b[^.!?\n]{0,20}?\bdecidi(?:do)?\b",
    "it": r"\bsara\s+(?:il|la|le|i)\s+(?:ponte|corda|pillole|pastiglie|tetto|scogliera"
    r"|fiume)\b[^.!?\n]{0,20}?\bdeciso\b",
}
_DECIDED_GATE = {
    "en": "decided",
    "de": "entschieden",
    "fr": "decide",
    "es": "decidido",
    "pt": "decidi",
    "it": "deciso",
}
# The writer wants it to look like an accident (not a story: "the killer made it look like").
_ACCIDENT = {
    "en": r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+want\s+to|i\s+could|i\s+can|so\s+i\s+can)\s+"
    r"make\s+it\s+look\s+like\s+an\s+accident\b|\bi\s+(?:want|need)\s+it\s+to\s+look\s+like\s+an\s+"
    r"accident\b|\bhas\s+to\s+look\s+like\s+an\s+accident\b",
    "de": r"\bich\s+will,?\s+dass\s+es\s+wie\s+ein\s+unfall\s+aussieht\b|\bes\s+muss\s+wie\s+ein\s+"
    r"unfall\s+aussehen\b",
    "fr": r"\bje\s+veux\s+que\s+(?:ca|cela)\s+(?:ressemble\s+a|ait\s+l'?air\s+d'?)\s*un\s+"
    r"accident\b"
    r"|\bje\s+(?:vais|veux)\s+(?:le\s+)?(?:faire\s+passer|maquiller)\s+(?:ca\s+)?(?:pour|en)\s+un\s+"
    r"accident\b",
    "es": r"\bquiero\s+que\s+parezca\s+un\s+accidente\b|\btiene\s+que\s+parecer\s+un\s+accidente\b",
    "pt": r"\bquero\s+que\s+pareca\s+um\s+acidente\b|\btem\s+de\s+parecer\s+um\s+acidente\b",
    "it": r"\bvoglio\s+che\s+sembri\s+un\s+incidente\b|\bdeve\s+sembrare\s+un\s+incidente\b",
}
_ACCIDENT_GATE = {
    "en": "accident",
    "de": "unfall",
    "fr": "accident",
    "es": "accidente",
    "pt": "acidente",
    "it": "incidente",
}

RULES: tuple[Rule, ...] = tuple(
    r
    for lang in ("en", "de", "fr", "es", "pt", "it")
    for r in (
        rule(
            f"{lang}_dc_method_decided",
            _PM,
            _URG,
            _DECIDED[lang],
            inherent=True,
            lang=lang,
            gate=_DECIDED_GATE[lang],
        ),
        rule(
            f"{lang}_dc_like_an_accident",
            _PM,
            _URG,
            _ACCIDENT[lang],
            inherent=True,
            lang=lang,
            gate=_ACCIDENT_GATE[lang],
        ),
    )
)
