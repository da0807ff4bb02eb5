"""English giving away told as an inheritance brought forward: handed on *now*, not later.

Why: things are rarely given away with "I won't need them". Writers say instead when the
giving happens and why it cannot wait — "handed my grandad's watch to my nephew, he should
have it now rather than later", "better he has them now while I can see to it", "wanted them
with someone who will be around". The giving-away rules read a handing on with a finality
("for keeps", "no use for them"); the time brought forward is the same finality in other words.
One frame reads the parts by meaning, either order in one sentence:

* **a handing on**: ``rules_core_signs.GIVEN``'s verbs (gave, handed, left, signed over, dropped
  round, took over to …);
* **now rather than later**: "better he has them now", "she should have it now", "now rather
  than later", "while I (still) can (see to it)", "with someone who will be around".

A present, a new one bought, a move, a season, a clear-out or a reason to part
(``rules_core_signs.HANDED_ON_REASON``, ``rules_en_frames_open``'s reasons) is kept out, and so
is a handing on to be returned (a loan, a lend, "till I'm back") or a duty handed over (keys to
a tenant, papers, work).
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
from neuroleaf_desktop.domain.safety.rules_en_frames_open_farewells import _A_REASON_TO_PART

_GA, _CON = Category.GIVING_AWAY, Severity.CONCERN
_E = "en"

_family = partial(family, "handed_now")

_THEM = r"(?:he|she|they|him|her|them|the\s+\w+|my\s+\w+|our\s+\w+)"
_NOW_NOT_LATER = (
    r"\bbetter\s+(?:that\s+)?" + _THEM + r"\s+(?:has|have|gets?|had|got|keeps?)\s+(?:it|them|'em"
    r"|those)\s+now\b"
    r"|\b(?:he|she|they)\s+(?:should|ought\s+to|might\s+as\s+well|may\s+as\s+well|can|could"
    r"|deserves?\s+to|is\s+to|are\s+to|had\s+better)\s+have\s+(?:it|them|'em|those)\s+"
    r"(?:now|rather\s+than\s+later)\b"
    r"|\bnow\s+rather\s+than\s+later\b"
    r"|\bwhile\s+i\s+(?:still\s+)?can(?:\s+(?:see\s+to\s+it|do\s+it|hand\s+(?:it|them)\s+over))?"
    r"(?=\s*(?:$|[.!?,;:\n]))"
    r"|\bwith\s+someone\s+who\s+(?:will|'ll)\s+(?:still\s+)?be\s+(?:around|here)\b"
)
# A loan, a lend, a time away: the thing comes back; keys, papers or work handed over: a duty.
_TO_COME_BACK = (
    r"lend|lent|loan\w*|borrow\w*|till\s+i'?m\s+back|until\s+i'?m\s+back|mind\s+it|keys?"
    r"|tenants?|buyers?|new\s+owners?|landlord|letting|agent|handover|paperwork|documents?|forms?"
    r"|homework|reports?|notes|files?|shift|rota|work|office|manager|boss|client"
)

RULES: tuple[Rule, ...] = _family(
    "inheritance_brought_forward",
    _GA,
    _CON,
    {
        _E: rf"{_START}{_none(HANDED_ON_REASON['en'])}{_none(_A_REASON_TO_PART)}"
        rf"{_none(_TO_COME_BACK)}{_S}*?(?:{either_order(GIVEN['en'], _NOW_NOT_LATER, 120)})"
    },
    {_E: r"now|while|someone"},
)
