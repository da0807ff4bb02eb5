"""Medicine the writer stopped taking and is keeping instead, and a store of someone else's
pills said to be enough, in six languages.

Why: a stock of pills is often built by not swallowing them. Writers tell it in two parts, the
doses stopped ("I stopped taking my tablets", "llevo meses sin tomar mis pastillas", "je ne
prends plus mes cachets", "ich nehm meine Tabletten nicht mehr", "há semanas que não tomo a
medicação", "non prendo più le pastiglie") and the tablets kept, saved or put somewhere ("they
are saved in my camera bag", "las voy guardando", "está tudo dentro de uma caixa"). Read alone,
the first is a denial and cancels the keeping the older rules read; read together they are
the gathering itself, so the phrase here starts at the stopping and needs the keeping after it.

What stays out: the tablets handed back, thrown away or taken to the chemist, a doctor's
advice for the stopping, and a spare kept for a trip or just in case.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import WORDS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the doctor's advice, a return or a disposal, or a spare with its reason, anywhere in the
# sentence: the stopping is then an everyday matter
_NOT_A_STORE = (
    r"(?![^.!?\n]*\b(?:doctor|gp|nurse|pharmac\w*|chemist|side\s+effects?|return\w*|bin|binned"
    r"|thr[eo]w\w*|dispos\w*|trip|holiday|just\s+in\s+case|arzt|a(?:e)?rztin|apotheke"
    r"|nebenwirkung\w*|zuru(?:e)?ck\w*|weggeworfen|entsorgt|urlaub|reise|medecin|pharmacie"
    r"|effets?\s+secondaires?|rapporte\w*|jete\w*|vacances|voyage|medico|medica|farmacia"
    r"|efectos?\s+secundarios?|devolv\w*|devuelt\w*|tir[eoa]\w*|vacaciones|viaje|efeitos?"
    r"\s+colaterais|devolvi\w*|deitei\s+fora|ferias|viagem|effetti\s+collaterali|restituit\w*"
    r"|buttat\w*|vacanza|viaggio|por\s+si\s+acaso|au\s+cas\s+ou)\b)"
)
_MEDS = {
    "en": "(?:" + "|".join(WORDS["en"]) + ")",
    "de": "(?:" + "|".join(WORDS["de"]) + r"|medikation)",
    "fr": "(?:" + "|".join(WORDS["fr"]) + r"|traitement|medication)",
    "es": "(?:" + "|".join(WORDS["es"]) + r"|medicacion)",
    "pt": "(?:" + "|".join(WORDS["pt"]) + r"|medicacao)",
    "it": "(?:" + "|".join(WORDS["it"]) + r"|terapia)",
}
# the doses stopped: "stopped taking my", "sin tomar mis", "ne prends plus mes"
_STOPPED = {
    "en": r"\b(?:stopped|quit|not|haven'?t\s+been|havent\s+been|been\s+skipping|skipp(?:ed|ing)"
    r"|no\s+longer)\s+(?:taking\s+|swallowing\s+)?(?:my\s+|the\s+|any\s+of\s+my\s+)?",
    "de": r"\b(?:nehm|nehme)\s+(?:ich\s+)?(?:meine\s+|die\s+)?(?:{meds})\s+(?:schon\s+)?"
    r"(?:nicht\s+mehr|nimmer|seit\s+\w+\s+\w+\s+nicht\s+mehr)|\bnehm(?:e)?\s+(?:ich\s+)?"
    r"(?:schon\s+)?seit\s+(?:\w+\s+){{1,2}}(?:meine\s+|die\s+|keine\s+)?",
    "fr": r"\b(?:je\s+)?(?:ne\s+|n')?prends\s+(?:plus|pas)\s+(?:mes\s+|mon\s+|le\s+|les\s+)?"
    r"|\bsans\s+prendre\s+(?:mes\s+|mon\s+|le\s+|les\s+)?|\barrete\s+de\s+prendre\s+"
    r"(?:mes\s+|mon\s+|le\s+|les\s+)?",
    "es": r"\b(?:sin\s+tomar|no\s+(?:me\s+)?tomo|dej[eo]\s+de\s+tomar)\s+(?:mis\s+|la\s+|las\s+"
    r"|los\s+)?",
    "pt": r"\b(?:sem\s+tomar|nao\s+tomo|deixei\s+de\s+tomar|parei\s+de\s+tomar)\s+(?:os\s+"
    r"|as\s+|a\s+|o\s+|meus\s+|minhas\s+|a\s+minha\s+|os\s+meus\s+)?",
    "it": r"\b(?:senza\s+prendere|non\s+prendo\s+(?:piu\s+)?|ho\s+smesso\s+di\s+prendere)\s+"
    r"(?:le\s+|i\s+|la\s+|mie\s+|miei\s+|le\s+mie\s+|i\s+miei\s+)?",
}
# … and, later in the sentence, the medicine kept, saved, hidden or all put in one place
_KEPT = {
    "en": r"\b(?:sav(?:ed|ing)|kept|keeping|stor(?:ed|ing)|stash\w*|hid|hidden|hiding|tucked"
    r"|put\s+(?:away|aside)|squirrel\w*|collect(?:ed|ing)|all\s+(?:of\s+them\s+)?(?:in|inside))\b",
    "de": r"\b(?:sammle|sammel|gesammelt|aufgehoben|aufheben|heb\w*\s+\w+\s+auf|versteck\w*"
    r"|gebunkert|bunker\w*|alle\s+in|liegen\s+alle)\b",
    "fr": r"\b(?:garde|gardes|gardees?|range\w*|cache|caches|cachee?s?|planqu\w+|mets\s+de\s+cote"
    r"|mis\s+de\s+cote"
    r"|accumul\w+|tout\s+est\s+dans|tous\s+dans)\b",
    "es": r"\b(?:guard\w+|escond\w+|junt\w+|acumul\w+|apart\w+|esta\s+todo\s+en|estan\s+todas?"
    r"\s+en)\b",
    "pt": r"\b(?:guard\w+|escond\w+|junt\w+|acumul\w+|(?:esta|estao|fica|ficam)\s+(?:tudo|todos?"
    r"|todas?)\s+(?:dentro|numa|num|na|no|em))\b",
    "it": r"\b(?:tengo|conserv\w+|nascost\w+|nascond\w+|mess[eio]\s+da\s+parte|metto\s+da\s+parte"
    r"|accumul\w+|sono\s+tutt[ei]\s+(?:in|dentro|nel|nella))\b",
}


def _untaken(lang: str) -> str:
    meds = _MEDS[lang]
    stopped = _STOPPED[lang].format(meds=meds)
    # German puts the medicine inside the stopping ("nehm meine Tabletten nicht mehr")
    taken = stopped if lang == "de" else rf"{stopped}{meds}\b"
    if lang == "de":
        taken = rf"(?:{stopped})(?:(?<=nicht\smehr)|(?<=nimmer)|{meds}\b)"
    return rf"(?:^|(?<=[.!?\n])){_NOT_A_STORE}[^.!?\n]*?(?:{taken})[^.!?\n]{{0,70}}?{_KEPT[lang]}"


_UNTAKEN_GATE = {
    "en": "taking|skipp|swallowing|stopped|quit",
    "de": "nehm",
    "fr": "prends|prendre",
    "es": "tomar|tomo",
    "pt": "tomar|tomo",
    "it": "prendere|prendo",
}

# --- enough pills now, someone else's, old, in a place of the writer's ---------------------------
# "got enough of my nan's old pills in my pencil case now", "ya tengo suficientes pastillas de
# mi abuela", "j'ai assez de cachets de ma grand-mère maintenant": the count reached is the
# sign; a supply to last a trip, or one that is running out, is not.
_ENOUGH_HEAD = {
    "en": r"\b(?:got|have|'ve|collected|saved|stashed)\s+enough\s+(?:of\s+)?(?:(?:my|her|his|the"
    r"|old|\w+'s|spare)\s+){0,4}",
    "de": r"\b(?:hab|habe|hab\s+ich|habe\s+ich|gesammelt|beisammen)\s+(?:jetzt\s+|schon\s+"
    r"|inzwischen\s+)?genug\s+(?:alte\s+)?",
    "fr": r"\b(?:j'?\s*ai|j'?\s*en\s+ai)\s+(?:maintenant\s+|deja\s+)?assez\s+de\s+",
    "es": r"\b(?:tengo|junte|guarde|reuni)\s+(?:ya\s+)?(?:suficientes|bastantes)\s+",
    "pt": r"\b(?:tenho|juntei|guardei)\s+(?:ja\s+)?(?:suficientes|bastantes)\s+",
    "it": r"\b(?:ho|ne\s+ho|ho\s+messo\s+da\s+parte)\s+(?:ormai\s+|gia\s+)?(?:abbastanza|"
    r"parecchie|parecchi)\s+",
}
_ENOUGH_TAIL = {
    "en": r"(?:now|in\s+(?:my|a|the)\s+\w+|hidden|stashed|saved|put\s+away)\b",
    "de": r"(?:jetzt|beisammen|versteckt|gesammelt|in\s+(?:meiner|meinem|der|dem)\s+\w+)\b",
    "fr": r"(?:maintenant|cach\w+|planqu\w+|dans\s+(?:ma|mon|mes|la|le)\s+\w+)\b",
    "es": r"(?:ya|ahora|guardad\w+|escondid\w+|en\s+(?:mi|la|el)\s+\w+)\b",
    "pt": r"(?:agora|guardad\w+|escondid\w+|(?:na|no|numa|num)\s+\w+)\b",
    "it": r"(?:ormai|adesso|nascost\w+|(?:nel|nella|nello|in)\s+\w+)\b",
}
# a supply to last a while, for a trip, or running low
_NOT_A_SUPPLY = (
    r"(?![^.!?\n]*\b(?:to\s+last|for\s+the\s+(?:trip|holiday|week|month)|left|until|till|run\w*"
    r"\s+out|reicht|bis|urlaub|reise|pour\s+(?:le|les)\s+(?:voyage|vacances)|jusqu'|para\s+el"
    r"\s+viaje|hasta|para\s+a\s+viagem|ate|per\s+il\s+viaggio|fino)\b)"
)


def _enough(lang: str) -> str:
    return (
        rf"{_ENOUGH_HEAD[lang]}{_MEDS[lang]}\b{_NOT_A_SUPPLY}[^.!?\n]{{0,40}}?"
        rf"\b{_ENOUGH_TAIL[lang]}"
    )


_ENOUGH_GATE = {
    "en": "enough",
    "de": "genug",
    "fr": "assez",
    "es": "suficientes|bastantes",
    "pt": "suficientes|bastantes",
    "it": "abbastanza|parecchi",
}

RULES: tuple[Rule, ...] = family(
    "untaken",
    "kept_instead",
    Category.GETTING_MEANS,
    Severity.URGENT,
    {lang: _untaken(lang) for lang in _STOPPED},
    _UNTAKEN_GATE,
    inherent=True,
)

RULES += family(
    "untaken",
    "enough_now",
    Category.GETTING_MEANS,
    Severity.URGENT,
    {lang: _enough(lang) for lang in _ENOUGH_HEAD},
    _ENOUGH_GATE,
    inherent=False,
)

__all__ = ["RULES"]
