"""Caribbean English "dead" as the verb "die", read as "die" where a wish stands before it; the
negation "eh" / "ain't" before "going", and the habitual "does", read as standard English.

Why: in Bajan, Guyanese, Trinidadian and Jamaican English "dead" is also the verb: "I does
want to dead", "she ready to dead", "wanna dead fuh true". Every English rule reads "want to
die"; respelling the verb once, before the rules run, lets all of them read it. The fold is
made only after a verb of wishing with "to" ("wanna"), and only where "dead" closes the clause
or is followed by a word that says how or when ("for real", "now", "tonight"), so "want to
dead-lift", "ready to deadhead the roses" and "want to dead people" keep their meaning.

Trinidadian, Tobagonian and Bajan English say the negation "eh" or "ain't" before a verb ("I eh
going to be here", "I ain't going to see it") and the habitual "does" before a verb of knowing
or feeling ("I does know", "I does feel"). Read as "I am not going", "I do know", the English
rules that read "I'm not going to be here" read them too. "Eh" is respelt only between a
pronoun and "going" / "gonna" / "goin", so the tag "eh?" stays what it is.
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
_NOT_GOING: tuple[Fold, ...] = tuple(
    ctx(
        rf"\b(?:{subject})\s+(?P<w>eh|ain'?t|ent)\s+(?=(?:going|gonna|goin'?)\b)",
        verb,
    )
    for subject, verb in (("i", "am not"), ("he|she|it", "is not"), ("we|they|you", "are not"))
)
_HABITUAL_DOES: tuple[Fold, ...] = (
    ctx(
        r"\b(?:i|we|they|you)\s+(?P<w>does)\s+(?=(?:know|feel|think|want|see|wish|hope)\b)",
        "do",
    ),
)


def respell_caribbean(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with Caribbean "to dead" read as "to die", "I eh going" as "I am not going",
    "I does know" as "I do know", and the offset map kept in step."""
    return apply(norm, mapping, _DEAD_AS_DIE + _NOT_GOING + _HABITUAL_DOES)
