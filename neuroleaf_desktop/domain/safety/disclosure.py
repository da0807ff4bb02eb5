"""What the words right after a denied or asked-about sign say: the denial ended, or the answer
was yes.

"No self-harm for two years until last night" opens with a denial, but the streak it reports
has just ended: the sign is the writer's, and recent. "The nurse asked about self-harm. I said
yes" names the sign as a question's topic, then the writer answers it. Both are read in the
text that follows the phrase (the rest of its sentence, and the next sentence for an answer),
because that is where people put the turn. A clean streak that still holds ("no self-harm for
two years now") and an answer of no stay as they were. How an answer is worded, in each
language, is ``clinical_answers``' to read.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.clinical_answers import answered_yes
from neuroleaf_desktop.domain.safety.rules import FLAGS

__all__ = ["answered_yes", "streak_broken"]

# A recent moment: the streak ran up to it.
_RECENT = (
    r"(?:last\s+(?:night|week|weekend)|yesterday|today|tonight|this\s+(?:morning|afternoon"
    r"|evening|week)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|the\s+other\s+(?:day|night)|a\s+(?:few|couple\s+of)\s+days\s+ago|recently|now)(?!')"
)
# The stretch before the turn: one sentence, though an ellipsis ("for months ... until
# yesterday") is a pause inside it, not its end.
_PAUSED = r"(?:[^.!?]|\.{2,})"
_STREAK_ENDED = re.compile(
    r"^" + _PAUSED + r"{0,70}?\b(?:until|till|til|up\s+(?:until|to))\s+" + _RECENT + r"\b"
    # "… and I broke it tonight", "… then I relapsed", "… but I slipped up on Sunday"
    r"|^[^.!?]{0,70}?\b(?:and|but|then|till)\s+(?:then\s+)?(?:i\s+)?(?:broke\s+(?:it|that"
    r"|the\s+streak|my\s+streak)|relapsed|slipped(?:\s+up)?|caved|did\s+it\s+again)\b"
    # "hasta anoche", "bis gestern", "jusqu'a hier", "ate ontem", "fino a ieri"
    r"|^[^.!?]{0,70}?\b(?:hasta\s+(?:anoche|ayer|hoy|esta\s+(?:noche|manana))"
    r"|bis\s+(?:gestern|heute|letzte\s+nacht)|jusqu'\s*(?:a\s+)?(?:hier|ce\s+soir|aujourd'hui"
    r"|cette\s+nuit)|ate\s+(?:ontem|hoje|esta\s+noite)|fino\s+a\s+(?:ieri|oggi|stanotte"
    r"|stasera))\b",
    FLAGS,
)


def streak_broken(after: str) -> bool:
    """Does the denial in front of the phrase hold only until a recent moment, or end just
    after it ("no self-harm for two years until last night", "… and I broke it tonight")?"""
    return _STREAK_ENDED.search(after) is not None
