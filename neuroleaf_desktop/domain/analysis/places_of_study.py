"""A university or college someone else goes to or is at: where they are, not the writer's study.

Why: "uni", "university" and "college" name a source of study strain ("Uni feels pointless
lately", "dreading going back to college"), but a sentence part whose subject is someone else
going to one or being at one ("Everyone's off to uni and I'm stacking shelves", "my eldest
starts uni in September", "all my mates are at university") tells where they are: the writer's
comparison with friends or their family's news. Across every writer's labelled rows such parts
were labelled with no study stressor of the writer's; the feeling beside them (left behind, an
empty house) is read by the emotion rules. The writer as that subject ("I'm off to uni", "we
start college on Monday") or anywhere before the word ("Everyone at uni seems to get it except
me") keeps it the writer's, and so does any other study word in the part ("… and I failed my
resit").
"""

from __future__ import annotations

from typing import Final

# the words of the keyword "university" that name a place one goes to or is at
_PLACES: Final = frozenset({"uni", "university", "college"})
# going to it, starting it or being at it: "off to", "gone to", "heading to", "starts", "at",
# "into" ("got into university"), "back to"
_GOING: Final = frozenset(
    {"to", "at", "into", "starts", "starting", "start", "started", "begins", "beginning"}
)  # fmt: skip
# someone other than the writer who can be that subject: a group, a friend, a relative, a
# pronoun ("everyone", "all my mates", "my daughter", "he's")
_OTHERS: Final = frozenset(
    {"everyone", "everybody", "everyone's", "everybody's", "friends", "mates", "friend", "mate",
     "son", "daughter", "eldest", "youngest", "kids", "sister", "brother", "cousin", "niece",
     "nephew", "grandson", "granddaughter", "he", "she", "they", "he's", "she's", "they're",
     "classmates", "others", "people", "lot"}
)  # fmt: skip
# the writer as subject or object: any of these before the place keeps it theirs ("my" and
# "our" only own the other person: "my daughter", "all my mates")
_WRITER: Final = frozenset(
    {"i", "i'm", "im", "i've", "i'd", "i'll", "me", "we", "we're", "we've", "us", "myself"}
)  # fmt: skip
_REACH: Final = (
    8  # words from the part's start to the place: "Everybody from my year has gone off to"
)


def others_place_of_study(tokens: list[str], start: int, pos: int, keyword: str) -> bool:
    """Is the place of study at ``pos`` one that someone else, the subject of the sentence part
    starting at ``start``, goes to or is at (see the module docstring)?"""
    if keyword != "university" or tokens[pos] not in _PLACES or pos - start > _REACH:
        return False
    if pos == start or tokens[pos - 1] not in _GOING:
        return False
    before = tokens[start:pos]
    return not _OTHERS.isdisjoint(before) and _WRITER.isdisjoint(before)
