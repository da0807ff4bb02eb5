"""Bavarian, Austrian and Tyrolean directional adverbs and verb forms, and the Tuscan "fo",
folded into the standard words the rules read.

Why: a rule written for "ich komm da nicht mehr raus" misses Tyrolean "i komm do nimmer
aussa", and one for "es tut weh" misses "es tuat weh". The Alpine south says the "out / in /
up / down" of a way out as "aussa", "aussi", "eina", "auffi", "obi" (heraus, hinaus, herein,
hinauf, hinunter), "tuat" / "tuan" for "tut" / "tun", "a Kastl" for "eine Kiste"; Tuscany says
"non ce la fo" for "non ce la faccio". Respelling these once lets every rule of the language
read them, whatever the next writer says with them.

The German forms are folded only in a sentence holding one of the region's own words that no
other language writes ("aussa", "tuat", "kastl" …), so French "aussi" or Japanese "obi" in a
sentence of their own language is left alone; "fo" only in "ce la fo" and "la fo", which no
other language writes. (The region's "i", "nimmer", "wia" are folded earlier, by
``spelling_dialect``.)
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, apply_where, ctx, words

_ALPINE = re.compile(r"\b(?:aussa|eina|eini|auffi|aufi|owi|ummi|tuat|tuan|kastl)\b")
_ALPINE_WORDS = words(
    {
        "aussa": "raus",
        "aussi": "hinaus",
        "eina": "rein",
        "eini": "hinein",
        "auffi": "hinauf",
        "aufi": "hinauf",
        "obi": "hinunter",
        "owi": "hinunter",
        "umi": "hinuber",
        "ummi": "hinuber",
        "tuat": "tut",
        "tuan": "tun",
        "kastl": "kiste",
        "kimm": "komm",
        "kimmt": "kommt",
    }
)
# "a" as the article before a noun the sentence has respelt or a German noun ending: "a Kiste"
_ALPINE_CONTEXT: tuple[Fold, ...] = (
    ctx(
        r"\b(?:wie|ist|bin|hab|hob|in|wia)\s+(?P<w>a)\s+(?=kiste|loch|kafig|gefangnis|grab\b)",
        "eine",
    ),
)
_TUSCAN: tuple[Fold, ...] = (ctx(r"\b(?:ce\s+)?la\s+(?P<w>fo)\b", "faccio"),)


def respell_bavarian(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the Alpine forms respelt where one of the region's own words is in the
    sentence, and the Tuscan "fo" of "ce la fo"; the offset map kept in step."""
    norm, mapping = apply_where(norm, mapping, _ALPINE, (_ALPINE_WORDS, *_ALPINE_CONTEXT))
    return apply(norm, mapping, _TUSCAN)
