"""The writer's future said to be over, dead or not there, in Portuguese, Italian, Spanish,
French and German.

The future is the subject and the writer its owner: "o futuro para mim acabou", "per me il
futuro non esiste", "para mí el futuro se acabó", "pour moi l'avenir n'existe pas", "meine
Zukunft ist vorbei", "il mio futuro è finito", with "for me" on either side of the future or
the possessive instead.

Why: the rules read the future as what there is none of ("não há futuro para mim", "kein
Zukunft mehr für mich"); the same hopelessness said with the future as the one that ended was
missed. A future of something (a career, a team, a town: "il mio futuro da calciatore", "mi
futuro en esta empresa") is not the writer's whole future, so nothing may name it between the
future and what ended, and no place or role follows what ended.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_future_frames import NOT_ON_A_TEST

_CON = Severity.CONCERN
_family = partial(family, "future")

_FOR_ME = {
    "pt": r"(?:para|pra)\s+mim",
    "it": r"per\s+me",
    "es": r"para\s+mi",
    "fr": r"pour\s+moi",
    "de": r"fu(?:e)?r\s+mich",
}
_FUTURE = {
    "pt": r"(?:o\s+)?futuro",
    "it": r"(?:il\s+)?futuro",
    "es": r"(?:el\s+)?futuro",
    "fr": r"(?:l'?\s*)?avenir",
    "de": r"(?:die\s+)?zukunft",
}
_MY_FUTURE = {
    "pt": r"(?:o\s+)?meu\s+futuro",
    "it": r"(?:il\s+)?mio\s+futuro",
    "es": r"mi\s+futuro",
    "fr": r"mon\s+avenir",
    "de": r"meine\s+zukunft",
}
_OVER = {
    "pt": r"(?:ja\s+)?(?:acabou|morreu|terminou|ja\s+era|nao\s+existe(?:\s+mais)?|se\s+foi)",
    "it": r"(?:e\s+)?(?:finito|morto|non\s+esiste(?:\s+piu)?|non\s+c'?\s*e\s+piu)",
    "es": r"(?:ya\s+)?(?:se\s+acabo|se\s+termino|murio|no\s+existe(?:\s+mas)?|ya\s+fue)",
    "fr": r"(?:(?:c'?\s*)?est\s+(?:fini|mort)|n'?\s*existe\s+(?:pas|plus))",
    "de": r"(?:ist\s+)?(?:vorbei|gestorben|tot|gibt\s+es\s+nicht(?:\s+mehr)?)",
}
# what ended is the whole future: no place, role or time named after it
_WHOLE = (
    r"(?!\s+(?:en|in|na|no|nella|nel|dans|a|au|aqui|qui|ici|hier|como|come|comme|as|als|da|de"
    r"|di|do|du|del|della|im|bei|con|com|avec|mit)\b)"
)
_FUTURE_OVER = {
    lang: rf"\b(?:{_FOR_ME[lang]}\s*,?\s+{_FUTURE[lang]}|{_FUTURE[lang]}\s*,?\s+{_FOR_ME[lang]}"
    rf"|{_MY_FUTURE[lang]})\s*,?\s+{_OVER[lang]}\b{_WHOLE}{NOT_ON_A_TEST}"
    for lang in _FOR_ME
}
# German puts the verb second: "für mich ist die Zukunft vorbei", "die Zukunft ist für mich tot"
_FUTURE_OVER["de"] = (
    r"\b(?:fu(?:e)?r\s+mich\s+ist\s+die\s+zukunft|die\s+zukunft\s+ist\s+fu(?:e)?r\s+mich"
    r"|meine\s+zukunft\s+ist)\s+(?:(?:eh|doch|schon|la(?:e)?ngst)\s+)?(?:vorbei|gestorben|tot)\b"
    + _WHOLE
    + NOT_ON_A_TEST
)
_GATE = {"pt": "futuro", "it": "futuro", "es": "futuro", "fr": "avenir", "de": "zukunft"}

RULES: tuple[Rule, ...] = _family("over", Category.NO_FUTURE, _CON, _FUTURE_OVER, _GATE)

__all__ = ["RULES"]
