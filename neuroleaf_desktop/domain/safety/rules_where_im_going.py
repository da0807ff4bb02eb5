"""Things the writer will not need "where I'm going"; in six languages.

Why: "won't need money where I'm going" was read in English, and in the other languages only
with a gift named before it ("verschenkt, wo ich hingeh"). Writers also say it alone, of
things passed on or kept, with any words for the need: "I've no use for them where I'm going",
"wo i hingeh, brauch i koa Moped", "là où je vais, je n'en aurai pas besoin", "a donde voy no
la necesito", "dove vado non mi serve", "para onde vou não preciso disso"; with the pronoun
said ("where I am headed", "onde eu vou", "donde yo voy") and the need denied as a lack ("no me
hacen falta", "não fazem falta"), as no use ("they are no use") or as nothing to do with them
("je n'en ferai rien"). The place is never named: that is what makes it no trip.

What is left alone: a trip, a holiday, the weather or clothes named in the sentence ("where
I'm going I won't need a coat, it's 30 degrees in Bali"), a night out ("where I'm going
tonight I won't need the car"), a trip's day or a walk ("onde eu vou amanhã", "c'est une
randonnée").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import TRIPS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_S = SAME_SENTENCE
# a trip, the weather, clothes, a night out, a place named: an ordinary destination
_A_TRIP = (
    r"(?:^|(?<=[.!?\n]))(?!" + _S + rf"*\b(?:{TRIPS}|coat|jumper|jacket|umbrella|sun\w*|beach"
    r"|ski\w*|snow|weather|hot|degrees|tonight|party|pub|bar|club|school|work|office|uni"
    r"|jacke|mantel|schirm|sonne|strand|wetter|heiss|grad|heute\s+abend|arbeit|schule"
    r"|manteau|parapluie|soleil|plage|meteo|chaud|degres|ce\s+soir|travail|ecole|abrigo"
    r"|paraguas|playa|calor|grados|esta\s+noche|trabajo|colegio|cappotto|ombrello|spiaggia"
    r"|caldo|gradi|stasera|lavoro|scuola|casaco|guarda-chuva|praia|graus|hoje\s+a\s+noite"
    r"|trabalho|escola|casa\s+d\w+|bali|spain|spanien|espagne|espana|spagna|espanha"
    # (a trip's day or a walk: "onde eu vou amanhã", "là où je vais, c'est une randonnée")
    r"|tomorrow|weekend|amanha|manana|demain|domani|morgen|hike|hiking|randonnee|excursion"
    r"|excursao|escursione|wanderung)\b)" + _S + r"*?"
)
_WHERE = {
    "en": r"\bwhere\s+i(?:'?m|\s+am)\s+(?:going|headed|heading)\b",
    "de": r"\bwo(?:hin)?\s+ich\s+hin(?:geh|gehe|gehn|komm|komme|fahr)?\b",
    "fr": r"\b(?:la\s+)?ou\s+je\s+vais\b",
    "es": r"\b(?:a\s+)?(?:donde|adonde)\s+(?:yo\s+)?voy\b",
    "it": r"\b(?:la\s+)?dove\s+(?:io\s+)?vado\b",
    "pt": r"\b(?:para|pra)?\s*onde\s+(?:eu\s+)?vou\b",
}
_NOT_NEEDED = {
    "en": r"\b(?:(?:(?:i'?ve|i\s+have|i'?ve\s+got)\s+)?no\s+(?:use|need)\s+(?:for|of)"
    r"|i\s+(?:won'?t|will\s+not|don'?t|do\s+not)\s+(?:need|be\s+needing))\b"
    # (the things as the subject, of no use there: "they are no use", "it's of no use to me")
    r"|\b(?:they|it)(?:'re|'s|\s+are|\s+is|\s+will\s+be|'ll\s+be)\s+(?:of\s+)?no\s+use\b",
    "de": r"\bbrauch(?:e)?\s+ich\s+(?:(?!nicht\b|kein\w*\b|nichts\b)\w+\s+){0,2}?(?:nicht|kein\w*"
    r"|nichts)\b",
    # (the present too, and the use of it: "je n'en ai pas l'usage", "je n'en ai plus besoin")
    "fr": r"\bje\s+n'\s*(?:en\s+)?(?:aurai|ai)\s+(?:pas|plus)\s+(?:besoin|l'\s*usage|d'\s*usage)\b"
    r"|\bne\s+(?:me\s+)?servir(?:a|ont)\s+(?:a\s+rien|plus)\b"
    # (nothing the writer will do with them there: "je n'en ferai rien")
    r"|\bje\s+n'\s*en\s+(?:ferai|ferais|fais)\s+rien\b",
    "es": r"\bno\s+(?:la|lo|las|los|me)?\s*(?:necesito|necesitare|voy\s+a\s+necesitar|sirve"
    r"|serviran?)\b"
    # (the lack itself: "no me hacen falta")
    r"|\bno\s+(?:me\s+)?(?:hace|hacen|hara|haran|va\s+a\s+hacer|van\s+a\s+hacer)\s+falta\b",
    "it": r"\bnon\s+(?:mi\s+)?(?:serve|servira|serviranno|servono)\b|\bnon\s+ne\s+(?:avro|ho)\s+"
    r"(?:piu\s+)?bisogno\b",
    "pt": r"\bnao\s+(?:(?:a|o|as|os|me)\s+)?(?:preciso|vou\s+precisar|precisarei|serve"
    r"|servira|vai\s+servir)\b"
    # (the lack itself: "não fazem falta", "não me vai fazer falta")
    r"|\bnao\s+(?:me\s+)?(?:faz|fazem|fara|farao|vai\s+fazer|vao\s+fazer)\s+falta\b",
}
_GATES = {
    "en": "going|headed|heading",
    "de": "ich hin",
    "fr": "je vais",
    "es": "voy",
    "it": "vado",
    "pt": "vou",
}

RULES: tuple[Rule, ...] = family(
    "where_im_going",
    "not_needed",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {
        lang: _A_TRIP + rf"(?:{either_order(_WHERE[lang], _NOT_NEEDED[lang], 60)})"
        for lang in _WHERE
    },
    _GATES,
    inherent=True,
)

__all__ = ["RULES"]
