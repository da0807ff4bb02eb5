"""Trapped and unbearable pain told as a frame of two parts, in six languages.

Why: pain with no way out is said in images each writer makes up, so the words of the image
change every time while its parts stay. Four frames, each read in any order and wording:

* an exit named and denied, beside a trap, a pain, debts or a limit reached: "a cage made of
  my own brain and there's no key", "no door left to walk through", "ich bin wie eingesperrt
  im eigenen Kopf und nirgends ein Ausgang", "une souffrance sans porte de sortie", "non trovo
  un'uscita da nessuna parte, sono allo stremo", "é dívida do banco … e não vejo jeito de sair";
* a limit reached in time: the writer cannot bear, carry or hold it for the time ahead ("can't
  keep treading water much longer", "can't stand one more day like it", "no aguanto otro año
  así", "je tiendrai pas encore un hiver", "non reggo un altro anno così");
* sinking, and the others who do not come: a drowning, a well, a hole, and everyone watching,
  walking past or never coming ("like drowning slowly and everyone on the beach is waving",
  "wie langsam ertrinken und alle am Ufer winken", "comme crier sous l'eau, personne
  n'entend", "come annegare mentre tutti guardano dalla spiaggia"), or under the ice or an
  avalanche, with nobody hearing "me" or everyone looking the other way;
* the wish that it stop for good: "I want out of my own skin for good", "je veux que ça
  s'arrête une fois pour toutes", "quero que pare de uma vez por todas", "ick will, dass es
  endlich uffhört, für immer".

An exit denied in everyday trouble (a lift, traffic, a lease, a game level) has no trap, pain or
debt beside it; a day that cannot be stood for its heat or its job is cleared by ``everyday``.
Between the two parts no negation may stand; negation before them and whose words they are
are judged in ``context`` and ``negation``. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_ways_end_same
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, PIT, core_family, either_order
from neuroleaf_desktop.domain.safety.trapped_words import EXIT_DENIED, PAIN

# --- an exit named and denied (``trapped_words.EXIT_DENIED``) ------------------------------------
# (every way out shut one after another, "every door I try is bricked up", is its own English
# frame, with its own look-alikes, in ``rules_en_ways_shut``)
# … beside a trap, a pain, debts or a limit reached (the core family's places, and more)
_HELD = {
    "en": rf"\b(?:trapped|prison|debts?|overdraft|unbearable|at\s+breaking\s+point|{PAIN['en']})\b",
    "de": rf"\b(?:eingesperrt|gefangen|gefa(?:e)?ngnis|schulden|am\s+ende|{PAIN['de']})\b",
    "fr": rf"\b(?:piege\w*|coince\w*|prison|enferme\w*|dettes?|huissiers|a\s+bout|{PAIN['fr']})\b",
    "es": rf"\b(?:atrapad\w+|encerrad\w+|carcel|deudas?|al\s+limite|{PAIN['es']})\b",
    "pt": rf"\b(?:encurralad\w+|prisao|trancad\w+|dividas?|no\s+limite|{PAIN['pt']})\b",
    # (the pain alone, never a sorrow: "sto male" is feeling unwell, not a pain that holds)
    "it": rf"\b(?:intrappolat\w+|prigione|chius[oa]\s+dentro|debiti|allo\s+stremo|{PAIN['it']})\b",
}

# --- a limit reached in time ------------------------------------------------------------------
_CANT_BEAR = {
    "en": r"\b(?:can(?:'?t|not|\s+not)\s+(?:\w+\s+)?(?:take|bear|stand|carry|hold|keep|cope"
    r"|survive)|don'?t\s+know\s+how\s+much\s+longer\s+i\s+can|(?:running|run)\s+out\s+of\s+ways"
    r"\s+to\s+keep)\b",
    "de": r"\b(?:kann|ka)\s+(?:ich\s+)?(?:das\s+|es\s+)?(?:kein\w*|nicht|nimmer|ned)\b"
    r"[^.!?\n]{0,20}?"
    r"\b(?:tragen|aushalten|ertragen|durchhalten)\b|\bnimmer\s+lang\s+aushalt\w*\b",
    "fr": r"\b(?:je\s+)?(?:ne\s+)?(?:tiendrai|tiens|supporte|supporterai)\s+(?:pas|plus)\b",
    "es": r"\bno\s+(?:aguanto|soporto|resisto|aguantare|puedo\s+(?:vivir|seguir))\b",
    "pt": r"\bnao\s+(?:aguento|suporto|aguentarei|posso\s+(?:viver|continuar))\b",
    "it": r"\bnon\s+(?:reggo|sopporto|resisto|ce\s+la\s+faccio"
    r"|posso\s+(?:vivere|andare\s+avanti))\b",
}
_TIME_AHEAD = {
    "en": r"\b(?:much\s+longer|one\s+more\s+(?:day|night|year|winter)|another\s+(?:year|day"
    r"|month|winter|week|night)|(?:a\s+few\s+)?more\s+months)\b",
    "de": r"\b(?:kein\w*\s+weitere\w*\s+(?:jahr|tag|monat|winter)|noch\s+ein\w*\s+(?:jahr|tag"
    r"|winter)|nimmer\s+lang|noch\s+lange)\b",
    "fr": r"\b(?:encore\s+un\w*\s+(?:hiver|an|annee|jour|mois)|plus\s+(?:tres\s+)?longtemps)\b",
    "es": r"\b(?:otro\s+(?:ano|dia|mes|invierno)|otros\s+\w+\s+(?:anos|meses)|mucho\s+mas"
    r"\s+tiempo)\b",
    "pt": r"\b(?:mais\s+um\s+(?:dia|ano|mes|inverno)|outr[oa]s?\s+(?:\w+\s+)?(?:anos|meses)"
    r"|muito\s+mais\s+tempo)\b",
    "it": r"\b(?:un\s+altro\s+(?:anno|giorno|mese|inverno)|altri\s+\w+\s+(?:anni|mesi)"
    r"|ancora\s+per\s+molto)\b",
}

# --- sinking, and the others who do not come -------------------------------------------------
_SINKING = {
    "en": r"\b(?:drown\w*|under\s+(?:the\s+)?(?:water|ice)|treading\s+water"
    r"|bottom\s+of\s+a\s+(?:\w+\s+)?(?:well|shaft|pit)"
    r"|in\s+a\s+hole|pinned\s+under|stuck\s+between\s+floors)\b",
    "de": r"\b(?:ertrink\w*|ertrinke|im?\s+(?:ne|einem)?\s*loch|brunnen|unter\s+(?:dem\s+)?eis)\b",
    # (or a cellar with its stairs walled up: "une cave dont on aurait muré l'escalier")
    "fr": r"\b(?:noie\w*|sous\s+l'?\s*eau|au\s+fond\s+d'?\s*un\s+(?:puits|trou)"
    r"|(?:cave|sous-?sol|cachot)\s+dont\s+on\s+(?:a|aurait)\s+mure|sous\s+la\s+glace)\b",
    "es": r"\b(?:ahog\w+|fondo\s+de\s+un\s+pozo|cai\s+(?:en|dentro\s+de)\s+un\s+pozo"
    r"|bajo\s+el\s+hielo)\b",
    "pt": r"\b(?:afog\w+|fundo\s+de\s+um\s+poco"
    r"|cai\s+(?:num|dentro\s+de\s+um|em\s+um)\s+poco|debaixo\s+do\s+gelo)\b",
    "it": r"\b(?:anneg\w+|fondo\s+di\s+un\s+pozzo|cadut[oa]\s+in\s+un\s+pozzo"
    r"|sotto\s+(?:il\s+ghiaccio|una\s+valanga))\b",
}
# … nobody coming or watching, or nothing within reach: the one at the top gone off, the edge
# further and further away, no surface to reach
_OUT_OF_REACH = {
    "en": r"|\b(?:whoever|the\s+(?:one|person|people))\s+(?:was|were)\s+(?:up\s+)?at\s+the\s+top\s+"
    r"(?:has|have|'s|'ve)\s+(?:wandered\s+off|gone|left|walked\s+off)\b"
    r"|\bno\s+(?:surface|air|top|edge|light)\s+to\s+(?:reach|get\s+to|swim\s+to|grab)\b"
    r"|\b(?:the\s+)?(?:top|edge|surface|light)\s+(?:is\s+|gets\s+|keeps\s+getting\s+)?(?:further"
    r"|farther)\s+(?:and\s+(?:further|farther)\s+)?away\b",
    "de": r"|\bder\s+rand\s+(?:ist|wird|ru(?:e)?ckt)\s+immer\s+weiter\s+weg\b",
    "fr": r"|\ble\s+bord\s+(?:est|semble|devient)\s+de\s+plus\s+en\s+plus\s+loin\b",
    "es": r"|\bel\s+borde\s+(?:queda|esta|se\s+ve)\s+cada\s+vez\s+mas\s+lejos\b",
    "pt": r"|\ba\s+borda\s+(?:fica|esta|parece)\s+cada\s+vez\s+mais\s+longe\b",
    "it": r"|\bil\s+bordo\s+(?:e|sembra|diventa)\s+sempre\s+piu\s+lontano\b",
}
_UNSEEN = {
    "en": r"\b(?:(?:everyone|everybody|people)\s+(?:\w+\s+){0,3}?(?:watch\w*|walk\w*\s+past"
    r"|waving|stood|standing|on\s+the\s+(?:shore|beach))|(?:nobody|no\s*one)\s+(?:\w+\s+){0,2}?"
    r"(?:throwing|coming|comes|hears))\b"
    # … or everyone looking away: "the whole boat is looking the other way"
    r"|\b(?:is|are|'s|'re|keeps?)\s+looking\s+the\s+other\s+way\b",
    "de": r"\b(?:alle\w*\s+(?:\w+\s+){0,3}?(?:schau\w*|winke\w*|am\s+ufer)|(?:keiner|niemand)\s+"
    r"(?:\w+\s+){0,2}?(?:kommt|ho(?:e)?rt))\b",
    "fr": r"\b(?:tout\s+le\s+monde\s+(?:\w+\s+){0,2}?(?:regarde|passe)|personne\s+(?:ne\s+|n'?\s*)?"
    r"(?:m'?\s*)?(?:entend\w*|vient|venait|regard\w*))\b",
    "es": r"\b(?:todos\s+(?:\w+\s+){0,2}?(?:miran|pasan)|nadie\s+(?:oye|viene|mira))\b",
    "pt": r"\b(?:(?:todo\s+mundo|toda\s+a\s+gente)\s+(?:\w+\s+){0,2}?(?:olha|passa)|ninguem\s+"
    r"(?:ouve|escuta|vem))\b",
    "it": r"\b(?:tutti\s+(?:\w+\s+){0,2}?(?:guardano|passano)|nessuno\s+(?:sente|viene"
    r"|guarda))\b",
}

# --- the wish that it stop for good -----------------------------------------------------------
_STOP = {
    "en": r"\b(?:(?:want|need)\s+(?:it|this|the\s+(?:pain|hurting))(?:\s+all)?\s+to\s+(?:stop"
    r"|end)|want\s+out)\b",
    "de": r"\bwill\s+(?:nur\s+)?,?\s*dass\s+es\s+(?:endlich\s+)?(?:aufho(?:e)?rt|uffho(?:e)?rt)\b",
    "fr": r"\bveux\s+(?:juste\s+)?que\s+(?:ca\s+)?(?:s'?\s*)?(?:arrete|finisse)\b",
    "es": r"\bquiero\s+que\s+(?:pare|termine|se\s+acabe)\b",
    "pt": r"\bquero\s+que\s+(?:pare|acabe|termine)\b",
    "it": r"\bvoglio\s+(?:solo\s+)?che\s+(?:finisca|si\s+fermi)\b",
}
_FOR_GOOD = {
    "en": r"\b(?:for\s+good|for\s+ever|forever|once\s+and\s+for\s+all|for\s+real)\b",
    "de": r"\b(?:fu(?:e)?r\s+immer|ein\s+fu(?:e)?r\s+alle\s*mal)\b",
    "fr": r"\b(?:pour\s+de\s+bon|une\s+fois\s+pour\s+toutes|pour\s+toujours)\b",
    "es": r"\b(?:para\s+siempre|de\s+una\s+vez(?:\s+por\s+todas)?)\b",
    "pt": r"\b(?:de\s+uma\s+vez(?:\s+por\s+todas)?|para\s+sempre)\b",
    "it": r"\b(?:per\s+sempre|una\s+volta\s+per\s+tutte)\b",
}

# … and the time ahead closes the clause, or is this very life and closes it ("otro año así",
# "one more day like it"), not a day without coffee or a year of a course ("no aguanto otro día
# sin café", "can't take another year of this course")
_LIKE_THIS = (
    r"(?:\s+(?:like\s+(?:this|it|that)|of\s+(?:this|it)|asi|de\s+esta\s+manera|comme\s+(?:ca"
    r"|cela)|ainsi|so|assim|desta\s+maneira|cosi|in\s+questo\s+modo))?(?=\s*(?:$|[.!?,;:\n]))"
)

_TRAPPED = Category.TRAPPED_PAIN
_CONCERN = Severity.CONCERN

RULES: tuple[Rule, ...] = (
    core_family(
        "exit_denied",
        _TRAPPED,
        _CONCERN,
        {
            lang: either_order(lang, EXIT_DENIED[lang], rf"{PIT[lang]}|{_HELD[lang]}", 90)
            for lang in LANGS
        },
        "door|exit|key|ladder|lid|way|tur|ausgang|leiter|ausweg|weg|griff|porte|issue|sortie|echelle"
        "|puerta"
        "|salida|salir|porta|saida|sair|uscita",
        inherent=False,
    )
    + core_family(
        "limit_in_time",
        _TRAPPED,
        _CONCERN,
        {
            lang: rf"(?:{_CANT_BEAR[lang]})[^.!?\n]{{0,45}}?(?:{_TIME_AHEAD[lang]}){_LIKE_THIS}"
            for lang in LANGS
        },
        "longer|more|another|weitere|noch|nimmer|encore|longtemps|otro|mas|mais|outr|altro|altri"
        "|ancora",
        inherent=False,
    )
    + core_family(
        "sinking_unseen",
        _TRAPPED,
        _CONCERN,
        {
            lang: either_order(lang, _SINKING[lang], _UNSEEN[lang] + _OUT_OF_REACH[lang], 90)
            for lang in LANGS
        },
        "drown|water|ice|well|hole|pinned|floors|ertrink|loch|brunnen|noie|eau|puits|trou|ahog"
        "|pozo|afog|poco|anneg|pozzo|shaft|pit|cave|sous-sol|sous sol|cachot|eis|glace|hielo"
        "|gelo|ghiaccio|valanga",
        inherent=False,
    )
    + core_family(
        "stop_for_good",
        _TRAPPED,
        _CONCERN,
        {lang: rf"(?:{_STOP[lang]})[^.!?\n]{{0,30}}?(?:{_FOR_GOOD[lang]})" for lang in LANGS},
        "want|need|will|veux|quiero|quero|voglio",
        inherent=False,
    )
    # every way tried ending at the same wall or place (``rules_ways_end_same``)
    + rules_ways_end_same.RULES
)

__all__ = ["RULES"]
