"""Whoever owns a thing that something happened to, told as the event a feeling dates from.

"Since *Nan's* house got sold everything feels washed out", "ever since *Dad's* shop closed
I've been low", "after *Gran's* flat was cleared": the event sets the scene of the feeling
asked about. Its owner (a person named, or family named by a kin word) is not what the
question weighs, so neither the person's name nor the family activity may take the topic, and
their evidence would answer a question that was not asked. The same holds for the place
someone else went away to: "since my best mate moved to Perth", "ever since my brother
emigrated to Canada" date the feeling; the person never went there (a place the person went to
themselves, "since I moved to Leeds", stays the subject), and the one who went is no company.
So is the place someone else studies or works at, told as what they took on: "since my
daughter went off to uni in Leeds", "my husband's started doing weeks on the rigs out of
Aberdeen", "now my son works in Dubai" (any opening: the clause's subject is the other person).

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

# Someone else gone away to a place, in a clause that dates the feeling: "since *my best mate
# moved to* Perth", "after *our Tom left for* Berlin" (one to three words name who went).
_GONE_AWAY: Final = re.compile(
    r"\b(?:since|after|when|once|before)\s+(?:my|our|his|her|their)\s+(?:[\w'-]+\s+){1,3}"
    r"(?:moved|emigrated|relocated|went|left|flew|headed|upped sticks)\s+(?:away\s+)?"
    r"(?:(?:out|off|over|back|down|up)\s+)?(?:to|for)\s+(?:the\s+)?$",
    re.I,
)


# ... and the one who went away, in such a clause: "since *my best mate* moved to Perth"
_WHO_WENT_OPENING: Final = re.compile(
    r"\b(?:since|after|when|once|before)\s+(?:my|our|his|her|their)\s+(?:[\w'-]+\s+){0,2}$",
    re.I,
)
_WENT_AWAY: Final = re.compile(
    r"\s+(?:moved|emigrated|relocated|went|left|flew|headed|upped sticks)\s+(?:away\s+)?"
    r"(?:(?:out|off|over|back|down|up)\s+)?(?:to|for)\b",
    re.I,
)


# ... or someone moving in or out of the person's home, or born into the family, told the same
# way, the hit being that one or the one they belong to: "since *my flatmate's* boyfriend moved
# in", "ever since my sister moved out", "since our *son* was born" (the home changed, which
# dates the feeling: no time spent with them).
_MOVED_IN_OR_BORN: Final = re.compile(
    r"(?:['’]s\s+(?:new\s+|old\s+)?[\w-]+)?\s+(?:(?:has|had|just)\s+)?(?:moved\s+(?:in|out|away"
    r"|back\s+in)|was\s+born|were\s+born|came\s+along)\b",
    re.I,
)


# Someone else's going away, study or work at a place, told in a clause whose subject is that
# other person: "my daughter *went off to uni in* Leeds", "my husband's *started doing weeks on
# the rigs out of* Aberdeen", "our lad *is working in* Dubai". The clause ends at the place.
_OTHERS_PLACE: Final = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+?(?:['’]s)?\s+"
    r"(?:(?:has|had|is|was|just|now|been|recently|gone|got)\s+){0,3}"
    r"(?:moved|emigrated|relocated|went|gone|left|flew|headed|started|starting|began|doing|does"
    r"|did|works?|working|worked|studying|studies|studied|stationed|posted|deployed|based"
    r"|living|lives|lived)\b[^,.;:?!]{0,60}?\b(?:in|at|to|for|out of|from|on)\s+(?:the\s+)?$",
    re.I,
)
# ... never the person's own doing, told with the others: "my mates and I went to Leeds"
_SELF_RX: Final = re.compile(r"\b(?:I|I'm|I've|we|we're|me|us)\b")


def others_place(text: str, at: int) -> bool:
    """Whether the word at ``at`` closes a clause telling someone else's going away, study or
    work there ("since my daughter went off to uni in *Leeds*"); the person's own is not."""
    m = _OTHERS_PLACE.search(text[:at])
    return m is not None and not _SELF_RX.search(m[0])


def only_owners(text: str, hits: Iterable[re.Match[str]]) -> bool:
    """Whether every hit stands in ``text`` only as the owner of a thing something befell, or
    as the one who went away, in a clause that dates the feeling; False when there are no
    hits."""
    found = list(hits)
    return bool(found) and all(
        (_EVENT_OPENING.search(text[: h.start()]) and _OWNED_EVENT.match(text, h.end()))
        or (
            _WHO_WENT_OPENING.search(text[: h.start()])
            and (_WENT_AWAY.match(text, h.end()) or _MOVED_IN_OR_BORN.match(text, h.end()))
        )
        for h in found
    )


def owner_in_event(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` only as such an owner ("since Nan's house got
    sold, …"), or as the place someone else went away to ("since my mate moved to Perth")."""
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    gone = bool(hits) and all(
        _GONE_AWAY.search(text[: h.start()]) or others_place(text, h.start()) for h in hits
    )
    return gone or only_owners(text, hits)
