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
from neuroleaf_desktop.domain.safety.rules import (
    SAME_LINE,
    SAME_SENTENCE,
    Rule,
    either_order,
    family,
)

# a pastime, a drink, a smoke, a test or a dish: what was tried
_PASTIME = (
    r"(?![^\n]*\b(?:smok\w*|cigarettes?|weed|vap\w*|drink\w*|beer|wine|vodka|drugs?|skat\w*"
    r"|surf\w*|driv\w*|test|exam|recipe|sushi|kiss\w*|swim\w*|ski\w*|climb\w*|marathon"
    r"|rauch\w*|zigarett\w*|alkohol|bier|fahr\w*|pru(?:e)?fung|fumer|cigarette|alcool|biere"
    r"|conduire|permis|fumar|cigarro\w*|alcohol|cerveza|manejar|examen|fumei|cerveja|carta|exame\w*"
    r"|fumare|sigarett\w*|alcol|birra|patente|esame)\b)"
)
# … the same, read within one sentence
_PASTIME_IN_SENTENCE = _PASTIME.replace("[^\\n]*", "[^.!?\\n]*", 1)
# --- the attempt counted, the act left out ----------------------------------------------------
_COUNTED = {
    "en": r"\b(?:the\s+)?(?:first|last|second|third|only)\s+time\s+i\s+tried(?=\s*(?:,|was\b"
    r"|i\s+was\b|$))|(?:^|(?<=[.!?\n])|\bmy\s+)\s*(?:first|last|second|only)\s+attempt\s+was\s+"
    r"(?:at|in|when|the|during)\b|\btried\s+once,?\s+(?:at|when|in|before)\b",
    "de": r"\bdas\s+(?:erste|letzte)\s+mal,?\s+(?:als|wo)\s+ich\s+(?:es\s+)?versucht\s+hab\w*"
    r"|\bmein\s+(?:erster|letzter)\s+versuch\s+war\b"
    r"|\bschon\s+(?:mal|einmal)\s+(?:tabletten|pillen|schlaftabletten)\s+genommen\b",
    "fr": r"\bla\s+(?:premiere|derniere)\s+fois\s+(?:que|ou)\s+j'\s*ai\s+essaye(?=\s*(?:,|$))"
    r"|\bma\s+(?:premiere|derniere)\s+tentative\b|\bj'\s*ai\s+essaye\s+une\s+fois\s+(?:a|en"
    r"|quand)\b|\bj'\s*ai\s+essaye\s+une\s+fois,\s+(?:a|en|quand)\b",
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

# --- the time since a bare trying, closing its clause -------------------------------------------
# "four years on Tuesday since I tried, and …", "zwei Jahre her, dass ich es versucht hab", "ça
# fait trois ans que j'ai essayé", "dos años desde que lo intenté": the trying has no object
# ("since I tried sushi", "since I tried to quit" name what was tried).
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|und|et|y|e)\b))"
_SINCE_TRIED = {
    "en": r"\b(?:years?|months?|weeks?)\s+(?:\w+\s+){0,3}?since\s+i\s+tried" + _CLOSE,
    "de": r"\b(?:jahre?|monate?|wochen)\s+(?:\w+\s+){0,3}?(?:her,?\s+)?(?:seit|dass)\s+ich(?:'?s"
    r"|\s+es)\s+versucht\s+(?:hab\w*|habe|hatte)" + _CLOSE,
    "fr": r"\b(?:ans?|mois|semaines)\s+(?:\w+\s+){0,3}?(?:depuis\s+que|que)\s+j'\s*ai\s+essaye"
    + _CLOSE,
    "es": r"\b(?:anos?|meses|semanas)\s+(?:\w+\s+){0,3}?(?:desde\s+que|que)\s+lo\s+intente"
    + _CLOSE,
    "pt": r"\b(?:anos?|meses|semanas)\s+(?:\w+\s+){0,3}?(?:desde\s+que|que)\s+tentei" + _CLOSE,
    "it": r"\b(?:anni|anno|mesi|settimane)\s+(?:\w+\s+){0,3}?(?:da\s+quando|che)\s+ci\s+ho\s+"
    r"provato" + _CLOSE,
}
# --- taken to the ward after the pills, in either order -------------------------------------------
_TAKEN_IN = {
    "en": r"\b(?:took|rushed|brought|taken|sent)\s+(?:me\s+)?(?:in)?to\s+(?:a\s*&\s*e|hospital"
    r"|emergency|the\s+(?:ward|hospital|er|psych\s+ward|psych\s+unit|icu))\b|\bi\s+(?:ended\s+up"
    r"|woke\s+up)\s+(?:in|on)\s+(?:hospital|a\s*&\s*e|icu|(?:a|the)\s+psych\s+(?:ward|unit))\b"
    # (a named hospital: "I was in St Mary's Hospital", "woke up in Jaffna Teaching Hospital")
    r"|\bi\s+(?:was|ended\s+up|woke\s+up)\s+in\s+(?:[\w'-]+\s+){1,3}?hospital\b",
    "de": r"\b(?:haben|hat)\s+(?:sie|man)\s+mich\s+(?:\w+\s+){0,3}?(?:in\s+die\s+(?:klinik"
    r"|notaufnahme|psychiatrie)|ins\s+krankenhaus|auf\s+die\s+(?:\w+\s+)?\w*station)\s+gebracht\b"
    r"|\bbin\s+(?:\w+\s+){0,3}?(?:in\s+der\s+(?:klinik|notaufnahme|psychiatrie)|im\s+"
    r"krankenhaus|auf\s+der\s+(?:\w+\s+)?\w*station|im\s+spital)\s+(?:in\s+\w+\s+)?"
    r"(?:aufgewacht|aufgwacht)\b",
    "fr": r"\b(?:on\s+m'\s*a|ils\s+m'\s*ont)\s+(?:emmene|amene|transporte|conduit)\w*\s+(?:a\s+"
    r"l'\s*hopital|aux\s+urgences|en\s+(?:reanimation|psychiatrie|hp))|\bje\s+me\s+suis\s+"
    r"reveille\w*\s+(?:a\s+l'\s*hopital|aux\s+urgences|en\s+reanimation)",
    "es": r"\bme\s+llevaron\s+(?:\w+\s+){0,2}?(?:al\s+hospital|a\s+urgencias|a\s+la\s+uci"
    r"|a\s+psiquiatria)\b|\b(?:desperte|amaneci)\s+en\s+(?:el\s+hospital|urgencias|la\s+uci)\b",
    "pt": r"\b(?:levaram-me|me\s+levaram)\s+(?:\w+\s+){0,2}?(?:para\s+)?(?:o\s+hospital"
    r"|as\s+urgencias|a\s+urgencia|aos\s+cuidados\s+intensivos)\b|\bacordei\s+(?:no\s+hospital"
    r"|nas\s+urgencias)\b",
    "it": r"\bmi\s+hanno\s+portat[oa]\s+(?:\w+\s+){0,2}?(?:in\s+ospedale|al\s+pronto\s+soccorso"
    r"|in\s+rianimazione|in\s+psichiatria)\b|\bmi\s+sono\s+svegliat[oa]\s+(?:in\s+ospedale"
    r"|al\s+pronto\s+soccorso|in\s+rianimazione)\b",
}
_AFTER_PILLS = {
    "en": r"\bafter\s+(?:(?:taking|swallowing|i\s+took|i\s+swallowed)\s+)?(?:the|all\s+(?:the|my)"
    r"|a\s+whole\s+(?:box|bottle|packet|strip)\s+of)\s+(?:pills|tablets|sleepers)\b"
    r"|\bafter\s+(?:taking|swallowing|i\s+took|i\s+swallowed)\s+everything\s+in\s+the\s+"
    r"(?:medicine\s+cabinet|bathroom\s+cabinet)\b"
    r"|\bafter\s+the\s+overdose\b",
    "de": r"\bnach\s+(?:den|de|die|den\s+ganzen)\s+(?:tabletten|pillen|schlaftabletten)\b"
    r"|\bnach\s+(?:dem\s+ganzen\s+medikamentenschrank|allem\s+aus\s+dem\s+medi\w*schrank)\b"
    r"|\bnachdem\s+ich\s+(?:\w+\s+){0,3}?"
    r"(?:tabletten|pillen|packung)\s+(?:\w+\s+)?(?:genommen|geschluckt)\b",
    "fr": r"\bapres\s+(?:les\s+(?:cachets|comprimes|medicaments)|avoir\s+(?:avale|pris)\s+"
    r"(?:toute\s+la\s+boite|tous\s+(?:les|mes)\s+(?:cachets|comprimes)|toute\s+la\s+plaquette"
    r"|toute\s+la\s+pharmacie|tout\s+(?:le\s+contenu\s+de\s+)?l'\s*armoire\s+a\s+pharmacie))",
    "es": r"\bdespues\s+de\s+(?:tomarme|tragarme|tomar)\s+(?:todo\s+el\s+blister|todas\s+las\s+"
    r"pastillas|la\s+caja\s+entera|todo\s+el\s+frasco|el\s+blister\s+entero|todo\s+(?:lo\s+del|el)"
    r"\s+botiquin)\b"
    r"|\bdespues\s+de\s+las\s+pastillas\b",
    "pt": r"\bdepois\s+de\s+(?:tomar|engolir)\s+(?:os\s+comprimidos\s+todos|todos\s+os\s+"
    r"comprimidos|a\s+caixa\s+toda|a\s+caixa\s+inteira|o\s+blister\s+todo|tudo\s+o\s+que\s+havia"
    r"\s+no\s+armario\s+d[oa]s?\s+(?:remedios|medicamentos))\b"
    r"|\bdepois\s+dos\s+comprimidos\b",
    "it": r"\bdopo\s+(?:aver\s+(?:preso|ingoiato)\s+(?:tutte\s+le\s+pastiglie|tutto\s+il\s+blister"
    r"|la\s+scatola\s+intera|tutta\s+la\s+scatola|tutto\s+l'\s*armadietto\s+dei\s+medicinali)"
    r"|le\s+pastiglie)\b",
}
# --- the last time it was this bad, and the ward it ended on -----------------------------------
_LAST_TIME_BAD = {
    "en": r"\b(?:the\s+)?last\s+time\s+(?:it\s+got|i\s+got|i\s+felt|i\s+was|things\s+got)\s+"
    r"(?:this|that|so)\s+(?:bad|low|dark)\b|\b(?:the\s+)?last\s+time\s+i\s+felt\s+like\s+this\b",
    "de": r"\b(?:das\s+)?letzte\s+mal,?\s+(?:als|wo)\s+(?:es\s+(?:mir\s+)?)?(?:so\s+schlimm|so\s+"
    r"schlecht|so\s+dunkel)\b",
    "fr": r"\b(?:la\s+)?derniere\s+fois\s+(?:que|qu')\s*(?:c'\s*etait|j'\s*etais|j'\s*allais|ca\s+"
    r"allait)\s+(?:aussi|si)\s+(?:mal|bas)\b",
    "es": r"\b(?:la\s+)?ultima\s+vez\s+que\s+(?:estuve|me\s+senti|estaba)\s+(?:asi|tan\s+mal"
    r"|tan\s+hundid[oa])\b",
    "pt": r"\b(?:da\s+)?ultima\s+vez\s+que\s+(?:fiquei|estive|me\s+senti)\s+(?:assim|tao\s+mal"
    r"|tao\s+em\s+baixo)\b",
    "it": r"\b(?:l'\s*)?ultima\s+volta\s+che\s+(?:sono\s+stat[oa]|mi\s+sono\s+sentit[oa]|stavo)\s+"
    r"(?:cosi|cosi\s+male|cosi\s+giu)\b",
}
_ENDED_ON_WARD = {
    "en": r"\bi\s+(?:ended\s+up|was|landed|spent\s+(?:\w+\s+){1,2}?)\s*(?:on|in)\s+(?:a|the)\s+"
    r"(?:psych(?:iatric)?\s+(?:unit|ward|hospital)|secure\s+unit|mental\s+health\s+unit)\b"
    r"|\bi\s+(?:got|was)\s+sectioned\b",
    "de": r"\b(?:bin\s+ich|ich\s+bin|war\s+ich|ich\s+war)\s+(?:\w+\s+){0,3}?(?:in\s+der\s+"
    r"(?:psychiatrie|geschlossenen)|auf\s+der\s+geschlossenen)\b",
    "fr": r"\bj'\s*ai\s+(?:fini|atterri|termine)\s+(?:\w+\s+){0,2}?(?:en\s+(?:hp|psychiatrie)"
    r"|a\s+l'\s*hopital\s+psychiatrique)\b",
    "es": r"\b(?:acabe|termine|fui\s+a\s+parar)\s+(?:\w+\s+){0,2}?(?:en\s+(?:psiquiatria|el\s+"
    r"psiquiatrico)|ingresad[oa]\s+en\s+psiquiatria)\b",
    "pt": r"\b(?:acabei|fui\s+parar|fiquei)\s+(?:\w+\s+){0,2}?(?:na\s+psiquiatria|internad[oa]"
    r"(?:\s+na\s+psiquiatria)?)\b",
    "it": r"\bsono\s+finit[oa]\s+(?:\w+\s+){0,2}?(?:in\s+psichiatria|in\s+(?:un\s+)?reparto"
    r"\s+psichiatrico|ricoverat[oa])\b",
}
# a reaction, a mistake or an accident: the pills were not taken to die
_NOT_MEANT = (
    r"(?![^.!?\n]*\b(?:allerg\w*|reaction|rash|side\s+effects?|wrong\s+(?:dose|pills|tablets)"
    r"|by\s+mistake|accident\w*|infection\w*|infekt\w*|infec\w*|infez\w*|nebenwirkung\w*|versehen\w*|ausschlag|effets?\s+secondaires"
    r"|par\s+erreur|reaction|efectos?\s+secundarios|por\s+error|sin\s+querer|reaccion"
    r"|efeitos?\s+secundarios|por\s+engano|reacao|effetti\s+collaterali|per\s+sbaglio"
    r"|reazione)\b)"
)

