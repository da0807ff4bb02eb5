"""Self-harm told by its tool or its act, in all six languages.

Why: self-harm is rarely named; it is told by what was held to the skin (a lighter, a hot
spoon), by a head banged till it bled, by cuts made again. The tool and the body, or the act
and the blood, mean it together; no negation may stand between the parts.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_self_marking
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order_each
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, unnegated

_URG = Severity.URGENT

# --- self-harm told by its tool or its act -------------------------------------------------------
_BODY = {
    "en": r"(?:the\s+inside\s+of\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach|hands?)",
    "de": r"(?:meinen?|meiner|am|an\s+meinem)\s+(?:arm\w*|handgelenk\w*|oberschenkel\w*|bein\w*"
    r"|haut)",
    "fr": r"(?:mon|ma|mes|le|la|les)\s+(?:bras|poignets?|cuisses?|jambes?|peau|ventre)",
    "es": r"(?:mi|mis|el|la|los|las)\s+(?:brazos?|munecas?|muslos?|piernas?|piel|barriga)",
    "pt": r"(?:meu|minha|meus|minhas|no|na|nos|nas|o|a|os|as)\s+(?:bracos?|pulsos?|coxas?"
    r"|pernas?|pele|barriga)",
    "it": r"(?:il\s+mio|la\s+mia|i\s+miei|le\s+mie|il|la|le|i|sul|sulla|sulle|sui)\s+(?:bracci?o?"
    r"|braccia|polsi?|cosce?|coscia|gambe?|pelle|pancia)",
}
_BURN_TOOL = {
    "en": r"\b(?:using|used|held|hold|holding|put|putting|pressed|pressing)\s+"
    r"(?:my\s+|a\s+|the\s+)?(?:lighter|zippo|cig(?:arette)?|lit\s+match|iron|hot\s+spoon)\s+(?:on|to|against)\s+",
    "de": r"\b(?:feuerzeug|zigarette|kippe)\s+(?:an|auf)\s+",
    "fr": r"\b(?:briquet|cigarette|clope)\s+(?:sur|contre)\s+",
    "es": r"\b(?:mechero|encendedor|cigarro|cigarrillo)\s+(?:en|sobre|contra)\s+",
    "pt": r"\b(?:isqueiro|cigarro)\s+(?:no|na|nos|nas|em)\s*",
    "it": r"\b(?:accendino|sigaretta)\s+(?:sul|sulla|sulle|sui|contro)\s*",
}
_HEAD_BANGED = {
    "en": r"\b(?:bang|bash|hit|smash|slamm?)(?:ed|ing|s)?\s+my\s+(?:head|forehead|skull)\s+"
    r"(?:on|against|into)\b",
    "de": r"\b(?:kopf|stirn)\s+(?:gegen|an)\s+(?:die|den|das)\s+\w+\s+(?:geschlagen|gehauen"
    r"|geknallt|schlage|haue)\b",
    "fr": r"\b(?:tape|cogne|frappe)\w*\s+la\s+tete\s+contre\b",
    "es": r"\b(?:golpe|di)\w*\s+(?:la\s+cabeza|cabezazos)\s+contra\b",
    "pt": r"\b(?:bati|batendo|bato)\s+(?:com\s+)?a\s+cabeca\s+(?:na|no|contra)\b",
    "it": r"\b(?:sbattut[oa]|sbatto|battut[oa])\s+la\s+testa\s+contro\b",
}
_TILL_BLOOD = {
    "en": r"\b(?:till|until)\s+(?:there(?:\s+was|\s+is|'s)\s+blood|it\s+(?:bled|bleeds)|i\s+bled"
    r"|i\s+was\s+bleeding)\b"
    r"|\bonly\s+way\b",
    "de": r"\bbis\s+(?:es\s+)?(?:blut\w*|ich\s+blutete)\b",
    "fr": r"\bjusqu'?\s*(?:au\s+sang|a\s+saigner)\b",
    "es": r"\bhasta\s+(?:sangrar|que\s+sangr\w+)\b",
    "pt": r"\bate\s+(?:sangrar|sair\s+sangue)\b",
    "it": r"\bfino\s+a\s+(?:sanguinare|far\s+uscire\s+il\s+sangue)\b",
}
_CUTS_AGAIN = {
    "en": r"\b(?:carved|sliced)\s+(?:into\s+)?my\s+(?:thighs?|legs?|arms?|wrists?|stomach|hips?)\b",
    "de": r"\b(?:mir\s+)?(?:wieder\s+)?(?:die\s+)?(?:arme|beine|oberschenkel)\s+(?:wieder\s+)?"
    r"(?:aufgeschnitten|geritzt|aufgeritzt)\b",
    "fr": r"\bje\s+me\s+suis\s+(?:re)?fait\s+des\s+(?:coupures|entailles)\s+sur\b"
    r"|\bje\s+me\s+suis\s+re(?:fait\s+du\s+mal|coupee?|scarifiee?)\b",
    "es": r"\b(?:me\s+volvi\s+a\s+hacer|me\s+hice)\s+(?:unos\s+)?cortes\s+en\b"
    # (not "volví a cortarme el pelo": an object named)
    r"|\b(?:volvi\s+a\s+cortarme|me\s+volvi\s+a\s+cortar)\b(?!\s+(?:el|la|los|las|un|una)\s)",
    "pt": r"\b(?:voltei\s+a\s+)?(?:fazer|fiz)\s+(?:uns\s+)?cortes\s+(?:nos|nas|no|na)\s+"
    r"(?:bracos?|pernas?|pulsos?|coxas?)\b|\bvoltei\s+a\s+(?:me\s+cortar|cortar-me|me\s+machucar)\b"
    r"(?!\s+(?:o|a|os|as|um|uma)\s)",
    "it": r"\b(?:mi\s+)?(?:sono|so)\s+(?:ri)?fatt[oa]\s+(?:i|dei|altri)\s+tagli\s+(?:sulle|sui|sul"
    r"|sulla)\b",
}


RULES: tuple[Rule, ...] = (
    core_family(
        "burn_tool_on_body",
        Category.SELF_HARM,
        _URG,
        {lang: rf"(?:{_BURN_TOOL[lang]}){_BODY[lang]}\b" for lang in LANGS},
        dict.fromkeys(
            LANGS,
            "lighter|zippo|cig|match|iron|spoon|feuerzeug|zigarette|kippe"
            "|briquet|clope|mechero|encendedor|cigarr|isqueiro|accendino|sigaretta",
        ),
    )
    + core_family(
        "head_banged_blood",
        Category.SELF_HARM,
        _URG,
        either_order_each(_HEAD_BANGED, _TILL_BLOOD, 60, LANGS, unnegated),
        dict.fromkeys(LANGS, "head|forehead|skull|kopf|stirn|tete|cabeza|cabezazos|cabeca|testa"),
    )
    + core_family(
        "cuts_again",
        Category.SELF_HARM,
        _URG,
        _CUTS_AGAIN,
        dict.fromkeys(
            LANGS,
            "carved|sliced|geschnitten|geritzt|coupures|entailles|cortes|tagli|cortar|refait"
            "|recoup|rescarif|machucar",
        ),
    )
    # the mark on one's own body, made with a tool or made on purpose (``rules_self_marking``)
    + rules_self_marking.RULES
)

__all__ = ["RULES"]
