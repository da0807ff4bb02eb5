"""English trapped pain said as every way out shut, or as lying pinned under a weight unheard.

Why: the trapped-pain frames of ``rules_en_frames_open`` read a place one cannot leave from a
closed list of places (a well, a pit, under the ice) and a door "out of this". Writers also say
it as the ways out closing one after another — "every door I try is bricked up behind me",
"every direction is shut", "each road I take turns out a dead end" — and as being pinned under
a weight of any name ("pinned under a peat bank", "crushed under a slab") with nobody coming.
Two frames read those parts by meaning:

* **every way shut**: every or each door, exit, road, direction, path or option (the writer
  trying it or not), said to be shut, locked, bricked up, blocked, barred or a dead end;
* **pinned under, unheard**: pinned, crushed, trapped or buried under anything, and nobody
  coming, hearing or answering (``rules_en_frames_open``'s unheard, and its "-ing" forms).

A building, a road, a shop or a station that is shut (a strike, a holiday, snow, roadworks), a
job hunt with every application refused, and a story or a game are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import (
    _LITERAL_PLACE,
    _ME_OR_LIKE,
    _UNHEARD,
)
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.trapped_words import PAIN, SORROW

_TP, _CON = Category.TRAPPED_PAIN, Severity.CONCERN
_E = "en"

_family = partial(family, "shut")

# The writer in the sentence.
_ME = rf"(?={_S}*\b(?:i|i'm|im|i've|i'd|me|my|myself)\b)"

# --- every way shut ---------------------------------------------------------------------------
_EVERY_WAY = (
    r"\b(?:every|each|all\s+the|any)\s+(?:single\s+)?(?:door|exit|way\s+out|road|direction|path"
    r"|route|avenue|option|window|escape)s?\s+(?:(?:that\s+)?(?:i|we)\s+(?:\w+\s+)?(?:try|tried"
    r"|turn\s+to|turned\s+to|knock\s+on|knocked\s+on|find|found|open|push|pushed|take|took)\s+)?"
    r"(?:is|are|'s|was|were|has\s+been|have\s+been|gets?|got|seems?|ends?\s+up|turns?\s+out)\s+"
    r"(?:\w+\s+)?(?:shut|closed|locked|bricked\s+up|blocked|barred|sealed|walled\s+up|boarded\s+up"
    r"|slammed|nailed\s+shut|a\s+dead\s+end|dead\s+ends?|a\s+wall)\b"
    # … or every way out leading round in a circle: "every exit I try leads back to the same room"
    r"|\b(?:every|each|all\s+the|any)\s+(?:single\s+)?(?:door|exit|way\s+out|road|direction|path"
    r"|route|escape)s?\s+(?:(?:that\s+)?(?:i|we)\s+(?:\w+\s+)?(?:try|tried|take|took|find|found"
    r"|open|opened)\s+)?(?:just\s+|only\s+)?(?:leads?|led|brings?|brought|takes?|took|puts?"
    r"|loops?|looped|goes|went|comes?|came|ends?\s+up)\s+(?:me\s+)?(?:right\s+|straight\s+)?"
    r"(?:back|round)\s+(?:to|into|at|in)\s+(?:the\s+same|where\s+i\s+(?:started|began|was)"
    r"|the\s+(?:start|beginning))\b"
    # … or ending at a wall: "every road I try ends at the same brick wall"
    r"|\b(?:every|each|all\s+the|any)\s+(?:single\s+)?(?:door|exit|way\s+out|road|direction|path"
    r"|route|escape)s?\s+(?:(?:that\s+)?(?:i|we)\s+(?:\w+\s+)?(?:try|tried|take|took)\s+)?"
    r"(?:just\s+|only\s+)?(?:ends?|ended|stops?|stopped|runs?|ran)\s+(?:\w+\s+)?(?:at|in|against)\s+"
    r"(?:the\s+same|a|another)\s+(?:\w+\s+)?(?:wall|dead\s+end)\b"
)
# A real door, road or building shut: a strike, a holiday, the weather, a night, a job hunt.
_A_REAL_CLOSURE = (
    r"building|house|flat|office|shop|shops|store|station|airport|hospital|school|church|museum"
    r"|pub|venue|bank|library|gym|car\s*park|street|motorway|bridge|strike|bank\s+holiday|sunday"
    r"|night|snow\w*|flood\w*|storm|roadworks|traffic|diversion|closing\s+time|lockdown|burglar"
    r"|security|escape\s+room|game|level|map|maze|film|movie|book|novel|dream|jobs?"
    r"|applications?|applied|interviews?|cv|landlord|letting|agents?|council|border|visa|shift"
)

# --- pinned under, unheard --------------------------------------------------------------------
_PINNED_UNDER = (
    r"\b(?:pinned|crushed|trapped|stuck|buried|squashed|wedged|flattened)\s+(?:down\s+)?"
    r"(?:under|beneath|underneath)\s+(?:a|an|the|this|that|some)\s+"
)
_NOBODY_COMING = (
    _UNHEARD + r"|\b(?:nobody|no\s*one|no-one|noone)\s+(?:\w+\s+){0,2}?(?:coming|hearing"
    r"|listening|answering|noticing|looking)\b"
)

# --- a weight one cannot get out from under --------------------------------------------------
# "this weight I cant get out from under", "I can't crawl out from under it": the thing on top
# is the writer's state, left as "it" or "this" or named as a weight, a pain, a sorrow; a car,
# a duvet or a debt named after "under" is a real thing (kept out by naming no state).
_OUT_FROM_UNDER = (
    r"\bcan(?:'?t|not|t|\s+not)\s+(?:\w+\s+)?(?:get|crawl|climb|claw|dig|drag)\s+(?:my\s*self\s+|my\s+way\s+)?"
    r"out\s+from\s+(?:under(?:neath)?|beneath)\b"
    r"(?:\s+(?:it|this|that)\b(?!\s+(?:car|van|bed|duvet|desk|table|pile|debt|loan)\b)|(?=\s*(?:$|[,;:.!?]))"
    rf"|\s+(?:the|this|that|my)\s+(?:\w+\s+)?(?:weight|{PAIN['en']}|{SORROW['en']})\b)"
)

# Something real on top, or a joke: a car, the covers, a desk, rubble, a debt.
_A_REAL_THING_ON_TOP = (
    r"car|van|lorry|truck|bus|jack|duvet|covers|blankets?|bed|desk|table|rubble|debts?|loans?"
    r"|mortgage|overdraft|lol|haha\w*"
)

RULES: tuple[Rule, ...] = (
    _family(
        "every_way_shut",
        _TP,
        _CON,
        {_E: rf"{_START}{_ME}{_none(_A_REAL_CLOSURE)}{_S}*?{_EVERY_WAY}"},
        {_E: r"every|each|all\s+the|any"},
    )
    + _family(
        "pinned_under_unheard",
        _TP,
        _CON,
        {
            _E: rf"{_START}{_ME_OR_LIKE}{_none(_LITERAL_PLACE)}(?={_S}*?{_PINNED_UNDER})"
            rf"{_S}*?(?:{_NOBODY_COMING})"
        },
        {_E: r"pinned|crushed|trapped|stuck|buried|squashed|wedged|flattened"},
    )
    + _family(
        "out_from_under",
        _TP,
        _CON,
        {_E: rf"{_START}{_ME}{_none(_A_REAL_THING_ON_TOP)}{_S}*?{_OUT_FROM_UNDER}"},
        {_E: r"out from under|out from beneath|out from underneath"},
    )
)
