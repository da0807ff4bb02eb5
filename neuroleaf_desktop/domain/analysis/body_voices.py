"""A body part said to scream, yell or shout at the writer: its pain, no one's raised voice.

Why a module of its own: "screaming at me" is read as criticism wherever it stands, because
people who scream at the writer are a conflict. Writers also give a sore body a voice ("my back
is absolutely screaming at me", "knees were yelling at me by the end", "every muscle in my body
is screaming at me"): that is the ache told vividly, which the health readings already count;
no one quarrelled with the writer and no anger of theirs is told. The subject is found by
walking back over the words that may stand between it and the verb (a link, a tense, an
adverb); a person or a pronoun there ("Mum was screaming at me", "he's been yelling at me")
keeps the criticism.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.stressor_forms import BODY_PARTS

# The verbs of a voice raised that a sore body is given.
_RAISED: Final = frozenset(
    {"screaming", "screamed", "screams", "yelling", "yelled", "yells", "shouting", "shouted",
     "shouts", "howling", "howled", "howls"}
)  # fmt: skip
# A body as a whole or by its muscles, beside the parts the health readings name.
_BODY: Final = frozenset(BODY_PARTS) | frozenset(
    {"body", "muscles", "muscle", "hamstrings", "quads", "glutes", "lungs", "forearms",
     "forearm", "biceps", "triceps", "traps", "lats", "abs", "core", "spine", "sciatica",
     "tendons", "tendon", "blisters", "bones", "bunions", "sinuses", "eardrums", "shins"}
)  # fmt: skip
# What may stand between the part and its verb: a link, a tense, an adverb of degree or time.
_BETWEEN: Final = frozenset(
    {"is", "are", "was", "were", "been", "has", "have", "had", "be", "being", "started",
     "starting", "start", "starts", "began", "kept", "keep", "keeps", "absolutely", "properly",
     "really", "literally", "actually", "still", "now", "already", "just", "proper", "bloody",
     "seriously", "genuinely", "totally", "honestly", "all", "both", "again", "today",
     "tonight", "basically", "pretty", "much"}
)  # fmt: skip
_REACH: Final = 5


def body_raising_its_voice(tokens: list[str], i: int) -> bool:
    """Is the raised voice at ``i`` ("screaming at me") a body part's, so the writer's pain?"""
    if tokens[i] not in _RAISED:
        return False
    j = i - 1
    while j >= 0 and i - j <= _REACH and tokens[j] in _BETWEEN:
        j -= 1
    if j < 0:
        return False
    word = tokens[j].removesuffix("'s").removesuffix("'")
    return word in _BODY
