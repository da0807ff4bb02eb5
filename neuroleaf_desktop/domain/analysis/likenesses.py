"""Trouble words that liken or class something else: a taste, a case compared, an advert.

Why a module of its own: each reading here takes a stressor word as describing another thing,
not as a trouble of the writer's, and they are read beside ``word_uses`` (which holds the
other such uses) without growing it past the module size. Each was chosen by the word's
record across every writer's labelled rows: a taste or a smell likened to a trouble word
("tastes like cough syrup"), a relative named as the case compared ("spread to my knees the
way it did with my uncle") and a trouble word naming what an advert sells ("another payday
loan poster") were labelled no stressor by every writer who wrote one. So was a place of another
time a scene is likened to ("like sharing at uni again": one writer so far, and no labelled row
where such a likeness named the writer's strain).
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# A taste or a smell likened to something ("tastes like cough syrup", "smells like a
# hospital"): the thing named describes it, no trouble of the writer's.
_SENSED: Final = frozenset(
    {"tastes", "taste", "tasted", "tasting", "smells", "smell", "smelled", "smelt", "smelling"}
)  # fmt: skip


def sensed_like(tokens: list[str], i: int) -> bool:
    """Is the word at ``i`` what a taste or a smell is likened to ("tastes like cough syrup")?"""
    j = i - 1
    while j > 0 and tokens[j] in ("a", "an", "the", "old", "bad", "cheap"):
        j -= 1
    return j > 0 and tokens[j] == "like" and tokens[j - 1] in _SENSED


# A case compared ("the way it did with my uncle", "like it did to my mum", "as it went with
# my dad"): the relative is whom it happened to before, a likeness, not the writer's strain.
_LIKENED: Final = frozenset({"way", "like", "as"})
_HAPPENED: Final = frozenset({"did", "does", "went", "happened", "was"})


def compared_case(tokens: list[str], i: int) -> bool:
    """Is the relative at ``i`` the case compared in "the way it did with my uncle"?"""
    j = i - 1
    while j >= 0 and tokens[j] in ("my", "our", "the"):
        j -= 1
    return (
        j >= 3
        and tokens[j] in ("with", "to", "for")
        and tokens[j - 1] in _HAPPENED
        and tokens[j - 2] == "it"
        and tokens[j - 3] in _LIKENED
    )


# A place of another time a scene is likened to ("like sharing at uni again", "like being
# back at school", "like living in halls"): the place names the likeness, not a trouble of
# the writer's; the scene likened carries its own words.
_THERE: Final = frozenset({"at", "in"})
# What may stand before that "like": a new part or a likening verb ("…, like sharing at uni
# again", "felt like being back at school"); after a subject or a negator "like" is the verb
# of liking ("I don't like being at school"), and the place stays what it is.
_LIKENING: Final = frozenset({BREAK, "felt", "feels", "it's", "its", "was", "is", "just"})


def likened_place(tokens: list[str], i: int) -> bool:
    """Is the word at ``i`` the place a scene is likened to ("like sharing at uni again")?"""
    j = i - 1
    if j > 0 and tokens[j] in ("the", "a"):
        j -= 1
    if j < 1 or tokens[j] not in _THERE:
        return False
    j -= 1
    if tokens[j] == "back":
        j -= 1
    if j > 0 and tokens[j].endswith("ing"):
        j -= 1  # "sharing", "being", "living"
    return j >= 0 and tokens[j] == "like" and (j == 0 or tokens[j - 1] in _LIKENING)


# An advert named by what it sells ("another payday loan poster", "a debt advert", "the
# insurance ads"): the trouble word classes the advert, no trouble of the writer's.
_ADVERTS: Final = frozenset(
    {"poster", "posters", "advert", "adverts", "ad", "ads", "billboard", "billboards",
     "leaflet", "leaflets", "flyer", "flyers"}
)  # fmt: skip
_ADVERT_REACH: Final = 2  # "payday loan poster": the advert after a two-word trouble


def names_an_advert(tokens: list[str], end: int) -> bool:
    """Does an advert follow the trouble word ending at ``end`` ("payday loan poster")?"""
    return (
        not _ADVERTS.isdisjoint(tokens[end : end + _ADVERT_REACH])
        and BREAK not in tokens[end : end + 1]
    )
