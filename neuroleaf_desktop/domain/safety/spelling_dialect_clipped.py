"""German verbs clipped of their final "-e" in speech, folded back before the rules read them.

Why: the German rules read "ich möchte tot sein", "ich würde am liebsten sterben", "ich wollte
nur noch sterben"; spoken German all over the country, and written the way it is spoken in a
journal, drops the ending: "ich möcht einfach tot sein", "würd ich am liebsten", "ich wollt
nur noch weg", "i mecht nimmer" (Swabian, Bavarian), "i wött" (Swiss and Vorarlberg "möchte").
Rules written for the full forms miss every one of them.

The clipped forms are respelt only next to the pronoun "ich" (or the southern "i"), before or
after it, where no other reading exists: "wollt" alone is also the plural "ihr wollt", "wurd"
the stem of "wurde". Accents are folded by then ("möcht" reads "mocht"), and the folded full
form is written back ("mochte", which the rules read as "möchte").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, ctx

_CLIPPED = {
    "mocht": "mochte",
    "moecht": "mochte",
    "mecht": "mochte",
    "wott": "mochte",
    "wuerd": "wurde",
    "wurd": "wurde",
    "wollt": "wollte",
    "hatt": "hatte",
    "haett": "hatte",
    "konnt": "konnte",
    "koennt": "konnte",
    "musst": "musste",
    "muesst": "musste",
    "sollt": "sollte",
}
# each clipped verb right after "ich" / "i", or right before it (verb-second: "würd ich"), its
# apostrophe of elision kept ("möcht'"); not "ihr wollt ich …", the plural of another person
_CLIPPED_FOLDS: tuple[Fold, ...] = tuple(
    fold
    for verb, full in _CLIPPED.items()
    for fold in (
        ctx(rf"(?<![\w'])(?:ich|i)\s+(?P<w>{verb})'?(?![\w])", full),
        ctx(rf"(?<![\w'])(?<!\bihr\s)(?P<w>{verb})'?(?=\s+(?:ich|i)\b)", full),
    )
)


def respell_clipped(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the clipped German verbs beside "ich" respelt in full, the offset map kept
    in step."""
    return apply(norm, mapping, _CLIPPED_FOLDS)
