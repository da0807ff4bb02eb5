"""Whoever owns a thing that something happened to, told as the event a feeling dates from.

"Since *Nan's* house got sold everything feels washed out", "ever since *Dad's* shop closed
I've been low", "after *Gran's* flat was cleared": the event sets the scene of the feeling
asked about. Its owner (a person named, or family named by a kin word) is not what the
question weighs, so neither the person's name nor the family activity may take the topic, and
their evidence would answer a question that was not asked.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# The clause the event is told in dates the feeling: since, after, when, once or before it.
_EVENT_OPENING: Final = re.compile(r"\b(?:since|after|when|once|before)\s+(?:my\s+|our\s+)?$", re.I)
# ... the owner's thing, and what befell it: sold, closed, cleared, flooded, …
_OWNED_EVENT: Final = re.compile(
    r"['’]s (?:[\w-]+ ){1,2}(?:got|gets|was|were|is being|has been|had been|went|closed|shut"
    r"|burned|burnt|flooded|sold|emptied|cleared)\b",
    re.I,
)


def only_owners(text: str, hits: Iterable[re.Match[str]]) -> bool:
    """Whether every hit stands in ``text`` only as the owner of a thing something befell, in
    a clause that dates the feeling; False when there are no hits."""
    found = list(hits)
    return bool(found) and all(
        _EVENT_OPENING.search(text[: h.start()]) and _OWNED_EVENT.match(text, h.end())
        for h in found
    )


def owner_in_event(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` only as such an owner ("since Nan's house got
    sold, …")."""
    return only_owners(text, re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
