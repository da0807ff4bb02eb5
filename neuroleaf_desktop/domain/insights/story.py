"""The story part of a long question and the part that asks (``topics``).

A long question tells a story first and asks at its end; what the story alone names sets the
scene, and the asking part says what is asked about, unless it points back to the story's time
or place ("… : was I happier *then*").

Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.feeling_words import FEELING_RX

# A long question tells a story first and asks at its end ("… every time the phone rings,
# what has helped me calm that down before"): the asking part follows its last break.
LONG_STORY: Final = 25
BREAK_RX: Final = re.compile(
    r"[,;:.!?]+\s+|\s+(?:but|so|and so)\s+(?=(?:what|how|why|is|does|do)\b)", re.I
)

# An ask that points back to the time or place the story set: "the Porto year, the flat by the
# sea: was I happier *then*", "… was I any calmer *there*", "*back then*", "*in those days*".
# ... or to what the story told, weighed by the change it makes in the person: "after church,
# when Mthunzi comes by, am I *happier for it*", "… am I any *the better for it*".
_BACK_RX: Final = re.compile(
    r"\b(?:then|there|back then|at the time|in those days|that year|those years"
    r"|(?:any |all |much |the |a bit |a lot )*(?:better|worse|happier|calmer|sadder|brighter"
    r"|lighter|perkier|livelier|steadier|cheerier|chirpier|wearier|lower|\w+ier)"
    r" for (?:it|that|this|them|those|these|him|her))\s*$",
    re.I,
)
# An ask that names no subject of its own: "what perks me up", "anything that helped", "what
# pulled me out of this" ...
GENERAL_ASK_RX: Final = re.compile(r"\b(?:what|anything|something)\b", re.I)
# ... unlike one that weighs what the story named by a pronoun: "does it help", "is that why".
PRONOUN_ASK_RX: Final = re.compile(
    # (not a verb that a pronoun has already taken: "the last time *it was this* bad")
    r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bthey )"
    r"\b(?:does|do|did|is|was|has|had|are|were) (?:it|that|this|they|those)\b"
    # ("anything *that helped*": "that" joins a clause, it weighs nothing)
    r"|(?<!anything )(?<!something )(?<!what )\b(?:it|that|this|they|those)(?:'s| is| has| was"
    r"| are)? (?:been )?(?:\w+ly )?(?:help|settl"
    r"|calm|lift|work|improv|affect|mak|made|do|done|good|bad|chang|caus|keep|kept)\w*",
    re.I,
)

# ... or one that asks when the state the story told will pass: "when does this ease off", "will
# it ever let up", "how long is this going to last" (the state is asked about, not the story's
# people and places).
_PASSING_ASK_RX: Final = re.compile(
    r"\b(?:when|will|how long|is)\b[^?]*\b(?:this|it|that|things)\b(?: \w+){0,3}"
    r" (?:ease|eases|easing|let up|lets up|lift|lifts|pass|passes|end|ends|stop|stops|last|lasts"
    r"|settle|settles|calm down|calms down|get better|gets better|blow over|blows over)\b",
    re.I,
)


# ... nor is one whose feeling is the effect a pronoun has on the person: "red wine midweek, two
# glasses, *is it dragging me down*", "the late films, are they keeping me up": what was put
# first is weighed, so it is the question's subject, not its scene ("is that *what's* dragging
# me down", "is it *all* making me low" still weigh the whole story).
_EFFECT_OF_IT_RX: Final = re.compile(
    r"^\s*(?:(?:so|and|but|honestly)\s+)?(?:is|are|was|were|does|do|did|has|have|could|can|might"
    r"|would)\s+(?:it|that|this|they|those|these)\s+(?!(?:what|why|how|because|all)\b)"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:me|my)\b",
    re.I,
)


def story_ask(text: str) -> str | None:
    """The asking part of a long question that tells a story and asks about a feeling, or
    asks in general ("… what perks me up") after a story naming one; None for any other
    question. What the story alone names sets the scene."""
    # a story is long, or lists what weighs on the person ("the kids, mum's care and a job, …")
    if len(text.split()) < LONG_STORY and len(BREAK_RX.findall(text)) < 2:
        return None
    asked = BREAK_RX.split(text.strip().rstrip("?!. "))[-1]
    if _EFFECT_OF_IT_RX.search(asked):
        return None
    if any(rx.search(asked) for rx in FEELING_RX.values()):
        return asked
    # a general ask after a story that names a feeling: the feeling is asked about
    story_feeling = any(rx.search(text) for rx in FEELING_RX.values())
    general = GENERAL_ASK_RX.search(asked) and not PRONOUN_ASK_RX.search(asked)
    general = general or bool(_PASSING_ASK_RX.search(asked))
    return asked if story_feeling and general else None


# Where a sentence ends: the story is told in the sentences before the last.
_SENTENCE_END_RX: Final = re.compile(r"(?<=[.!?])\s+")


def last_question(text: str) -> str | None:
    """The last sentence of a long question that tells its story in sentences of their own,
    when that sentence is a question ("… the deadlines piling up. *Does the allotment actually
    help when I'm like this?*"); None for any other question. What it weighs is asked about;
    what only the story names sets the scene."""
    if len(text.split()) < LONG_STORY:
        return None
    sentences = [s for s in _SENTENCE_END_RX.split(text.strip()) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return None
    return sentences[-1].strip()


def points_back(asked: str) -> bool:
    """Whether the asking part points back to the time or place the story set."""
    return bool(_BACK_RX.search(asked))
