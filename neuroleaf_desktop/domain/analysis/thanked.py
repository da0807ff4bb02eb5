"""A person the writer thanks in the same breath is support, not a stressor.

Why: the labelling guide reads people as company or support ("talked to my partner and felt
better") unless they are the problem, and a person named before the writer's own thanks to
them ("My husband sat by that bed for nine days straight, I'll never be able to thank him
enough", "My flatmate carries my tea up the stairs every morning, I owe her forever",
"Colleague with a bad back for years sent me a long voice note of tips, so kind") is told for
what they did for the writer. The hard time around the kindness (the bed, the bad back, the
worst day) made the part negative, and the person was then read as its cause; every writer who
told one labelled no strain with that person. A thanks said with a repeated act ("Mum keeps
ringing me at work, bless her") or in a set form of irony ("thanks a lot", "thanks for that",
which name no one) leaves the person the trouble.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# Thanks said to someone, then the one thanked: "thank him", "owe her", "bless them",
# "grateful to him", "so lucky to have her", "don't know what I'd do without them".
_THANKS_TO: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("thank",), ("owe",), ("bless",), ("grateful", "to"), ("grateful", "for"),
     ("thankful", "for"), ("lucky", "to", "have"), ("kind", "of"), ("do", "without"),
     ("manage", "without"), ("cope", "without"), ("done", "it", "without")}
)  # fmt: skip
_THANKED: Final = frozenset({"him", "her", "them", "you"})
# Kindness named as the part's close, no one after it: "…, so kind", "so kind."
_KINDNESS_CLOSE: Final = ("so", "kind")
# A repeated act beside the thanks makes it a sigh at the person: "keeps ringing, bless her".
_REPEATED: Final = frozenset({"keeps", "keep", "kept", "always", "constantly", "again"})


def _thanks_at(tokens: list[str], j: int) -> bool:
    """Do the words at ``j`` thank someone: a form of ``_THANKS_TO`` with "him", "her", "them"
    or "you" right after it, or "so kind" closing the part?"""
    for form in _THANKS_TO:
        end = j + len(form)
        if tuple(tokens[j:end]) == form and end < len(tokens) and tokens[end] in _THANKED:
            return True
    end = j + len(_KINDNESS_CLOSE)
    return tuple(tokens[j:end]) == _KINDNESS_CLOSE and (end == len(tokens) or tokens[end] == BREAK)


def thanked_after(tokens: list[str], end: int) -> bool:
    """Is the person whose name ends at ``end`` thanked later in the same part, with no
    repeated act told between?"""
    for j in range(end, len(tokens)):
        if tokens[j] in _REPEATED:
            return False
        if _thanks_at(tokens, j):
            return True
    return False
