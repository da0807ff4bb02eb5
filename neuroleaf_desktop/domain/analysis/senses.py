"""Other senses of stressor words, told by the words around them.

The stressor lexicon names things ("train", "report"); the same spelling is also a verb or
part of another phrase ("watching the squad train", "I have to report to …"). A check here
says from the neighbouring words, not from a list of whole sentences, that a match is the
other sense, so it names no stressor.
"""

from __future__ import annotations

from typing import Final

# Stressor nouns that are also verbs ("the squad train on Tuesdays", "I'll bus it in") and
# what, written just before them, makes them the verb: a subject pronoun, "to" or a modal,
# or a group that does it.
VERB_NOUNS: Final = frozenset({"train", "bus", "tube", "report"})
VERB_BEFORE: Final = frozenset(
    {"to", "i", "we", "they", "you", "will", "can", "could", "would", "should", "must",
     "i'll", "we'll", "they'll", "you'll", "didn't", "don't", "won't", "can't", "squad",
     "team", "kids", "players", "lads", "girls", "boys", "athletes"}
)  # fmt: skip


def verb_sense(tokens: list[str], i: int) -> bool:
    """Is the one-word stressor at ``i`` a verb ("watching the squad train", "got to report
    to HR" keeps "HR"), so not the thing the lexicon means?"""
    return tokens[i] in VERB_NOUNS and i > 0 and tokens[i - 1] in VERB_BEFORE
