"""A past attempt told by counting it, unnamed, with the secret kept or the ward after it, and
an overdose told by the pills and the ward together, in six languages.

Why: a writer telling of an old attempt often leaves the act out and counts it instead: the
first time, the last time, once. What makes the bare "tried" an attempt is what came with it,
the secret nobody learnt or the nurses and the ward:

* "the first time I tried I was sixteen, and nobody ever knew", "my first attempt was at
  nineteen and no one at work found out", "last time I tried, the nurses were kind";
* "das erste Mal, als ich es versucht hab, war ich fünfzehn, keiner weiß davon", "hab schon
  mal Tabletten genommen, keiner redet mehr davon";
* "la première fois que j'ai essayé, j'avais seize ans, personne ne l'a su";
* "la primera vez que lo intenté fue a los quince; nadie en casa lo sabe";
* "tentei uma vez aos vinte e nunca contei a ninguém";
* "la prima volta che ci ho provato avevo sedici anni, nessuno lo sa".

… and an overdose named by two things only, the pills and the ward: "a year on from the
tablets and the ward", "seit den Tabletten und der Station", "depuis les cachets et l'hôpital".

The trying is bare: "the first time I tried sushi", "my first attempt at the driving test" name
what was tried, and a pastime, a drink or a smoke named in the sentence is that; whose words
they are and a denial are judged in ``context``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule, either_order, family

# a pastime, a drink, a smoke, a test or a dish: what was tried
_PASTIME = (
    r"(?![^\n]*\b(?:smok\w*|cigarettes?|weed|vap\w*|drink\w*|beer|wine|vodka|drugs?|skat\w*"
    r"|surf\w*|driv\w*|test|exam|recipe|sushi|kiss\w*|swim\w*|ski\w*|climb\w*|marathon"
    r"|rauch\w*|zigarett\w*|alkohol|bier|fahr\w*|pru(?:e)?fung|fumer|cigarette|alcool|biere"
    r"|conduire|permis|fumar|cigarro\w*|alcohol|cerveza|manejar|examen|fumei|cerveja|carta|exame\w*"
    r"|fumare|sigarett\w*|alcol|birra|patente|esame)\b)"
)
# --- the attempt counted, the act left out ----------------------------------------------------
_COUNTED = {
    "en": r"\b(?:the\s+)?(?:first|last|second|third|only)\s+time\s+i\s+tried(?=\s*(?:,|was\b"
    r"|i\s+was\b|$))|(?:^|(?<=[.!?\n])|\bmy\s+)\s*(?:first|last|second|only)\s+attempt\s+was\s+"
    r"(?:at|in|when|the|during)\b|\btried\s+once\s+(?:at|when|in|before)\b",
    "de": r"\bdas\s+(?:erste|letzte)\s+mal,?\s+(?:als|wo)\s+ich\s+(?:es\s+)?versucht\s+hab\w*"
    r"|\bmein\s+(?:erster|letzter)\s+versuch\s+war\b"
    r"|\bschon\s+(?:mal|einmal)\s+(?:tabletten|pillen|schlaftabletten)\s+genommen\b",
    "fr": r"\bla\s+(?:premiere|derniere)\s+fois\s+(?:que|ou)\s+j'\s*ai\s+essaye(?=\s*(?:,|$))"
    r"|\bma\s+(?:premiere|derniere)\s+tentative\b|\bj'\s*ai\s+essaye\s+une\s+fois\s+(?:a|en"
    r"|quand)\b",
    "es": r"\bla\s+(?:primera|ultima)\s+vez\s+que\s+lo\s+intente\b|\blo\s+intente\s+una\s+vez\b"
    r"|\bmi\s+(?:primer|ultimo)\s+intento\b",
    "pt": r"\btentei\s+uma\s+vez\s+(?:aos|com|em|quando)\b|\ba\s+(?:primeira|ultima)\s+vez\s+que"
    r"\s+tentei\b|\ba\s+minha\s+(?:primeira|ultima)\s+tentativa\b",
    "it": r"\bla\s+(?:prima|ultima)\s+volta\s+che\s+ci\s+ho\s+provato\b"
    r"|\bci\s+ho\s+provato\s+una\s+volta\b|\bil\s+mio\s+(?:primo|ultimo)\s+tentativo\b",
}
# --- … kept secret, or the ward after it -------------------------------------------------------
_SECRET_OR_WARD = {
    "en": r"\b(?:not\s+a\s+soul|nobody|no\s*one|no-one)\s+(?:\w+\s+){0,3}?(?:ever\s+)?(?:found"
    r"\s+out|knew|knows)\b|\bnever\s+told\s+(?:anyone|a\s+soul|anybody)\b|\bthe\s+nurses\b"
    r"|\bthe\s+ward\b|\b(?:a\s*&\s*e|icu)\b",
    "de": r"\b(?:keiner|niemand)\s+(?:\w+\s+){0,2}?(?:wei(?:ss|ß)|wusste|redet|hat\s+(?:es|das)\s+"
    r"(?:gemerkt|erfahren))\b|\bnie\s+(?:jemandem|wem)\s+erza(?:e)?hlt\b|\b(?:station|klinik"
    r"|intensiv\w*|notaufnahme)\b",
    "fr": r"\bpersonne\s+(?:\w+\s+){0,3}?ne\s+(?:l'\s*a\s+su|le\s+sait|sait)\b"
    r"|\bjamais\s+(?:rien\s+)?"
    r"dit\s+a\s+personne\b|\b(?:infirmier\w*|urgences|reanimation)\b",
    "es": r"\bnadie\s+(?:\w+\s+){0,4}?lo\s+(?:sabe|supo)\b|\bnunca\s+se\s+lo\s+(?:dije|conte)\b"
    r"|\b(?:enfermer\w+|urgencias)\b",
    "pt": r"\bnunca\s+contei\b|\bninguem\s+(?:\w+\s+){0,3}?(?:sabe|soube)\b|\b(?:enfermeir\w+"
    r"|urgencias)\b",
    "it": r"\bnessuno\s+(?:\w+\s+){0,3}?lo\s+(?:sa|ha\s+saputo)\b|\bnon\s+l'\s*ho\s+mai\s+detto\b"
    r"|\b(?:infermier\w+|pronto\s+soccorso|rianimazione)\b",
}
# --- an overdose named by the pills and the ward together --------------------------------------
_PILLS_AND_WARD = {
    "en": r"\b(?:since|from|after)\s+the\s+(?:pills|tablets|overdose|od)\s+and\s+the\s+(?:ward"
    r"|hospital|icu|psych\s+ward)\b",
    "de": r"\b(?:seit|nach)\s+den\s+(?:tabletten|pillen)\s+und\s+(?:der\s+station|der\s+klinik"
    r"|dem\s+krankenhaus)\b",
    "fr": r"\b(?:depuis|apres)\s+les\s+(?:cachets|comprimes|medicaments)\s+et\s+(?:l'\s*hopital"
    r"|les\s+urgences|la\s+reanimation)",
    "es": r"\b(?:desde|despues\s+de)\s+las\s+pastillas\s+y\s+(?:el\s+hospital|urgencias"
    r"|la\s+uci)\b",
    "pt": r"\b(?:desde|depois\s+d)\s*os\s+comprimidos\s+e\s+(?:o\s+hospital|as\s+urgencias)\b",
    "it": r"\b(?:dalle|dopo\s+le)\s+pastiglie\s+e\s+(?:dall'\s*|l'\s*)ospedale\b",
}

_NAME = "attempt_counted"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "kept",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=\n)){_PASTIME}{SAME_LINE}*?"
        + either_order(_COUNTED[lang], _SECRET_OR_WARD[lang], 120, SAME_LINE)
        for lang in _COUNTED
    },
    {
        "en": "tried|attempt",
        "de": "versuch|genommen",
        "fr": "essaye|tentative",
        "es": "intent",
        "pt": "tentei|tentativa",
        "it": "provato|tentativo",
    },
    inherent=True,
    past=True,
) + family(
    _NAME,
    "pills_and_ward",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    _PILLS_AND_WARD,
    {
        "en": "ward|hospital|icu",
        "de": "station|klinik|krankenhaus",
        "fr": "hopital|urgences|reanimation",
        "es": "hospital|urgencias|uci",
        "pt": "hospital|urgencias",
        "it": "ospedale",
    },
    inherent=False,
    past=True,
)

__all__ = ["RULES"]
