"""A leak told of a thing the writer names: a home's repair only when the thing is the home's.

Why a module of its own: "leak" is a home stressor by itself (``stress_keywords``: "a leak",
"the ceiling is leaking"), but a leak is as often told of a thing that is no part of a home:
swimming goggles, a window display's snow machine, a sleep mask, a stoma bag, a generator.
No writer labelled any of those a home repair, while every leak of a roof, a ceiling, a tap,
a pipe, a caravan or a flat was one. So where the sentence names what leaks, as the subject
of the verb ("the snow machine is leaking", "Goggles leak", "my mask leaked all night"), the
leak is the home's only when that thing is a part of a dwelling or the dwelling itself. A leak
named with no subject ("fixed the leak", "a leak under the sink") keeps its home reading.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# Parts and fittings of a home, and homes themselves: a leak of one is the home's.
_HOME_PARTS: Final = frozenset(
    {"roof", "roofs", "ceiling", "ceilings", "pipe", "pipes", "tap", "taps", "boiler",
     "radiator", "radiators", "shower", "toilet", "toilets", "loo", "bath", "bathroom",
     "kitchen", "sink", "window", "windows", "wall", "walls", "loft", "gutter", "gutters",
     "conservatory", "flat", "house", "home", "caravan", "tank", "cistern", "dishwasher",
     "fridge", "freezer", "skylight", "chimney", "attic", "cellar", "basement", "bedroom",
     "apartment", "bedsit", "tent", "place", "downpipe", "heating", "plumbing", "gas", "water"}
)  # fmt: skip
# The verb's forms; a bare "leak" / "leaks" is read as a verb only straight after its subject
# ("Goggles leak", "the new snorkel leaks"), and "leak" only after a plural that opens its
# part or follows an owner ("a chlorine leak" is a noun).
_VERB_FORMS: Final = frozenset({"leaking", "leaked"})
_BARE_FORMS: Final = frozenset({"leak", "leaks"})
# Words between a subject and its verb: "is leaking", "has been leaking", "keeps leaking".
_BETWEEN: Final = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "been", "keeps", "kept", "still",
     "started", "starts", "always", "already", "now", "just", "also"}
)  # fmt: skip
# No thing named: a pronoun or a determiner before the verb ("it's leaking", "something leaked").
_UNNAMED: Final = frozenset(
    {"it", "it's", "its", "that", "this", "something", "everything", "which", "what", "there",
     "a", "an", "the", "my", "our", "and", "but", "so", "i", "we", "they", "he", "she", "again"}
)  # fmt: skip
_OPENERS: Final = frozenset({"my", "our", "the"})


def _subject(tokens: list[str], i: int) -> int | None:
    """The position of the word the leak at ``i`` is told of, skipping the verb's helpers."""
    j = i - 1
    while j >= 0 and tokens[j] in _BETWEEN:
        j -= 1
    if j < 0 or tokens[j] == BREAK:
        return None
    return j


def leak_of_a_thing(tokens: list[str], i: int) -> bool:
    """Is the leak at ``i`` told of a named thing that is no part of a home ("the snow machine
    is leaking", "Goggles leak")? Then it is no repair of the writer's home."""
    word = tokens[i]
    if word not in _VERB_FORMS and word not in _BARE_FORMS:
        return False
    j = _subject(tokens, i)
    if j is None:
        return False
    thing = tokens[j].removesuffix("'s")
    if thing in _HOME_PARTS and _part_of_a_place(tokens, j):
        return True  # "the herbarium roof leaked", "band room roof's leaking": the place's
    if thing in _UNNAMED or thing in _HOME_PARTS or not thing.isalpha():
        return False
    if word in _BARE_FORMS:
        if j != i - 1 or (word == "leak" and not thing.endswith("s")):
            return False  # "a massive leak", "the chlorine leak": a noun, its thing unsaid
        if word == "leak" and j > 0 and tokens[j - 1] not in _OPENERS and tokens[j - 1] != BREAK:
            return False  # "two slow leaks" counts leaks; "my boots leak" tells of the boots
    # the washing machine is the home's
    return not (thing == "machine" and j > 0 and tokens[j - 1] == "washing")


# Places that are no one's home, named before a part of a building ("the church hall roof",
# "the herbarium roof"): the leak is the place's, no repair of the writer's home (a workshop's,
# a studio's or an office's leak is read as the writer's work, ``landlord_of_the_work``); a
# room named by what is done in it ("the band room roof") is such a place too, where a room of
# a home ("the spare room ceiling", "living room ceiling") stays the home's.
_NO_HOMES: Final = frozenset(
    {"herbarium", "church", "hall", "chapel", "clubhouse", "club", "pavilion", "school",
     "classroom", "gym", "library", "museum", "barn", "stable", "stables", "depot", "station",
     "hut", "theatre", "lab", "ward", "factory", "mill", "dojo", "rink", "arena", "stadium",
     "greenhouse", "polytunnel", "hangar"}
)  # fmt: skip
_ROOMS_OF_A_PLACE: Final = frozenset(
    {"band", "rehearsal", "practice", "staff", "changing", "function", "common", "music",
     "board", "meeting", "server", "dressing", "club", "committee", "class"}
)  # fmt: skip


def _part_of_a_place(tokens: list[str], j: int) -> bool:
    """Is the part of a building at ``j`` named by a place that is no one's home before it?"""
    if j == 0:
        return False
    before = tokens[j - 1].removesuffix("'s")
    if before in _NO_HOMES:
        return True
    return before == "room" and j > 1 and tokens[j - 2] in _ROOMS_OF_A_PLACE
