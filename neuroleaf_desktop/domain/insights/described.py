"""The topic description lines, and how a question is matched to them.

Each feeling topic has a few lines written in plain words and in the everyday images people
use for it ("snapping at people", "a knot in my stomach"). A question no keyword decides is
compared with them:

* by meaning, when a sentence embedder is installed (the similarity function is passed in:
  the service wraps MiniLM); the topic of the closest line is taken if it is close enough;
* otherwise (or when no line is close enough) word by word: a word of the question that, in
  any of its forms, is an image word of exactly one topic's lines ("I've been *snapping* at
  everyone" → low mood). Plain words that need their neighbours to mean a feeling ("racing
  *thoughts*", "sleep *quality*") and words of any topic ("feel", "better") never decide.

Both only for a question about the person ("I", "me", "my"); with neither, the topic stays
unknown and nothing is guessed.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from neuroleaf_desktop.domain.insights.feeling_words import FeelingKind
from neuroleaf_desktop.domain.insights.vocabulary import STOPWORDS, stem, word_set

Similarity = Callable[[str, Sequence[str]], Sequence[float]]

SIMILARITY_THRESHOLD: Final = 0.35

# A few lines each, written for the embedder: what a question on the topic tends to say, in
# plain words and in the everyday images people use for it ("my mind keeps racing"); a topic's
# similarity is that of its closest line.
DESCRIPTIONS: Final[dict[FeelingKind, tuple[str, ...]]] = {
    "low_mood": (
        "feeling low, sad, down or depressed and what helped me feel better",
        "irritable, grumpy, short-tempered and snapping at people",
        "numb, empty and flat, nothing feels fun anymore",
    ),
    "anxiety": (
        "feeling anxious, nervous, worried, panicky or on edge",
        "racing thoughts, jitters, a pounding heart and a knot in my stomach",
    ),
    "sleep": (
        "sleeping badly, insomnia, short nights and sleep quality",
        "lying awake at night, waking too early and not falling asleep",
    ),
    "stress": (
        "stress at work, deadlines, pressure and feeling overwhelmed by my job",
        "too much to do, drowning in tasks, stretched thin and burnt out",
    ),
    "energy": (
        "feeling tired, exhausted, drained or having no energy",
        "sluggish, can't get going, no drive and running on empty",
    ),
}


# Words of the lines that say nothing alone: a general outcome, a measure or a body part
# without the image around it, a time.
_PLAIN: Final = word_set(
    "feel feels feeling felt better helped help helps anymore badly early short thoughts "
    "quality tasks heart stomach lying drive edge thin nights night nothing can't going "
    "falling running"
)
_MIN_LETTERS: Final = 4
_WORD_RX: Final = re.compile(r"[a-z][a-z'-]*", re.I)


def _image_words(text: str) -> set[str]:
    words = {w.lower() for w in _WORD_RX.findall(text)}
    return {w for w in words if len(w) >= _MIN_LETTERS and w not in STOPWORDS | _PLAIN}


def _line_images() -> dict[FeelingKind, dict[str, set[str]]]:
    """Each topic's image words by stem, without the stems two topics share."""
    found: dict[FeelingKind, dict[str, set[str]]] = {}
    for kind, lines in DESCRIPTIONS.items():
        for word in set().union(*map(_image_words, lines)):
            found.setdefault(kind, {}).setdefault(stem(word), set()).add(word)
    shared = {s for k, by in found.items() for s in by if any(s in o for j, o in found.items()
                                                              if j != k)}  # fmt: skip
    return {k: {s: w for s, w in by.items() if s not in shared} for k, by in found.items()}


_IMAGES: Final = _line_images()


def _meets(word: str, images: dict[str, set[str]]) -> bool:
    """A form of an image word: of an action any form ("snapped" for "snapping"), of a state
    only itself ("stretching" is not "stretched"); a plural only of a plural ("pounds" is not
    "pounding")."""
    plural = word.endswith("s") and not word.endswith("ss")
    return any(
        word == line or not (line.endswith("ed") or (plural and not line.endswith("s")))
        for line in images.get(stem(word), ())
    )


def by_words(question: str) -> tuple[FeelingKind, tuple[str, ...]] | None:
    """The one topic whose lines share an image word with the question, and those words."""
    asked = _image_words(question)
    shared = {k: tuple(sorted(w for w in asked if _meets(w, by))) for k, by in _IMAGES.items()}
    shared = {k: words for k, words in shared.items() if words}
    if len(shared) != 1:
        return None  # none, or two topics at once: nothing is guessed
    ((kind, words),) = shared.items()
    return kind, words


def by_meaning(question: str, similarity: Similarity) -> tuple[FeelingKind, float] | None:
    """The topic of the closest line, if it is close enough."""
    lines = [(k, line) for k, kind_lines in DESCRIPTIONS.items() for line in kind_lines]
    sims = list(similarity(question, [line for _k, line in lines]))
    best = max(range(len(lines)), key=lambda i: sims[i])
    return (lines[best][0], float(sims[best])) if sims[best] >= SIMILARITY_THRESHOLD else None
