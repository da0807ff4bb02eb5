"""Self-harm told by its recovery words, by a hand broken on a wall or by its marks, read as
frames of two parts in six languages.

Why: people who hurt themselves rarely name the act once they are in recovery. They tell it
by the streak that ended (a relapse counted in days, weeks or months), by what the act did
to a hand, or by what they did to the marks already there (old cuts opened again, picked at
so they will not heal). The words change with every writer while the parts stay, so each
frame reads parts, not phrases:

* **a relapse counted**: a relapse (relapsed, Rückfall, recaí, rechute, ricaduta, recaída)
  beside a count of time (after 60 days, nach 200 Tagen, dos meses, neuf semaines), or a
  count of clean time beside the streak broken ("nine weeks clean and I broke it tonight",
  "neun Wochen clean, heute wieder angefangen");
* **a wall struck until the hand breaks**: a wall, tiles or a door punched until the knuckles
  split, bled or the hand swelled ("punched the bathroom tiles till my knuckles split", "le
  pegué al muro hasta romperme los nudillos", "ho preso a pugni il muro finché si sono aperte
  le nocche", "dei murros na parede até a mão inchar");
* **the old marks opened**: cuts, lines, scars or marks opened again beside a part of the
  body, a blade or a purpose ("opened up the old lines on my forearm", "j'ai rouvert les
  marques sur ma cuisse avec une lame", "abri de novo os cortes na coxa com a gilete", "I keep
  picking at the cuts so they don't heal").

What stays out: a relapse or a streak of another habit (smoking, drinking, sugar, a language
app, running: ``_OTHER_HABIT`` reads the whole entry); old wounds reopened in a quarrel (no
body, blade or purpose); a scab on a knee; a punch bag, the air, "hitting the wall" in a race,
someone else's knuckles. Negation and whose act it is are judged in
``context`` like every rule. Text is case- and accent-folded first.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, SAME_SENTENCE, Rule, either_order, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS

# --- a relapse counted ----------------------------------------------------------------------
_RELAPSE = {
    "en": r"\brelaps(?:ed|e|ing)\b",
    "de": r"\bruckfall\w*|\bruckfallig\b",
    "es": r"\breca(?:i|ida)\b|\bperdi\s+la\s+racha\b",
    "fr": r"\brechut(?:e|e|er)\b",
    "it": r"\bricadut[ao]\b",
    "pt": r"\breca(?:i|ida)\b",
}
# A count of time: "87 days", "a whole month", "nine weeks", "dos meses", "200 Tagen".
_COUNT = {
    "en": r"\b\w+[\s-]+(?:days?|weeks?|months?|years?)\b",
    "de": r"\b\w+\s+(?:sauberen\s+)?(?:tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?)\b",
    "es": r"\b\w+\s+(?:dias|semanas|meses|anos)\b",
    "fr": r"\b\w+\s+(?:jours|semaines|mois|ans)\b",
    "it": r"\b\w+\s+(?:giorni|settimane|mesi|anni)\b",
    "pt": r"\b\w+\s+(?:dias|semanas|meses|anos)\b",
}
# Clean time told as such, and the streak ended in a moment just past.
_CLEAN = {
    "en": r"\b\w+\s+(?:days?|weeks?|months?|years?)\s+clean\b",
    "de": r"\b\w+\s+(?:tage|wochen|monate|jahre)\s+(?:clean|sauber)\b",
    "es": r"\b\w+\s+(?:dias|semanas|meses|anos)\s+limpi[oa]s?\b",
    "fr": r"\b\w+\s+(?:jours|semaines|mois|ans)\s+(?:clean|propres?)\b",
    "it": r"\b\w+\s+(?:giorni|settimane|mesi|anni)\s+(?:pulit[oa]|clean)\b",
    "pt": r"\b\w+\s+(?:dias|semanas|meses|anos)\s+(?:limp[oa]s?|clean)\b",
}
_BROKEN = {
    "en": r"\b(?:i\s+)?(?:broke|blew)\s+it\b|\bstarted\s+again\b",
    "de": r"\bwieder\s+angefangen\b",
    "es": r"\bvolvi\s+a\s+empezar\b",
    "fr": r"\bj'?\s*ai\s+recommence\b",
    "it": r"\bho\s+ricominciato\b",
    "pt": r"\bvoltei\s+a\s+(?:comecar|fazer)\b",
}
# Another habit's relapse or streak, named anywhere in the entry.
_OTHER_HABIT = re.compile(
    r"\b(?:smok\w*|cigarett\w*|vap\w*|drink\w*|sober\w*|alcohol\w*|booze|beer|pints?|wine|weed"
    r"|drugs?|gambl\w*|bet\w*|porn|sugar|diet\w*|gym|run\w*|app|duolingo|snapchat|streak\s+with"
    r"|rauch\w*|zigarett\w*|alkohol|trink\w*|saufen|bier|drogen|spielen|zucker|fumar|tabaco"
    r"|cigarr\w*|beber|bebida|alcool|alcohol|droga\w*|apuestas|azucar|fumer|clope\w*|boire"
    r"|biere|fumare|sigarett\w*|bere|birra|zucchero|cigarro\w*|bebida|acucar|cerveja|vinho"
    r"|vino|vin|wein|cafe|kaffee|caffe|heroin\w*|cocain\w*|kokain|coke|meth|crack|opi[ao]\w*"
    r"|nicotin\w*|gaming|shopping|binge\w*|purg\w*)\b"
)
_RELAPSE_COUNTED = {
    lang: rf"{either_order(_RELAPSE[lang], _COUNT[lang], 60, SAME_LINE)}"
    rf"|{either_order(_CLEAN[lang], _BROKEN[lang] + '|' + _RELAPSE[lang], 60, SAME_LINE)}"
    for lang in LANGS
}
_RELAPSE_GATE = {
    "en": "relaps|clean",
    "de": "ruckfall|clean|sauber",
    "es": "reca|racha|limpi",
    "fr": "rechut|clean|propre",
    "it": "ricadut|pulit|clean",
    "pt": "reca|limp|clean",
}

# --- the old marks opened ---------------------------------------------------------------------
_OPENED = {
    "en": r"\b(?:re-?opened|opened\s+up|opened)\s+(?:up\s+)?(?:the|my|all\s+the)\s+(?:old\s+)?"
    r"(?:lines|cuts|scars|marks)\b"
    r"|\bpick(?:ed|ing)?\s+at\s+(?:the|my)\s+(?:old\s+)?(?:cuts|scars|lines|wounds?)\b",
    "de": r"\b(?:schnitte|narben|wunden|striemen)\s+(?:\w+\s+){0,2}?(?:wieder\s+)?(?:aufgemacht"
    r"|aufgerissen|aufgekratzt|geoffnet)\b|\b(?:wieder\s+)?(?:aufgemacht|aufgerissen|aufgekratzt)"
    r"\s+(?:die|meine)\s+(?:alten\s+)?(?:schnitte|narben|wunden)\b",
    "es": r"\b(?:reabri|volvi\s+a\s+abrir(?:me)?|abri\s+(?:otra\s+vez|de\s+nuevo))\s+"
    r"(?:los|las|mis)\s+(?:viejas?\s+|viejos\s+)?(?:cortes|marcas|cicatrices|heridas)\b",
    "fr": r"\b(?:rouvert|re-?ouvert)\s+(?:les|mes)\s+(?:vieilles\s+|anciennes\s+)?(?:marques"
    r"|coupures|cicatrices|plaies|entailles)\b",
    "it": r"\b(?:riaperto|riaperti|riaperte)\s+(?:i|le|i\s+miei|le\s+mie)\s+"
    r"(?:vecchi\s+|vecchie\s+)?(?:tagli|segni|cicatrici|ferite)\b",
    "pt": r"\b(?:abri|reabri)\s+(?:de\s+novo\s+|outra\s+vez\s+)?(?:os|as|meus|minhas)\s+"
    r"(?:velhos\s+|velhas\s+)?(?:cortes|marcas|cicatrizes|feridas)\b",
}
# … beside a part of the body, a blade, or the marks kept from healing on purpose.
_ON_BODY = {
    "en": r"\b(?:arms?|forearms?|wrists?|thighs?|legs?|stomach|hips?|skin|blade|razor"
    r"|on\s+purpose|so\s+(?:they|it)\s+(?:don'?t|won'?t|can'?t)\s+heal|(?:until|till)\s+(?:they|it)"
    r"\s+(?:opened|bled))\b",
    "de": r"\b(?:arm|armen|unterarm\w*|handgelenk\w*|oberschenkel\w*|bein\w*|bauch|haut|klinge"
    r"|rasierklinge|absichtlich|mit\s+absicht)\b",
    "es": r"\b(?:brazos?|munecas?|muslos?|piernas?|barriga|piel|cuchilla|navaja|a\s+proposito)\b",
    "fr": r"\b(?:bras|poignets?|cuisses?|jambes?|ventre|peau|lame|rasoir|expres)\b",
    "it": r"\b(?:braccio|braccia|polsi?|cosce|coscia|gambe?|pancia|pelle|lametta|rasoio"
    r"|apposta)\b",
    "pt": r"\b(?:bracos?|pulsos?|coxas?|pernas?|barriga|pele|gilete|lamina|de\s+proposito)\b",
}
_OPENED_GATE = {
    "en": "open|pick",
    "de": "auf|offnet",
    "es": "abri",
    "fr": "ouvert",
    "it": "riapert",
    "pt": "abri",
}

# --- a hard surface struck until the hand breaks ---------------------------------------------
# A wall, tiles or a door struck with the fist …
_STRUCK = {
    "en": r"\b(?:punch(?:ed|ing)?|hit|hitting|smash(?:ed|ing)?|laid\s+into)\s+(?:the|a|my)\s+"
    r"(?:\w+\s+)?(?:walls?|tiles|doors?|mirror|breeze\s*blocks?|bricks?)\b"
    # … or the fists or the head struck against it: "banged my fists against the wall"
    r"|\b(?:bang|bash|slamm?|beat|hit|smash)\w*\s+my\s+(?:head|fists?|hands?)\s+(?:against|on"
    r"|into)\s+(?:the|a)\s+(?:\w+\s+)?(?:walls?|doors?|tiles|mirror|bricks?)\b",
    "de": r"\b(?:gegen|an)\s+(?:die|den|das)\s+(?:\w+\s+)?(?:wand|fliesen|tu(?:e)?r|mauer|spiegel)"
    r"\s+(?:ge)?(?:schlagen|geschlagen|gehauen|geboxt|schlage|haue)\b",
    "es": r"\b(?:le\s+)?(?:pegue|golpee|di\s+punetazos)\s+(?:al|a\s+la|contra\s+(?:el|la)|la|el)\s+"
    r"(?:muro|pared|puerta|azulejos|espejo)\b"
    r"|\b(?:golpee|pegue|di)\s+(?:con\s+)?(?:los\s+punos|la\s+cabeza|cabezazos|punetazos)\s+"
    r"(?:contra\s+|en\s+)?(?:el|la)\s+(?:muro|pared|puerta|azulejos|espejo)\b",
    "fr": r"\b(?:frappe|cogne|tape)\w*\s+(?:dans|contre)\s+(?:le|la|les)\s+(?:mur|porte|carrelage"
    r"|miroir)\b",
    "it": r"\bpres[oa]\s+a\s+pugni\s+(?:il|la|le|lo)\s+(?:muro|parete|piastrelle|porta|specchio)\b"
    r"|\b(?:sbattut[oa]|battut[oa]|picchiat[oa])\s+(?:i\s+pugni|la\s+testa|le\s+mani)\s+"
    r"(?:contro|sul|sulla)\s+(?:il\s+|la\s+|le\s+)?(?:muro|parete|porta|piastrelle)\b",
    "pt": r"\b(?:dei\s+murros|dei\s+socos|soquei|bati)\s+(?:na|no|nas|contra\s+a)\s+(?:parede"
    r"|porta|azulejos|espelho)\b"
    # … with the fists or the head: "voltei a bater com os punhos na parede"
    r"|\b(?:bati|bater|batia)\s+com\s+(?:os\s+punhos|as\s+maos|a\s+cabeca)\s+(?:na|no|nas"
    r"|contra\s+a)\s+(?:parede|porta|azulejos|espelho)\b",
}
# … until the hand split, bled or swelled.
_UNTIL_HURT = {
    "en": r"\b(?:till|til|until)\s+(?:my\s+)?(?:knuckles|hands?|fists?)\s+(?:split|bled|opened"
    r"|broke|were\s+bleeding|swelled)\b"
    # (the fists named before: "with my fists till they swelled up"; a door "till it opened" is
    # no hurt)
    r"|\b(?:till|til|until)\s+they\s+(?:bled|swelled|were\s+bleeding|cracked|split\s+open"
    r"|went\s+numb)\b",
    "de": r"\bbis\s+(?:die\s+|meine\s+)?(?:kno(?:e)?chel|fingerkno(?:e)?chel|ha(?:e)?nde?"
    r"|fa(?:e)?uste?)\w*\s+(?:blutete\w*|aufplatzte\w*|aufgeplatzt\w*|geblutet|geschwollen"
    r"|anschwollen|schwollen)",
    "es": r"\bhasta\s+(?:romperme|abrirme|que\s+me\s+sangraron)\s+los\s+nudillos\b"
    r"|\bhasta\s+que\s+(?:se\s+)?me\s+(?:hincharon|sangraron|abrieron|reventaron)\s+(?:los\s+"
    r"nudillos|las\s+manos|los\s+punos)\b",
    "fr": r"\bjusqu'?\s*a\s+(?:m'?\s*ouvrir|me\s+casser|ce\s+que\s+mes)\s+(?:les\s+)?(?:jointures"
    r"|phalanges|main)",
    "it": r"\bfinche\s+(?:non\s+)?(?:le\s+nocche\s+si\s+sono\s+aperte"
    r"|si\s+sono\s+aperte\s+le\s+nocche|le\s+nocche\s+(?:hanno\s+)?sanguinat\w*"
    r"|le\s+mani\s+(?:si\s+sono\s+gonfiate|hanno\s+sanguinato|sanguinavano))",
    "pt": r"\bate\s+(?:a\s+mao\s+inchar|os\s+nos\s+dos\s+dedos\s+sangrarem|sangrar"
    r"|as\s+maos\s+(?:incharem|sangrarem))\b",
}
# … or until it bled, said plainly after the wall struck: "hasta sangrar", "jusqu'au sang",
# "fino a sanguinare", "bis sie bluteten", "till it bled" (read only after the struck wall)
_UNTIL_BLED = {
    "en": r"\b(?:till|til|until)\s+(?:it|i)\s+(?:bled|was\s+bleeding)\b",
    "de": r"\bbis\s+(?:es|sie)\s+(?:blutete\w*|geblutet\s+ha\w+)",
    "es": r"\bhasta\s+sangrar\b",
    "fr": r"\bjusqu'?\s*au\s+sang\b",
    "it": r"\bfino\s+a\s+(?:sanguinare|farmi\s+sanguinare)\b",
    "pt": r"\bate\s+sangrar\b",
}
_STRUCK_GATE = {
    "en": "till|til|until",
    "de": "bis",
    "es": "hasta",
    "fr": "jusqu",
    "it": "finche|fino",
    "pt": "ate",
}

RULES: tuple[Rule, ...] = tuple(
    rule(
        f"{lang}_self_harm_relapse_counted",
        Category.SELF_HARM,
        Severity.CONCERN,
        _RELAPSE_COUNTED[lang],
        inherent=False,
        lang=lang,
        gate=_RELAPSE_GATE[lang],
    )
    for lang in LANGS
) + tuple(
    rule(
        f"{lang}_self_harm_marks_opened",
        Category.SELF_HARM,
        Severity.CONCERN,
        either_order(_OPENED[lang], _ON_BODY[lang], 60, SAME_SENTENCE),
        inherent=False,
        lang=lang,
        gate=_OPENED_GATE[lang],
    )
    for lang in LANGS
)

RULES += tuple(
    rule(
        f"{lang}_self_harm_struck_till_hurt",
        Category.SELF_HARM,
        Severity.CONCERN,
        rf"(?:{_STRUCK[lang]})[^.!?\n]{{0,40}}?(?:{_UNTIL_BLED[lang]})"
        rf"|(?:{_STRUCK[lang]})[^.!?\n]{{0,40}}?{_UNTIL_HURT[lang]}",
        inherent=False,
        lang=lang,
        gate=_STRUCK_GATE[lang],
    )
    for lang in LANGS
)

NAMES = frozenset(r.name for r in RULES)
_RELAPSES = frozenset(r.name for r in RULES if r.name.endswith("_relapse_counted"))


def drops(rule_name: str, norm: str) -> bool:
    """True when a counted relapse belongs to another habit named in the entry (a drink, a
    cigarette, a language app's streak): read over the whole entry, since the habit is often
    named a sentence away from the relapse."""
    return rule_name in _RELAPSES and _OTHER_HABIT.search(norm) is not None


__all__ = ["NAMES", "RULES", "drops"]
