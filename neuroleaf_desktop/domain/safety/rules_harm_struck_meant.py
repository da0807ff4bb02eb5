"""A part of one's own body struck, burnt, cut or clawed, and said to be meant, in five languages.

Why: in French, Spanish, Portuguese, Italian and German the writer tells the injury with a
reflexive verb and the body part as its object ("je me suis cogné le front sur l'établi exprès",
"mi sono sbattuta la testa contro il muro apposta", "bati com a cabeça na parede de propósito",
"ich hab mir absichtlich den Kopf an der Wand angeschlagen"). The same verbs tell every
accident of a day (a cupboard door, a step, a pan), so the verb alone is never read: the word
that it was meant ("exprès", "apposta", "a propósito", "de propósito", "absichtlich") is what
makes it harm, anywhere in the sentence after the part. The verb is a slot of its kind (struck,
knocked, banged, burnt, cut, clawed, bitten), not one word; English reads the same shape in
``rules_en_harm_meant``.

What stays out: an intent denied ("pas exprès", "sin querer", "nicht absichtlich"), read by the
negation; a blow given by someone else ("il m'a frappé exprès": the writer is not the subject).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_PART = {
    "fr": r"(?:le|la|les|l')\s*(?:front|tete|crane|visage|bras|avant-bras|poignets?|mains?|poings?"
    r"|doigts?|jambes?|cuisses?|genoux|tibias?|ventre|peau)",
    "es": r"(?:el|la|los|las)\s+(?:frente|cabeza|cara|brazos?|antebrazos?|munecas?|manos?|punos?"
    r"|nudillos|dedos|piernas?|muslos?|rodillas?|espinillas?|barriga|piel)",
    "pt": r"(?:com\s+)?(?:o|a|os|as)\s+(?:testa|cabeca|cara|bracos?|antebracos?|pulsos?|maos?"
    r"|punhos?|dedos|pernas?|coxas?|joelhos?|canelas?|barriga|pele)",
    "it": r"(?:il|la|le|i|gli|l')\s*(?:fronte|testa|faccia|braccio|braccia|avambracci\w*|polsi?"
    r"|mani|mano|pugni?|nocche|dita|gambe?|cosce|coscia|ginocchia|stinchi?|pancia|pelle)",
    "de": r"(?:den|die|das|meinen|meine|mein)\s+(?:kopf|stirn|gesicht|arme?|unterarme?"
    r"|handgelenke?|ha(?:e)?nde?|faust|fa(?:e)?uste|kno(?:e)?chel|finger|beine?|oberschenkel"
    r"|knie|schienbein|bauch|haut)",
}
# … struck, knocked, burnt, cut, clawed or bitten by the writer, the writer its object too
_HURT = {
    "fr": r"\bje\s+me\s+suis\s+(?:\w+\s+)?(?:cogne|frappe|tape|brule|coupe|entaille|griffe"
    r"|mordu|ecorche|ouvert|lacere|tailla?de)e?s?\s+",
    "es": r"\bme\s+(?:golpee|pegue|queme|corte|rasgune|arane|mordi|raje|abri|estampe|di\s+con)\s+"
    r"(?:contra\s+)?",
    "pt": r"\b(?:bati|queimei|cortei|arranhei|mordi|rasguei|abri|esmurrei)\s+",
    "it": r"\bmi\s+sono\s+(?:\w+\s+)?(?:sbattut|colpit|bruciat|tagliat|graffiat|mors|picchiat"
    r"|ferit|aperto|apert)[oaie]?\s+",
    "de": r"\b(?:hab|habe|hab's)\s+(?:ich\s+)?mir\s+(?:\w+\s+){0,3}?",
}
_MEANT = {
    "fr": r"\b(?<!pas\s)(?:expres|volontairement|de\s+mon\s+plein\s+gre)\b",
    "es": r"\b(?:a\s+proposito|adrede|aposta|queriendo)\b",
    "pt": r"\b(?:de\s+proposito|propositadamente|por\s+querer)\b",
    "it": r"\b(?:apposta|di\s+proposito|volontariamente)\b",
    "de": r"\b(?<!nicht\s)(?:absichtlich|mit\s+absicht|bewusst)\b",
}
# German puts the part between "mir" and the participle at the end: "hab mir absichtlich den
# Kopf an der Wand angeschlagen", "hab mir den Arm verbrannt, mit Absicht"
_DE_PARTICIPLE = (
    r"\s+(?:\w+\s+){0,4}?(?:angeschlagen|aufgeschlagen|geschlagen|gestossen|gehauen|verbrannt"
    r"|aufgeschnitten|geschnitten|zerkratzt|aufgekratzt|gebissen|blutig\s+(?:geschlagen|gekratzt))\b"
)


def _pattern(lang: str) -> str:
    if lang == "de":
        return (
            rf"{_HURT['de']}(?:(?:{_MEANT['de']})\s+{_PART['de']}{_DE_PARTICIPLE}"
            rf"|{_PART['de']}{_DE_PARTICIPLE}{_S}{{0,40}}?(?:{_MEANT['de']}))"
        )
    return rf"{_HURT[lang]}{_PART[lang]}\b{_S}{{0,60}}?(?:{_MEANT[lang]})"


RULES: tuple[Rule, ...] = family(
    "harm_struck",
    "meant",
    Category.SELF_HARM,
    Severity.CONCERN,
    {lang: _pattern(lang) for lang in _PART},
    {
        "fr": "expres|volontairement|gre",
        "es": "proposito|adrede|aposta|queriendo",
        "pt": "proposito|propositadamente|querer",
        "it": "apposta|proposito|volontariamente",
        "de": "absicht|bewusst",
    },
    inherent=True,
)

__all__ = ["RULES"]
