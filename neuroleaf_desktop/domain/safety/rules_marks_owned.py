"""Marks on the writer's body owned as their own doing, or deepening and kept covered, in six
languages.

Why: self-harm is often told by its marks and a short confession instead of the act: "new marks
on my thighs, it was me", "apareceram marcas novas nas coxas, fui eu", "die Narben am Bein sind
neu, ich hab's selber gemacht", "des marques sur les bras, c'est moi", "los cortes en las
piernas me los hice yo", "i segni sulle braccia sono stata io". The marks (cuts, scars,
scratches, marks) on a part of the body and the writer owning them, within a breath, are the
two parts. The marks told as getting deeper, or kept covered with plasters or sleeves, are the
same sign without the confession: an accident's scratch heals, it does not deepen.

What stays out: marks on a thing (the car, the table, the wall: no body part named), marks
from a fall, a cat, thorns, sport or an operation named in the sentence, and someone else's doing
("it was the cat", "era mi hermano"). Negation and whose marks they are are judged in
``context``. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# a fall, an animal, a sport, surgery, a tattoo: the marks' ordinary cause
_NOT_AN_ACCIDENT = (
    r"(?![^.!?\n]*\b(?:fell|fall|cat|dog|kitten|rugby|football|hockey|bike|surgery|operation"
    r"|tattoo\w*|gestu(?:e)?rzt|sturz|katze|hund|fahrrad|operation|op|tattoo\w*|tombe\w*|chute"
    r"|chat|chien|velo|operation|tatouage\w*|cai|caida|gato|perro|bici\w*|operacion|tatuaje\w*"
    r"|queda|cachorro|cirurgia|tatuage\w*|caduta|gatto|cane|intervento|tatuaggi\w*"
    # thorns and brambles in the garden
    r"|brambles?|thorns?|roses?|garden\w*|hedge\w*|brombeer\w*|dornen|garten|ronces|epines"
    r"|jardin\w*|zarzas?|espinas?|silvas?|espinhos?|rovi|spine|giardin\w*)\b)"
)
_MARKS_ON_BODY = {
    "en": r"\b(?:marks|cuts|scars|scratches|burns)\b[^.!?\n]{0,25}?\b(?:on|across|up)\s+(?:my\s+)?"
    r"(?:arms?|legs?|thighs?|wrists?|stomach|belly|hips?|forearms?)\b",
    "de": r"\b(?:narben|schnitte|kratzer|striemen|male|wunden)\b[^.!?\n]{0,25}?\b(?:am|an\s+den"
    r"|an\s+der|auf\s+dem|auf\s+den)\s+(?:bein|beinen|arm|armen|oberschenkel\w*|handgelenk\w*"
    r"|bauch|unterarm\w*)\b",
    "fr": r"\b(?:marques|coupures|cicatrices|entailles|griffures|brulures)\b[^.!?\n]{0,25}?"
    r"\b(?:sur|aux?)\s+(?:les\s+|mes\s+|la\s+|le\s+)?(?:bras|jambes?|cuisses?|poignets?|ventre"
    r"|avant-bras)\b",
    "es": r"\b(?:marcas|cortes|cicatrices|rasgunos|aranazos|quemaduras)\b[^.!?\n]{0,25}?"
    r"\b(?:en\s+(?:los|las|el|la|mis?)\s+)(?:brazos?|piernas?|muslos?|munecas?|barriga|panza)\b",
    "pt": r"\b(?:marcas|cortes|cicatrizes|arranhoes|queimaduras)\b[^.!?\n]{0,25}?"
    r"\b(?:n[oa]s?|nos\s+meus|nas\s+minhas)\s+(?:bracos?|pernas?|coxas?|pulsos?|barriga)\b",
    "it": r"\b(?:segni|tagli|cicatrici|graffi|bruciature)\b[^.!?\n]{0,25}?\b(?:su(?:lle|i|l|lla)?"
    r"|alle|ai)\s+(?:mie\s+|miei\s+)?(?:braccia|gambe|cosce|polsi|pancia|avambracci)\b",
}
# … owned as the writer's own doing: "it was me", "I did it myself", "fui eu", "c'est moi"
_OWNED = {
    "en": r"\b(?:it\s+was\s+me|that\s+was\s+me|i\s+did\s+(?:it|them|that)(?:\s+myself)?"
    r"|i\s+made\s+them(?:\s+myself)?)\b(?!\s+(?:who\s+(?:dropped|broke)|with\s+the\s+(?:car|bike)))",
    "de": r"\b(?:ich\s+hab(?:'?s|\s+es|\s+sie|e\s+sie|e\s+es)?\s+(?:mir\s+)?selb(?:er|st)\s+gemacht"
    r"|das\s+war\s+ich(?:\s+selb(?:er|st))?|war\s+ich\s+selb(?:er|st))\b",
    "fr": r"\b(?:c'?\s*est\s+moi(?:\s+qui\s+(?:les\s+)?(?:ai\s+fait|me\s+les\s+suis\s+faites?))?"
    r"|c'?\s*etait\s+moi|je\s+me\s+les\s+suis\s+faite?s)\b(?=\s*(?:$|[.!?,;:\n]|et\b|qui\b))",
    "es": r"\b(?:fui\s+yo|me\s+l[oa]s\s+hice\s+yo"
    r"|me\s+l[oa]s\s+hice\s+(?:sol[oa]|yo\s+mism[oa]))\b",
    "pt": r"\b(?:fui\s+eu|fiz\s+eu|eu\s+(?:mesm[oa]\s+)?(?:que\s+)?(?:as\s+)?fiz)\b",
    "it": r"\b(?:sono\s+stat[oa]\s+io|(?:me\s+)?li\s+ho\s+fatti\s+io|me\s+li\s+sono\s+fatti)\b",
}
_GATE = {
    "en": "me|myself|them",
    "de": "selber|selbst|war ich",
    "fr": "moi|faite",
    "es": "yo|sola|solo",
    "pt": "eu",
    "it": "io|fatti",
}

# … or deepening and kept covered: "the scratches on my arms are getting deeper and I keep
# covering them with plasters", "los cortes en las piernas cada vez más profundos, los tapo"
_DEEPER_OR_COVERED = {
    "en": r"\b(?:getting\s+deeper|deeper\s+(?:each|every)\s+time|(?:keep|kept|keeping)\s+"
    r"(?:covering|hiding)\s+them|(?:cover|hide)\s+them\s+(?:up\s+)?(?:with|under)\s+(?:plasters"
    r"|long\s+sleeves|sleeves|a\s+hoodie|bandages|make-?up))\b",
    "de": r"\b(?:werden\s+(?:immer\s+)?tiefer|immer\s+tiefer|versteck\w*\s+(?:ich\s+)?sie"
    r"|(?:kleb|deck)\w*\s+(?:ich\s+)?sie\s+(?:\w+\s+)?ab)\b",
    "fr": r"\b(?:de\s+plus\s+en\s+plus\s+profond\w*|je\s+les\s+(?:cache|couvre)\w*)\b",
    "es": r"\b(?:cada\s+vez\s+mas\s+profund\w+|(?:los|las)\s+(?:tapo|escondo|cubro))\b",
    "pt": r"\b(?:cada\s+vez\s+mais\s+fund\w+|cada\s+vez\s+mais\s+profund\w+|(?:escondo|tapo"
    r"|cubro)-?(?:os|as)|(?:os|as)\s+(?:escondo|tapo|cubro))\b",
    "it": r"\b(?:sempre\s+piu\s+profond\w+|(?:li|le)\s+(?:copro|nascondo))\b",
}

RULES: tuple[Rule, ...] = family(
    "marks",
    "deeper_or_covered",
    Category.SELF_HARM,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_AN_ACCIDENT}[^.!?\n]*?(?:{marks})[^.!?\n]{{0,60}}?"
        rf"(?:{_DEEPER_OR_COVERED[lang]})"
        for lang, marks in _MARKS_ON_BODY.items()
    },
    {
        "en": "deeper|covering|hiding|cover|hide",
        "de": "tiefer|versteck|kleb|deck",
        "fr": "profond|cache|couvre",
        "es": "profund|tapo|escondo|cubro",
        "pt": "fund|profund|escondo|tapo|cubro",
        "it": "profond|copro|nascondo",
    },
    inherent=True,
)
RULES += family(
    "marks",
    "owned",
    Category.SELF_HARM,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_AN_ACCIDENT}[^.!?\n]*?(?:{marks})[^.!?\n]{{0,60}}?"
        rf"(?:{_OWNED[lang]})"
        for lang, marks in _MARKS_ON_BODY.items()
    },
    _GATE,
    inherent=True,
)

__all__ = ["RULES"]
