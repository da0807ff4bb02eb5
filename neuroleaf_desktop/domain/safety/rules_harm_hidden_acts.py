"""Self-harm told by an injury on purpose passed off as clumsiness, the blade coming out again,
or nails pressed in till they mark, in six languages.

Why: each is said without the words "hurt myself", and each has an everyday twin the sentence
itself rules out:

* **on purpose, and the cover story told**: "burnt my arm on the iron on purpose, told Mum I'm
  clumsy", "hab mir absichtlich die Hand verbrüht und gesagt, ich sei ungeschickt", "je me suis
  brûlé la main exprès, j'ai dit que j'étais maladroite", "me quemé la mano a propósito, le
  dije que fue un accidente". The kettle or the iron would clear a plain burn as an accident;
  the intent and the story told about it say it was not one;
* **the blade out again**: "the razor came out again last night", "die Klinge kam wieder
  raus", "la lame est ressortie", "la cuchilla volvió a salir", "a lâmina voltou a sair", "la
  lametta è tornata fuori" (a shave, a beard or legs named is the razor's use);
* **nails pressed into the skin till it marks**: "digging my nails into my wrist till it
  leaves marks", "die Nägel in den Arm gedrückt, bis Abdrücke bleiben", "je m'enfonce les
  ongles dans le poignet jusqu'à laisser des marques".

Whose act it is and a denial are judged in ``context``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_L = r"[^\n]"
_INJURED = {
    "en": r"\b(?:scald\w*|burn\w*|burnt|cut|sliced|hit|punched|scratched|bashed)\s+(?:\w+\s+)?my\s+"
    r"(?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|fingers?)\b",
    "de": r"\bmir\s+(?:\w+\s+){0,2}?(?:die|den|das)\s+(?:hand|arm|handgelenk|bein|finger)\s+"
    r"(?:verbru(?:e)?ht|verbrannt|geschnitten|aufgeschnitten|aufgekratzt)\b",
    "fr": r"\bje\s+me\s+suis\s+(?:brule|ebouillante|coupe|griffe)\w*\s+(?:la|le|les)\s+(?:main|bras"
    r"|poignet|jambe|cuisse|doigts?)\b",
    "es": r"\bme\s+(?:queme|escalde|corte|arane)\s+(?:la|el|los|las)\s+(?:mano|brazo|muneca"
    r"|pierna|muslo|dedos?)\b",
    "pt": r"\b(?:queimei|escaldei|cortei|arranhei)(?:-me|\s+me)?\s+(?:[ao]s?\s+)?(?:mao|braco|pulso"
    r"|perna|coxa|dedos?)\b",
    "it": r"\bmi\s+sono\s+(?:bruciat|scottat|tagliat|graffiat)[oa]\s+(?:la|il|le|i)\s+(?:mano"
    r"|braccio"
    r"|polso|gamba|coscia|dita)\b",
}
_ON_PURPOSE = {
    "en": r"\b(?:on\s+purpose|deliberately)\b",
    "de": r"\b(?:absichtlich|mit\s+absicht)\b",
    "fr": r"\b(?:expres|volontairement)\b",
    "es": r"\b(?:a\s+proposito|adrede)\b",
    "pt": r"\bde\s+proposito\b",
    "it": r"\b(?:apposta|di\s+proposito)\b",
}
_COVER_TOLD = {
    "en": r"\b(?:told|telling|tell)\s+(?:[\w']+\s+){0,3}?(?:i'?m|i\s+am|it\s+was)\s+(?:just\s+"
    r"|only\s+)?"
    r"(?:clumsy|an\s+accident)\b",
    "de": r"\b(?:gesagt|erza(?:e)?hlt),?\s+(?:ich\s+(?:sei|wa(?:e)?re|bin)\s+(?:halt\s+|nur\s+)?"
    r"(?:ungeschickt|tollpatschig)|es\s+(?:sei|war)\s+ein\s+unfall)\b",
    "fr": r"\bdit\s+que\s+(?:j'\s*etais|je\s+suis|c'\s*etait)\s+(?:juste\s+)?(?:maladroite?"
    r"|un\s+accident)\b",
    "es": r"\bdije\s+que\s+(?:soy|fue|era)\s+(?:solo\s+)?(?:torpe|un\s+accidente)\b",
    "pt": r"\bdisse\s+que\s+(?:sou|foi|era)\s+(?:so\s+)?(?:desastrad[oa]|um\s+acidente)\b",
    "it": r"\bdetto\s+che\s+(?:sono|e\s+stato|era)\s+(?:solo\s+)?(?:goff[oa]|maldestr[oa]"
    r"|un\s+incidente)\b",
}
# --- the blade out again ----------------------------------------------------------------------
_SHAVE = (
    r"(?![^\n]*\b(?:shav\w*|beard|legs|stubble|moustache|mustache|haircut|rasier\w*|bart"
    r"|beine|barbe|raser|jambes|barba|afeit\w*|piernas|barbear|pernas|radere|gambe|depil\w*)\b)"
)
_BLADE_OUT = {
    "en": r"\b(?:the|my)\s+(?:razor|blade|blades)\s+(?:came|come|comes|is|are)\s+out\s+again\b",
    "de": r"\b(?:die|meine)\s+(?:klinge|rasierklinge)\s+(?:kam|kommt|ist)\s+wieder\s+(?:raus"
    r"|heraus|draussen)\b",
    "fr": r"\b(?:la|ma)\s+lame\s+(?:est\s+)?ressorti\w*\b",
    "es": r"\b(?:la|mi)\s+(?:cuchilla|navaja)\s+(?:volvio|ha\s+vuelto)\s+a\s+salir\b",
    "pt": r"\b(?:a|minha)\s+lamina\s+(?:voltou|tornou)\s+a\s+sair\b",
    "it": r"\b(?:la|mia)\s+lametta\s+(?:e|e\s+tornata|torna)\s+(?:di\s+nuovo\s+)?fuori\b",
}
# --- nails pressed in till they mark ----------------------------------------------------------
_NAILS_MARK = {
    "en": r"\b(?:press\w*|dig\w*|dug|push\w*)\s+my\s+(?:finger)?nails\s+into\s+my\s+(?:wrists?"
    r"|arms?"
    r"|skin|thighs?|palms?|hands?)\s+(?:till|until)\s+(?:it|they)\s+(?:leaves?|leave"
    r"|left)\s+marks\b",
    "de": r"\b(?:finger)?na(?:e)?gel\s+in\s+(?:den|das|meinen|mein)\s+(?:arm|handgelenk|haut"
    r"|oberschenkel)\s+(?:gedru(?:e)?ckt|gebohrt|gekrallt),?\s+bis\s+(?:abdru(?:e)?cke|spuren"
    r"|male)\s+bleiben\b",
    "fr": r"\b(?:m'\s*)?enfonce\w*\s+les\s+ongles\s+dans\s+(?:le|la|les|mon|ma)\s+(?:poignet|bras"
    r"|peau|cuisse)\s+jusqu'\s*a\s+(?:laisser\s+des|ce\s+qu'\s*il\s+reste\s+des)\s+marques\b",
    "es": r"\b(?:me\s+)?clav\w+\s+las\s+unas\s+en\s+(?:la|el|mi)\s+(?:muneca|brazo|piel|muslo)\s+"
    r"hasta\s+(?:dejar|que\s+quedan)\s+marcas\b",
    "pt": r"\b(?:cravo|cravei|enterro|enterrei)\s+as\s+unhas\s+n[oa]\s+(?:pulso|braco|pele|coxa)\s+"
    r"ate\s+(?:deixar|ficarem)\s+marcas\b",
    "it": r"\b(?:mi\s+)?(?:conficc\w+|affond\w+|pianto|piantavo)\s+le\s+unghie\s+nel(?:la)?\s+"
    r"(?:polso|braccio|pelle|coscia)\s+fino\s+a\s+lasciare\s+(?:i\s+)?segni\b",
}

_NAME = "harm_hidden"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "on_purpose_covered",
        Category.SELF_HARM,
        Severity.CONCERN,
        {
            lang: rf"(?:{_INJURED[lang]}){_L}{{0,60}}?(?:{_ON_PURPOSE[lang]}){_L}{{0,60}}?"
            rf"(?:{_COVER_TOLD[lang]})"
            for lang in _INJURED
        },
        {
            "en": "clumsy|accident",
            "de": "ungeschickt|tollpatschig|unfall",
            "fr": "maladroit|accident",
            "es": "torpe|accidente",
            "pt": "desastrad|acidente",
            "it": "goff|maldestr|incidente",
        },
    )
    + family(
        _NAME,
        "blade_out",
        Category.SELF_HARM,
        Severity.CONCERN,
        {lang: rf"(?:^|(?<=\n)){_SHAVE}{_L}*?(?:{p})" for lang, p in _BLADE_OUT.items()},
        {
            "en": "razor|blade",
            "de": "klinge",
            "fr": "lame",
            "es": "cuchilla|navaja",
            "pt": "lamina",
            "it": "lametta",
        },
        inherent=False,
    )
    + family(
        _NAME,
        "nails_mark",
        Category.SELF_HARM,
        Severity.CONCERN,
        _NAILS_MARK,
        {
            "en": "nails",
            "de": "nagel|naegel",
            "fr": "ongles",
            "es": "unas",
            "pt": "unhas",
            "it": "unghie",
        },
    )
)

__all__ = ["RULES"]
