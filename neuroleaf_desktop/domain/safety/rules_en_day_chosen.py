"""English plans told by the day or the place chosen, the act itself never named.

Why: ``rules_en_moments`` reads a moment alone and the act done then ("when they're all out
i'll do it"). A plan is also told with no act at all, only the choice and what makes it
possible: a day picked ("Saturday after the county final is the one") and the others away in
the next breath ("they'll all be at the coast and the flat quiet"); a place that can kill and
an hour before anyone is about ("it'll be the viaduct, early, before the joggers"); or a date
set around someone else's big day, which the writer does not want to spoil ("it'll be after
the christening. I won't ruin it for them"). Each needs two parts, the choice and its reason.

What stays out: a day picked for a party, a trip, a clean-up or news to break (what the day is
for is said), a place chosen for a walk, a photo or a swim, and a line that names what "it"
is before it.

Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, SAME_SENTENCE, Rule, rule

_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow"
    r"|the\s+(?:weekend|\d{1,2}(?:st|nd|rd|th)|first|last\s+\w+))(?:\s+(?:night|evening|morning))?"
)
# what the day, the place or "it" is for, said in the line: the plan is an everyday one
_FOR_SOMETHING = (
    r"(?!" + SAME_LINE + r"*\b(?:party|surprise|trip|holiday|clean\w*|paint\w*|mov(?:e|ing)"
    r"|barbecue|bbq|dinner|lunch|visit|tell|news|announce\w*|propos\w*|pregnan\w*|divorce"
    r"|break(?:ing)?\s+up|quit\w*|resign\w*|photo\w*|walk|walks|walking|run|jog|jogging|swim\w*|fishing|picnic"
    r"|shoot|session|date|race\s+(?:starts|day)|meet\w*|interview|exam|match\s+day|launch"
    r"|opening|sale|tattoo|haircut|gig|concert)\b)"
)

# --- a day chosen, and the others away ---------------------------------------------------------
_IS_THE_ONE = rf"\s+(?:is|will\s+be|'?ll\s+be)\s+the\s+(?:one|day|night){_CLAUSE_END}"
_OTHERS_AWAY = (
    r"\b(?:every(?:one|body)|they|the\s+(?:kids|family|lads|girls|boys|others|house|flat)"
    r"|my\s+\w+)(?:'ll|\s+will|\s+are|'re|\s+is|'s)?\s+(?:all\s+)?(?:be\s+)?"
    r"(?:away|out|gone|at\s+(?:the\s+)?\w+|in\s+\w+|empty|quiet)\b"
    r"|\bthe\s+(?:house|flat|place)\s+(?:\w+\s+)?(?:quiet|empty|to\s+myself)\b"
)
_DAY_CHOSEN = (
    rf"(?:^|(?<=[.!?\n]))\s*{_FOR_SOMETHING}(?:this\s+|next\s+)?{_DAY}"
    rf"(?:\s+(?:after|before)\s+{SAME_SENTENCE}{{0,50}}?)?{_IS_THE_ONE}"
    rf"{SAME_LINE}{{0,100}}?(?:{_OTHERS_AWAY})"
)

# --- a place that can kill, and an hour before anyone is about ---------------------------------
_PLACE = (
    r"(?:the|off\s+the|from\s+the|at\s+the)\s+(?:[\w']+\s+)?(?:pier|bridge|cliffs?|viaduct"
    r"|multi-?storey|car\s+park\s+roof|tracks|railway\s+line|quarry|tower\s+block|harbour\s+wall"
    r"|dam|sea\s+wall|crossing|level\s+crossing|headland)\b"
)
_BEFORE_ANYONE = (
    r"\b(?:early|at\s+(?:dawn|first\s+light)|before\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|anyone"
    r"|anybody|people|it\s+gets\s+light|the\s+town\s+wakes)|when\s+(?:nobody|no\s*one)\s+(?:is|'s)"
    r"|while\s+it'?s\s+(?:still\s+)?dark)\b"
)
_PLACE_CHOSEN = (
    rf"{_FOR_SOMETHING}\b(?:it'?ll|it\s+will|it'?s\s+going\s+to)\s+be\s+{_PLACE}"
    rf"{SAME_SENTENCE}{{0,40}}?{_BEFORE_ANYONE}"
)

# --- "it" set after someone's big day, which the writer will not spoil ------------------------
# ("it" opens the entry, with nothing before it to stand for)
_AFTER_THEIR_DAY = (
    rf"(?<![\s\S])\s*{_FOR_SOMETHING}it(?:'ll|\s+will|'s\s+going\s+to)\s+be\s+(?:after|once)\s+"
    rf"{SAME_SENTENCE}{{0,60}}?{SAME_LINE}{{0,40}}?\b(?:i\s+)?(?:don'?t|do\s+not|won'?t|will\s+not"
    r"|can'?t|cannot)\s+(?:want\s+to\s+)?(?:ruin|spoil|wreck|overshadow)\s+(?:it|the\s+day"
    r"|(?:her|his|their)\s+(?:big\s+)?day|the\s+\w+|everything)(?:\s+for\s+\w+)?"
)

_PM, _URG = Category.PLAN_OR_METHOD, Severity.URGENT
RULES: tuple[Rule, ...] = (
    rule(
        "en_day_chosen_others_away",
        _PM,
        _URG,
        _DAY_CHOSEN,
        inherent=False,
        gate="the one|the day|the night",
    ),
    rule("en_place_chosen_before_anyone", _PM, _URG, _PLACE_CHOSEN, inherent=True, gate="be "),
    rule(
        "en_after_their_day_unspoiled",
        _PM,
        _URG,
        _AFTER_THEIR_DAY,
        inherent=True,
        gate="ruin|spoil|wreck|overshadow",
    ),
)

__all__ = ["RULES"]
