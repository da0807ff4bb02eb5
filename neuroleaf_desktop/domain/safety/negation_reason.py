"""A denial by way of a reason, and a near miss that is no denial.

Why a module of its own: the negation readers (``negation``) look for a cue in the clause before
a phrase, and "because" opens a clause of its own, so "not because I'd hurt myself" is never seen
there: the phrase is the reason said not to be the one, read in the sentence. And "I nearly
didn't come through" holds a negation cue that denies nothing: "nearly" before it makes it a near
miss, the sign told, not taken back.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

# A reason denied: "not because I'd hurt myself", "no porque quiera matarme", "pas parce que je
# veux mourir", "nicht weil ich sterben will", "não porque queira morrer", "non perché voglio
# morire": the phrase is the reason said not to be the one.
_REASON_DENIED = re.compile(
    r"(?:^\s*|[,;:(-]\s*|\b(?:and|but|y|pero|et|mais|und|aber|e|mas|ma)\s+)(?:not|no|pas|nicht|nao"
    r"|non)\s+(?:because|cos|cause|'cause|porque|parce\s+que|weil|perche)\s+(?:[\w']+\s+)"
    r"{0,3}$",
    FLAGS,
)


# "I nearly didn't come through", "almost didn't make it": a near miss, not a denial
NEARLY = re.compile(r"\b(?:nearly|almost|barely)\s+$", FLAGS)


def reason_denied(sentence_prefix: str) -> bool:
    """Is the phrase a reason said not to be the one ("not because I'd hurt myself")? Read in
    the sentence, since "because" opens a clause of its own."""
    return _REASON_DENIED.search(sentence_prefix[-80:]) is not None
