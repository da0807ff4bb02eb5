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
from neuroleaf_desktop.domain.safety.clinical_questions import (
    asked_and_answered_no,
    item_answered_no,
)
from neuroleaf_desktop.domain.safety.context import in_question
from neuroleaf_desktop.domain.safety.rules import FLAGS

__all__ = ["answered_yes", "asked", "streak_broken"]

# A form's or a clinician's question copied into the entry as a question to the writer, the
# sign its object: "Any thoughts of suicide?", "Have you had any thoughts of harming
# yourself?", "¿Has tenido ideas de suicidio?", "Hast du Gedanken an Suizid?", with or without a
# form's label ("Q:", "Q3.", "P:", "F:", "D:"). The writer's own
# questions ("do I even want to live?", "any point going on?") have no "you" and no form's noun.
_ASKED_OF_WRITER = re.compile(
    r"^\W*(?:(?:and|so|then|[qpfd]\d*\W*)\s+)?(?:any\s+(?:recent\s+|current\s+)?$|(?:have|do|are|did|were)\s+you\s+(?:\w+\s+){0,3}?"
    r"|(?:has|habeis)\s+tenido\s+|tienes\s+|hast\s+du\s+|habt\s+ihr\s+|avez-vous\s+|as-tu"
    r"\s+|est-ce\s+que\s+vous\s+avez\s+|hai\s+(?:mai\s+)?(?:avuto\s+)?|tem\s+tido\s+|tens"
    r"\s+(?:tido\s+)?|voce\s+tem\s+(?:tido\s+)?)(?:\w+\s+){0,2}$",
    FLAGS,
)
_QUESTION_MARK = re.compile(r"^[^.!?\n]{0,80}\?")


def asked(sentence_prefix: str, after: str) -> bool:
    """Is the phrase the topic of a question: one someone asked ("she asked if …",
    ``context.in_question``), or one put to the writer in their own entry and closed by a
    question mark, or a clinician's question in another shape the writer answered no, or a
    form's item answered no right after it (``clinical_questions``)? The answer after it still
    decides (``answered_yes``)."""
    return (
        in_question(sentence_prefix)
        or (
            _ASKED_OF_WRITER.search(sentence_prefix) is not None
            and _QUESTION_MARK.search(after) is not None
        )
        or asked_and_answered_no(sentence_prefix, after)
        or item_answered_no(sentence_prefix, after)
    )


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
