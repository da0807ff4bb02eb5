"""English giving away told by a thing handed on and the writer done with all of it.

Why: the giving-away rules read several things handed on "for keeps", or a thing given with "I
won't need it". A writer may hand on one thing and say the end in their own words — "gave away
the steel pan to my cousin, said take it for keeps, I done with music and with all of it",
"gave my tools to the apprentice, told him I'm done with all of it", "Declan has my rods now,
I'll not be back on the pier", "my grandson has the keys to the allotment, I'll not be going
back there". One frame reads the two parts by meaning, in one line:

* **a thing handed on**: given, handed, passed or signed over, given away, or the one handed it
  as the subject ("has my rods now", "got my xbox");
* **the writer done**: done with it all, all of it or everything; will not be back, going back
  or needing it; will not be playing, riding, fishing or using it any more.

A reason for parting (a new one bought, a move, a knee, outgrown, a present, retiring,
downsizing), a job handed over, a loan, and "done with all of it" about a chore or a course are
kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_core_signs import GIVEN, HANDED_ON_REASON
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none

_GA, _CON = Category.GIVING_AWAY, Severity.CONCERN
_E = "en"

_family = partial(family, "parted_done")

# The short sentences of one line: the end is often said in the next one.
_LINE = r"[^\n]"

_HANDED_ON = (
    GIVEN["en"] + r"|\bgave\s+away\b|\b(?:passed|signed)\s+(?:\w+\s+){1,3}?(?:on|over)\s+to\b"
    r"|\b(?:has|'s\s+got|has\s+got|got|now\s+has)\s+(?:all\s+)?my\s+\w+"
)
_WRITER_DONE = (
    r"\bi(?:'?m|\s+am)?\s+done\s+with\s+(?:[\w']+\s+){0,4}?(?:it\s+all|all\s+of\s+it|everything"
    r"|the\s+lot|all\s+that)\b"
    r"|\bi(?:'?ll|\s+will)\s+not\s+be\s+(?:back|going\s+back|needing|using|playing|riding"
    r"|fishing)\b|\bi\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:back|going\s+back|needing|using"
    r"|playing|riding|fishing)\b(?=[^.!?\n]{0,30}?(?:any\s*more|again|there|$|[.!?,;\n]))"
)
# ... for good, not for the day: "I'm done with everything for today".
_NOT_FOR_NOW = (
    r"(?![^.!?\n]{0,20}?\b(?:for\s+(?:today|the\s+day|now|the\s+night|the\s+week|tonight"
    r"|this\s+week)|today|tonight|this\s+week)\b)"
)
_DONE_FOR_GOOD = rf"(?:{_WRITER_DONE}){_NOT_FOR_NOW}"
# A reason to part, a job or a post handed over, a loan; a chore or a course that is done with.
_A_REASON = (
    HANDED_ON_REASON["en"] + r"|knees?|(?:my|bad)\s+back|hips?|arthritis|eyes|retir\w*|downsiz\w*"
    r"|declutter\w*|present|gift|birthday|christmas|loan\w*|lend\w*|borrow\w*|shift|handover"
    r"|rota|keys\s+to\s+the\s+(?:office|shop|site|van)|job|work\s+phone|laptop|notice|tenan\w*"
    r"|flat|exams?|essay|dissertation|paperwork|chores?|homework|ironing|washing"
    # "gave the dog a bath", "gave her a hug": a thing done, not a thing handed on
    r"|bath|wash|hug|cuddle|kiss|call|ring|lift|haircut|trim|tea|dinner|lunch|breakfast"
)

RULES: tuple[Rule, ...] = _family(
    "thing_handed_writer_done",
    _GA,
    _CON,
    {
        _E: rf"{_START}{_none(_A_REASON, _LINE)}{_S}*?"
        rf"(?:{either_order(_HANDED_ON, _DONE_FOR_GOOD, 120, _LINE)})"
    },
    {_E: r"done|back|needing|using|playing|riding|fishing"},
    inherent=False,
)
