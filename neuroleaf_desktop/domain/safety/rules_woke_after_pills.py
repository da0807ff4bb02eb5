"""A past overdose told by waking in care after the pills: in English by the writer's own
swallowing and waking, in every language by others waking the writer after them.

Why: ``rules_intl_signs_slots`` reads "tomé pastillas y desperté en el hospital" in five
languages; English had only the overdose named ("I took an overdose"), so "I swallowed pills and
woke up in the clinic" went unread, and so did the shape where others do the waking: "haben sie
mich im Spital nach den Tabletten wieder aufgeweckt", "me despertaron en el hospital después de
las pastillas", "ils m'ont réveillé après les cachets". Both parts are needed: pills swallowed
and a clinic, a hospital or a ward woken in; an operation, an allergy or a mix-up named in the
sentence is care after medicine for another reason.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_S = SAME_SENTENCE
_START = r"(?:^|(?<=[.!?\n]))"
# an operation, an allergy, a mistake, a wrong dose: care after medicine for another reason
_NOT_AN_OPERATION = (
    r"(?![^.!?\n]*\b(?:narkose|operation|op|allergi\w*|versehen|verwechsel\w*|anesthe\w*"
    r"|anaesthe\w*|surgery|operated|allerg\w*|by\s+mistake|wrong|accident\w*|erreur"
    r"|anestesi\w*|operacion|cirugia|alergi\w*|sin\s+querer|error|operacao|cirurgia"
    r"|sem\s+querer|engano|operazione|intervento|per\s+sbaglio|errore)\b)"
)
# the writer's own act: "I" before the verb, or no subject at the clause's start ("Took all my
# pills"), not "my cousin took a handful of tablets"
_SWALLOWED_EN = (
    r"(?:\bi\s+|(?:^|(?<=[.!?\n,;]))\s*)(?:swallowed|downed|necked|took)\s+(?:\w+\s+){0,3}?(?:pills|tablets|painkillers"
    r"|paracetamol|meds|sleeping\s+pills)\b"
)
_WOKE_IN_CARE_EN = (
    r"\bwo(?:ke|ken)\s+(?:up\s+)?(?:in|on)\s+(?:the\s+|a\s+)?(?:hospital|clinic|icu|a&e"
    r"|emergency\s+room|intensive\s+care|psych\s+ward|ward)\b|\bstomach\s+pumped\b"
)
# others woke the writer after the pills (the clinic may stand between)
_WOKEN_AFTER = {
    "en": either_order(_SWALLOWED_EN, _WOKE_IN_CARE_EN, 100),
    "de": r"\b(?:haben|hat)\s+(?:sie|die\s+\w+|man)\s+mich\s+(?:[\w']+\s+){0,4}?nach\s+den\s+"
    r"(?:tabletten|pillen|schlaftabletten|medikamenten)\s+(?:wieder\s+)?(?:aufgeweckt"
    r"|wach\s+bekommen|zuru(?:e)?ckgeholt)\b",
    "fr": r"\bils\s+m'\s*ont\s+(?:re)?reveille\w*\s+(?:[\w']+\s+){0,4}?apres\s+(?:les|des|mes)\s+"
    r"(?:cachets|comprimes|medocs|medicaments|somniferes)\b",
    "es": r"\bme\s+(?:despertaron|reanimaron)\s+(?:[\w']+\s+){0,4}?(?:despues\s+de|tras)\s+"
    r"(?:las|los|mis)\s+(?:pastillas|pildoras|somniferos|calmantes)\b",
    "pt": r"\bme\s+(?:acordaram|reanimaram)\s+(?:[\w']+\s+){0,4}?(?:depois\s+d[oa]s"
    r"|apos\s+[oa]s)\s+(?:comprimidos|remedios|calmantes|pilulas)\b",
    "it": r"\bmi\s+hanno\s+(?:ri)?svegliat[oa]\s+(?:[\w']+\s+){0,4}?dopo\s+(?:le|i)\s+"
    r"(?:pastiglie|pillole|compresse|sonniferi|farmaci)\b",
}

RULES: tuple[Rule, ...] = family(
    "woke_after",
    "pills",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    {lang: rf"{_START}{_NOT_AN_OPERATION}{_S}*?(?:{body})" for lang, body in _WOKEN_AFTER.items()},
    {
        "en": "hospital|clinic|icu|a&e|emergency|intensive|ward|pumped",
        "de": "geweckt|wach|geholt",
        "fr": "veill",
        "es": "despertaron|reanimaron",
        "pt": "acordaram|reanimaram",
        "it": "svegliat",
    },
    inherent=False,
    past=True,
)

__all__ = ["RULES"]
