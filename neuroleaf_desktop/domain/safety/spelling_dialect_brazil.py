"""Brazilian spoken "a gente" (we, and often the writer alone) folded into the first person the
Portuguese rules read.

Why: "a gente" takes the verb of the third person and the reflexive "se" ("a gente pensa em se
matar", "a gente só quer se machucar"), so a rule written for "eu penso em me matar" reads the
"se" as someone else's and misses the sign. Whatever the next writer says with "a gente", the
same three steps make it the first person: "a gente" before one of its verbs becomes "eu", the
verb its first-person form, and a "se" after it, before an act done to oneself, "me".

Only in a sentence that holds "a gente", and only before the verbs of wanting, thinking, going,
bearing and being able that carry a wish, a plan or the pain, so "a gente se vê amanhã" is left
alone.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply_where, ctx

_A_GENTE = re.compile(r"\ba\s+gente\b")
# the few words that may stand between "a gente" and its verb
_BETWEEN = r"(?:(?:so|ainda|as\s+vezes|ja|nao|tambem|sempre|tipo|meio|mesmo)\s+){0,2}"
_VERBS = {
    "pensa": "penso",
    "quer": "quero",
    "queria": "queria",
    "vai": "vou",
    "tem": "tenho",
    "precisa": "preciso",
    "pode": "posso",
    "anda": "ando",
    "sente": "sinto",
    "acha": "acho",
    "tenta": "tento",
    "tentou": "tentei",
    "pensou": "pensei",
    "sonha": "sonho",
    "aguenta": "aguento",
    "suporta": "suporto",
    "consegue": "consigo",
}
_VERB = "|".join(_VERBS)
# an act done to oneself, after the reflexive "se"
_ACT = (
    r"matar|suicidar|machucar|cortar|enforcar|jogar|ferir|queimar|envenenar|afogar|mutilar"
    r"|livrar\s+de\s+tudo"
)
_FOLDS: tuple[Fold, ...] = (
    # the reflexive first, while "a gente" still marks whose it is
    ctx(
        rf"\ba\s+gente\s+{_BETWEEN}(?:{_VERB})\b(?:\s+\w+){{0,4}}?\s+(?P<w>se)\s+(?=(?:{_ACT})\b)",
        "me",
    ),
    (re.compile(rf"\ba\s+gente\s+{_BETWEEN}(?P<w>{_VERB})\b"), _VERBS),
    ctx(rf"\b(?P<w>a\s+gente)\s+(?={_BETWEEN}(?:{'|'.join(_VERBS.values())})\b)", "eu"),
)


def respell_a_gente(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with "a gente" and its verb read in the first person where the sentence holds
    it; the offset map kept in step."""
    return apply_where(norm, mapping, _A_GENTE, _FOLDS, 1)
