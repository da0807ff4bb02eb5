"""English "no future" said as a time ahead the writer will not be part of, in any words.

Why: no-future misses of a blind batch and of the unstudied corpora named a time ahead (next
year, next spring, the baby's first birthday, past March, five years from now) and then said the
writer would not be in it — "I won't be part of it", "there isn't a me in the picture", "I
cannot see myself anywhere next autumn", "next year's for other folk, not me", "I don't make
plans past Friday". The rules knew "I won't be here next year"; the two parts are read here as
a frame, each in any words, in either order in one sentence:

* **a time ahead**: next week, month, year or season, a season or a feast to come, "the
  future", "future me", a birthday or a graduation still to come, "in five years", "past
  March", "up ahead";
* **the writer not in it**: won't be part of it, in it, there, around; not going or planning
  to be there; cannot see, imagine or picture themselves in it; "not a me in it"; "for other
  folk, not me"; no plans made past it.

The same frame reads an age or a milestone the writer is sure not to reach — "I'll never see
forty, not a chance, and I'm fine with it", "I don't expect to see the move, quite sure of
that": never (or not expecting) to see, make or reach an age, a birthday or the next one, with
the writer settled or sure of it. An age passed ("never see forty again"), a weight or a score
("never see 40 on the scales") and a joke ("at this rate, lol") are kept out.

A third frame reads the provisions for a future let go and the reason given as the writer's
end: stopped saving, booking, paying or watering, let a licence or a membership lapse or run
out, did not renew, cancelled, paid only the minimum — and "it won't matter soon", "none of it
matters where I'm going", "a future I'm not going to have", "they don't need to outlive me",
"nothing I'm driving towards". A reason that is a change of plan (a trip off, a move, a new
job, never using it) is kept out.

It keeps out a time ahead spent elsewhere (a move, a new job, a course, a trip, a posting, a
lease, a team or a club left), someone else's absence, and a denial ("I *will* be there").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none

_NF, _CON = Category.NO_FUTURE, Severity.CONCERN
_E = "en"

_family = partial(family, "future_absent")

_SEASON = (
    r"(?:year|week|month|spring|summer|autumn|fall|winter|christmas|xmas|easter|season|term"
    r"|birthday|new\s+year|decade|semester)"
)
_MONTH_OR_DAY = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|new\s+year"
    r"|(?:this|the)\s+(?:week|weekend|month|year|summer|winter|spring|autumn))"
)
_AHEAD = (
    r"\b(?:next\s+" + _SEASON + r"|the\s+future|future\s+me|(?:the\s+)?(?:coming|next)\s+"
    r"(?:few\s+)?(?:years?|months?|weeks?)|come\s+" + _SEASON + r"|(?:in|within)\s+(?:a|one|two"
    r"|three|five|ten|twenty|\d+|a\s+few|a\s+couple\s+of)\s+(?:years?|months?)(?:'?\s+time)?"
    r"|\w+\s+years?\s+from\s+now|(?:his|her|their|the\s+baby'?s|my\s+\w+'?s)\s+(?:first\s+)?"
    r"(?:birthday|graduation|wedding|christening)|past\s+"
    + _MONTH_OR_DAY
    + r"|beyond\s+"
    + _MONTH_OR_DAY
    + r"|after\s+this\s+(?:summer|winter|spring|autumn|month|week|year|run|term)|up\s+ahead"
    # the writer's own time ahead imagined: "what I'd be doing at Christmas"
    r"|what\s+i'?d\s+be\s+doing\s+(?:at|by|in|on|next)\s+\w+)\b"
)
_NOT_IN_IT = (
    r"\b(?:i|i'?ll|i'?m)\s*(?:won'?t|will\s+not|'ll\s+not|not\s+going\s+to|am\s+not\s+going\s+to"
    r"|ain'?t\s+gonna|not\s+gonna|'m\s+not\s+going\s+to|'m\s+not\s+gonna|'m\s+not\s+planning"
    r"\s+(?:on|to)|am\s+not\s+planning\s+(?:on|to)|not\s+planning\s+(?:on|to)|never\s+gonna)\s+"
    r"(?:be\s+|being\s+)?(?:part\s+of\s+it|in\s+it|there|around|here|in\s+the\s+picture"
    r"|sitting\s+(?:them|it)|see\s+it|have\s+(?:one|it))\b"
    r"|\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:see|imagine|picture)\s+(?:myself|me|being"
    r"\s+(?:there|here|around|alive|in\s+it))\b"
    r"|\b(?:isn'?t|is\s+not|there'?s\s+no|there\s+is\s+no)\s+(?:a\s+)?me\s+in\b"
    r"|\bfor\s+other\s+(?:folk|folks|people|ones)\b"
    # not in it at all, or only a gap where the writer should be
    r"|\b(?:i'?m|i\s+am)\s+not\s+(?:in\s+it|part\s+of\s+it|in\s+the\s+picture)"
    + END
    + r"|\b(?:just\s+)?(?:a\s+)?(?:blank|gap|hole|nothing)\s+where\s+i\s+should\s+"
    r"(?:be|have\s+been)\b"
    r"|(?:,|\bbut)\s*not\s+(?:for\s+)?me" + END + r"|\b(?:don'?t|do\s+not|can'?t|cannot|won'?t"
    r"|couldn'?t)\s+(?:bring\s+myself\s+to\s+)?(?:make|write|book|plan)\s+(?:\w+\s+)?(?:plans?"
    r"|anything|a\s+single\s+thing)(?=\s+(?:past|beyond|after|for)\b)"
    r"|\bfuture\s+me\s+(?:is|isn'?t|won'?t|ain'?t)\s+(?:gonna\s+|going\s+to\s+)?(?:exist|be\s+"
    r"(?:here|around))\b|\ba\s+future\s+i'?m\s+not\s+(?:going\s+to|gonna)\s+have\b"
)
# A time ahead spent elsewhere or without a role: a move, a job, a course, a trip, a team left.
_ELSEWHERE = (
    r"mov\w*|move|moved|emigrat\w*|relocat\w*|abroad|overseas|job|work|contract|lease|uni"
    r"|university|college|course|school|trip|holiday|travel\w*|tour|visa|deploy\w*|posting"
    r"|team|club|committee|band|choir|league|squad|quit|quitting|resign\w*|retir\w*|transfer\w*"
    r"|promotion|election|vote|office|festival|concert|match|final|cup|party|he|she|they|him"
    r"|her|them|haha|lol|hopefully|hope|married|pregnant|baby\s+due|exams?\s+(?:in|at)"
    # … or where the writer will be instead: "I'm at my mum's", "I'm back from Lisbon on the 3rd"
    r"|i'?m\s+(?:at|in|away|back|off|doing|on|visiting|staying|going|flying|heading|working"
    r"|starting|moving|taking)|placement|residency|internship|rotation|secondment|sabbatical"
    r"|maternity|paternity|leave|newsletter|rent|flatmate"
    # … or a thing the writer could be in: a cast, a line-up, a photo ("I'm not in it, gutted")
    r"|cast|play|panto\w*|musical|show|rota|roster|line-?up|photos?|film|video|fixtures"
)

# --- an age or a milestone not reached ---------------------------------------------------------
_AGE = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[2-9]0|[1-9]\d)(?:-\w+)?"
    r"|(?:my|the)\s+(?:next|\w+(?:th|st|nd|rd))\s+birthday|next\s+(?:birthday|christmas|year)"
    r"|the\s+(?:move|wedding|christening|graduation|baby|new\s+year|spring|summer)"
)
_NOT_REACHED = (
    r"\b(?:i'?ll|i\s+will|i'?m|i\s+am|i)\s*(?:never|not\s+(?:going|gonna)\s+to|won'?t|will\s+not"
    r"|'ll\s+not|'m\s+not\s+(?:going\s+to|gonna)|don'?t\s+expect\s+to|do\s+not\s+expect\s+to"
    r"|never\s+(?:going\s+to|gonna))\s+(?:live\s+to\s+)?(?:see|make(?:\s+it\s+to)?|reach|get\s+to"
    rf"|turn)\s+(?:{_AGE})\b(?!\s+(?:again|on|in\s+the|at\s+the|kg|kilos?|pounds|lbs|mph|%))"
)
_SETTLED = (
    r"\b(?:not\s+a\s+(?:chance|hope)|no\s+chance|(?:i'?m|i\s+am|im)\s+(?:fine|ok|okay|at\s+peace"
    r"|good|alright|all\s+right|grand)\s+with\s+(?:it|that)|(?:and\s+)?that'?s\s+(?:fine|ok|okay"
    r"|alright|all\s+right)|(?:quite|dead|pretty)\s+sure\s+of\s+(?:it|that)|i\s+know\s+(?:it|that)"
    r"|i'?m\s+(?:sure|certain)|(?:don'?t|do\s+not)\s+want\s+to)\b"
)
# The settledness may follow in the next short sentence ("... the move. Quite sure of that.").
_LINE = r"[^\n]"
# A joke at one's own expense, a weight, a race time or a mortgage.
_A_JOKE_OR_A_SCORE = (
    r"lol|haha|rate|stress|kids\s+will|scales|weigh\w*|mortgage|marathon"
    r"|handicap|score|speed|limit|again"
)

# --- provisions for a future let go ------------------------------------------------------------
_PROVISION_DROPPED = (
    r"\b(?:stopped|stop|quit|gave\s+up|given\s+up|no\s+longer)\s+(?:\w+\s+)?(?:saving|buying|booking"
    r"|paying|renewing|planning|watering|sowing|planting|topping\s+up|going\s+to\s+the\s+dentist)"
    r"|\b(?:let|letting|lets)\s+(?:[\w',]+\s+){1,10}?(?:lapse|run\s+out|expire|go)\b"
    r"|\b(?:didn'?t|did\s+not|won'?t|will\s+not|not\s+going\s+to)\s+renew\b"
    r"|\b(?:cancelled|canceled|cancelling)\b|\bonly\s+pay\s+the\s+minimum\b"
)
_NO_FUTURE_TO_PROVIDE = (
    r"\b(?:it|none\s+of\s+it|any\s+of\s+it|nothing)\s+(?:won'?t|will\s+not|doesn'?t|does\s+not"
    r"|'ll|will)?\s*(?:matter|matters)\s+(?:soon|for\s+much\s+longer|where\s+i'?m\s+going"
    r"|where\s+i\s+am\s+going)\b(?!\s+as\b)"
    r"|\ba\s+future\s+i'?m\s+not\s+(?:going\s+to|gonna)\s+(?:have|see|be\s+in)\b"
    r"|\b(?:don'?t|do\s+not)\s+need\s+to\s+outlive\s+me\b"
    r"|\bnothing\s+i'?m\s+(?:driving|working|saving|heading|building)\s+towards?\b"
)
# A change of plan: a trip off, a move, a new job, a thing never used, a switch of provider.
_A_CHANGE_OF_PLAN = (
    r"trip|holiday|flight|wedding|move|moving|moved|new\s+job|job|never\s+(?:use|used|go)"
    r"|switch\w*|cheaper|deal|provider|broadband|app|subscription|lol|haha|we|we'?re|us|our"
)

RULES: tuple[Rule, ...] = (
    _family(
        "provisions_let_go",
        _NF,
        _CON,
        {
            _E: rf"{_START}{_none(_A_CHANGE_OF_PLAN, _LINE)}{_S}*?"
            rf"(?:{either_order(_PROVISION_DROPPED, _NO_FUTURE_TO_PROVIDE, 120, _LINE)})"
        },
        {_E: r"matter|future|outlive|towards|toward"},
    )
    + _family(
        "age_not_reached",
        _NF,
        _CON,
        {
            _E: rf"{_START}{_none(_A_JOKE_OR_A_SCORE, _LINE)}{_S}*?"
            rf"(?:{either_order(_NOT_REACHED, _SETTLED, 80, _LINE)})"
        },
        {_E: r"see|make|reach|get\s+to|turn"},
    )
    + _family(
        "time_ahead_without_me",
        _NF,
        _CON,
        {
            _E: rf"{_START}{_none(_ELSEWHERE)}{_S}*?"
            rf"(?:{either_order(_AHEAD, _NOT_IN_IT, 80)})"
        },
        {
            _E: r"next|future|come|in|within|from|birthday|graduation|wedding|christening"
            r"|past|beyond|after|ahead"
        },
    )
)
