"""A dish had with people is a meal with them: "Friday dim sum with my mates", "sushi with the
girls", "a Sunday roast with the family". The dish names the occasion, as "drinks" or "brunch"
do (``things.OCCASIONS``); the people are what the question weighs, not a food the journal
never logs. A dish made rather than eaten ("batch-cooking a curry") is cooking's own.

Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.vocabulary import activity_pattern

# Dishes people go out for or share, in one or two words.
_DISHES: Final = (
    r"dim sum|yum cha|tapas|sushi|pizzas?|curry|curries|burgers?|kebabs?|noodles|ramen|pho"
    r"|tacos|nachos|wings|fish and chips|chippy teas?|(?:sunday )?roasts?|carvery|mezze|meze"
    r"|hot ?pot|dumplings|bao|biryani|dosas?|thali|paella|fondue|raclette|steaks?|fry-ups?"
    r"|bbq|barbecues?|korean barbecue|pub grub|pub lunch(?:es)?|afternoon tea"
)
# The dish, then up to three words (a time, a place) and "with" the company: "dim sum *with my*".
_DISH_WITH: Final = re.compile(
    rf"\b(?:{_DISHES})\b(?: [\w'-]+){{0,3}} (?:with|w/) (?:the |my |our |all (?:the|my) )?$",
    re.I,
)
# ... not one cooked for them, which is cooking ("making curry with my mum").
_COOKED: Final = re.compile(
    r"\b(?:mak\w*|made|cook\w*|bak\w*|prepar\w*|whip\w* up|rustl\w* up)\b[^,;?]*$", re.I
)
_PEOPLE: Final = frozenset({"friends", "family"})


def meal_with(text: str, activity: tuple[str, str] | None) -> bool:
    """Whether the people's activity is named only as the company of a dish had with them."""
    if activity is None or activity[0] not in _PEOPLE:
        return False
    hits = list(activity_pattern(activity[0]).finditer(text))
    if not hits:
        return False
    for hit in hits:
        before = text[: hit.start()]
        dish = _DISH_WITH.search(before)
        if dish is None or _COOKED.search(before[: dish.start()]):
            return False
    return True
