"""Feeling words in another sense, told by the grammar around them.

Why a module of its own: the emotion lexicon matches a spelling ("buzzing"), and the same
spelling also names a sound a thing makes. Which sense is meant is told by who does it, not by
a list of sentences, so the check lives here, beside the other readings of whose a feeling is
(``feeling_context``).

"Buzzing" is the writer's joy with no subject of its own ("Buzzing.", "still buzzing", "…,
buzzing for him"), with the writer as its subject ("I'm buzzing") or said of a group or a place
the writer is among ("the team's buzzing", "the office was buzzing"): every writer labelled
those joy. Said of other people ("the lads were buzzing"), whose feeling it is is read as for
any feeling word. Said of a thing or a body part ("hands still buzzing on the drive home", "pedal on
the harp buzzing again", "my phone kept buzzing"), it is a sound or a tingle, and the writers
who wrote it labelled worry or a fault, never joy.

"Shame" opening its part before what is regretted ("…, shame I can barely keep my eyes open for
it", "Shame it rained") or after "what a", "such a" or "it's a" is a pity, said of a thing that
fell short: no writer labelled shame there. "The shame I felt", "I feel shame that I had to
borrow" and "such shame" with no "a" stay the writer's shame.

"Empty" right before what is empty ("Wet week, empty forecourt, empty wallet", "the empty
galleries", "an empty stomach") says a place or a thing is empty: no writer labelled sadness
from one. Felt ("felt empty after the party", "flat and empty today", "the flat feels empty
without him") it stays the writer's, and so does a home come back to empty ("an empty flat", "a
big empty house"): loneliness, as every writer who told one labelled.

"Settled" said of an ailment or the weather ("Cold has settled on my chest", "the fog settled
in") is the ailment taking hold, no calm. The writer settled ("Settled in the harbour. Flat
calm", "I feel a lot more settled") stays calm, and so does a dispute settled ("Tribunal's over,
we settled", tried as no calm: the row's good news then read neutral).
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import (
    FIRST_PERSON,
    OTHER_PERSON,
    OTHERS_SUBJECT,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.people import GROUPS

_BUZZING: Final = "buzzing"
# Words that may stand between the one who buzzes and "buzzing": a link, a repeat or a degree
# ("hands still buzzing", "the phone was buzzing again", "I'm absolutely buzzing").
_BETWEEN: Final = frozenset(
    {"still", "again", "was", "were", "is", "are", "am", "been", "be", "keep", "keeps",
     "kept", "so", "absolutely", "proper", "properly", "totally", "just", "really",
     "literally", "actually", "well", "all", "honestly", "started", "starts", "start"}
)  # fmt: skip
# Who may be buzzing with joy: the writer, or nobody named before it in its clause.
_WRITER_OR_NONE: Final = FIRST_PERSON | frozenset({"im", "and", "so", "now", "then", BREAK})
# A place that stands for the people in it ("the office was buzzing", "the yard's buzzing").
_GATHERED: Final = frozenset(
    {"office", "kitchen", "ward", "room", "place", "pub", "yard", "site", "shop", "floor",
     "house", "station", "hall", "studio", "venue", "everyone", "everybody"}
)  # fmt: skip


def sound_of_a_thing(tokens: list[str], start: int, pos: int) -> bool:
    """Is "buzzing" at ``pos`` said of a thing or a body part ("pedal on the harp buzzing
    again", "hands still buzzing"), a sound or a tingle, not the writer's joy?"""
    if tokens[pos] != _BUZZING:
        return False
    j = pos - 1
    while j >= start and tokens[j] in _BETWEEN:
        j -= 1
    if j < start:
        return False  # "Buzzing.", "still buzzing": the writer's, unnamed
    subject = tokens[j].removesuffix("'s")
    # people buzzing are read by whose feeling it is (``feeling_context``), not as a sound
    people = OTHER_PERSON | OTHERS_SUBJECT
    return subject not in _WRITER_OR_NONE | GROUPS | _GATHERED | people


_SHAME: Final = "shame"
# What follows a pity's "shame": the thing regretted, "shame I missed it", "shame the sun went".
_REGRETTED: Final = frozenset(
    {"i", "i'm", "im", "it", "it's", "its", "we", "we're", "you", "they", "they're", "he",
     "she", "the", "that", "about", "there", "there's"}
)  # fmt: skip
# "what a shame", "such a shame", "it's a shame", "bit of a shame": the pity's openers.
_PITY_OPENERS: Final = frozenset(
    {"what", "such", "it's", "its", "is", "was", "of", "real", "bit", "crying"}
)  # fmt: skip


def a_pity(tokens: list[str], start: int, pos: int) -> bool:
    """Is "shame" at ``pos`` a pity ("shame I can barely keep my eyes open", "what a shame"),
    not the writer's shame? ``start`` is where its clause begins."""
    if tokens[pos] != _SHAME:
        return False
    if pos - 2 >= start and tokens[pos - 1] == "a" and tokens[pos - 2] in _PITY_OPENERS:
        return True
    opens = pos == start or tokens[pos - 1] in (BREAK, "but", "and", "so", "just")
    return opens and pos + 1 < len(tokens) and tokens[pos + 1] in _REGRETTED


# What may follow a felt "empty" without being the thing emptied ("empty today", "empty
# inside", "empty and flat").
_NOT_EMPTIED: Final = frozenset(
    {BREAK, "inside", "today", "tonight", "again", "now", "after", "without", "and", "since",
     "lately", "all", "these", "this", "most", "of", "but", "or", "so", "at", "in", "on",
     "because", "when", "for", "somehow", "really", "too", "as"}
)  # fmt: skip
_FELT: Final = frozenset({"feel", "felt", "feels", "feeling", "i'm", "am", "im"})
_HOMES: Final = frozenset({"flat", "flats", "house", "houses", "home", "bed", "bedroom", "room"})


def an_empty_thing(tokens: list[str], start: int, position: int) -> bool:
    """Is the "empty" at ``position`` said of the thing after it ("empty forecourt") rather
    than felt ("felt empty after the party")?"""
    if tokens[position] != "empty" or position + 1 >= len(tokens):
        return False
    if tokens[position + 1] in _NOT_EMPTIED or tokens[position + 1] in _HOMES:
        return False
    return _FELT.isdisjoint(tokens[max(start, position - 3) : position])


# What settles that is no one's calm: an ailment taking hold or the weather coming in ("Cold has
# settled on my chest", "the fog settled in").
_SETTLED: Final = frozenset({"settled", "settles", "settling"})
_SETTLING_THINGS: Final = frozenset(
    {"cold", "cough", "flu", "virus", "bug", "infection", "chest", "fog", "mist", "snow",
     "frost", "rain", "dust", "damp", "gloom", "murk", "pain", "ache", "cloud", "clouds"}
)  # fmt: skip
_SETTLING_LINKS: Final = frozenset({"has", "had", "have", "is", "was", "finally", "now", "just"})


def settled_in_another_sense(tokens: list[str], start: int, pos: int) -> bool:
    """Is the "settled" at ``pos`` an ailment or the weather taking hold ("Cold has settled on
    my chest"), not the writer's calm?"""
    if tokens[pos] not in _SETTLED:
        return False
    j = pos - 1
    while j >= start and tokens[j] in _SETTLING_LINKS:
        j -= 1
    return j >= start and tokens[j].removesuffix("'s") in _SETTLING_THINGS
