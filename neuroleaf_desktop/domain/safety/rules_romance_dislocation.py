"""Ending one's life with the life said first and a pronoun standing for it, in Italian, Spanish,
Portuguese, French and German.

* **the object fronted, a clitic taking it up**: "la vita me la voglio togliere", "la vida me
  la quiero quitar", "ma vie, je veux en finir", "a minha vida, quero tirá-la", the way speech
  puts the topic first and the Romance languages echo it with a pronoun;
* **the object moved last**, the pronoun first: "me la voglio togliere, la vita", "me la voy a
  quitar, la vida";
* **the pronouns joined to the infinitive**: "la vita voglio togliermela", "quitármela, la
  vida";
* **German topicalisation**: "Mein Leben will ich beenden", "Meinem Leben will ich ein Ende
  setzen", the object first and the verb second;
* **the thought taken up first, its act named after**: "ci penso ogni mattina, a uccidermi",
  "j'y pense tous les soirs, à me tuer", "lo pienso cada noche, en matarme".

Why: the act's rules read the textbook order ("voglio togliermi la vita"), so the same act with
the topic first, as it is said aloud, was missed. Each shape needs the life named (a jacket or
a tooth taken off is not the life) and the writer's own modal in the first person; a denial
before the modal is judged in context.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_URG = Severity.URGENT
_family = partial(family, "dislocated")

# the writer's life, named as the topic
_LIFE = {
    "it": r"\b(?:la\s+(?:mia\s+)?vita|questa\s+vita)",
    "es": r"\b(?:la\s+vida|mi\s+vida|esta\s+vida)",
    "pt": r"\b(?:a\s+(?:minha\s+)?vida|minha\s+vida|esta\s+vida)",
    "fr": r"\b(?:ma\s+vie|la\s+vie|cette\s+vie)",
}
# the first-person modal, an adverb allowed
_ADV = r"(?:(?:proprio|davvero|ya|ja|vraiment|bien)\s+)?"
_MODAL = {
    "it": rf"(?:voglio|vorrei|volevo|devo|vado\s+a|sto\s+per|ho\s+deciso\s+di){_ADV}",
    "es": rf"(?:quiero|quisiera|queria|voy\s+a|pienso|necesito|decidi){_ADV}",
    "pt": rf"(?:quero|queria|vou|preciso|decidi){_ADV}",
    "fr": rf"(?:je\s+(?:veux|voudrais|vais)|j'?\s*ai\s+(?:envie|decide)\s+d'?\s*){_ADV}",
}
# the clitic that takes the life up, then the verb of taking or ending it
_CLITIC_VERB = {
    "it": r"(?:me\s+la|la)\s+(?:voglio|vorrei|volevo|devo|vado\s+a|sto\s+per)\s+"
    rf"{_ADV}(?:togliere|levare|fare\s+finita)\b",
    "es": r"me\s+la\s+(?:quiero|quisiera|voy\s+a|pienso)\s+" + rf"{_ADV}quitar\b",
    "pt": r"(?:eu\s+)?(?:quero|queria|vou)\s+" + rf"{_ADV}(?:tira-la|acabar\s+com\s+ela)\b",
    "fr": r"(?:moi,?\s+)?(?:je\s+(?:veux|voudrais|vais)|j'?\s*ai\s+(?:envie|decide))\s+"
    rf"{_ADV}(?:d'?\s*)?(?:en\s+finir|y\s+mettre\s+fin)\b",
}
# the pronouns joined to the infinitive
_JOINED = {
    "it": r"togliermela",
    "es": r"quitarmela",
    "pt": r"tira-la",
    "fr": r"y\s+mettre\s+fin",
}
_S = r"[^.!?\n]"

_FRONTED = {
    lang: rf"{_LIFE[lang]}\s*,?\s+(?:io\s+|yo\s+|eu\s+)?(?:{_CLITIC_VERB[lang]}"
    rf"|{_MODAL[lang]}\s*{_JOINED[lang]}\b)"
    for lang in _LIFE
}
# the life moved last: "me la voglio togliere, la vita"
_MOVED_LAST = {
    "it": rf"\bme\s+la\s+(?:voglio|vorrei|devo|vado\s+a)\s+{_ADV}togliere\s*,\s*{_LIFE['it']}",
    "es": rf"\bme\s+la\s+(?:quiero|voy\s+a)\s+{_ADV}quitar\s*,\s*{_LIFE['es']}",
    "pt": rf"\b(?:quero|vou)\s+{_ADV}tira-la\s*,\s*{_LIFE['pt']}",
    "fr": rf"\bje\s+(?:veux|vais)\s+{_ADV}y\s+mettre\s+fin\s*,\s*{_LIFE['fr']}",
}
_DISLOCATED = {lang: rf"(?:{_FRONTED[lang]}|{_MOVED_LAST[lang]})" for lang in _LIFE}
# German: the object first, the verb second, the act last
_DISLOCATED["de"] = (
    rf"(?:^|(?<=[.!?,;\n]))\s*(?:mein\s+leben\s+(?:will|werde|werd|mo(?:e)?chte)\s+(?:ich|i)\s+"
    rf"(?:(?!nicht\b|nie\b){_S}){{0,30}}?(?:beenden|wegwerfen)"
    r"|meinem\s+leben\s+(?:will|werde|werd|mo(?:e)?chte)\s+(?:ich|i)\s+"
    rf"(?:(?!nicht\b|nie\b){_S}){{0,30}}?ein\s+ende\s+(?:setzen|machen|bereiten))\b"
)
_GATE = {"it": "vita", "es": "vida", "pt": "vida", "fr": "vie", "de": "leben"}

# The thought taken up by a pronoun first and the act named after a comma: "ci penso ogni
# mattina, a uccidermi", "j'y pense tous les soirs, à me tuer", "lo pienso cada noche, en
# matarme" (Portuguese "penso nisso …, em me matar" is read by ``rules_intl_said_plainly``).
# The act must be the writer's own (the reflexive of the first person): "ci penso io, a
# cucinare" is an errand, "ci pensa, a uccidersi" someone else's.
_THOUGHT_FIRST = {
    "it": r"\bc(?:i\s+|')(?:penso|pensavo|sto\s+pensando|ho\s+pensato|ripenso)\b",
    "fr": r"\bj'\s*y\s+(?:pense|pensais|ai\s+pense|repense|songe)\b",
    "es": r"\b(?:lo\s+pienso|pienso\s+en\s+(?:eso|ello)|le\s+doy\s+vueltas)\b",
}
_ACT_NAMED_AFTER = {
    "it": r"(?:a|al|di)\s+(?:uccidermi|ammazzarmi|togliermi\s+la\s+vita|suicidarmi|suicidio"
    r"|farla\s+finita)",
    "fr": r"a\s+(?:me\s+tuer|me\s+suicider|en\s+finir|mettre\s+fin\s+a\s+mes\s+jours|suicide)",
    "es": r"(?:en\s+)?(?:matarme|suicidarme|quitarme\s+la\s+vida|el\s+suicidio)",
}
_TAKEN_UP = {
    lang: rf"{_THOUGHT_FIRST[lang]}{_S}{{0,80}}?,\s*{_ACT_NAMED_AFTER[lang]}\b"
    for lang in _THOUGHT_FIRST
}
_TAKEN_UP_GATE = {"it": "pens", "fr": "pens|songe", "es": "pienso|vueltas"}

RULES: tuple[Rule, ...] = _family(
    "end_life", Category.SUICIDAL_IDEATION, _URG, _DISLOCATED, _GATE, inherent=False
) + _family("thought_taken_up", Category.SUICIDAL_IDEATION, _URG, _TAKEN_UP, _TAKEN_UP_GATE)

__all__ = ["RULES"]
