"""No wish to live, per language: the wish denied, and what "living" is said as.

Why: the desire grammar in ``rules_grammar_explicit`` reads "want to die"; people as often write
the same wish the other way round, and the negation module would cancel it if it were matched as
"live" after a "not". These rules carry the negation inside the phrase: "I have no wish to go on
living", "no tengo ganas de seguir viviendo", "möchte ich nicht mehr weiterleben", "je n'ai plus
envie de vivre", "não tenho mais vontade de viver", "non ho più voglia di vivere".

The frame is read in three parts, each widened by meaning rather than by one sentence's words:

* the **wish**, denied by the writer ("I have no", "I do not wish", "j'ai plus", "não tenho")
  or missing from the writer's day ("sem vontade de", "sin ganas de", "sans envie de", "senza
  voglia di", "without any will to"), with its intensifier on either side ("plus aucune envie",
  "nessuna voglia", "vontade nenhuma");
* **living**, said as a verb or as being alive or in the world: "être en vie", "restare al
  mondo", "continuar viva", "seguir vivo", "stay alive";
* what keeps it ordinary: living *somewhere*, *with someone* or *without something* ("no quiero
  vivir con mis padres", "envie de vivre à Paris", "sem vontade de viver em Lisboa").

The "without" form names no one, so it is read like any rule without its own subject: "ela
acorda sem vontade de viver" is someone else's. Text is case- and accent-folded before matching.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_DW, _CON = Category.DEATH_WISH, Severity.CONCERN

#: Living in a place, with someone or without something is not the wish.
NOT_A_PLACE = {
    "en": r"(?!\s+(?:in|at|with|near|there|here|abroad|without|on\s+my\s+own))",
    "es": r"(?!\s+(?:en|con|aqui|alli|cerca|lejos|junto|sin|sol[oa]))",
    "de": r"(?!\s+(?:in|mit|bei|hier|dort|ohne|allein))",
    "fr": r"(?!\s+(?:a|en|avec|ici|chez|dans|sans|seule?))",
    "pt": r"(?!\s+(?:em|com|aqui|ali|perto|longe|sem|no|na|sozinh[oa]))",
    "it": r"(?!\s+(?:a|in|con|qui|li|vicino|lontano|senza|da\s+sol[oa]))",
}

# A world of something ("il mondo del lavoro", "le monde du travail") is not the world one lives in.
_WORLD = r"(?!\s+(?:of|de|del\w*|dei|degli|di|du|des|do|da|dos|das)\b)"
# Living, as a verb or as being alive or in the world ("be alive", "être en vie", "restare al
# mondo", "continuar viva", "seguir vivo"); German is read by its own frames below.
_ALIVE = {
    "en": r"(?:go\s+on\s+|keep\s+(?:on\s+)?|carry\s+on\s+|continue\s+)?(?:living|live|be\s+alive"
    rf"|stay\s+alive|exist)\b|(?:remain\s+alive|stay\s+in\s+this\s+world{_WORLD})\b",
    "es": r"(?:seguir\s+)?(?:viviendo|vivir|estar\s+viv[oa])\b"
    rf"|(?:seguir|continuar|quedarme)\s+(?:viv[oa]|en\s+este\s+mundo{_WORLD})\b",
    "fr": r"(?:continuer\s+(?:a\s+)?)?(?:vivre|exister|rester\s+en\s+vie)\b"
    r"|(?:etre|rester)\s+(?:en\s+vie|vivante?|sur\s+terre"
    rf"|au\s+monde{_WORLD}|dans\s+ce\s+monde{_WORLD})\b",
    "pt": r"(?:continuar\s+(?:a\s+)?)?(?:viver|vivendo|existir)\b"
    rf"|(?:continuar|estar|ficar|seguir)\s+(?:viv[oa]|neste\s+mundo{_WORLD})\b",
    "it": r"(?:continuare\s+a\s+)?(?:vivere|esistere)\b"
    r"|(?:restare|rimanere|stare|essere)\s+(?:in\s+vita|viv[oa]"
    rf"|al\s+mondo{_WORLD}|in\s+questo\s+mondo{_WORLD}|su\s+questa\s+terra)\b",
}

# ("apetecer" and "andare" say the same wish: "ya no me apetece vivir", "non mi va più di vivere")
_NO_WISH_TO_LIVE = {
    "en": r"\b(?:i\s+(?:have|had|feel)|i'?ve|ive|i\s+ve|there'?s|there\s+is)\s+(?:got\s+)?no\s+"
    r"(?:more\s+|real\s+)?(?:wish|will|desire|strength|reason|energy)\s+(?:left\s+)?to\s+"
    rf"(?:{_ALIVE['en']})"
    r"|\bi(?:\s+have|'?ve|\s+ve)?\s+lost\s+(?:all\s+|my\s+|the\s+)*(?:will|wish|desire)\s+to\s+"
    r"(?:live|go\s+on)\b"
    r"|\bi\s+(?:don'?t|do\s+not|can'?t|cannot)\s+(?:want\s+to\s+|wanna\s+)?(?:go\s+on|keep(?:\s+on)?"
    r"|carry\s+on|continue)\s+living\b"
    # the wish said with "wish" or "desire" as the verb: "I do not wish to live anymore"
    r"|\bi\s+(?:do\s+not|don'?t|dont|no\s+longer|did\s+not|didn'?t)\s+(?:really\s+|even\s+)?"
    rf"(?:wish|desire)\s+to\s+(?:{_ALIVE['en']})",
    "es": r"\b(?:ya\s+)?no\s+(?:tengo|siento|me\s+quedan)\s+(?:\w+\s+){0,2}?(?:ganas|fuerzas"
    r"|deseos?|motivos?|razon(?:es)?)(?:\s+ningun[oa]s?)?\s+(?:para|de)\s+"
    rf"(?:{_ALIVE['es']})"
    r"|\b(?:ya\s+)?no\s+quiero\s+(?:seguir\s+)?(?:viviendo|vivir|estar\s+viv[oa])(?:\s+mas)?\b"
    r"|\b(?:ya\s+)?no\s+me\s+apetece\s+(?:seguir\s+)?(?:viviendo|vivir)\b",
    "de": r"\bich\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+(?:weiter)?leben\b"
    r"|\b(?:will|mochte|moechte|wollte|mag)\s+(?:ich\s+)?(?:\w+\s+){0,2}?nicht\s+mehr\s+"
    r"(?:weiter)?leben\b"
    r"|\bkein\w*\s+(?:lebenswille\w*|lebensmut|lebenslust|willen?\s+(?:mehr\s+)?zu\s+leben)\b",
    "fr": r"\b(?:je\s+n'?ai|j'?ai|jai)\s+(?:plus|pas)\s+(?:\w+\s+){0,2}?(?:envie|gout|force|raison"
    rf"|desir)\s+(?:de\s+|d')(?:{_ALIVE['fr']})",
    "pt": r"\b(?:eu\s+)?(?:ja\s+)?nao\s+(?:tenho|sinto)\s+(?:mais\s+)?(?:nenhuma\s+)?(?:vontade"
    r"|forcas?|motivos?|razao)(?:\s+nenhuma|\s+nenhum)?\s+(?:de|pra|para)\s+"
    rf"(?:{_ALIVE['pt']})"
    r"|\b(?:eu\s+)?(?:ja\s+)?nao\s+quero\s+(?:mais\s+)?(?:continuar\s+(?:a\s+)?)?(?:viver|vivendo"
    r"|existir)(?:\s+mais)?\b"
    r"|\b(?:ja\s+)?nao\s+me\s+apetece\s+(?:mais\s+)?(?:continuar\s+a\s+)?viver\b",
    "it": r"\bnon\s+ho\s+(?:piu\s+)?(?:nessuna\s+|alcuna\s+)?(?:voglia|forza|forze|motivo|ragione"
    rf"|desiderio)(?:\s+nessuna|\s+alcuna)?\s+di\s+(?:{_ALIVE['it']})"
    r"|\bnon\s+voglio\s+(?:piu\s+)?(?:continuare\s+a\s+)?(?:vivere|esistere)(?:\s+piu)?\b"
    r"|\b(?:non|nn)\s+mi\s+va\s+(?:piu\s+)?di\s+(?:continuare\s+a\s+)?(?:vivere|esistere)\b",
}

# The wish missing from the day, with no one named: "acordo sem vontade nenhuma de continuar
# viva", "sin ganas de vivir", "sans aucune envie de vivre", "senza più voglia di vivere",
# "without any will to live", "ohne jeden Lebenswillen".
_WITHOUT_WISH_TO_LIVE = {
    "en": r"\bwithout\s+(?:any\s+|the\s+(?:slightest\s+|least\s+)?)?(?:wish|will|desire|reason)"
    rf"\s+to\s+(?:{_ALIVE['en']})",
    "es": r"\bsin\s+(?:ningunas?\s+|nada\s+de\s+|mas\s+)?(?:ganas|fuerzas|deseos?|motivos?)"
    rf"(?:\s+ningun[oa]s?)?\s+(?:de|para)\s+(?:{_ALIVE['es']})",
    "de": r"\bohne\s+(?:jeden\s+|jeglichen\s+)?(?:lebenswille\w*|lebensmut|lebenslust"
    r"|willen?\s+zu\s+leben|lust\s+(?:am|zu)\s+leben)\b",
    "fr": r"\bsans\s+(?:plus\s+)?(?:aucune?\s+|l'?\s*)?(?:envie|gout|force|raison|desir)\s+"
    rf"(?:de\s+|d')(?:{_ALIVE['fr']})",
    "pt": r"\bsem\s+(?:nenhuma\s+|mais\s+)?(?:vontade|forcas?|motivos?|razao)(?:\s+nenhuma"
    rf"|\s+nenhum|\s+alguma)?\s+(?:de|pra|para)\s+(?:{_ALIVE['pt']})",
    "it": r"\bsenza\s+(?:piu\s+)?(?:nessuna\s+|alcuna\s+)?(?:voglia|forza|forze|motivo|ragione"
    rf"|desiderio)\s+di\s+(?:{_ALIVE['it']})",
}

# The wish denied as a noun's complement, the verb in the infinitive or the gerund: "the same
# thought every night, of not wanting to live", "la idea de no querer seguir viviendo", "cette
# idée de ne plus vouloir vivre", "a ideia de não querer continuar a viver", "di non voler
# continuare a vivere", "der Gedanke, nicht mehr leben zu wollen". No subject is named, so it is
# read like any rule without its own ("sua ideia de não querer viver" is someone else's).
_NOT_WANTING_TO_LIVE = {
    "en": r"\bnot\s+wanting\s+to\s+(?:(?:go\s+on|keep|carry\s+on|continue)\s+)?(?:living|live"
    r"|be\s+alive|stay\s+alive|exist)\b(?:\s+(?:any\s*more|any\s+longer))?",
    "es": r"\bde\s+(?:ya\s+)?no\s+querer\s+(?:seguir\s+|continuar\s+)?(?:viviendo|vivir"
    r"|estar\s+viv[oa]|existir)\b",
    "fr": r"\b(?:de\s+|d')?ne\s+(?:plus|pas)\s+vouloir\s+(?:continuer\s+(?:a\s+)?)?(?:vivre"
    r"|exister|rester\s+en\s+vie)\b",
    "pt": r"\bde\s+(?:ja\s+)?nao\s+querer\s+(?:mais\s+)?(?:continuar\s+(?:a\s+)?)?(?:viver"
    r"|vivendo|existir)\b",
    "it": r"\bdi\s+non\s+voler(?:e)?\s+(?:piu\s+)?(?:continuare\s+a\s+)?(?:vivere|esistere)\b",
    "de": r"\bnicht\s+(?:mehr\s+)?(?:weiter)?leben\s+zu\s+wollen\b",
}

# Living named as what wears the writer out, then the wish to go on denied with no object, so
# the going on is living's: "viver cansa-me tanto que já não quero continuar", "vivir me cansa
# tanto que ya no quiero seguir", "vivre m'épuise, je ne veux plus continuer", "vivere mi
# stanca così tanto che non voglio più continuare" (not "seguir con la carrera", "continuar o
# curso": a thing named after it is a task given up, nor "la vida en esta ciudad").
_LIFE_WEARS = {
    # … or a job the writer wants to quit: "staying alive feels like a job I never applied for
    # and I want to quit it" (not "living in London", "life as a nurse")
    "en": r"\b(?:staying\s+alive|being\s+alive|living|life)\b(?!\s+(?:in|at|with|as|on|here)\b)"
    r"[^.!?\n]{0,30}?\b(?:feels|is)\s+like\s+a\s+(?:\w+\s+)?(?:job|shift)\b[^.!?\n]{0,50}?\bi\s+"
    r"(?:want|wanna|need|'d\s+love)\s+to\s+(?:quit|resign\s+from|walk\s+out\s+on)\s+(?:it|life)\b",
    "es": r"\b(?:vivir|la\s+vida)\b(?!\s+(?:en|con|aqui|sol[oa])\b)[^.!?\n]{0,60}?\b(?:ya\s+)?no"
    r"\s+quiero\s+(?:mas\s+)?(?:seguir|continuar)(?:\s+mas)?",
    "fr": r"\b(?:vivre|la\s+vie)\b(?!\s+(?:a|en|avec|ici|seule?)\b)[^.!?\n]{0,60}?\bje\s+(?:ne\s+)?"
    r"veux\s+plus\s+continuer",
    "pt": r"\b(?:viver|a\s+vida)\b(?!\s+(?:em|com|aqui|sozinh[oa])\b)[^.!?\n]{0,60}?\b(?:ja\s+)?"
    r"nao\s+quero\s+(?:mais\s+)?(?:continuar|seguir)(?:\s+mais)?",
    "it": r"\b(?:vivere|la\s+vita)\b(?!\s+(?:a|in|con|qui|da\s+sol[oa])\b)[^.!?\n]{0,60}?\bnon"
    r"\s+voglio\s+(?:piu\s+)?(?:continuare|andare\s+avanti)(?:\s+piu)?",
}
# … closing its clause: no thing or task going on after it
_CLAUSE_ENDS = r"(?=\s*(?:[.!?;,]|$|\s+(?:e|y|et)\s+(?:ya|basta|es|e|c'est|e\s+a)\b))"

# The wish said missing with no verb, a quantity of none opening the clause: "Plus envie de
# vivre, même le marché ne me fait plus rien", "Nessuna voglia di vivere", "Zero ganas de vivir",
# "Nenhuma vontade de viver", "Zero will to live".
_CLAUSE_OPENS = r"(?:^|(?<=[.!?\n,;:]))\s*"
_NONE_LEFT_TO_LIVE = {
    "en": _CLAUSE_OPENS + r"(?:no|zero)\s+(?:more\s+)?(?:wish|will|desire)\s+to\s+"
    rf"(?:{_ALIVE['en']})",
    "es": _CLAUSE_OPENS + r"(?:ya\s+)?(?:ningunas?|cero)\s+(?:ganas|deseos?)\s+de\s+"
    rf"(?:{_ALIVE['es']})",
    "fr": _CLAUSE_OPENS + r"(?:plus|aucune|zero|pas)\s+(?:aucune\s+|d'\s*)?(?:envie|gout|desir)"
    rf"\s+(?:de\s+|d')(?:{_ALIVE['fr']})",
    "pt": _CLAUSE_OPENS + r"(?:ja\s+)?(?:nenhuma|zero)\s+vontade\s+(?:de|pra|para)\s+"
    rf"(?:{_ALIVE['pt']})",
    "it": _CLAUSE_OPENS + r"(?:piu\s+)?(?:nessuna|zero)\s+(?:voglia|desiderio)\s+di\s+"
    rf"(?:{_ALIVE['it']})",
    "de": _CLAUSE_OPENS + r"(?:null|kein\w*)\s+(?:bock|lust|kraft)\s+(?:mehr\s+)?(?:zu|aufs?)\s+"
    r"(?:weiter)?leben\b",
}

NO_WISH_TO_LIVE_RULES: tuple[Rule, ...] = (
    tuple(
        rule(
            f"gl_{lang}_no_wish_to_live",
            _DW,
            _CON,
            f"(?:{source}){NOT_A_PLACE[lang]}",
            inherent=True,
            lang=lang,
        )
        for lang, source in _NO_WISH_TO_LIVE.items()
    )
    + tuple(
        rule(
            f"gl_{lang}_without_wish_to_live",
            _DW,
            _CON,
            f"(?:{source}){NOT_A_PLACE[lang]}",
            inherent=False,
            lang=lang,
        )
        for lang, source in _WITHOUT_WISH_TO_LIVE.items()
    )
    + tuple(
        rule(
            f"gl_{lang}_none_left_to_live",
            _DW,
            _CON,
            f"(?:{source}){NOT_A_PLACE[lang]}",
            inherent=False,
            lang=lang,
        )
        for lang, source in _NONE_LEFT_TO_LIVE.items()
    )
)
NO_WISH_TO_LIVE_RULES += tuple(
    rule(
        f"gl_{lang}_not_wanting_to_live",
        _DW,
        _CON,
        f"(?:{source}){NOT_A_PLACE[lang]}",
        inherent=False,
        lang=lang,
    )
    for lang, source in _NOT_WANTING_TO_LIVE.items()
) + tuple(
    rule(
        f"gl_{lang}_life_wears_no_going_on",
        _DW,
        _CON,
        f"(?:{source}){_CLAUSE_ENDS}",
        inherent=True,
        lang=lang,
    )
    for lang, source in _LIFE_WEARS.items()
)
