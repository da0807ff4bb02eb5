"""Trouble words that measure or class something else: a depth, a kit, a ward, a wet thing.

Why a module of its own: each reading here takes a stressor word as naming a measure, a kind
or a place that belongs to someone else, not a trouble of the writer's, and they are read
beside ``word_uses`` (which holds the other such uses) without growing it past the module
size. Each was chosen by the word's record across every writer's labelled rows:

* a body part as a depth ("mud to the knees", "soaked to the knees", "mud to our knees", "up
  to my knees") or as the kit worn on it
  ("knee pads £45", "shin guards"): no writer labelled a hurt there; "spread to my knees" and
  "my knee brace" stay the writer's;
* a family word before a ward, a unit or its staff ("the whole children's unit", "the baby
  unit", "kids' ward") names a place of work or care, as an illness word before one does;
* a relative told "of the" someone ("Mother of the bride told me I had no taste") is that
  someone's relative, a customer or a stranger, no family of the writer's;
* the team named before a meal or a round of drinks ("Team curry, terrible jokes", "team
  lunch", "Friday team drinks") is the occasion, colleagues as company: none of the eight
  writers who told one labelled a strain ("work drinks" is left alone: writers dread those);
* a clinician's office ("cried in the physio's office") is where the writer was seen, a
  clinic, not the writer's work;
* "damp" said of a thing ("the smell of damp donations", "damp towels") or of the weather
  ("worse for the breathing when it's damp like this") is no damp home; damp in a room, on a
  boat or in a sleeping bag ("the damp in the bedroom", "sleeping bag's damp") stays the
  home's, as every writer who told one labelled;
* one parent named with "the" ("The mum laughed so hard the probe slipped") is a parent the
  writer meets through the work, as "a mum" is, no family of the writer's;
* a relative's event named as where or when something happened ("Batteries died in the middle
  of my daughter's school play") names whose event it was, no trouble with the relative, and
  a relative's home named as where the writer went, came from or was ("got lost driving to my
  sister's house", "the lambs came from my brother's farm", the home left unsaid: "at Mum's for
  the weekend") is a place, as "walked to work" is.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# A depth reached on the body: "mud to the knees", "soaked to the waist". "To my knees" is
# the writer's own ("spread to my knees"), so only "the" opens a depth; a reach told with "up
# to" ("water up to my knees", "rolled right up to my knees") and a depth shared by a group
# ("mud to our knees", "snow to their waists") are measures too, whoever's parts they are.
_DEPTH_PARTS: Final = frozenset(
    {"knee", "knees", "ankle", "ankles", "shin", "shins", "hip", "hips", "waist", "neck",
     "shoulder", "shoulders", "elbow", "elbows", "wrist", "wrists", "thigh", "thighs"}
)  # fmt: skip
_GROUPS: Final = frozenset({"our", "their"})
_OWNERS: Final = frozenset({"my", "our", "his", "her", "their", "your"})
# Kit worn on a part, named by the part: "knee pads", "shin guards", "wrist straps".
_KIT: Final = frozenset(
    {"pad", "pads", "guard", "guards", "warmer", "warmers", "strap", "straps", "length",
     "deep", "high", "socks"}
)  # fmt: skip


def part_as_a_measure(tokens: list[str], i: int, end: int) -> bool:
    """Is the body part at ``tokens[i:end]`` a depth ("mud to the knees") or the name of a kit
    ("knee pads") rather than a part that hurts?"""
    if end != i + 1 or tokens[i] not in _DEPTH_PARTS:
        return False
    if end < len(tokens) and tokens[end] in _KIT:
        return True
    if i < 2 or tokens[i - 2] != "to":
        return False
    if tokens[i - 1] in _GROUPS:
        return True
    return tokens[i - 1] == "the" or (i >= 3 and tokens[i - 3] == "up" and tokens[i - 1] in _OWNERS)


# A ward, a unit or staff after a family word: "the children's unit", "the baby unit".
_PLACE_OR_STAFF: Final = frozenset(
    {"ward", "wards", "unit", "units", "hospital", "hospice", "nurse", "nurses", "department",
     "service", "services", "charity", "centre", "center", "bay", "team", "section"}
)  # fmt: skip
_YOUNG: Final = frozenset({"children", "child", "kids", "kid", "baby", "babies"})
# Relatives that "of the …" makes someone else's: "mother of the bride", "father of the groom".
_RELATIVES: Final = frozenset(
    {"mother", "father", "mum", "dad", "mom", "sister", "brother", "aunt", "uncle", "son",
     "daughter", "grandmother", "grandfather"}
)  # fmt: skip
_OTHERS_AFTER_OF: Final = frozenset({"the", "a", "an", "his", "her", "their", "this", "that"})


# One parent named with "the" ("The mum laughed so hard the probe slipped", "the dad sang to
# her"): a parent the writer meets through the work, a patient's or a pupil's, as "a mum" and
# "one dad" are; no writer of the six rows that tell one labelled family. The writer's own
# parent is "my", "our" or the bare name ("Mum rang"); "the kids" and "the parents" stay, as
# writers use them of their own.
_PARENTS: Final = frozenset({"mum", "mom", "mam", "dad", "mother", "father"})


# A relative's event named as where or when something happened ("Batteries died in the middle
# of my daughter's school play", "Reading out loud at my nephew's christening"): the relative
# names whose event it was, no trouble with them; an event the writer was kept from ("meant to
# be at my daughter's parents' evening", "missed my niece's christening") is read elsewhere.
_EVENTS: Final = frozenset(
    {"play", "wedding", "christening", "nativity", "concert", "recital", "party", "birthday",
     "graduation", "match", "game", "show", "assembly", "performance", "race", "gig"}
)  # fmt: skip
_EVENT_MODIFIERS: Final = frozenset({"school", "football", "dance", "swimming", "leaving"})
_AT_EVENT: Final = frozenset({"at", "during", "middle"})
_KEPT_FROM: Final = frozenset(
    {"meant", "supposed", "should", "should've", "couldn't", "can't", "cannot", "won't",
     "miss", "missed", "missing", "instead", "not", "never"}
)  # fmt: skip
_EVENT_REACH: Final = 3


# A relative's home named as a place the writer went to, came from or was at ("driving to my
# own sister's house", "came from my brother's farm", "round my mum's place"): where, not a
# trouble with the relative. The plural's apostrophe is dropped by the tokenizer, so "my
# parents' house" is read from the home word after "parents".
_HOMES: Final = frozenset(
    {"house", "flat", "place", "home", "bungalow", "cottage", "farm", "caravan", "garden"}
)  # fmt: skip
_HOME_OWNERS: Final = _RELATIVES | frozenset(
    {"nan", "nana", "gran", "grandma", "grandad", "granny", "auntie", "grandparents", "parents",
     "cousin"}
)  # fmt: skip
_TO_OR_FROM: Final = frozenset(
    {"to", "from", "at", "round", "outside", "near", "towards", "into", "in", "on"}
)
# ... or a room or a bed of theirs the writer stays in ("moving into the mother-in-law's box
# room", "three weeks in my sister's spare room", "stuck on my nan's settee"): where the writer
# lives for now, as their house is.
_ROOMS_OF_A_HOME: Final = frozenset(
    {"room", "bedroom", "sofa", "settee", "couch", "loft", "attic", "annexe", "annex",
     "basement", "cellar", "floor"}
)  # fmt: skip
_KINDS_OF_ROOM: Final = frozenset({"box", "spare", "back", "front", "guest", "old"})
_OWNED_BY: Final = frozenset({"my", "our", "own", "the", "of"})
# The home left unsaid ("Sunday roast at Mom's in Dudley", "everyone's at Nan's for dinner",
# "heading to my sister's for the weekend"): the possessive with no noun after it, only where
# or when, is the relative's home, a place as "my sister's house" is.
_AFTER_A_HOME: Final = frozenset(
    {"for", "in", "on", "with", "over", "till", "until", "after", "before", "this", "last",
     "next", "tonight", "today", "tomorrow", "yesterday", "again", "now", BREAK,
     # ... or a link to what happened there ("at my brother's and nobody's getting a wink",
     # "staying at my dad's since the flood")
     "and", "since", "so", "because", "while",
     # ... or the home named after a plural ("at my in-laws' place")
     "place", "house"}
)  # fmt: skip


# Relatives named in the plural, whose home's apostrophe the tokenizer drops ("at my
# in-laws'", "round my parents' for tea"), and what is said *at* people rather than at their
# home ("snapped at my parents again", "shouted at the in-laws").
_PLURAL_OWNERS: Final = (("in", "laws"), ("parents",), ("grandparents",))
_SAID_AT: Final = frozenset(
    {"shouted", "shouting", "snapped", "snapping", "yelled", "yelling", "screamed", "swore",
     "swearing", "lashed", "angry", "mad", "cross", "furious", "fuming", "annoyed", "laughed",
     "laughing", "looked", "stared", "glared", "moaned", "moaning", "having", "had", "go",
     "went", "lost", "kicked", "flew", "blew", "raging"}
)  # fmt: skip


def _plural_relatives_home(tokens: list[str], i: int, end: int) -> bool:
    """ "Lost a contact lens at my in-laws'", "tea round our parents' tonight": the plural
    relatives with no noun after them, only where or when, after "at", "to" or "round", are
    their home, unless what comes before says something was said or done at them."""
    if tuple(tokens[i:end]) not in _PLURAL_OWNERS:
        return False
    if end < len(tokens) and tokens[end] not in _AFTER_A_HOME:
        return False
    k = i - 1
    while k >= 0 and tokens[k] in ("my", "our", "the") and i - k <= _EVENT_REACH:
        k -= 1
    if k < 0 or tokens[k] not in ("at", "to", "round"):
        return False
    return k == 0 or tokens[k - 1] not in _SAID_AT


def relatives_event_as_setting(tokens: list[str], i: int, end: int) -> bool:
    """Is the relative at ``i`` ("my daughter's", in ``tokens`` as written, possessives kept)
    the owner of an event named as where or when something happened ("in the middle of my
    daughter's school play") or of a home named as where the writer went ("driving to my
    sister's house", "at Mum's for the weekend", "at my in-laws'")?"""
    if _plural_relatives_home(tokens, i, end):
        return True
    word = tokens[i]
    if tokens[i + 1 : end] == ["in", "law's"]:
        word = f"{word}'s"  # "the mother-in-law's box room": the in-law's, read as the parent's
    elif end != i + 1:
        return False
    after = tokens[end : end + 2]
    bare = word.removesuffix("'s")
    owned = word != bare and bare in _HOME_OWNERS  # "my sister's", "the mother-in-law's"
    if (
        (
            after
            and after[0] in _HOMES
            and bare in _HOME_OWNERS
            and (word != bare or bare.endswith("s"))
        )
        or (owned and (not after or after[0] in _AFTER_A_HOME))
        or (owned and _a_room_of_theirs(after))
    ):
        places = _TO_OR_FROM
    elif (
        word != bare
        and bare in _RELATIVES
        and after
        and (
            after[0] in _EVENTS
            or (after[0] in _EVENT_MODIFIERS and after[1:] and after[1] in _EVENTS)
        )
    ):
        places = _AT_EVENT
    else:
        return False
    k = i - 1
    while k >= 0 and tokens[k] in _OWNED_BY and i - k <= _EVENT_REACH:
        k -= 1
    if k < 0 or tokens[k] not in places:
        return False
    if places is _TO_OR_FROM:
        return True  # "missed the turning on the way to my brother's house": still a place
    start = k
    while start > 0 and tokens[start - 1] != BREAK:
        start -= 1
    return _KEPT_FROM.isdisjoint(tokens[start:k])


def _a_room_of_theirs(after: list[str]) -> bool:
    """ "sofa", "loft", "spare room", "back bedroom": a room or a bed of a home (a kind of
    room only before "room" or "bedroom": "my sister's back" is her body)."""
    if not after:
        return False
    if after[0] in _ROOMS_OF_A_HOME:
        return True
    return after[0] in _KINDS_OF_ROOM and after[1:2] in (["room"], ["bedroom"])


def family_word_of_another(tokens: list[str], i: int, end: int) -> bool:
    """Is the family word at ``tokens[i:end]`` a place's name ("the children's unit"), a
    relative of someone named after "of" ("Mother of the bride") or one parent named with
    "the" ("The mum laughed")?"""
    word = tokens[i]
    if word in _YOUNG and end < len(tokens) and tokens[end] in _PLACE_OR_STAFF:
        return True
    if end == i + 1 and word.removesuffix("'s") in _PARENTS and i >= 1 and tokens[i - 1] == "the":
        return True
    if _parent_of_the_children(tokens, i, end):
        return True  # "The twins' mum texted at 7": the mother of children the writer minds
    if word == "family" and _a_family_placed(tokens, i, end):
        return True  # "The family in the public gallery sobbed": a family the writer saw
    if word in ("parents", "parent") and _parents_of_a_kind(tokens, i, end):
        return True  # "called 'the handyman' by parents who've never learnt my name"
    return (
        word in _RELATIVES
        and end + 1 < len(tokens)
        and tokens[end] == "of"
        and tokens[end + 1] in _OTHERS_AFTER_OF
    )


# Children named with "the" and their parent after them ("the twins' mum", "the kids' dad";
# the apostrophe is gone once read): the parent of children the writer minds or teaches, no
# relative of the writer's, nor are the children in that phrase the writer's own.
_CHILDREN: Final = _YOUNG | frozenset({"twins", "boys", "girls"})


def _parent_of_the_children(tokens: list[str], i: int, end: int) -> bool:
    if end != i + 1:
        return False
    word = tokens[i]
    if word in _PARENTS:
        return i >= 2 and tokens[i - 1] in _CHILDREN and tokens[i - 2] == "the"
    if word in _CHILDREN and i >= 1 and tokens[i - 1] == "the":
        return end < len(tokens) and tokens[end] in _PARENTS
    return False


# "The family" placed where the writer saw them ("the family in the public gallery", "the
# family at the next table"): a family met, no family of the writer's. A home after it ("the
# family at home") keeps it the writer's.
_PLACED_BY: Final = frozenset({"in", "at", "on", "from"})
_AT_HOME: Final = frozenset({"home", "house", "christmas", "weekend"})


def _a_family_placed(tokens: list[str], i: int, end: int) -> bool:
    return (
        i >= 1
        and tokens[i - 1] == "the"
        and end + 2 < len(tokens)
        and tokens[end] in _PLACED_BY
        and tokens[end + 1] in ("the", "a")
        and tokens[end + 2] not in _AT_HOME
    )


# Parents told of as a kind of people, bare after "by" or before "who" ("love being called
# 'the handyman' by parents who've never learnt my name", "complaints from parents who …"):
# the parents of the children the writer works with, no family of the writer's. The writer's
# own are "my" or "our" parents, or bare as a sentence's subject ("Parents keep asking …").
_BY_A_KIND: Final = frozenset({"by", "from"})
_WHO: Final = frozenset({"who", "who've", "who'd", "who're", "that"})


def _parents_of_a_kind(tokens: list[str], i: int, end: int) -> bool:
    before = tokens[i - 1] if i >= 1 else BREAK
    if before in ("my", "our", "your", "his", "her", "their", "the"):
        return False
    return before in _BY_A_KIND or (end < len(tokens) and tokens[end] in _WHO)


# Clinicians whose office is where the writer is seen: "cried in the physio's office".
_CLINICIANS: Final = frozenset(
    {"physio", "physio's", "doctor", "doctor's", "gp", "gp's", "dentist", "dentist's",
     "consultant", "consultant's", "therapist", "therapist's", "counsellor", "counsellor's",
     "surgeon", "surgeon's", "optician", "optician's", "nurse", "nurse's", "vet", "vet's"}
)  # fmt: skip


def a_clinicians_office(tokens: list[str], i: int) -> bool:
    """Is the office at ``i`` a clinician's ("the physio's office"), a clinic, not the work?"""
    return tokens[i] == "office" and i >= 1 and tokens[i - 1] in _CLINICIANS


# What damp said of a home is in or on: the next word after "damp" that keeps it the home's
# ("damp patch", "damp walls", "damp in the bedroom", "damp and mould").
_DAMP_OF_A_HOME: Final = frozenset(
    {BREAK, "in", "on", "patch", "patches", "wall", "walls", "ceiling", "ceilings", "corner",
     "corners", "problem", "problems", "flat", "house", "room", "bedroom", "bathroom",
     "kitchen", "everywhere", "and", "is", "was", "has", "again", "coming", "spreading",
     "smell", "proofing", "course", "mould", "mold", "survey", "issue", "issues", "spot",
     "spots", "getting", "creeping", "rising", "back"}
)  # fmt: skip
_WEATHER_SUBJECTS: Final = frozenset({"it's", "its", "it"})


def damp_thing_or_weather(tokens: list[str], i: int) -> bool:
    """Is the "damp" at ``i`` said of a thing after it ("damp donations") or of the weather
    ("when it's damp like this") rather than of the home?"""
    if tokens[i] != "damp":
        return False
    if i >= 1 and tokens[i - 1] in _WEATHER_SUBJECTS:
        return True  # "when it's damp like this": the weather
    if i >= 2 and tokens[i - 1] == "is" and tokens[i - 2] == "it":
        return True
    if i + 1 >= len(tokens) or tokens[i + 1] in _DAMP_OF_A_HOME:
        return False
    before = tokens[i - 1] if i >= 1 else BREAK
    return before in ("of", "the", "a", "some", "with", BREAK) and tokens[i + 1].isalpha()


# A boiler placed in or at a building that is not a home ("Boiler in the sports hall packed
# in", "Boiler in the infants' block broken again"): the building's, a job of the writer's
# work, no repair of their own home. A room of a home after it ("the boiler in the kitchen",
# "in the loft") keeps it the writer's.
_ROOMS: Final = frozenset(
    {"kitchen", "loft", "attic", "cupboard", "bathroom", "bedroom", "utility", "hallway",
     "garage", "cellar", "basement", "flat", "house", "home", "airing", "lounge"}
)  # fmt: skip
_PLACED_REACH: Final = 3


def boiler_of_a_place(tokens: list[str], i: int) -> bool:
    """Is the boiler at ``i`` placed "in the" or "at the" some building not a home?"""
    if tokens[i] != "boiler" or i + 2 >= len(tokens):
        return False
    if tokens[i + 1] not in ("in", "at") or tokens[i + 2] not in ("the", "a"):
        return False
    place = tokens[i + 3 : i + 3 + _PLACED_REACH]
    if BREAK in place:
        place = place[: place.index(BREAK)]
    return bool(place) and _ROOMS.isdisjoint(place)


# A repair placed about the town ("an emergency leak across town", "every boiler in town gives
# up"), or every one of them: the homes of the people the writer goes out to, a day's work, no
# repair of the writer's own home.
_ABOUT: Final = frozenset({"in", "across", "around", "round", "over"})
_TOWNS: Final = frozenset({"town", "city", "village"})
_EVERY: Final = frozenset({"every", "everyone's", "everybody's"})


def repair_about_town(tokens: list[str], i: int) -> bool:
    """Is the repair word at ``i`` placed "across town" (or "in the city" …) or said of
    every home?"""
    if i > 0 and tokens[i - 1] in _EVERY:
        return True
    after = tokens[i + 1 : i + 1 + _PLACED_REACH + 1]
    return any(
        a in _ABOUT and (b in _TOWNS or (b == "the" and c in _TOWNS))
        for a, b, c in zip(after, [*after[1:], ""], [*after[2:], "", ""], strict=False)
    )


# A meal or a round the team shares: "team curry", "team lunch", "team drinks".
_TEAM_OCCASIONS: Final = frozenset(
    {"curry", "lunch", "lunches", "dinner", "meal", "meals", "drinks", "breakfast", "brunch",
     "bbq", "barbecue", "pizza", "picnic", "takeaway"}
)  # fmt: skip


def team_occasion(tokens: list[str], i: int, end: int) -> bool:
    """Is the team word at ``tokens[i:end]`` the name of a meal or drinks it shares ("Team
    curry, terrible jokes, needed that")?"""
    return tokens[i:end] == ["team"] and end < len(tokens) and tokens[end] in _TEAM_OCCASIONS
