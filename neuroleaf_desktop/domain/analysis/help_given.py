"""Another's trouble told with the help the writer gave: a report of what the writer did.

Why: writers often tell someone else's trouble and their own practical answer to it in one
breath ("Friend's showroom flooded last night, I'm helping her move stock tomorrow.",
"Crewmate had a rough one yesterday, gave her space.", "The captain's wife starts chemo next
week. We set up a meal train at the hall."). The trouble read as sympathy, a bad part, yet
writers label such an entry neutral: it tells what the writer did, not what they felt.
Across every writer's labelled set, an entry whose only bad parts were another's trouble,
with a clause of the writer's help to them and no unpleasant feeling or stressor of the
writer's own, was labelled neutral in thirteen of the sixteen such entries (six writers'
sets; the other three a close friend's or a mother's grief or illness, labelled negative).
``helped_through`` then reads those parts neutral. A feeling of the writer's own ("I feel
useless"), a trouble of their own ("meanwhile I'm drowning in files") or a pleasant part
(the entry then tells good news) leave the entry as it was read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, NEUTRAL, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS

# the writer's acts of help, opening their clause: "sent her a card", "I'm helping her move
# stock", "went over with sandbags", "we set up a meal train", "I listened for an hour"
_HELP: Final = frozenset(
    {"sent", "bought", "gave", "made", "took", "brought", "helped", "helping", "lent", "lend",
     "told", "talked", "listened", "dropped", "set", "went", "popped", "watering", "cooked",
     "offered", "visited", "drove"}
)  # fmt: skip
_SUBJECTS: Final = frozenset({"i", "we", "i'm", "we're", "so", "and", "then", "just"})
_WRITER: Final = frozenset({"i", "i'm", "i've", "i'd", "me", "we", "we're", "us"})
_OTHERS: Final = frozenset({"her", "him", "them", "his", "their"})


def _helps(words: tuple[str, ...]) -> bool:
    """Does ``words`` open on the writer's act of help ("sent her a card", "I'm helping her
    move stock", "we set up a meal train")?"""
    i = 0
    while i < len(words) and words[i] in _SUBJECTS:
        i += 1
    if i >= len(words) or words[i] not in _HELP:
        return False
    return not _OTHERS.isdisjoint(words[i + 1 : i + 3]) or words[i + 1 : i + 2] in (
        ("over",),
        ("up",),
        ("for",),
    )


def _own_trouble(clause: Clause) -> bool:
    """Does ``clause`` name an unpleasant feeling or a stressor of the writer's own, or is it
    a bad part told of the writer ("meanwhile I'm drowning in files")?"""
    if any(h.emotion in NEGATIVE_EMOTIONS for h in clause.hits):
        return True
    if clause.polarity == NEGATIVE and not _WRITER.isdisjoint(clause.words):
        return True
    return any(not s.set_aside for s in clause.stressors)


def helped_through(sentences: list[list[Clause]]) -> list[list[Clause]]:
    """The clauses of an entry, sentence by sentence: where the entry tells the writer's help
    and its only bad parts are another's trouble (module docstring), those parts neutral."""
    clauses = [c for s in sentences for c in s]
    if not any(c.polarity == NEUTRAL and _helps(c.words) for c in clauses):
        return sentences
    if any(c.polarity in (POSITIVE, MIXED) or _own_trouble(c) for c in clauses):
        return sentences
    return [
        [replace(c, polarity=NEUTRAL, strength=0.0) if c.polarity == NEGATIVE else c for c in s]
        for s in sentences
    ]
