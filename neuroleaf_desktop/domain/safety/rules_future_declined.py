"""No future told by what the writer will not collect, by a next season declined without the
reason, or by every future pictured ending in the dark, in six languages.

Why: ``rules_future_no_next`` and ``rules_future_unseen_next`` read a next season or occasion
the writer will not see. Writers also tell it by:

* **a pension or retirement they will not reach**: "the lads talk about their pensions, I
  won't be collecting one", "die Rente werd ich eh nicht erleben", "ma retraite, je la
  toucherai jamais", "la jubilación, yo no voy a llegar", "a reforma, não vou lá chegar", "la
  pensione, non ci arriverò" (not a reason given, self-employed or abroad, nor "until I'm 67");
* **a next season or year declined, with no reason or only that the writer won't be there**:
  "told the landlord I won't need the flat again after June, didn't tell him why", "den
  Kalender fürs nächste Jahr hab ich gar nicht erst gekauft, wozu auch", "pas réinscrite pour
  la saison prochaine, je serai pas là de toute façon", "no me apunté al curso del año que
  viene, ¿para qué?". A sentence that goes on to give the reason is left alone;
* **every future pictured ending in the dark**: "every future I try to picture ends in the
  same dark", "jede Zukunft, die ich mir vorstelle, endet im Dunkeln", "chaque avenir que
  j'imagine finit dans le noir".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import (
    CLAUSE_CLOSE,
    SAME_SENTENCE,
    Rule,
    either_order,
    family,
)
from neuroleaf_desktop.domain.safety.rules_core_signs import AWAY_FOR_WORK_OR_A_STAY, AWAY_ON_A_TRIP

# --- a pension or retirement the writer will not reach -----------------------------------------
_PENSION = {
    "en": r"\b(?:pensions?|retirement|super(?:annuation)?|401k)\b",
    "de": r"\b(?:rente|pension|ruhestand)\b",
    "fr": r"\bretraite\b",
    "es": r"\b(?:jubilacion|pension)\b",
    "pt": r"\b(?:reforma|pensao|aposentadoria)\b",
    "it": r"\bpensione\b",
}
_NOT_REACHED = {
    "en": r"\bi(?:\s+won'?t|\s+will\s+not|'ll\s+never"
    r"|\s+will\s+never)\s+(?:be\s+)?(?:collect(?:ing)?|draw(?:ing)?"
    r"|get(?:ting)?|see(?:ing)?|reach(?:ing)?|live\s+to\s+(?:see|collect))\s+(?:one|it|mine"
    r"|a\s+penny\s+of\s+it)" + CLAUSE_CLOSE,
    "de": r"\b(?:werd|werde)\s+ich\s+(?:eh\s+|sowieso\s+)?(?:nicht|nie)\s+(?:mehr\s+)?(?:erleben"
    r"|kriegen|bekommen)" + CLAUSE_CLOSE + r"|\bich\s+(?:werd|werde)\s+(?:sie|die|keine)\s+(?:eh\s+"
    r"|sowieso\s+)?(?:nie\s+|nicht\s+)?(?:erleben|kriegen|bekommen)" + CLAUSE_CLOSE,
    "fr": r"\bje\s+(?:ne\s+)?(?:la\s+)?(?:toucherai|verrai)\s+(?:jamais|pas)"
    + CLAUSE_CLOSE
    + r"|\bje\s+n'\s*y\s+arriverai\s+(?:jamais|pas)"
    + CLAUSE_CLOSE,
    "es": r"\b(?:yo\s+)?no\s+(?:la\s+)?(?:voy\s+a\s+(?:cobrar|ver|llegar)|cobrare|vere|llegare)"
    + CLAUSE_CLOSE,
    "pt": r"\b(?:eu\s+)?nao\s+(?:a\s+)?(?:vou\s+(?:receber|ver|la\s+chegar|chegar)|verei|chegarei)"
    + CLAUSE_CLOSE,
    "it": r"\b(?:io\s+)?non\s+(?:ci\s+arrivero|la\s+vedro|la\s+prendero)" + CLAUSE_CLOSE,
}
# a reason given for not collecting it
_A_REASON = (
    r"(?![^.!?\n]*\b(?:because|since|self-?employed|freelanc\w*|abroad|private|weil"
    r"|selbststa(?:e)?ndig|ausland|parce|car|independant|etranger|porque|autonom[oa]"
    r"|extranjero|estrangeiro|perche|poiche|estero|until|till|bis|jusqu\w*|hasta|ate|fino)\b)"
)
# --- a next season or year declined, with no reason or only the writer's absence ----------------
_DECLINED = {
    "en": r"\b(?:won'?t\s+need|didn'?t\s+renew|not\s+renewing|cancell?ed|didn'?t\s+(?:sign\s+up"
    r"|put\s+my\s+name\s+down|buy|get|book)|haven'?t\s+(?:bought|renewed|booked|signed\s+up))\b",
    "de": r"\b(?:nicht\s+(?:erst\s+|mehr\s+)?(?:gekauft|verla(?:e)?ngert|angemeldet|gebucht)"
    r"|geku(?:e)?ndigt|brauch\w*\s+(?:\w+\s+){0,3}?nicht\s+mehr)\b",
    "fr": r"\b(?:pas\s+(?:re)?inscrit\w*|pas\s+renouvele\w*|pas\s+achete\w*|pas\s+reserve\w*"
    r"|annule\w*|resilie\w*|n'\s*aurai\s+plus\s+besoin)\b",
    "es": r"\b(?:no\s+(?:me\s+)?(?:he\s+)?(?:apunte|renove|compre|reserve|inscribi)|cancele"
    r"|no\s+voy\s+a\s+necesitar)\b",
    "pt": r"\b(?:nao\s+(?:me\s+)?(?:inscrevi|renovei|comprei|reservei)|cancelei"
    r"|nao\s+vou\s+precisar)\b",
    "it": r"\b(?:non\s+(?:mi\s+)?(?:sono\s+)?(?:iscritt\w+|ho\s+rinnovato|ho\s+comprato"
    r"|ho\s+prenotato)|ho\s+disdetto|non\s+mi\s+servira)\b",
}
# the time ahead the declined thing was for
_AHEAD = (
    r"(?=[^.!?\n]*\b(?:next\s+(?:year|season|term|summer|winter|spring)|after\s+(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december|christmas"
    r"|summer)|again|prochaine?|l'\s*an\s+prochain|n(?:a|ae)chste\w*|kommende\w*|proxim[oa]"
    r"|que\s+vem|prossim[oa]|que\s+viene)\b)"
)
_NO_REASON_BUT_ABSENCE = {
    "en": r"\b(?:didn'?t|did\s+not)\s+tell\s+(?:him|her|them|anyone)\s+why|what'?s\s+the\s+point"
    r"|why\s+bother|i\s+won'?t\s+be\s+(?:here|there|around)\s+(?:anyway|for\s+it)",
    "de": r"\bwozu\s+(?:auch|denn)|\bwas\s+soll(?:'s|\s+das)|\bich\s+bin\s+(?:eh|sowieso|dann)\s+"
    r"(?:nicht\s+mehr\s+da|weg)|\b(?:hab|habe)\s+(?:ihm|ihr|ihnen)\s+nicht\s+gesagt,?\s+warum",
    "fr": r"\ba\s+quoi\s+bon|\bpour\s+quoi\s+faire|\bje\s+(?:ne\s+)?serai\s+(?:pas"
    r"|plus)\s+la\s+de\s+"
    r"toute\s+facon|\bje\s+(?:ne\s+)?(?:lui|leur)\s+ai\s+pas\s+dit\s+pourquoi",
    "es": r"\bpara\s+que|\b(?:yo\s+)?no\s+voy\s+a\s+estar\s+(?:de\s+todas\s+formas|igual"
    r"|de\s+todos\s+modos)|\bno\s+(?:le|les)\s+dije\s+por\s+que",
    "pt": r"\b(?:pra|para)\s+que|\bnao\s+vou\s+(?:ca\s+|la\s+)?estar\s+de\s+qualquer\s+(?:forma"
    r"|maneira)|\bnao\s+(?:lhe|lhes)\s+disse\s+(?:porque|por\s+que)",
    "it": r"\ba\s+che\s+(?:serve|pro)|\btanto\s+non\s+ci\s+saro|\bnon\s+(?:gli|le)\s+ho\s+detto\s+"
    r"perche",
}
# --- every future pictured ending in the dark ---------------------------------------------------
_EVERY_FUTURE = {
    "en": r"\bevery\s+(?:future|version\s+of\s+(?:the\s+|my\s+)?future|tomorrow)\s+i\s+(?:try\s+to"
    r"\s+)?(?:picture|imagine|see)\s+(?:ends|finishes|goes)\s+(?:in\s+)?(?:the\s+)?(?:same\s+)?(?:dark\w*"
    r"|black\w*|nothing|nowhere|void|empty|grey)",
    "de": r"\bjede\s+zukunft,?\s+die\s+ich\s+mir\s+(?:vorstelle|ausmale)\w*,?\s+(?:endet"
    r"|ho(?:e)?rt)"
    r"\s+(?:im|in)\s+(?:dunkeln|dunkel|schwarz\w*|nichts|leere)",
    "fr": r"\b(?:chaque|tout)\s+avenir\s+que\s+j'\s*(?:imagine|essaie\s+d'\s*imaginer)\s+"
    r"(?:finit|se\s+termine)\s+dans\s+(?:le\s+noir|le\s+vide|le\s+neant|l'\s*obscurite)",
    "es": r"\b(?:cada|todo)\s+futuro\s+que\s+(?:imagino|intento\s+imaginar)\s+(?:acaba|termina)"
    r"\s+en\s+(?:negro|lo\s+oscuro|la\s+oscuridad|nada|el\s+vacio)",
    "pt": r"\b(?:cada|todo)\s+futuro\s+que\s+(?:imagino|tento\s+imaginar)\s+(?:acaba|termina)\s+"
    r"(?:no\s+escuro|no\s+vazio|na\s+escuridao|em\s+nada)",
    "it": r"\bogni\s+futuro\s+che\s+(?:immagino|provo\s+a\s+immaginare)\s+(?:finisce|termina)\s+"
    r"(?:nel\s+buio|nel\s+nulla|nel\s+vuoto|in\s+nulla)",
}

# --- the writer absent from an event, and its ticket or place not worth having -------------------
# "Cancelled my place on the pilgrimage, no point, I won't be around to walk it", "Non ci sarò
# per la stagione lirica, inutile prendere il biglietto", "no voy a estar para la feria, para qué
# comprar la entrada": the absence and the booking declined as pointless together. An absence with
# its reason (a trip, work, a stay, a wedding, a clash, "because …") is only an absence.
_ABSENT_FROM = {
    "en": r"\bi\s*(?:won'?t|will\s+not|'ll\s+not)\s+be\s+(?:around|here|there)\s+(?:to|for)\b",
    "de": r"\bich\s+(?:bin|werde)\s+(?:da\s+|dann\s+)?(?:eh\s+|sowieso\s+)?nicht\s+mehr\s+"
    r"(?:da|dabei)\b",
    "fr": r"\bje\s+(?:ne\s+)?serai\s+(?:pas|plus)\s+la\s+pour\b",
    "es": r"\b(?:yo\s+)?no\s+(?:voy\s+a\s+estar|estare)\s+(?:ahi\s+|aqui\s+)?(?:para|en)\b",
    "pt": r"\b(?:eu\s+)?(?:nao\s+vou\s+(?:ca\s+|la\s+)?estar|nao\s+estarei)\s+(?:ca\s+|la\s+)?"
    r"(?:para|no|na|pro|pra)\b",
    "it": r"\b(?:io\s+)?non\s+ci\s+saro\s+(?:piu\s+)?(?:per|a|al|alla|alle|ai)\b",
}
_NOT_WORTH_BOOKING = {
    "en": r"\bno\s+point\b|\bwhat'?s\s+the\s+point\b|\bwhy\s+bother\b|\bcancell?ed\b|\bpointless\b"
    r"|\bnot\s+worth\s+(?:booking|buying|it)\b",
    "de": r"\bwozu\s+(?:noch\s+)?(?:\w+\s+){0,2}(?:kaufen|buchen|bestellen)\b|\blohnt\s+sich\s+"
    r"(?:eh\s+|doch\s+)?nicht\b|\bstorniert\b|\babgesagt\b",
    "fr": r"\b(?:a\s+quoi\s+bon|pas\s+la\s+peine|inutile)\s+(?:de\s+|d'\s*)?(?:prendre|acheter"
    r"|reserver|payer)\b|\bannule\w*",
    "es": r"\b(?:para\s+que|no\s+vale\s+la\s+pena|no\s+tiene\s+sentido|inutil)\s+(?:comprar|sacar"
    r"|reservar|pagar)\b|\bcancele\b",
    "pt": r"\b(?:para\s+que|pra\s+que|nao\s+vale\s+a\s+pena|escusado|inutil)\s+(?:comprar|tirar"
    r"|reservar|pagar|marcar)\b|\bcancelei\b",
    "it": r"\b(?:inutile|a\s+che\s+serve|non\s+vale\s+la\s+pena|che\s+senso\s+ha)\s+(?:prendere"
    r"|comprare|prenotare|pagare)\b|\bho\s+disdetto\b",
}
_ABSENCE_EXPLAINED = (
    rf"(?![^\n]*\b(?:{AWAY_ON_A_TRIP}|{AWAY_FOR_WORK_OR_A_STAY}|wedding|boda|mariage|hochzeit"
    r"|matrimonio|casamento|clash\w*|because|cos|cause|since|as\s+i'?m|that\s+(?:week|weekend|day"
    r"|night)|porque|pues|parce\s+que|perche|poiche|weil|viaje|voyage|viaggio|viagem|reise"
    r"|urlaub|vacaciones|vacances|vacanze|ferias|ferien|estero|extranjero|etranger|ausland"
    r"|exterior|fuori|dehors|fuera|fora|weg)\b)"
)

_NAME = "future_declined"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "pension_unreached",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_A_REASON}{SAME_SENTENCE}*?"
            + either_order(_PENSION[lang], _NOT_REACHED[lang], 90)
            for lang in _PENSION
        },
        {
            "en": "pension|retirement|super|401k",
            "de": "rente|pension|ruhestand",
            "fr": "retraite",
            "es": "jubilacion|pension",
            "pt": "reforma|pensao|aposentadoria",
            "it": "pensione",
        },
    )
    + family(
        _NAME,
        "next_declined",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_AHEAD}{SAME_SENTENCE}*?(?:{_DECLINED[lang]})"
            rf"{SAME_SENTENCE}{{0,80}}?(?:{_NO_REASON_BUT_ABSENCE[lang]}){CLAUSE_CLOSE}"
            for lang in _DECLINED
        },
        {
            "en": "why|point|bother|anyway|for it",
            "de": "wozu|soll|weg|nicht mehr da|warum",
            "fr": "quoi|facon|pourquoi",
            "es": "que|igual|formas|modos",
            "pt": "que|forma|maneira",
            "it": "serve|pro|saro|perche",
        },
    )
    + family(
        _NAME,
        "absent_unbooked",
        Category.NO_FUTURE,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_ABSENCE_EXPLAINED}{SAME_SENTENCE}*?"
            + either_order(_ABSENT_FROM[lang], _NOT_WORTH_BOOKING[lang], 80)
            for lang in _ABSENT_FROM
        },
        {
            "en": "around|here|there",
            "de": "nicht mehr",
            "fr": "serai",
            "es": "estar|estare",
            "pt": "estar|estarei",
            "it": "saro",
        },
    )
    + family(
        _NAME,
        "every_future_dark",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _EVERY_FUTURE,
        {
            "en": "every",
            "de": "zukunft",
            "fr": "avenir",
            "es": "futuro",
            "pt": "futuro",
            "it": "futuro",
        },
    )
)

__all__ = ["RULES"]
