"""A part played at a sport without playing it: "marshalling at parkrun", "belaying for my kid
at the climbing wall", "scoring at the cricket club".

The sport only names where the part is played: the person is at it, not doing it, so its
exercise is no evidence about them. The part is the thing asked about (a doing the journal may
not hold, answered plainly), never the sport's own items. Doing the sport there ("swimming at
the lido", "training at the gym", "playing at the cricket club") stays the sport.

Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.vocabulary import activity_pattern

# A doing put first, for someone perhaps, then where: "*marshalling* at", "*belaying* for my kid
# at", "*helping out* at the", "*handing out water* at" (to the place the sport's word names).
_ROLE_AT: Final = re.compile(
    r"^\s*(?:the |my |our )?(?P<role>[a-z]{3,}ing(?: (?:out|on|in|up))?)"
    # (what is handed out or kept there: "handing out *water*", "doing *the teas*")
    r"(?: (?!(?:at|for|with)\b)(?:the |some |out )?[\w'-]+(?: (?!(?:at|for|with)\b)[\w'-]+)?)?"
    r"(?: (?:for|with) (?:my|our|the|his|her|their|a) [\w'-]+(?: [\w'-]+)?)?"
    r" (?:at|down at|up at|over at|for) (?:the |my |our |his |her |their |a |an |this |that )?"
    r"(?:[\w'-]+ ){0,3}$",
    re.I,
)
# Doings that are the sport itself or only being there to do it, never a part of their own.
_DOING_IT: Final = frozenset(
    ("playing", "competing", "racing", "practising", "practicing", "training", "going", "being",
     "spending", "working", "doing", "getting", "having", "starting", "joining", "trying",
     "hanging", "staying", "feeling", "sleeping", "waking", "running", "swimming", "cycling")
)  # fmt: skip


def role_at(text: str, matched: str) -> str:
    """The part played where the sport's word ``matched`` only names the place ("marshalling"
    for "marshalling at parkrun"), else ""."""
    at = text.lower().find(matched.lower())
    m = _ROLE_AT.match(text[:at]) if at > 0 else None
    if m is None or "," in m[0]:
        return ""
    role = m["role"].lower()
    if role.split()[0] in _DOING_IT or activity_pattern("exercise").search(role):
        return ""
    return m["role"]
