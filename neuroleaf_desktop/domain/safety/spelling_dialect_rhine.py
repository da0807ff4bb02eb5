"""Ripuarian German (Kölsch, the Rhineland and the northern Eifel) folded into the standard words
the rules read, and the southern "kei" (kein) of Swiss, Alemannic and Eifel speech.

Why: as for the other dialect tables, a rule written for "ich will nicht mehr leben" misses
Kölsch "isch will nit mieh levve", and one for "es gibt keinen Ausweg mehr, ich halte das nicht
mehr aus" misses "et jitt keine Usswäg mieh, isch halden dat nit mieh us". Kölsch speaks "g" as
"j" ("jitt", "janz", "jeritzt"), "mehr" as "mieh", "b" between vowels as "v" ("levve"), and
"aus" as "us". Respelling these once, before any rule runs, lets every German rule read them.

The table runs after the other German tables ("isch", "nit", "dat" already read "ich",
"nicht", "das") and only in a sentence holding two of its own marker words, none of them a word
of the other five languages in that form ("mieh", "levve", "jitt", "janz", "usswäg").
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply_where, ctx, words

_RIPUARIAN = re.compile(
    r"\b(?:mieh|levve|jitt|jeit|jeht|janz|usswag|usswaeg|halden|jeritzt|verzallt|faadisch"
    r"|kapott\w*)\b"
)
_RIPUARIAN_WORDS = words(
    {
        "mieh": "mehr",
        "levve": "leben",
        "jitt": "gibt",
        "jeit": "geht",
        "jeht": "geht",
        "janz": "ganz",
        "usswag": "ausweg",
        "usswaeg": "ausweg",
    }
)
_RIPUARIAN_CONTEXT: tuple[Fold, ...] = (
    # "et jitt" (es gibt), "et is" (es ist): "et" opening its clause before a verb
    ctx(
        r"(?:^|(?<=[,;:]\s)|(?<=\bund\s))(?P<w>et)\s+(?=gibt|ist|is|geht|hat|tut|wird|war)\b", "es"
    ),
    ctx(r"\bich\s+(?P<w>ben)\b", "bin"),
    ctx(r"\bich\s+(?P<w>halden|halde)\b", "halte"),
    # "keine Usswäg" (keinen Ausweg): the plural-looking form of one way out
    ctx(r"\b(?P<w>keine?)\s+(?=ausweg)\b", "keinen"),
    # the separable "us" (aus) closing its clause: "halden dat nit mieh us"
    ctx(r"(?<![\w'])(?P<w>us)(?=\s*(?:[,.;:!?]|$))", "aus"),
    # participles with "je" for "ge": "jeritzt", "jemaat"
    ctx(r"(?<![\w'])(?P<w>je)(?=[a-z]{3,}t\b)", "ge"),
)

# A German sentence: "kei Arbeit, kei Zukunft" (keine Arbeit, keine Zukunft) in the south and
# the Eifel. "kei" is a word of no other language the app reads.
_GERMAN = re.compile(r"\b(?:ich|i|nicht|mehr|fu(?:e)?r|und|ist|mich|mir|der|die|das|nichts)\b")
_KEI: tuple[Fold, ...] = (ctx(r"(?<![\w'])(?P<w>kei)\s+(?=[a-z])", "kein"),)


def respell_rhine(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with Kölsch words respelt where two of its markers are in the sentence, and
    "kei" read as "kein" in German sentences; the offset map kept in step."""
    norm, mapping = apply_where(
        norm, mapping, _RIPUARIAN, (_RIPUARIAN_WORDS, *_RIPUARIAN_CONTEXT), 2
    )
    return apply_where(norm, mapping, _GERMAN, _KEI)
