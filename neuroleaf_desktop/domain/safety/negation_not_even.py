"""A denial fronted as "not even then": the whole sentence denied by its opening words.

Why a module of its own: the negation readers (``negation``) look for a cue close before a
phrase, and Italian, Spanish and German may deny a sentence by opening it with "not even" and a
time, no "non" before the verb: "Neanche nel periodo del fallimento ho pensato di uccidermi",
"Ni siquiera en lo peor del paro pensé en matarme", "Nicht mal nach der Pleite habe ich daran
gedacht, mich umzubringen". The time may be long, so the cue lies past the usual window.

Only when nothing stands between the opening and the phrase but the time and the verb of
thinking or wanting: no comma, no "and", no "that", no "when", no stopping ("neanche la domenica
riesco a smettere di pensare a …" says the thought goes on), so "Nemmeno mia madre mi capisce
e voglio morire" and "Ni siquiera cuando duermo se me quitan las ganas de morir" stay signs.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

# the opening "not even" (Portuguese "nem" and English "not even … did I" are read already)
_NOT_EVEN = r"(?:neanche|nemmeno|neppure|manco|ni\s+siquiera|nicht\s+(?:ein)?mal)"
# what may not stand between: a clause of its own, a second subject's "that", a "when", a stop
_BREAK = (
    r"\b(?:e|ed|y|und|ma|pero|aber|o|oder|che|que|dass|quando|cuando|wenn|als|weil|perche"
    r"|porque|se|si|ob|smett\w*|dej\w*|aufh\w*|finch\w*|bis)\b"
)
_FRONTED = re.compile(
    rf"^\W*{_NOT_EVEN}\s+(?:(?!{_BREAK})[^,;:.!?\n]){{0,70}}(?:,\s*)?$",
    FLAGS,
)
# the phrase is the thought or the wish itself, or its verb closes the prefix
_THINKING = re.compile(
    r"^(?:pensato|pensado|pense|gedacht|voluto|querido|gewollt)\b"
    r"|\b(?:pensato|pensado|pense|gedacht|voluto|querido|gewollt)"
    r"(?:\s+(?:di|a|en|de))?\s*,?\s*$",
    FLAGS,
)


def not_even_fronted(sentence_prefix: str, phrase: str) -> bool:
    """Is the sentence opened by "not even" and a time, with only the verb of thinking or
    wanting between it and the phrase ("Neanche nel periodo del fallimento ho pensato di …")?"""
    if _FRONTED.search(sentence_prefix) is None:
        return False
    return _THINKING.search(phrase) is not None or _THINKING.search(sentence_prefix) is not None
