"""The thing a question weighs, and who or where it is done with.

A question names a thing in a slot it weighs ("does *knitting* help", "since taking up
*bouldering*"); an activity said beside it may be only its company ("canasta *with the
cousins*"), the place it is done at ("at the *climbing* centre") or the group an occasion is
shared with ("drinks with the netball girls"). These readers decide which of them is the
subject. They live apart from ``topics`` so that the topic classifier stays a readable list of
decisions, and these slot readers can grow without pushing it past the style limit.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from neuroleaf_desktop.domain.insights.asking import (
    ABOUT_ME,
    FRONTED_RX,
    SINCE_TAKEN_RX,
    SUBJECT_RX,
    WHAT_ABOUT_RX,
)
from neuroleaf_desktop.domain.insights.extract import done_in
from neuroleaf_desktop.domain.insights.feeling_signs import QUARREL_RX, QUARREL_WORD_RX
from neuroleaf_desktop.domain.insights.named_activity import find_activity
from neuroleaf_desktop.domain.insights.pursuits import kept_doing
from neuroleaf_desktop.domain.insights.things import (
    FILLED_TIMES,
    FRAMES,
    OCCASIONS,
    bare,
    new_phrase,
    thing_after,
    times_in,
)
from neuroleaf_desktop.domain.insights.vocabulary import KNOWN_WORDS, STOPWORDS, activity_pattern

_STRETCHES: Final = frozenset({"hour", "hours", "half-hour", "minutes", "afternoon", "evening"})
# The activities that are time with people.
_PEOPLE: Final = frozenset({"friends", "family"})


# Who a thing is done with: "with the cousins", "w/ all my aunties"; or what it is done with,
# on in the background: "crochet evenings *with a* film on".
_WITH_RX: Final = re.compile(r"\b(?:with|w/?)\s+(?:the |my |our |a |an |all (?:the|my) )?$", re.I)


# A doing's verb and the particle it takes, then what it handles: "writing *up my day*".
_PARTICLE_ON: Final = re.compile(r"[a-z]+ing (?:up|down|out) (?:[\w'-]+ ){0,2}[\w'-]+", re.I)


def _read_on(match: re.Match[str]) -> bool:
    """Whether a one-word doing read with its particle and object is an activity's own words
    ("writing up my day" is journaling), so the verb alone is no thing of its own."""
    on = _PARTICLE_ON.match(match.string, match.start("x"))
    if on is None or " " in match["x"].strip():
        return False
    known = KNOWN_WORDS.search(on[0])
    return known is not None and known.start() == 0


def new_thing(match: re.Match[str] | None) -> str:
    """The phrase a question weighs, unless it is a word the rules already read (a feeling,
    an activity, work) or says nothing ("does *it* help")."""
    if match is None:
        return ""
    phrase = match["x"]
    if _read_on(match):
        return ""  # a verb that takes its particle and object as an activity's words
    if QUARREL_RX.match(match.string, match.start("x")) or QUARREL_WORD_RX.search(phrase):
        return ""  # a row with someone is what befell, no pastime: "does fighting with Dad …"
    core = bare(phrase)  # judged without its frame: the salsa *class* is salsa
    if core.lower() in FRAMES or core.lower() in _STRETCHES:
        # a frame or a stretch of time alone names nothing: "the *sessions* with my
        # psychologist", "the *hour* with my therapist on Zoom"
        return ""
    words = set(core.lower().split())
    if words & STOPWORDS or times_in(core) or KNOWN_WORDS.search(core):
        return ""  # "why do *Sundays* make me sad" names a day, not a thing
    return phrase


def weighed_thing(text: str) -> str:
    """A thing no rule knows in a slot a question weighs (asked of, put up front, taken up)."""
    slots = (SUBJECT_RX, WHAT_ABOUT_RX, FRONTED_RX, SINCE_TAKEN_RX)
    for rx in slots:
        m = rx.search(text)
        if thing := new_thing(m):
            return done_in(text, m.end("x"), thing) if m is not None else thing
    return ""


# Who an occasion is shared with: "with my pals", or whose home it is held at ("games night
# *round at my mates'* flat", "poker night *over at my brother's*"): time with them.
_JOINED_RX: Final = re.compile(
    r"\s+(?:with\s+|(?:(?:round|over|up|down)\s+(?:at\s+)?|at\s+)"
    r"(?=(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])))",
    re.I,
)

# Someone's home a thing is had at: "at my parents'", "round at my sister's", "over at our mates'".
_AT_HOME_RX: Final = re.compile(
    r"\s+(?:(?:round|over|up|down)\s+(?:at\s+)?|at\s+)"
    r"(?=(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’]))",
    re.I,
)
# What is played or watched together indoors, so had at someone's home it is time with them.
_HOME_PASTIMES: Final = frozenset({"gaming", "tv"})


def company_of(
    text: str, activity: tuple[str, str] | None, activities: Collection[str]
) -> tuple[str, str] | None:
    """An occasion named by what is had at it, shared with a group ("drinks with the netball
    girls", "coffee with my mates") is time with them: the group's activity, not the drink;
    so are the evenings or nights a pastime fills with them ("board game nights with my pals"),
    wherever they are held."""
    if activity is None:
        return None
    at = text.lower().find(activity[1].lower())
    after = text[at + len(activity[1]) :]
    filled = re.match(r"\s+([a-z]+)", after, re.I)
    # ... and so are those nights held at a place the activity names ("quiz nights *down the
    # pub* with my mates"): the place only sets their scene
    held_at = re.search(r"\b[a-z]+ (?:" + "|".join(FILLED_TIMES) + r") $", text[:at], re.I)
    if activity[1].lower() in OCCASIONS or held_at:
        joined = _JOINED_RX.match(after)
    elif filled and filled[1].lower().removesuffix("s") + "s" in FILLED_TIMES:
        joined = _JOINED_RX.match(after[filled.end() :])
        after = after[filled.end() :]
    elif activity[0] in _HOME_PASTIMES:
        # a game or a film had at someone's home is a visit to them: "board games at my
        # parents'", "a film round at my sister's" (with them it is the game's: "canasta with
        # the cousins")
        joined = _AT_HOME_RX.match(after)
    else:
        return None
    company = joined and find_activity(after[joined.end() :], activities)
    return company if company and company[0] in ("friends", "family") else None


def as_company(text: str, activity: tuple[str, str]) -> bool:
    """Whether the activity is only named as who something is done with ("canasta with the
    uncles"); a meal or a catch-up with them is time with them ("brunches with the girls")."""
    # ... however it is had: "video calls", "long lunches" are calls and lunches
    if (thing := weighed_thing(text)) and bare(thing).lower().split()[-1] in OCCASIONS:
        return False
    # ... and so are evenings or nights had with them ("darts nights with the lads"); with a
    # film on, an evening is the thing's own ("crochet evenings with a film on")
    if thing and thing.lower().split()[-1] in FILLED_TIMES and activity[0] in _PEOPLE:
        return False
    hits = list(activity_pattern(activity[0]).finditer(text))
    return bool(hits) and all(_WITH_RX.search(text[: h.start()]) for h in hits)


# A place named by what is done there, said after the preposition that puts a thing in it:
# "at the *climbing* centre", "down at the *running* club".
_PLACE_OF: Final = re.compile(
    r"\b(?:at|in|to|from) (?:the|my|our|a|an|this|that) (?:local )?$", re.I
)
_PLACE_WORDS: Final = r"(?:gym|club|centre|center|hall|studio|wall|pool|track|park)\b"


def taken_up_at(text: str, activity: tuple[str, str]) -> str:
    """What the question says was taken up ("since taking up *bouldering*"), when the activity
    is named only after it, as the place it is done at; "" otherwise."""
    m = SINCE_TAKEN_RX.search(text)
    thing = new_thing(m)
    if m is None or not thing:
        return ""
    hits = list(activity_pattern(activity[0]).finditer(text))
    hits = hits or list(re.finditer(rf"\b{re.escape(activity[1])}\b", text, re.I))
    at_place = [
        h.start() > m.end()
        and bool(_PLACE_OF.search(text[: h.start()]))
        and bool(re.match(rf"\s*{_PLACE_WORDS}", text[h.end() :], re.I))
        for h in hits
    ]
    return thing if at_place and all(at_place) else ""


def weighed_phrase(text: str, activities: Collection[str]) -> str:
    """A thing of two or three words the question weighs and no rule knows ("tai chi", "hot
    yoga"): more specific than an activity one of its words names, unless the person logs
    that very phrase."""
    m = SUBJECT_RX.search(text)
    phrase = m["x"] if m is not None and new_phrase(m["x"]) else ""
    if not phrase and ABOUT_ME.search(text):
        found = thing_after(text)
        phrase = found if new_phrase(found) else ""
    if not phrase or kept_doing(phrase) or any(activity_pattern(a).fullmatch(bare(phrase))
                                               for a in activities):  # fmt: skip
        return ""
    return phrase
