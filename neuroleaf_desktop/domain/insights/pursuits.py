"""A pursuit named by a word before an everyday doing: "tightrope walking", "fire walking",
"cage fighting", "ice climbing".

The word before says what is walked on or with, or which specialised form it is, and so names
a different pursuit from the doing alone: someone asking whether tightrope walking calms them
asks about the tightrope, and a journal full of walks holds nothing about it. The answer is
that pursuit (a plain gap when the journal never names it), never the walk's items.

A word of place, pace, time, company or manner keeps the ordinary doing ("dog walking", "hill
walking", "power walking", "night walking", "trail running", "Nordic walking"): the walk is
still a walk wherever, however fast and with whomever it is taken.

Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.asking import SINCE_TAKEN_RX
from neuroleaf_desktop.domain.insights.things import (
    bare,
    new_phrase,
)
from neuroleaf_desktop.domain.insights.told_things import (
    whole_name,
)
from neuroleaf_desktop.domain.insights.vocabulary import activity_pattern, word_set

# The words before a doing that say where, how fast, when, with whom or how it is done: the
# doing stays itself.
KEPT_MODIFIERS: Final = word_set(
    # where
    "dog dogs hill hills fell fells trail trails mountain mountains forest woodland woods beach "
    "coastal coast cliff-top river riverside canal city town country countryside park street "
    "road roads treadmill track indoor outdoor urban rural sea lake lido pool water wild "
    "open-water cross-country off-road moor moorland desert jungle village garden "
    # how fast, how far, how often
    "power brisk fast slow speed long short distance marathon ultra endurance tempo interval "
    "daily regular casual gentle leisurely steady light heavy hard easy "
    # when
    "night evening morning weekend lunchtime dawn sunrise sunset winter summer autumn spring "
    # with whom, for what
    "group solo social family charity sponsored club team pram buggy "
    # in what manner
    "nordic barefoot mindful silent meditative competitive recreational"
)

# The doings of moving the body, whose -ing form a pursuit's word can stand before; a word
# before cooking or reading is mostly what is cooked or read ("thepla cooking"), no pursuit.
_MOVING: Final = frozenset({"walk", "exercise"})

# Where a pursuit's name stands: opening a clause, or after the words that take up, do or weigh
# it ("since I took *up* tightrope walking", "*has* wing walking helped", "*started* rope
# walking lessons").
_FRAME: Final = word_set(
    "up into started starting start begun began begin doing does do did has have had is was "
    "my the a an some of at for try tried trying and or about like love loving enjoy enjoying "
    "from since new took taken taking"
)
# Words standing before a doing that are verbs or their misspellings, never a pursuit's word:
# "does walking help", "*dose* runnin", "*said* swimming was", "*went* running".
_VERBS: Final = word_set("dose doez duz doe dos said went goes thinks reckons says keeps kept")
_BEFORE: Final = (
    r"(?:^|[,;:.!?(—–-]\s*|\b(?P<frame>[a-z]+)\s+)"
    r"(?P<mod>[a-z]{{3,}})[ -](?P<head>{head})\b"
)


def pursuit_named(text: str, activity: tuple[str, str] | None) -> str:
    """The compound of a word no rule knows and the doing ``activity`` was read from ("since I
    took up *tightrope walking*" → "tightrope walking"), when that word names a pursuit of its
    own; "" when the word keeps the ordinary doing (``KEPT_MODIFIERS``) or there is none. The
    compound is the subject whether or not the journal names it."""
    if taken := _taken_up(text):
        return taken
    if activity is None or activity[0] not in _MOVING or not activity[1].lower().endswith("ing"):
        return ""
    rx = re.compile(_BEFORE.format(head=re.escape(activity[1])), re.I)
    for m in rx.finditer(text):
        if m["mod"][:1].isupper() and m.start("mod") > 0:
            continue  # a name or a capitalised style: "Kate walking me home", "Nordic walking"
        if m["frame"] is not None and m["frame"].lower() not in _FRAME:
            continue
        mod = m["mod"].lower()
        if mod in KEPT_MODIFIERS | _FRAME | _VERBS or mod.endswith(("ly", "ed", "ing")):
            continue
        compound = f"{mod} {m['head'].lower()}"
        if new_phrase(compound):
            return compound
    return ""


def _taken_up(text: str) -> str:
    """A pursuit of two words said taken up, its doing one no rule reads ("since taking up *cage
    fighting*", "since I got into *sword fighting*"): both words, not the first alone."""
    m = SINCE_TAKEN_RX.search(text)
    if m is None or " " in m["x"]:
        return ""
    doing = re.match(r" ([a-z]{4,}ing)\b", text[m.end("x") :], re.I)
    mod = m["x"].lower()
    if doing is None:
        # ... or any pursuit of two or three words, the question asked straight after it
        # ("since starting *tai chi* am I calmer", "since getting into *Brazilian jiu jitsu*")
        return _whole(text, m.end("x"), m["x"])
    if mod in KEPT_MODIFIERS | _FRAME | _VERBS or mod.endswith(("ly", "ed")):
        return ""
    compound = f"{mod} {doing[1].lower()}"
    return compound if new_phrase(compound) else ""


def _whole(text: str, end: int, first: str) -> str:
    """The whole name of a pursuit whose first word is ``first``, unless it is a default
    activity in a frame ("yoga classes" is yoga)."""
    name = whole_name(text, end, first)
    known = ("walk", "exercise", "yoga", "music", "reading", "cooking", "nature", "journaling")
    if not name or " " not in name or any(activity_pattern(a).fullmatch(bare(name)) for a in known):
        return ""
    return name


def kept_doing(phrase: str) -> bool:
    """Whether a phrase is a walk or a run with only words of what is walked, where, how fast,
    when or with whom before it ("dog walking", "hill walking", "fell running"): the doing
    itself, never a new thing. A capitalised style ("Nordic walking") and a swim by its water
    ("sea swimming", "cold water swimming") are named as practices of their own."""
    *mods, head = phrase.split() or [""]
    walk_or_run = bool(activity_pattern("walk").fullmatch(head)) or head.lower() in _RUNS
    plain = all(m[:1].islower() and m in KEPT_MODIFIERS for m in mods)
    return bool(mods) and walk_or_run and head.lower().endswith("ing") and plain


_RUNS: Final = frozenset({"running", "jogging"})
