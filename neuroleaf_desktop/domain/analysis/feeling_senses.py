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
we settled", tried as no calm: the row's good news then read neutral). A symptom settling
("the night sweats have settled down", "my fever's settled") is news of the body, no calm;
an organ settling is left as it was ("my liver's settling down" was labelled calm).

"Gutted" said of a room, a building or a vehicle ("The kitchen's gutted", "the ground floor was
gutted by the fire", "the caravan got gutted in the blaze") is a place stripped bare, no
sadness: a fire or a flood told by what it left. The writer gutted ("I'm gutted", "Gutted we
lost") stays sadness, and so does a place that stands for the people in it ("the whole
building's gutted" when a judge retires), so offices, wards and buildings are not among them.
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
# What follows a pity's "shame": the thing regretted, "shame I missed it", "shame the sun went",
# or the reason for the pity ("shame cos the match was the best we've had", "shame because
# the food was lovely").
_REGRETTED: Final = frozenset(
    {"i", "i'm", "im", "it", "it's", "its", "we", "we're", "you", "they", "they're", "he",
     "she", "the", "that", "about", "there", "there's", "cos", "coz", "cause", "because",
     "as", "since", "really"}
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
# A symptom or the weather that calms ("the tics have calmed right down", "the rash has calmed
# down", "wind's calmed down at last") eases in the same way: the thing's, not the writer's.
_SETTLED: Final = frozenset({"settled", "settles", "settling", "calmed", "calms", "calming"})
_SETTLING_THINGS: Final = frozenset(
    {"cold", "cough", "flu", "virus", "bug", "infection", "chest", "fog", "mist", "snow",
     "frost", "rain", "dust", "damp", "gloom", "murk", "pain", "ache", "cloud", "clouds",
     # ... or a symptom easing ("the night sweats have settled down"): news of the body
     "sweats", "fever", "fevers", "temperature", "temp", "rash", "swelling", "nausea",
     "flare", "flares", "flare-up", "symptoms", "headache", "migraine", "tummy", "stomach",
     "tics", "tic", "twitch", "twitching", "spasms", "tremor", "tremors", "seizures", "itch",
     "itching", "wind", "winds", "sea", "seas", "storm", "waves", "weather"}
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


# "Ticked off" told of a task done is a box checked, no annoyance: what follows is the thing
# checked or the span it holds for ("ticked off three jobs", "ticked off the whole list",
# "ticked off for another three years"), or a thing stands before it ("the tax return ticked
# off", "Christmas cards all ticked off"). Said of the writer or with a degree ("I'm ticked off
# with the landlord", "so ticked off at my manager", "proper ticked off that …") it stays anger.
_TICKED_OFF: Final = "ticked off"
_CHECKED_ITEMS: Final = frozenset(
    {"the", "my", "our", "a", "an", "another", "all", "everything", "both", "most", "some",
     "each", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "half", "loads", "lots", "several", "list", "box", "boxes", "item", "items", "task",
     "tasks", "job", "jobs"}
)  # fmt: skip
# "ticked off for another three years", "ticked off for the term": a span held good; "ticked
# off for being late" is a telling-off, and stays as it was.
_SPANS: Final = frozenset(
    {"year", "years", "term", "terms", "month", "months", "season", "week", "weeks", "cycle",
     "quarter", "round", "inspection", "audit"}
)  # fmt: skip
_SPAN_OPENERS: Final = frozenset({"another", "next", "a", "the", "this", "two", "three", "five"})
# Words between what was checked and "ticked off" ("cards all ticked off", "that's done and
# ticked off")
_CHECK_LINKS: Final = frozenset(
    {"all", "now", "finally", "just", "been", "got", "get", "is", "are", "was", "were", "be",
     "both", "done", "and", "officially"}
)  # fmt: skip
# Who or what may be ticked off in temper: the writer, others, or a degree before it.
_TEMPERED: Final = frozenset(
    {"so", "really", "proper", "properly", "bit", "well", "right", "pretty", "quite", "very",
     "more", "absolutely", "totally", "feeling", "felt", "feel", "getting", "gets", "little",
     "slightly", "massively", "seriously", "majorly", "thoroughly", "bloody", "dead", "too",
     "somewhat", "kinda", "im", "but", "because", "cos", BREAK}
)  # fmt: skip


def box_ticked(tokens: list[str], start: int, pos: int) -> bool:
    """Is the "ticked off" at ``pos`` a task checked off ("ticked off for another three years",
    "the tax return ticked off"), not the writer's annoyance? ``start`` is where its clause
    begins."""
    if tokens[pos : pos + 2] != _TICKED_OFF.split():
        return False
    after = tokens[pos + 2 : pos + 4]
    if after and after[0] in _CHECKED_ITEMS:
        return True
    if after[:1] == ["for"] and len(tokens) > pos + 3:
        span = tokens[pos + 3 : pos + 6]
        if span and span[0] in _SPAN_OPENERS and not _SPANS.isdisjoint(span):
            return True
    j = pos - 1
    while j >= start and tokens[j] in _CHECK_LINKS:
        j -= 1
    if j < start:
        return False  # "Ticked off." alone, or "Ticked off with the lot of them"
    before = tokens[j]
    people = FIRST_PERSON | OTHER_PERSON | OTHERS_SUBJECT | GROUPS
    return before not in people | _TEMPERED and not before.endswith("'m")


# Rooms, homes and vehicles that can be gutted by a fire, a flood or builders; not a place
# that stands for its people ("the office", "the ward", "the building").
_GUTTED_PLACES: Final = frozenset(
    {"kitchen", "bathroom", "lounge", "bedroom", "bedrooms", "loft", "attic", "garage", "shed",
     "house", "flat", "caravan", "van", "car", "floor", "downstairs", "upstairs", "basement",
     "cellar", "extension", "barn", "shop", "interior", "inside", "roof", "rooms", "home"}
)  # fmt: skip
_GUTTING_LINKS: Final = frozenset(
    {"is", "was", "were", "are", "been", "be", "being", "has", "have", "had", "got", "get",
     "gets", "completely", "totally", "fully", "all", "just", "now", "already", "entirely",
     "basically", "properly", "pretty", "much"}
)  # fmt: skip
# What guts a place when "gutted by" or "gutted in" names it ("gutted by the fire").
_GUTTERS: Final = frozenset({"fire", "fires", "flood", "floods", "blaze", "storm", "builders"})


def a_place_gutted(tokens: list[str], start: int, pos: int) -> bool:
    """Is the "gutted" at ``pos`` said of a place stripped bare ("The kitchen's gutted", "the
    caravan was gutted by the fire"), not the writer's sadness?"""
    if tokens[pos] != "gutted":
        return False
    if tokens[pos + 1 : pos + 2] in (["by"], ["in"]) and tokens[pos + 2 : pos + 3] in (
        ["the"],
        ["a"],
    ):
        writer = FIRST_PERSON | {"im", "i'm", "gutted"}
        if tokens[pos + 3 : pos + 4] and tokens[pos + 3].removesuffix("'s") in _GUTTERS:
            return start < pos and writer.isdisjoint(tokens[start:pos])  # not "I'm gutted by"
    j = pos - 1
    while j >= start and tokens[j] in _GUTTING_LINKS:
        j -= 1
    return j >= start and tokens[j].removesuffix("'s") in _GUTTED_PLACES
