"""English trapped pain said as a way out the writer has looked for and cannot find, or a pit
whose rope or ladder is gone.

Why: the trapped-pain rules read "no way out of this", "no escape from my own head". Writers
also tie the missing way out to their own search rather than to a place — "there's no road out
that I can find", "no way through that I can see" — and in the picture of a pit they say the
means of climbing is gone — "sat at the bottom of a dry well in my head, rope long gone", "at
the bottom of the hole and the ladder's been pulled up". Two frames read those parts:

* **no way out the writer can find**: no way out, road out, way through, exit or escape, with
  "that / which I can find or see" after it (Hiberno-English "road" for "way" included);
* **the pit without its rope**: at the bottom of a well, a pit, a hole or a shaft, and the rope
  or the ladder gone, long gone, pulled up, cut or none.
* **no door out of it**: no door or exit the writer can see out of "it" or "this", the life
  itself ("can't see a door out of it").

A real building, car park, maze, road or map, and a real well, pit or climb (a caving trip, a
survey, a garden) are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none

_TP, _CON = Category.TRAPPED_PAIN, Severity.CONCERN
_E = "en"

_family = partial(family, "no_way_found")

_NO_WAY_I_CAN_FIND = (
    r"\bno\s+(?:way\s+out|road\s+out|way\s+through|exit|escape|door\s+out|way\s+up)\s+(?:of\s+"
    r"(?:it|this|here)\s+)?(?:that|which)?\s*i\s+(?:can|could)\s+(?:find|see)\b"
)
# A real building, a road, a map, a maze, a game.
_A_REAL_WAY = (
    r"car\s*park|parking|building|maze|map|sat\s*nav|gps|motorway|roundabout|traffic|roadworks"
    r"|detour|diversion|flood\w*|snow\w*|festival|stadium|airport|station|ikea|hospital|mall"
    r"|escape\s+room|game|level|puzzle|fire\s+exit|flat|house|office|building"
)

_AT_THE_BOTTOM = (
    r"\b(?:at|on)\s+the\s+bottom\s+of\s+(?:a|an|the|this|my)\s+(?:[\w-]+\s+){0,2}?(?:well|pit|hole"
    r"|shaft|ditch|crevasse|mineshaft|chasm|cave)\b"
)
_ROPE_GONE = (
    r"\b(?:rope|ladder)s?(?:'s|\s+is|\s+are|\s+has|\s+have|\s+been|\s+long)*\s+"
    r"(?:gone|pulled\s+up|cut|snapped|taken|away|missing)\b"
    r"|\bno\s+(?:rope|ladder|handholds?|footholds?)\b"
)
# A real well, pit or climb: caving, a survey, a garden, a job, a game or a film.
_A_REAL_PIT = (
    r"caving|caver|climb\w*|abseil\w*|survey\w*|garden\w*|dig\w*|excavat\w*|archaeolog\w*|mine"
    r"|miners?|builders?|site|job|game|film|movie|book|novel|dream|kids?|dog|cat|lamb|sheep|cow"
)

RULES: tuple[Rule, ...] = (
    _family(
        "no_way_out_i_can_find",
        _TP,
        _CON,
        {_E: rf"{_START}{_none(_A_REAL_WAY)}{_S}*?{_NO_WAY_I_CAN_FIND}"},
        {_E: r"find|see"},
    )
    + _family(
        "pit_without_its_rope",
        _TP,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REAL_PIT)}{_S}*?"
            rf"(?:{either_order(_AT_THE_BOTTOM, _ROPE_GONE, 120)})"
        },
        {_E: r"rope|ladder|handhold|foothold"},
    )
    + _family(
        "no_door_out_of_it",
        _TP,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REAL_WAY)}{_S}*?\bcan(?:'t|not|t)\s+(?:\w+\s+)?see\s+"
            r"(?:any|a)\s+(?:door|exit)\s+out\s+of\s+(?:it|this)\b"
        },
        {_E: r"door|exit"},
    )
)