_NAME = "attempt_counted"
RULES: tuple[Rule, ...] = (
    family(
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
    )
    + family(
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
    + family(
        _NAME,
        "since_tried",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        # (the pastime guard read once per sentence, from its start: read at every position it
        # would scan to the line's end each time)
        {
            lang: rf"(?:^|(?<=[.!?\n])){_PASTIME_IN_SENTENCE}[^.!?\n]*?(?:{p})"
            for lang, p in _SINCE_TRIED.items()
        },
        {
            "en": "since",
            "de": "versucht",
            "fr": "essaye",
            "es": "intente",
            "pt": "tentei",
            "it": "provato",
        },
        inherent=True,
        past=True,
    )
    + family(
        _NAME,
        "ward_after_pills",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_NOT_MEANT}[^.!?\n]*?"
            + either_order(_TAKEN_IN[lang], _AFTER_PILLS[lang], 60)
            for lang in _TAKEN_IN
        },
        {
            "en": "after",
            "de": "nach",
            "fr": "apres",
            "es": "despues",
            "pt": "depois",
            "it": "dopo",
        },
        inherent=True,
        past=True,
    )
)

RULES += family(
    _NAME,
    "last_time_ward",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    {
        lang: rf"(?:{_LAST_TIME_BAD[lang]}){SAME_SENTENCE}{{0,40}}?(?:{_ENDED_ON_WARD[lang]})"
        for lang in _LAST_TIME_BAD
    },
    {
        "en": "last time",
        "de": "letzte",
        "fr": "derniere",
        "es": "ultima",
        "pt": "ultima",
        "it": "ultima",
    },
    inherent=True,
    past=True,
)

__all__ = ["RULES"]
