"""Vorarlberg, Allgäu and eastern Swiss Alemannic folded into the standard words the rules read.

Why: as for the other dialect tables, a rule written for "ich mag nicht mehr leben" misses
Vorarlberg "i mag nümma leba", and one for "ich will mir nichts antun" misses "atua tät i mir
nüt". The region says "nicht mehr" as "nümma" / "nümm", ends its infinitives in "-a" ("leba",
"sterba", "schaffa", "macha", "atua"), and says "i" / "mi" for "ich" / "mich". Respelling these
once, before any rule runs, lets every German rule read them, whatever the next writer says.

The table runs after the other German tables and only in a sentence holding two of its own
marker words ("nümma", "leba", "sterba", "schaffa", "atua", "gsi", "nünt" …), so "i" and "mi"
(Italian and Spanish words) are read as German only where the dialect is certain.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, apply_where, ctx, words

_ALEMANNIC = re.compile(
    r"\b(?:numma|nuemma|numm|nuemm|leba|laba|sterba|schaffa|macha|atua|ufhora|ufhoera|gsi|ghet"
    r"|nunt|oppis|oeppis|gnua|hoam|dahoam|bisch|taet|nod|noed|zuekunft|meh|emal|wuche|gseh"
    r"|labe|ufhort|ufhoert|hett|gseit)\b"
)
_ALEMANNIC_WORDS = words(
    {
        "numma": "nicht mehr",
        "nuemma": "nicht mehr",
        "leba": "leben",
        "laba": "leben",
        "sterba": "sterben",
        "schaffa": "schaffen",
        "macha": "machen",
        "atua": "antun",
        "ufhora": "aufhoren",
        "ufhoera": "aufhoren",
        "gsi": "gewesen",
        "ghet": "gehabt",
        "nut": "nichts",
        "nunt": "nichts",
        "oppis": "etwas",
        "oeppis": "etwas",
        "gnua": "genug",
        "nei": "nein",
        # Swiss "nöd" (nicht), "meh" (mehr), "Zuekunft", "emal" (einmal), "Wuche" (Woche)
        "nod": "nicht",
        "noed": "nicht",
        "meh": "mehr",
        "zuekunft": "zukunft",
        "emal": "einmal",
        "wuche": "woche",
        # Swiss "Läbe" (Leben), "ufhört" (aufhört), "hett" (hätte, in "ich hett gern")
        "labe": "leben",
        "ufhort": "aufhort",
        "ufhoert": "aufhort",
        "hett": "hatte",
    }
)
_ALEMANNIC_CONTEXT: tuple[Fold, ...] = (
    # "i" and "mi" as the pronouns ("i mag", "tät i mir", "lond mi")
    ctx(
        r"(?<![\w'])(?P<w>i)(?=\s+(?:mag|will|bin|ha|han|hab|kann|ka|mog|tat|taet|wott|muss"
        r"|mir|mi|nicht|hass|halt|schaff|denk)\b)",
        "ich",
    ),
    ctx(r"\b(?:tat|taet|mag|will|kann|hab|han|bin)\s+(?P<w>i)(?![\w'])", "ich"),
    ctx(r"\b(?:ich|lond|lass|hasse?)\s+(?P<w>mi)(?![\w'])", "mich"),
    # "mis Läbe" (mein Leben): "mis" is Spanish too, so only before the life it owns
    ctx(r"(?<![\w'])(?P<w>mis)(?=\s+(?:leben|labe)\b)", "mein"),
    # "nümm" closing a wish: "i mag nümm" (ich mag nicht mehr)
    ctx(r"\b(?:mag|will|kann|ka)\s+(?:\w+\s+)?(?P<w>numm|nuemm)(?![\w'])", "nicht mehr"),
)


# The southern "tät" (würde) beside "ich … mir / mich / am liebsten", in any German sentence:
# "i tät mir am liabsta öppis atua", "ich tät mich lieber umbringen". (Accents are folded, so it
# reads "tat", the past of "tun", only where the past makes no sense: before a reflexive.)
_WOULD: tuple[Fold, ...] = (
    ctx(r"\b(?:ich|i)\s+(?P<w>tat|taet)\s+(?=(?:mir|mich|am\s+liebsten|lieber|gern)\b)", "wurde"),
    ctx(r"\b(?P<w>tat|taet)\s+(?=(?:ich|i)\s+(?:mir|mich|am\s+liebsten|lieber|gern)\b)", "wurde"),
)
_LIEBSTEN: tuple[Fold, ...] = (words({"liabsta": "liebsten", "liabschta": "liebsten"}),)


def respell_alemannic(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with Vorarlberg and Alemannic words respelt where two of its markers are in the
    sentence; the offset map kept in step."""
    norm, mapping = apply_where(
        norm, mapping, _ALEMANNIC, (_ALEMANNIC_WORDS, *_LIEBSTEN, *_ALEMANNIC_CONTEXT), 2
    )
    return apply(norm, mapping, _WOULD)


# Swiss "nümme" is "nicht mehr"; folded of its umlaut it would be "numme", the Swiss "nur"
# ("ich halt de Schmerz nümme us" is not "nur us"). Before the accents are dropped it is written
# as "nimme", the same length (so every offset still maps to the writer's own text), which the
# Palatine table reads as "nicht mehr".
_NUEMME = re.compile(r"\b([nN])(?:ü|ü)mme\b")


def keep_swiss_no_more(text: str) -> str:
    """``text`` with Swiss "nümme" written "nimme", before accents are folded away."""
    if "mme" not in text:
        return text
    return _NUEMME.sub(lambda m: m.group(1) + "imme" + " " * (len(m.group(0)) - 5), text)
