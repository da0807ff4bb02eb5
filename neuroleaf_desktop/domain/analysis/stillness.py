"""Bliss told of stillness is calm: "Empty church, just me and the pipes, bliss."

Why: "bliss" was read as joy wherever it stood. Said of a quiet time, an empty place or
nothing to do ("Sunday: nothing, absolutely nothing, bliss", "Quiet evening, me with my
crossword. Bliss.", "Put my feet up. Bliss."), it names the peace the labelling guide calls
calm (relaxed, peaceful), and the writers who labelled such sentences since the first batches
written blind chose calm in all but one. Bliss at an outing or a good time ("Spent the day at
the beach, pure bliss") stays joy.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import Clause
from neuroleaf_desktop.domain.analysis.codas import Sentences

BLISS: Final = frozenset({"bliss", "blissful*"})
# Words of stillness: quiet, an empty place, nothing to do, nobody about, the writer alone.
STILL: Final = frozenset(
    {"quiet", "quietly", "quieter", "nothing", "nobody", "empty", "alone", "silence", "silent",
     "peace", "peaceful"}
)  # fmt: skip
STILL_PAIRS: Final = frozenset({("to", "myself"), ("just", "me"), ("feet", "up")})
_ALONE: Final = 2  # "Bliss.", "Total bliss.": a sentence of its own about the one before


def _still(words: list[str]) -> bool:
    return not STILL.isdisjoint(words) or any(pair in STILL_PAIRS for pair in pairwise(words))


def bliss_at_rest(sentences: Sentences) -> Sentences:
    """The joy of "bliss" read as calm in a sentence that tells of stillness (``STILL``), or
    standing alone after one."""
    out: Sentences = []
    for k, sentence in enumerate(sentences):
        words = [w for c in sentence for w in c.words]
        if len(words) <= _ALONE and k > 0:  # "Put my feet up. Bliss.": the time it names
            words = [w for c in sentences[k - 1] for w in c.words] + words
        if any(h.pattern in BLISS for c in sentence for h in c.hits) and _still(words):
            sentence = [_calm(c) for c in sentence]
        out.append(sentence)
    return out


def _calm(clause: Clause) -> Clause:
    return replace(
        clause,
        hits=tuple(replace(h, emotion="calm") if h.pattern in BLISS else h for h in clause.hits),
    )
