"""English wish to die said as a sleep the writer would welcome not waking from.

Why: the wish-to-die rules read "I want to go to sleep and never wake up" with a verb of
wishing, and "I wouldn't mind dying" with the death named. Writers also put the never-waking in
a condition and the wish in how they would take it — "wouldn't mind if I went to sleep tonight
and never woke, I'd welcome it", "if I didn't wake up tomorrow I'd not mind", "I'd be glad if I
just never woke up". One frame reads the two parts by meaning, either order in one sentence:

* **a never-waking supposed**: "if I (went to sleep … and) never / didn't / wouldn't wake (up)",
  in any tense, closing its clause or followed only by "again", "tomorrow", "in the morning";
* **taken well**: "(I) wouldn't / don't mind", "I'd welcome it", "I'd be glad, grateful,
  relieved, at peace, fine", "that would be a mercy, a relief, a blessing", "the best thing".

A sleep that ends at a time ("never woke up before noon", "didn't wake up till ten"), a lie-in
wished for, a baby or a partner who does not wake, and a night shift are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none

_DW, _CON = Category.DEATH_WISH, Severity.CONCERN
_E = "en"

_family = partial(family, "welcomed_sleep")

_NEVER_WAKING = (
    r"\bif\s+i\s+(?:just\s+|simply\s+)?(?:(?:went|go|fell|drifted|dropped|nodded)\s+(?:off\s+)?"
    r"(?:to\s+sleep\s+)?(?:\w+\s+){0,2}?and\s+(?:just\s+)?)?(?:never|didn'?t|did\s+not|wouldn'?t"
    r"|would\s+not|don'?t|do\s+not)\s+(?:\w+\s+)?(?:woke|wake|waken|woken|wakened)(?:\s+up)?"
    r"(?:\s+(?:again|tomorrow|in\s+the\s+morning|one\s+morning))?(?=\s*(?:$|[.!?,;:\n]|\s+(?:and"
    r"|i'?d|i\s+would|that'?d|that\s+would|it'?d|it\s+would)\b))"
)
_TAKEN_WELL = (
    r"\b(?:wouldn'?t|would\s+not|wouldnt|i'?d\s+not|don'?t|do\s+not)\s+(?:\w+\s+)?mind\b"
    r"|\b(?:i'?d|i\s+would)\s+(?:\w+\s+)?(?:welcome|embrace)\s+it\b"
    r"|\b(?:i'?d|i\s+would)\s+(?:\w+\s+)?be\s+(?:so\s+|really\s+|honestly\s+)?(?:glad|grateful"
    r"|relieved|thankful|at\s+peace|fine\s+with\s+(?:it|that))\b"
    r"|\b(?:that|it)(?:'d|\s+would)\s+be\s+(?:a\s+)?(?:mercy|relief|blessing|kindness|gift)\b"
    # … or the best that could happen: "that would be the best thing", "it'd be for the best"
    r"|\b(?:that|it)(?:'d|\s+would)\s+be\s+(?:(?:the|my)\s+best(?:\s+thing|\s+outcome)?"
    r"|for\s+the\s+best|(?:a|the)\s+(?:good|perfect|kindest)\s+(?:thing|way|end))\b"
)
# A lie-in, a shift, a baby or a partner who does not wake, an alarm.
_A_SLEEP_ENDED = (
    r"till|until|before|early|late|alarm|lie-?in|nap|shift|baby|kids?|toddler|he|she|they"
    r"|partner|husband|wife|noon|midday|o'?clock|\d"
)

RULES: tuple[Rule, ...] = _family(
    "never_woken_welcome",
    _DW,
    _CON,
    {
        _E: rf"{_START}{_none(_A_SLEEP_ENDED)}{_S}*?"
        rf"(?:{either_order(_NEVER_WAKING, _TAKEN_WELL, 80)})"
    },
    {_E: r"wake|woke|waken|woken|wakened"},
)
