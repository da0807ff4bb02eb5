"""English "no future" said as what the writer sees when they look ahead: nothing.

Why: the no-future rules knew "the future is a blank" and "there's no later for me", each with
one noun for the time and one word for the emptiness. Writers look ahead in their own words and
name the emptiness with an image of their own — "I try to imagine me at forty and there's just
static", "my future is a white wall", "where I see myself in five years? I just see nothing",
"there is nothing waiting ahead for me", "no years worth turning up for". Three frames read the
parts by meaning:

* **looking ahead and seeing nothing**: a verb of looking ahead (imagine, picture, see, think
  of), a time ahead (``rules_en_future_absent``'s times, an age, "where I'll be"), and what is
  found there said as an emptiness (static, a blank, a wall, nothing, fog, a void);
* **the writer's future as an emptiness**: "my future is / looks like" and an image of nothing
  (a wall, a blank, static, a void, a dead end, fog);
* **nothing ahead for the writer**: "nothing (waiting) ahead for me", "nothing left to wait
  for", "no road left for me", and no span of time "worth" living, waking or turning up for.

A diary or a calendar that is blank, a screen or a signal lost, and a future of something else
(a firm, a club, a town) are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_future_absent import _AHEAD

_NF, _CON = Category.NO_FUTURE, Severity.CONCERN
_E = "en"

_family = partial(family, "ahead")

# A time ahead: the times of ``rules_en_future_absent``, an age to come, "where I'll be".
_A_TIME_AHEAD = (
    _AHEAD + r"|\bat\s+(?:\d{2}|thirty|forty|fifty|sixty|seventy|eighty)\b"
    r"|\bwhere\s+i(?:'ll|\s+will|'d|\s+would|\s+see\s+myself|\s+want\s+to)\b"
    r"|\b(?:myself|me)\s+in\s+(?:a|one|two|five|ten|twenty|\d+|a\s+few)\s+years\b"
)
# Looking ahead: imagining, picturing, seeing oneself there.
_LOOK_AHEAD = (
    r"\b(?:imagine|imagined|imagining|picture|pictured|picturing|see|seeing|envisage|envision"
    r"|think\s+(?:of|about)|look\s+(?:at|ahead\s+to|forward\s+to))\b"
)
# What is found there, as an image of nothing.
_EMPTINESS = (
    r"(?:just\s+|only\s+|nothing\s+but\s+)?(?:static|white\s+noise|a\s+blank|blank|nothing|nowt"
    r"|a\s+void|void|fog|darkness|black|empty|emptiness|a\s+(?:[\w-]+\s+)?wall|a\s+dead\s+end"
    r"|grey|gray|no\s+signal|a\s+black\s+hole)\b"
)
_FOUND_THERE = (
    r"\b(?:there'?s|there\s+is|i\s+(?:just\s+|only\s+)?(?:see|get|find|hit)|it'?s|it\s+is"
    r"|all\s+i\s+(?:see|get)\s+is|it\s+goes|(?:my\s+)?(?:head|mind)\s+(?:goes|shows))\s+"
    + _EMPTINESS
)
_MY_FUTURE_EMPTY = (
    r"\bmy\s+(?:whole\s+)?future(?:'s|\s+is|\s+looks|\s+feels|\s+seems)\s+(?:like\s+)?(?:just\s+)?"
    r"(?:a\s+)?(?:[\w-]+\s+)?(?:wall|blank|void|static|fog|dead\s+end|nothing|empty|black\s+hole"
    r"|white\s+noise)\b"
    # … or shut like a door: "my future is closed like a door", "my future's over", "bricked up"
    r"|\bmy\s+(?:whole\s+)?future(?:'s|\s+is|\s+feels|\s+seems)\s+(?:just\s+|already\s+|all\s+)?"
    r"(?:closed|shut|locked|over|finished|bricked\s+up|sealed)(?:\s+(?:off|up))?"
    r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:like|now|already|for\s+me|to\s+me|anyway)\b))"
)
_NOTHING_AHEAD_FOR_ME = (
    r"\b(?:nothing|nowt|not\s+a\s+thing)\s+(?:\w+\s+)?(?:ahead\s+(?:of|for)\s+me|in\s+front\s+of"
    r"\s+me|(?:up\s+)?ahead\s+for\s+me|down\s+the\s+(?:road|line)\s+for\s+me|left\s+to\s+wait"
    r"\s+for|to\s+wait\s+for\s+(?:any\s*more|now))\b"
    r"|\bno\s+(?:road|path|years|tomorrows?|later|after)\s+(?:left\s+)?(?:ahead\s+)?for\s+me\b"
    r"|\b(?:no|none\s+of\s+the|not\s+(?:one|a\s+single|any))\s+(?:\w+\s+)?(?:years?|days?"
    r"|tomorrows?|mornings?|months?|future)\s+(?:left\s+|ahead\s+)?worth\s+(?:\w+ing)"
    r"(?:\s+(?:up|around|on|out|in))?\s+for\b"
)
# A diary or a calendar that is blank, a page or a screen, the weather, a queue, a race, a
# firm's or a town's future (a television that "lost signal" is a likeness the writer draws,
# not the thing looked at).
_A_BLANK_THING = (
    r"diary|calendar|planner|schedule|rota|page|form|exam|paper|test|screen|monitor"
    r"|fog\s+(?:is|was)|weather|forecast|company|firm"
    r"|business|club|team|shop|town|village|industry|career|job|work|relationship|project"
    r"|queue|traffic|in\s+line|lane|race|road\s+(?:is|was)"
)
# … and, where the words do not say whose the time ahead is, someone else's.
_SOMEONE_ELSE = r"he|she|they|his|her|their|your|you"
# … "my future" is the writer's own unless a firm's or a career's is meant.
_A_FUTURE_OF_SOMETHING = r"company|firm|business|club|team|career|job"

RULES: tuple[Rule, ...] = _family(
    "looked_for_and_empty",
    _NF,
    _CON,
    {
        _E: rf"{_START}{_none(_A_BLANK_THING)}{_none(_SOMEONE_ELSE)}"
        rf"(?={_S}*?\b(?:i|me|myself|my)\b){_S}*?{_LOOK_AHEAD}{_S}{{0,40}}?(?:{_A_TIME_AHEAD}){_S}{{0,60}}?{_FOUND_THERE}"
    },
    {_E: r"imagin|pictur|see|envis|think|look"},
) + _family(
    "nothing_ahead_for_me",
    _NF,
    _CON,
    {
        _E: rf"{_START}{_none(_A_FUTURE_OF_SOMETHING)}{_S}*?{_MY_FUTURE_EMPTY}"
        rf"|{_START}{_none(_A_BLANK_THING)}{_S}*?(?:{_NOTHING_AHEAD_FOR_ME})"
    },
    {_E: r"future|ahead|front|down\s+the|wait|for\s+me|worth"},
)
