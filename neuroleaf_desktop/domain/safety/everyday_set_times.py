"""A time set around a plan or a wish not to wake: a lie-in, an alarm, a day others chose.

Why a module of its own: a wish "not to wake up until Monday" or "not at 5am" refuses an hour,
not a life, and a date "we picked" is a couple's or a family's plan, not the writer's; both
read the time or the chooser around the phrase, in six languages.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_spans import EXPLICIT, sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

# Not waking "until Monday", "before noon", "bis Mittag": a lie-in wished for, with the waking
# set at a time. "Never", "ever again" or "at all" after it keep the wish a wish to die.
_NOT_WAKE = re.compile(
    r"\b(?:not|never|no|nao|non|ne|n'|nicht|nie)\b[^.!?\n]{0,20}?"
    r"\b(?:wake|waking|woke|despertar\w*|acordar\w*|svegliar\w*|reveiller|réveiller|aufwach\w*)",
    FLAGS,
)
_UNTIL_A_TIME = re.compile(
    r"^[\s,]*(?:up\s+)?(?:until|till|til|before|hasta|antes\s+de|ate|fino\s+a|fino\s+alle?"
    r"|prima\s+d\w*|jusqu'?\s*a|avant|bis)\s+(?:\w+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    + "|".join(WEEKDAYS.values())
    + r"|noon|midday|lunch\w*|mediodia|meio-?dia|mezzogiorno"
    r"|midi|mittag\w*|tomorrow|manana|amanha|domani|demain|morgen|the\s+weekend|spring"
    r"|primavera|printemps|fruhling|\d{1,2}(?::\d\d)?\s*(?:am|pm|h|uhr)?)\b",
    FLAGS,
)
# Not waking "at 5am", "à 5h", "so early": the hour of an alarm is what is refused.
_AT_AN_HOUR = re.compile(
    r"^[\s,]*(?:(?:at|a|um|alle?|as|a\s+las|around|before)\s+\d{1,2}(?:[:.h]\d\d)?\s*"
    r"(?:am|pm|h|uhr|o'?clock)?\b|(?:so|this|that|si|aussi|tan|tao|cosi|so)\s+"
    r"(?:early|tot|temprano|cedo|presto|fruh))",
    FLAGS,
)
_NEVER_AFTER = re.compile(
    r"\b(?:never|ever\s+again|at\s+all|nunca|jamas|jamais|mai\s+piu|nie\s*mals?|nie\s+wieder)\b",
    FLAGS,
)


# A day chosen by "we" or by someone else: a wedding, a move, a couple's or a family's plan.
_CHOSEN = re.compile(r"^(?:picked|chosen|chose|set|decided)\b", FLAGS)
_OTHERS_CHOSE = re.compile(
    r"\b(?:we|we'?ve|we\s+have|they|they'?ve|they\s+have|(?:s?he|she|he)(?:'s|\s+has)?"
    r"|(?:my|our)\s+\w+(?:'s|\s+has|\s+have)?)\s+(?:\w+\s+)?$",
    FLAGS,
)


def others_chose(category: Category, phrase: str, text: str, start: int) -> bool:
    """A day or date picked by "we", "they" or someone named: not the writer's own plan."""
    if category is not Category.PLAN_OR_METHOD or _CHOSEN.search(phrase) is None:
        return False
    return _OTHERS_CHOSE.search(text[sentence_start(text, start) : start]) is not None


def lie_in(category: Category, phrase: str, text: str, end: int) -> bool:
    """A wish not to wake with the waking set at a time (a lie-in), or not to wake at an hour
    (an alarm refused): neither is a wish to die."""
    if category not in EXPLICIT or _NOT_WAKE.search(phrase) is None:
        return False
    after = text[end : sentence_end(text, end)]
    if _AT_AN_HOUR.search(after):
        return True
    return _UNTIL_A_TIME.search(after) is not None and _NEVER_AFTER.search(phrase + after) is None
