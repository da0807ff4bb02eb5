"""Caribbean English "dead" as the verb "die", read as "die" where a wish stands before it.

Why: in Bajan, Guyanese, Trinidadian and Jamaican English "dead" is also the verb: "I does
want to dead", "she ready to dead", "wanna dead fuh true". Every English rule reads "want to
die"; respelling the verb once, before the rules run, lets all of them read it. The fold is
made only after a verb of wishing with "to" ("wanna"), and only where "dead" closes the clause
or is followed by a word that says how or when ("for real", "now", "tonight"), so "want to
dead-lift", "ready to deadhead the roses" and "want to dead people" keep their meaning.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, ctx

_DEAD_AS_DIE: tuple[Fold, ...] = (
    ctx(
        r"\b(?:(?:want|wants|wanted|wish|wished|ready|trying|try|prefer)\s+to|wanna)\s+"
        r"(?P<w>dead)(?=\s*(?:$|[,.!?;:\n])|\s+(?:fuh|for|now|tonight|today|already|so|and|but"
        r"|bad|badly|real|true|too|sometimes|every)\b)",
        "die",
    ),
)


def respell_caribbean(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with Caribbean "to dead" read as "to die", and the offset map kept in step."""
    return apply(norm, mapping, _DEAD_AS_DIE)
