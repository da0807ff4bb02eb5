"""A wish to be gone told by the night and by the world, in six languages.

Why: the passive wish is often told without "dead" or "die", in two shapes every language has:

* the night or sleep hoped to take the writer, the morning hoped not to come, the night hoped
  to be the last: "every night I pray the dark takes me", "hoping tonight's my last", "chaque
  soir je prie pour que la nuit m'emporte", "spero che domattina non arrivi", "ojalá no
  amanezca", "rezo para que a noite me leve", "ich bete, dass mich die Nacht holt" (not the
  last night of a heatwave or a shift, not the day of an exam not coming: the clause ends on
  "the last", the morning is no day named);
* not wanting to be in this world or on this earth any more, or to hear no more of being in it:
  "I don't want to be in this world any more", "je ne veux plus être de ce monde", "non ne voglio
  più sapere di stare al mondo", "no quiero saber nada más de vivir", "ich will nicht mehr auf
  der Welt sein" (not a world of something, "the world of work", nor a world "where" or "with"
  something the writer rejects instead).

Whose words they are, negation and time are judged in ``context`` like every rule's.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_IN = r"[^.!?\n]"
_END = r"(?=\s*(?:$|[.!?,;:\n]))"

# --- the night hoped to take the writer, the morning hoped not to come -------------------------
# The hoping or praying, in each language's common verbs.
_HOPE = {
    "en": r"(?:hop(?:e|es|ed|ing)|pray(?:s|ed|ing)?|wish(?:es|ed|ing)?)",
    "fr": r"(?:prie|espere|souhaite|voudrais|reve)",
    "it": r"(?:prego|spero|vorrei|sogno|auguro)",
    "es": r"(?:rezo|pido|ruego|ojala|espero|quisiera|le\s+pido\s+a\s+dios)",
    "pt": r"(?:rezo|peco|espero|tomara|queria|oro)",
    "de": r"(?:bete|hoffe|hoff|wu(?:e)?nsche|wu(?:e)?nschte)",
}
# Each night, or going to bed: the frame the "last" is read in.
_NIGHTLY = {
    "en": r"(?:every|each)\s+(?:single\s+)?night|at\s+night|tonight|(?:go|get|going)\s+to\s+"
    r"(?:bed|sleep)|(?:put|lay|lie)\s+my\s+head\s+down|lie\s+down",
    "fr": r"(?:chaque|tous\s+les)\s+soirs?|chaque\s+nuit|le\s+soir|la\s+nuit|en\s+me\s+couchant"
    r"|quand\s+je\s+me\s+couche",
    "it": r"(?:la|ogni)\s+sera|ogni\s+notte|la\s+notte|quando\s+vado\s+a\s+letto"
    r"|prima\s+di\s+dormire",
    "es": r"(?:cada|todas\s+las)\s+noches?|por\s+las\s+noches|al\s+acostarme"
    r"|cuando\s+me\s+acuesto",
    "pt": r"(?:toda|cada)\s+noite|todas\s+as\s+noites|a\s+noite|ao\s+deitar"
    r"|quando\s+(?:me\s+)?deito",
    "de": r"jeden\s+abend|jede\s+nacht|abends|nachts|beim\s+einschlafen",
}
# What is hoped: taken by the night, the morning not coming, the night the last.
_TAKEN = {
    "en": r"(?:the\s+night|sleep|the\s+dark|the\s+darkness)\s+(?:just\s+)?(?:takes|will\s+take"
    r"|would\s+take|take)\s+me\b(?!\s+(?:to|back|somewhere|away\s+from))",
    "fr": r"(?:que|qu')\s*(?:la\s+nuit|le\s+sommeil|la\s+mort)\s+(?:m'\s*emporte|me\s+prenne"
    r"|m'\s*emmene)\b",
    "it": r"che\s+(?:la\s+notte|il\s+sonno|la\s+morte)\s+mi\s+(?:porti\s+via|prenda"
    r"|si\s+porti\s+via)\b",
    "es": r"(?:que\s+)?(?:la\s+noche|el\s+sueno|la\s+muerte)\s+me\s+(?:lleve|llevara)\b"
    r"(?!\s+(?:a|al|hasta)\b)",
    "pt": r"(?:que\s+)?(?:a\s+noite|o\s+sono|a\s+morte)\s+me\s+(?:leve|levasse)\b"
    r"(?!\s+(?:a|ao|para|ate)\b)",
    "de": r"dass\s+(?:mich\s+)?(?:die\s+nacht|der\s+schlaf|der\s+tod)\s+(?:mich\s+)?(?:holt"
    r"|mitnimmt|zu\s+sich\s+nimmt)\b",
}
_NO_MORNING = {
    "en": r"(?:the\s+)?morning\s+(?:never\s+comes|doesn'?t\s+come|won'?t\s+come|never\s+arrives)\b"
    r"|no\s+more\s+mornings\b(?!\s+like\b)",
    "fr": r"(?:que|qu')\s*(?:le\s+matin|demain|le\s+jour)\s+ne\s+(?:vienne|revienne|arrive"
    r"|se\s+leve)\s+(?:pas|plus|jamais)\b",
    "it": r"che\s+(?:domattina|domani\s+mattina|il\s+mattino|la\s+mattina)\s+non\s+(?:arrivi"
    r"|venga|torni)\b",
    "es": r"que\s+no\s+(?:amanezca|vuelva\s+a\s+amanecer|llegue\s+(?:la\s+manana|el\s+amanecer))"
    r"\b",
    "pt": r"que\s+nao\s+(?:amanheca|chegue\s+(?:a\s+manha|o\s+amanhecer))\b",
    "de": r"dass\s+(?:der\s+morgen|es\s+morgen)\s+nicht\s+(?:mehr\s+)?(?:kommt|anbricht)\b",
}
_LAST = {
    "en": r"(?:tonight|this\s+night|it|this)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+(?:my|the)\s+last"
    + _END,
    "fr": r"(?:que\s+)?(?:ce\s+soit|c'\s*est|ce\s+sera)\s+(?:ma|la)\s+derniere" + _END,
    "it": r"(?:che\s+)?(?:sia|e|sara)\s+(?:la\s+mia\s+|l'\s*)ultima" + _END,
    "es": r"(?:que\s+)?(?:sea|es|sera)\s+(?:la|mi)\s+ultima" + _END,
    "pt": r"(?:que\s+)?(?:seja|e|sera)\s+(?:a|a\s+minha)\s+ultima" + _END,
    "de": r"(?:dass\s+)?(?:es|das|sie|die\s+nacht)\s+(?:die\s+letzte\s+(?:ist|sei|wird)"
    r"|(?:ist|sei|wird)\s+die\s+letzte)" + _END,
}


# The morning not wanted closes its clause ("che domattina non arrivi il corriere" is a parcel's
# morning), and a reason given for it says it is a day's worry, not living: "because the exam is
# tomorrow", "parce que j'ai un oral".
_FOR_A_REASON = (
    r"(?!,?\s+(?:because|cos|cause|since|so|till|until|parce|car|perche|poiche|porque|pois"
    r"|weil|denn)\b)"
)


def _night(lang: str) -> str:
    hope, morning = _HOPE[lang], _NO_MORNING[lang]
    return (
        rf"\b{hope}\b{_IN}{{0,25}}?(?:{_TAKEN[lang]}|(?:{morning}){_END}{_FOR_A_REASON})"
        rf"|\b(?:{_NIGHTLY[lang]})\b{_IN}{{0,60}}?\b{hope}\b{_IN}{{0,30}}?(?:{_LAST[lang]}"
        rf"|(?:{morning}){_END}{_FOR_A_REASON})"
    )


_NIGHT_GATE = {
    "en": "hop|pray|wish",
    "fr": "prie|espere|souhaite|voudrais|reve",
    "it": "prego|spero|vorrei|sogno|auguro",
    "es": "rezo|pido|ruego|ojala|espero|quisiera",
    "pt": "rezo|peco|espero|tomara|queria|oro",
    "de": "bete|hoff|wunsch|wuensch",
}

# --- not wanting to be in this world, or to hear no more of being in it ------------------------
_NOT_AFTER = (
    r"(?!\s+(?:where|with|if|when|of|de|du|des|di|del|della|do|da|der|wo|ou|dove|donde|onde)\b"
    r"|\s+d')"
)
_WORLD = {
    "en": r"\b(?:don'?t|do\s+not|no\s+longer|never)\s+(?:really\s+|even\s+)?(?:want|wanna)\s+"
    r"(?:to\s+)?(?:be|live|stay)\s+(?:in|on|of)\s+this\s+(?:world|earth|planet)"
    r"(?:\s+(?:any\s*more|any\s+longer))?" + _END,
    "fr": r"\bje\s+(?:ne\s+)?veux\s+plus\s+(?:etre|rester|vivre)\s+(?:de\s+ce\s+monde|au\s+monde"
    r"|sur\s+terre|ici\s+bas)" + _NOT_AFTER,
    "it": r"\bnon\s+(?:ne\s+)?voglio\s+piu\s+sapere\s+(?:niente\s+|nulla\s+)?di\s+(?:stare"
    r"|restare|rimanere|vivere|continuare)(?:\s+(?:al\s+mondo|in\s+questo\s+mondo"
    r"|su\s+questa\s+terra|in\s+vita))?" + _END,
    "es": r"\bno\s+quiero\s+saber\s+(?:nada\s+)?(?:mas\s+)?de\s+(?:vivir|seguir\s+vivi\w+"
    r"|estar\s+(?:vivo|viva|en\s+este\s+mundo))" + _END,
    "pt": r"\bnao\s+quero\s+(?:mais\s+)?saber\s+(?:mais\s+)?de\s+(?:viver|continuar\s+viv\w+"
    r"|estar\s+(?:vivo|viva|neste\s+mundo))"
    + _END
    + r"|\bnao\s+quero\s+(?:mais\s+)?(?:estar|ficar|continuar)\s+(?:mais\s+)?no\s+mundo"
    + _END,
    "de": r"\bich\s+(?:will|mag|möchte|moechte|mochte)\s+nicht\s+mehr\s+(?:auf\s+(?:der|dieser)"
    r"\s+welt)\s+(?:sein|bleiben|leben)\b"
    r"|\bich\s+will\s+(?:vom\s+leben|von\s+dieser\s+welt)\s+nichts\s+mehr\s+wissen\b",
}
_WORLD_GATE = {
    "en": "world|earth|planet",
    "fr": "monde|terre|ici",
    "it": "sapere",
    "es": "saber",
    "pt": "saber|mundo",
    "de": "welt|leben",
}

RULES: tuple[Rule, ...] = core_family(
    "night_hoped_last",
    Category.DEATH_WISH,
    Severity.CONCERN,
    {lang: _night(lang) for lang in LANGS},
    _NIGHT_GATE,
    inherent=False,
) + core_family(
    "world_not_wanted",
    Category.DEATH_WISH,
    Severity.CONCERN,
    _WORLD,
    _WORLD_GATE,
    inherent=False,
)

__all__ = ["RULES"]
