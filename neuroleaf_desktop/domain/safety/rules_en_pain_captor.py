"""English trapped pain said as the pain being the captor: a locked place, or a grip one cannot
pull free of.

Why: the trapped-pain frames of ``rules_en_frames_open`` read the writer *in* a place one cannot
leave. Writers also make the pain itself the jailer — "this pain's a cellar door bolted from the
outside", "the hurt is a cell with no key" — or an animal or a hand that has hold of them —
"the pain's got its teeth in me and I've no fight left to pull free", "it has its claws in me
and I can't tear loose". Two frames read those parts by meaning, in one sentence:

* **the pain a locked place**: the pain, the hurt, the grief, the dark or the depression (the
  shared ``trapped_words.PAIN`` and ``SORROW``) said to
  be (or feel like) a door, a cell, a cage, a room, a cellar, a pit or a trap, and that place
  bolted, locked, barred, sealed or shut, or its way out denied as every trapped frame reads
  it (``trapped_words.EXIT_DENIED``: no key, no door, no way out), or with no handle or no way up;
* **the pain's grip, no getting free**: the pain (or "it") with its teeth, claws, hooks or grip
  in the writer, or not letting go, and the writer with no fight, strength or energy left to
  pull, break, tear or get free (or loose), or unable to.

An illness, an injury or a hangover that grips (``_A_BODILY_ILL``) and a real door, a pet or a
game are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.trapped_words import (
    EXIT_DENIED,
    PAIN,
    PAIN_GATE,
    SORROW,
    SORROW_GATE,
)

_TP, _CON = Category.TRAPPED_PAIN, Severity.CONCERN
_E = "en"

_family = partial(family, "captor")

# The writer in the sentence.
_ME = rf"(?={_S}*\b(?:i|i'm|im|i've|i'd|me|my|myself)\b)"
_PAIN = rf"\b(?:{PAIN[_E]}|{SORROW[_E]})"

# --- the pain a locked place -------------------------------------------------------------------
_PAIN_IS_A_PLACE = (
    _PAIN + r"(?:'s|\s+is|\s+has\s+become|\s+feels\s+like|\s+is\s+like|'s\s+like)\s+(?:a|an|the"
    r"|one)\s+(?:[\w-]+\s+){0,2}?(?:door|cell|cage|prison|jail|gaol|room|cellar|basement|pit"
    r"|well|trap|tomb|hole|box|vault|dungeon)s?\b"
)
# … and that place locked, or its way out denied (``trapped_words.EXIT_DENIED``), or with no
# handle or no way up, as a door or a pit has
_LOCKED = (
    r"\b(?:bolted|locked|barred|sealed|shut|nailed\s+shut|bricked\s+up|boarded\s+up)\b"
    r"|\bno\s+(?:handle|way\s+up)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|can\s+not)\s+find\s+(?:the|a|any)\s+(?:handle|way\s+up)\b"
    rf"|{EXIT_DENIED[_E]}"
)

# --- the pain's grip, no getting free ------------------------------------------------------------
_GRIP = (
    r"\b(?:got|has|have|'s\s+got|sunk|sinks|dug|digs|put|keeps?)\s+(?:its|it's|his|her|their)\s+"
    r"(?:teeth|claws|hooks|fangs|grip|talons|hands)\s+(?:in|into|on|round|around)\s+me\b"
    r"|\b(?:won'?t|will\s+not|doesn'?t|does\s+not|never)\s+(?:let\s+(?:me\s+)?go(?:\s+of\s+me)?"
    r"|loosen\s+its\s+grip|let\s+up)\b"
)
_NO_GETTING_FREE = (
    r"\b(?:no|not\s+enough|not\s+an\s+ounce\s+of)\s+(?:fight|strength|energy|will|puff|go)\s+"
    r"(?:left\s+)?(?:in\s+me\s+)?to\s+(?:pull|break|tear|get|wriggle|wrench|shake|claw)\s+"
    r"(?:myself\s+)?(?:free|loose|away|out)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|can\s+not|unable\s+to)\s+(?:\w+\s+)?(?:pull|break|tear|get"
    r"|wriggle|wrench|shake|claw)\s+(?:myself\s+)?(?:free|loose)\b"
)
# A body's illness or injury, a hangover, a real door, a pet, a game or a story.
_A_BODILY_ILL = (
    r"flu|cold|virus|bug|covid|infection|fever|hangover|migraine|headache|toothache|sciatica"
    r"|arthritis|back|knee|hip|shoulder|neck|tooth|gout|cramp\w*|injur\w*|sprain\w*|dog|puppy"
    r"|cat|kitten|game|film|movie|book|novel|dream|escape\s+room|landlord|builder"
)

RULES: tuple[Rule, ...] = _family(
    "pain_a_locked_place",
    _TP,
    _CON,
    {
        _E: rf"{_START}{_ME}{_none(_A_BODILY_ILL)}{_S}*?"
        rf"(?:{either_order(_PAIN_IS_A_PLACE, _LOCKED, 100)})"
    },
    {_E: f"{PAIN_GATE[_E]}|{SORROW_GATE[_E]}"},
) + _family(
    "grip_no_getting_free",
    _TP,
    _CON,
    {
        _E: rf"{_START}{_ME}{_none(_A_BODILY_ILL)}(?={_S}*?{_PAIN}){_S}*?"
        rf"(?:{either_order(_GRIP, _NO_GETTING_FREE, 100)})"
    },
    {_E: r"free|loose"},
)
