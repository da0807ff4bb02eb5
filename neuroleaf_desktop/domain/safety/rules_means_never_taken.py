"""Getting the means told as medicine prescribed and never taken, all of it kept in one place,
or kept in a place for the day; in six languages.

Why: the stockpiling families read "saving my pills" and "I keep them for the day it comes", and
``rules_means_untaken`` reads doses stopped and kept with no doctor named.
Writers also tell it by what they did not do and where it all is now: "never took the strong
stuff they sent me home with after the knee op, it's all in the glovebox", "os comprimidos pra
dormir que o médico me deu, não tomei nenhum, tão todos guardados na mochila", "je n'en ai pris
aucun, ils sont tous dans la boîte à gants", "non ne ho presa nessuna, sono tutte nel
cassetto"; or by the day they are kept for: "je les garde dans un tiroir pour le jour venu".

The not-taking is the sign here, so the family reads it as part of the phrase rather than as a
denial. The sentence is read from its start, and the not-taking is the writer's own (a first
person verb, or "never took" opening the sentence). The doctor who prescribed it or the injury
it was for is where it came from, not an everyday reason (``NONE_TAKEN_ALL_KEPT``). Medicine to
be returned or thrown away, out of date, not needed, or stopped for its side effects is an
ordinary leftover.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import FLAGS, SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
_START = r"(?:^|(?<=[.!?\n]))"
_MEDICINE = (
    r"(?=" + _S + r"*\b(?:pills|tablets|meds|medication|painkillers|sleepers|sleeping\s+pills"
    r"|strong\s+stuff|oxy\w*|tabletten|pillen|schlaftabletten|medikamente|mittel|ampullen"
    r"|cachets|comprimes|somniferes|medicaments|pastillas|somniferos|medicamentos|comprimidos"
    r"|remedios|pastiglie|pillole|compresse|sonniferi|farmaci)\b)"
)
# returned, thrown out, out of date, not needed, side effects: an ordinary leftover
_LEFTOVER = (
    r"(?!" + _S + r"*\b(?:return\w*|bring\s+(?:them\s+|it\s+)?back|pharmac\w*|chemist|dispos\w*"
    r"|expired|out\s+of\s+date|throw\w*|bin\s+them|didn'?t\s+need|felt\s+(?:fine|better)"
    r"|side\s+effects|allerg\w*|apotheke|zuru(?:e)?ck\w*|abgelaufen|wegwerf\w*|entsorg\w*"
    r"|nebenwirkung\w*|pharmacie|rapporter|perime\w*|jeter|effets\s+secondaires|farmacia"
    r"|devolver|caducad\w*|tirar|efectos|vencid\w*|deitar\s+fora|efeitos|riportar\w*"
    r"|scadut\w*|buttar\w*|effetti)\b)"
)
_NOT_TAKEN = {
    "en": r"\bi\s+(?:never|didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:took|take|taken)\b"
    r"|" + _START + r"\s*never\s+took\b",
    "de": r"\b(?:ich\s+)?(?:hab|habe)\s+(?:\w+\s+)?(?:keine|keins|keinen|nicht\s+eine)\s+"
    r"(?:\w+\s+){0,2}?genommen\b",
    "fr": r"\bje\s+n'\s*en\s+ai\s+(?:jamais\s+)?(?:pris|avale)\s+aucun\w*"
    r"|\bje\s+n'\s*ai\s+(?:jamais\s+)?(?:pris|avale)\s+(?:aucun\w*|un\s+seul|une\s+seule)",
    "es": r"\bno\s+(?:me\s+)?(?:he\s+tomado|tome)\s+(?:ninguna|ninguno|ni\s+una|ni\s+uno)\b",
    "pt": r"\bnao\s+tomei\s+(?:nenhum|nenhuma|um\s+so|uma\s+so)\b"
    r"|\bnunca\s+(?:os\s+|as\s+)?tomei\b",
    "it": r"\bnon\s+(?:ne\s+)?ho\s+(?:mai\s+)?pres[oa]\s+(?:nessun[oa]|una|uno)\b"
    r"|\bnon\s+(?:le|li)\s+ho\s+mai\s+pres[ei]\b",
}
_ALL_KEPT = {
    "en": r"\b(?:they'?re|it'?s|they\s+are|it\s+is)\s+all\s+(?:in|under|at)\s+(?:the|my)\s+\w+"
    r"|\b(?:kept|keeping|stashed|saved|hid)\s+(?:them|it)\s+all\b",
    "de": r"\b(?:liegen|sind)\s+(?:jetzt\s+|noch\s+)?alle\s+(?:\w+\s+)?(?:im|in|unter)\b"
    r"|\b(?:hab|habe)\s+(?:sie|die)\s+alle\s+(?:aufgehoben|gesammelt|versteckt)\b",
    "fr": r"\b(?:ils|elles)\s+sont\s+(?:tous|toutes)\s+(?:dans|sous|au)\b"
    r"|\bje\s+les\s+(?:garde|ai\s+gardes?|cache|ai\s+caches?)\s+(?:tous|toutes)\b",
    "es": r"\b(?:estan|las\s+tengo|los\s+tengo)\s+(?:todas|todos)\s+(?:guardad[oa]s\s+)?"
    r"(?:en|debajo)\b|\b(?:las|los)\s+(?:guardo|tengo\s+guardad[oa]s)\s+(?:todas|todos)\b",
    "pt": r"\b(?:estao|tao|ta|esta)\s+(?:todos|todas|tudo)\s+guardad[oa]s?\b"
    r"|\b(?:guardei|guardo)\s+(?:todos|todas|tudo)\b",
    "it": r"\b(?:sono|stanno)\s+(?:tutte|tutti)\s+(?:nel|nella|in|sotto|nell')"
    r"|\b(?:le|li)\s+(?:tengo|ho\s+tenut[ei])\s+(?:tutte|tutti)\b",
}
# … or kept in a place for the day: "je les garde dans un tiroir pour le jour venu"
_KEPT_IN = {
    "en": r"\b(?:i\s+)?(?:keep|kept|hide|hid|stash|stashed)\s+(?:them|it)\s+(?:in|under|at)\b",
    "de": r"\b(?:ich\s+)?(?:bewahr\w*|versteck\w*|heb\w*)\s+(?:sie|die)\s+(?:\w+\s+)?(?:im|in"
    r"|unter)\b|\b(?:liegen|sind)\s+(?:jetzt\s+)?(?:im|in\s+meinem|in\s+meiner|unter)\b",
    "fr": r"\bje\s+les\s+(?:garde|cache|range)\s+(?:\w+\s+)?(?:dans|sous|au)\b",
    "es": r"\b(?:las|los)\s+(?:guardo|escondo|tengo\s+guardad[oa]s)\s+(?:en|debajo)\b",
    "pt": r"\b(?:guardo|escondo)-?(?:os|as)?\s+(?:na|no|debaixo)\b|\b(?:os|as)\s+(?:guardo|escondo)"
    r"\s+(?:na|no|debaixo)\b",
    "it": r"\b(?:le|li)\s+(?:tengo|nascondo|conservo)\s+(?:nel|nella|in|sotto|nell')",
}
_THE_DAY = {
    "en": r"\bfor\s+(?:the|when\s+the)\s+day\s+(?:it\s+)?comes\b|\bfor\s+when\s+i\s+need\s+(?:them"
    r"|it)\b",
    "de": r"\bfu(?:e)?r\s+den\s+(?:tag|fall),?\s+(?:an\s+dem|wenn)\b|\bfu(?:e)?r\s+den\s+tag\s+x\b",
    "fr": r"\bpour\s+le\s+jour\s+(?:venu|ou|j)\b",
    "es": r"\bpara\s+el\s+dia\s+(?:que|en\s+que|d)\b",
    "pt": r"\bpara\s+o\s+dia\s+(?:em\s+que|que|d)\b",
    "it": r"\bper\s+il\s+giorno\s+(?:in\s+cui|che|x)\b",
}

#: None of it taken and all of it kept, in any language: the prescription or the injury it was
#: for is then where the means came from, not an everyday reason (``everyday``).
NONE_TAKEN_ALL_KEPT = re.compile(
    "|".join(rf"(?:{_NOT_TAKEN[lang]}){_S}{{0,120}}?(?:{_ALL_KEPT[lang]})" for lang in _NOT_TAKEN),
    FLAGS,
)

_NAME = "means_never_taken"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "all_kept",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    {
        lang: rf"{_START}{_MEDICINE}{_LEFTOVER}{_S}*?(?:{_NOT_TAKEN[lang]}){_S}{{0,120}}?"
        rf"(?:{_ALL_KEPT[lang]})"
        for lang in _NOT_TAKEN
    },
    {
        "en": "all",
        "de": "alle",
        "fr": "tous|toutes",
        "es": "todas|todos",
        "pt": "todos|todas|tudo",
        "it": "tutte|tutti",
    },
    inherent=True,
) + family(
    _NAME,
    "kept_for_the_day",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    {
        lang: rf"{_START}{_MEDICINE}{_LEFTOVER}{_S}*?(?:{_KEPT_IN[lang]}){_S}{{0,60}}?"
        rf"(?:{_THE_DAY[lang]})"
        for lang in _KEPT_IN
    },
    {
        "en": "day|need",
        "de": "tag|fall",
        "fr": "jour",
        "es": "dia",
        "pt": "dia",
        "it": "giorno",
    },
    inherent=True,
)

__all__ = ["RULES"]
