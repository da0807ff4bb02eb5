"""English denials said *after* the sign, as a reply or as what the sign is to the writer.

Why: a writer who names the sign first and then answers it ("Wanting to die, no, not even
once", "Hurting myself is a line I'd never cross", "… has never been my thing") is denying it,
in any words for the sign. The shared denial-after reading knew "no, never" and "never crossed
my mind"; these two shapes are general and were still read as the sign itself:

* **a reply**: the sign, then "no" closing the clause, or "no" and a further "not once", "not
  even once", "not really", "not at all", "none" (not "no one cares", "no joke", "no, but …");
* **a short answer**: the sign asked about, then the writer's own short answer closing its
  clause — "…, I haven't,", "…, I don't." — or an answer put on a form: "… and I put nought",
  "ticked no", "circled zero", "answered no to the lot" (not "I haven't told anyone", "said no
  to the pills");
* **the sign as the subject of a denial**: "… is a line I'd never cross", "… is something I
  would never do", "… is not an option", "… has never been my thing", "… is off the table", "…
  is out of the question" (not "… is something I never thought I'd do": the writer did it).

Only the text after the phrase is read, so the phrase of any rule is judged the same way.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

_REPLY = re.compile(
    r"^\s*[?,:;]?\s*(?:-\s*|--\s*)?(?:no|nope|nah|naw)\b"
    r"(?:\s*(?:[.!;]|$)"
    r"|\s*,\s*(?:not\s+(?:even\s+)?(?:once|ever|really|at\s+all|for\s+a\s+(?:second|minute"
    r"|moment)|in\s+a\s+million\s+years|me)|never(?:\s+(?:have|did|once|ever))?|none"
    r"|no\s+way|not\s+a\s+chance|absolutely\s+not|of\s+course\s+not)\b"
    # ("no, not even joking": the reply affirms)
    r"(?!\s+(?:joking|kidding|lying|exaggerating))"
    r"(?!\s*,?\s*(?:but|yet|not\s+yet|until|till)\b))",
    FLAGS,
)

# A short answer of the writer's own, closing its clause: "…, I haven't, it's grief" (not "…, I
# never have", which as often goes on a sign: "I won't grow old, I never have").
_SHORT_ANSWER = re.compile(
    r"^\s*[,;:]\s*(?:and\s+)?(?:no\s*,\s*)?i\s*(?:haven'?t|have\s+not|hadn'?t|had\s+not|don'?t"
    r"|do\s+not|didn'?t|did\s+not|wasn'?t|was\s+not|'m\s+not|am\s+not)"
    r"(?:\s+(?:really|though|honestly|at\s+all|ever))?\s*(?:[.!;,]|$)",
    FLAGS,
)
# An answer put on a form or a scale: "… and I put nought", "ticked no", "circled zero".
_ANSWER_PUT = re.compile(
    r"^[^.!?\n]{0,40}?\b(?:i\s+)?(?:put|ticked|circled|wrote|marked|scored|answered|selected"
    r"|picked|chose|clicked)\s+(?:down\s+)?(?:a\s+)?[\"']?(?:nought|naught|zero|0|no|none|never|nil"
    r"|not\s+at\s+all)\b[\"']?(?=\s*(?:$|[.!?,;:]|\s+(?:on|for|to\s+(?:it|that|every|all|each|both"
    r"|any|them|the\s+lot|the\s+whole\s+lot)|across\s+the\s+board|again"
    r"|as\s+usual|like\s+always)\b))",
    FLAGS,
)

# What the sign is to the writer: a line, a thing, a step they would never take.
_NEVER_DONE = (
    r"(?:a|the|one|that)\s+(?:\w+\s+)?(?:line|thing|step|road|place|door|option|choice|path)\s+"
    r"(?:that\s+|which\s+)?(?:i|i'd|i'll|i\s+would|i\s+will|i\s+could|i\s+can|i'?ve)\s*"
    r"(?:never|not|won'?t|wouldn'?t|couldn'?t|can'?t|don'?t)\s+(?:ever\s+)?"
    r"|something\s+(?:that\s+)?(?:i|i'd|i'll|i\s+would|i\s+will|i\s+could)\s*(?:never|not"
    r"|won'?t|wouldn'?t|couldn'?t|don'?t)\s+(?:ever\s+)?"
)
# … but not a step the writer never *thought* they would take (and then took).
_NOT_FORESEEN = (
    r"(?!(?:have\s+)?(?:thought|think|imagined|imagine|expected|expect|believed|believe|dreamed"
    r"|dreamt|pictured|saw|see|guessed|knew|know|realised|realized|planned|meant|wanted|admit"
    r"|admitted|tell|told|say|said|show|showed|talk|talked)\b)"
)
_SUBJECT_DENIED = re.compile(
    r"^\s*,?\s*(?:is|was|'s|has\s+(?:always\s+)?been|had\s+(?:always\s+)?been|will\s+(?:always"
    r"\s+)?be|would\s+(?:always\s+)?be|remains|stays)\s+"
    r"(?:(?:" + _NEVER_DONE + r")" + _NOT_FORESEEN + r"\w+"
    r"|(?:not|never|n't)\s+(?:ever\s+)?(?:been\s+)?(?:an\s+option|on\s+the\s+(?:table|cards)"
    r"|happening|going\s+to\s+happen|me|my\s+(?:thing|style|way|answer)|for\s+me"
    r"|something\s+(?:that\s+)?i(?:'d|\s+would|'ll|\s+will)?\s+(?:do|consider|want|choose))\b"
    r"|off\s+the\s+(?:table|cards)|out\s+of\s+the\s+question"
    # the answer to a question about it, named as a "no": "harming myself was a no, sleep was
    # the real issue" (not "a no-brainer")
    r"|(?:a|an)\s+(?:clear|firm|flat|straight|definite|hard|solid|big|easy)?\s*(?:no|nope)"
    r"(?=\s*(?:$|[.!?,;:])))"
    # "… has never been my thing", "… was never an option"
    r"|^\s*,?\s*(?:has|had|'s|was|is)\s+(?:never|not)\s+(?:ever\s+)?(?:been\s+)?(?:an\s+option"
    r"|on\s+the\s+(?:table|cards)|my\s+(?:thing|style|way|answer)|for\s+me)\b"
    # the verb contracted, an adverb before it: "… still wasn't on the table", "… just isn't an
    # option"
    r"|^\s*,?\s*(?:(?:still|just|simply|really|honestly|never)\s+)?(?:isn'?t|wasn'?t|hasn'?t\s+been"
    r"|hadn'?t\s+been|was\s+never|is\s+never)\s+(?:ever\s+)?(?:an\s+option|on\s+the\s+(?:table"
    r"|cards)|happening|my\s+(?:thing|style|way|answer)|for\s+me)\b",
    FLAGS,
)


def denied_after(suffix: str) -> bool:
    """Does the text after a phrase answer it "no" (said, short or put on a form), or say it is
    a line never crossed?"""
    return any(
        pattern.search(suffix) is not None
        for pattern in (_REPLY, _SUBJECT_DENIED, _SHORT_ANSWER, _ANSWER_PUT)
    )
