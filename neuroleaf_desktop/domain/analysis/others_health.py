"""Health words that are someone else's: a heron's neck, a lady with dementia, a stag do sick.

Why a module of its own: a health word counted as the writer's strain wherever its part read
negative, and most writers labelled no health trouble where the word only said whose body it
was or who someone met was. Each reading here was chosen by its record across every writer's
labelled set (``word_uses.other_use`` and ``stressor_reading`` ask them):

* a body part right after someone else's or something's possessive ("a heron's neck", "Mam's
  hip op") is their body (``body_of_another``): every such chip was wrong, across writers
  ("my dog's leg" stays: a pet's illness is the writer's health worry by the guide);
* an illness that says who someone met is ("a lady with dementia", "the boy with the nut
  allergy", "people with Parkinson's", "a cancer diagnosis for a deaf man") is theirs
  (``illness_of_one_met``);
* being sick in a place said of someone else ("the stag do was sick in the cellar room") is a
  mess they made (``sick_where_another_was``);
* someone met who took or fell ill ("a passenger took ill at the services") is ill themself
  (``taken_ill_of_one_met``);
* an ailment given to someone else or made of them ("saying the buttercream gave her a
  headache", "the prawns made him ill") is theirs, their complaint or their bad night, where
  one given to the writer ("the fumes give me a headache", five writers' rows) stays health
  (``ailment_given_to_another``);
* an ailment on someone else's part ("the lump on his neck", "a rash on her arm") is theirs,
  and a clinician the writer sends someone to ("I said go to your GP", "told him to ring his
  doctor") is that someone's (``ailment_on_anothers_part``, ``clinician_advised``).
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import (
    CLOSE_PEOPLE,
    MISSED_BEINGS,
    OTHER_PERSON,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.people import STRANGERS
from neuroleaf_desktop.domain.analysis.stressor_forms import BODY_PARTS

# Body parts as the health topic names them ("neck", "knee", "teeth").
_BODY: Final = frozenset(BODY_PARTS) | {"tooth", "teeth", "throat", "tummy"}
# "'s" that is "is" or "has", not a possessive: "it's", "there's knee pain".
_NOT_POSSESSIVE: Final = frozenset(
    {"it's", "that's", "there's", "what's", "he's", "she's", "who's", "here's", "let's",
     "where's", "everything's", "nothing's", "something's"}
)  # fmt: skip


# People named in the plural: "the girls' wrists" reads "girls wrists".
_PEOPLE_MANY: Final = frozenset(
    w for w in OTHER_PERSON | MISSED_BEINGS | STRANGERS if w.endswith("s")
)


def body_of_another(written: list[str], i: int) -> bool:
    """Is the body part at ``i`` (in the text as written, possessives kept) someone else's or
    something's ("a heron's neck", "Mam's hip op")? Their body, not the writer's health."""
    return (
        i > 0
        and written[i] in _BODY
        and (
            (written[i - 1].endswith("'s") and written[i - 1] not in _NOT_POSSESSIVE)
            # of many, the apostrophe dropped in reading: "the girls' wrists"
            or written[i - 1] in _PEOPLE_MANY
        )
        # "my dog's leg", "my mum's hip": the writer's own pet or relative, whose illness the
        # guide counts as the writer's health worry
        and (i < 2 or written[i - 2] not in ("my", "our"))
    )


# People the writer meets in their work or out, named with an illness after "with" ("a lady
# with dementia", "the boy with the nut allergy", "people with Parkinson's"): the illness is
# theirs, a way of saying who they are. Not after "my" or "our" ("my boy with his asthma").
_ONES_MET: Final = STRANGERS | frozenset(
    {"patient", "patients", "client", "clients", "customer", "customers", "resident",
     "residents", "boy", "girl", "lad", "lass", "gentleman", "fella", "chap", "someone",
     "somebody"}
)  # fmt: skip
_ILLNESS_LEAD: Final = frozenset(
    {"a", "an", "the", "his", "her", "their", "bad", "severe", "early", "advanced", "terminal",
     "late", "stage", "chronic", "mild"}
)  # fmt: skip


# What ties someone met to the illness that says who they are: "a lady with dementia", and a
# treatment they are in the middle of ("a girl going through chemo", "a man undergoing
# dialysis"): theirs, not the writer's.
_GOING_THROUGH: Final = (("with",), ("going", "through"), ("undergoing",), ("recovering", "from"))


def illness_of_one_met(tokens: list[str], i: int) -> bool:
    """Is the illness at ``i`` named after "<someone met> with" ("lady with dementia") or
    "<someone met> going through" ("a girl going through chemo"), or before "for <someone
    met>" ("Interpreted a cancer diagnosis for a deaf man")?"""
    if _for_one_met(tokens, i):
        return True
    j = i - 1
    while j >= 0 and tokens[j] in _ILLNESS_LEAD and i - j <= 3:
        j -= 1
    tie = next(
        (t for t in _GOING_THROUGH if j >= len(t) and tuple(tokens[j - len(t) + 1 : j + 1]) == t),
        None,
    )
    if tie is None:
        return False
    j -= len(tie) - 1  # the tie's first word: who is named just before it
    who = tokens[j - 1]
    return who in _ONES_MET and (j < 2 or tokens[j - 2] not in ("my", "our"))


_FOR_REACH: Final = 2  # "cancer diagnosis for", "results for"
_ARTICLES: Final = frozenset({"a", "an", "the"})


def _for_one_met(tokens: list[str], i: int) -> bool:
    """Is "for a <someone met>" (one describing word allowed) just after the illness at ``i``?"""
    for k in range(i + 1, min(len(tokens), i + 1 + _FOR_REACH)):
        if tokens[k] == BREAK:
            return False
        if tokens[k] == "for":
            after = tokens[k + 1 : k + 4]
            return bool(after) and after[0] in _ARTICLES and not _ONES_MET.isdisjoint(after[1:])
    return False


# Someone met who took or fell ill ("a passenger took ill at the services", "a guest was
# taken ill during the speeches"): their illness, which the writer may tend but does not have.
# Not after "my" or "our" ("our boy fell ill" is the writer's family).
_TAKEN_ILL: Final = frozenset({"took", "takes", "taken", "fell", "falls", "fallen"})
_ILL: Final = frozenset({"ill", "poorly", "unwell", "sick"})
_TAKEN_LINKS: Final = frozenset({"was", "were", "got", "had", "has", "been", "suddenly", "then"})
_OTHERS_MET: Final = _ONES_MET | frozenset(
    {"guest", "guests", "pupil", "pupils", "visitor", "visitors", "diner", "diners"}
)


def taken_ill_of_one_met(tokens: list[str], i: int) -> bool:
    """Is the "ill" at ``i`` said of someone met who took or fell ill ("a passenger took ill")?"""
    if tokens[i] not in _ILL or i < 2 or tokens[i - 1] not in _TAKEN_ILL:
        return False
    j = i - 2
    while j >= 0 and tokens[j] in _TAKEN_LINKS:
        j -= 1
    return j >= 0 and tokens[j] in _OTHERS_MET and (j < 1 or tokens[j - 1] not in ("my", "our"))


# "Stag do was sick in the cellar room", "someone was sick on the stairs": being sick in a
# place, said of anyone but the writer, the writer's close family or a pet, is a mess someone
# else made ("I was sick on the bus", "the dog was sick all night" stay health).
_SICK_WHERE: Final = frozenset({"in", "on", "all", "everywhere", "over", "behind"})
_SICK_LINKS: Final = frozenset({"was", "were", "is", "are", "been", "got", "has", "had", "just"})
_OWN_OR_CLOSE: Final = CLOSE_PEOPLE | frozenset(
    {BREAK, "i", "i'm", "i've", "im", "ive", "we", "we're", "we've", "me", "us", "dog", "dogs",
     "cat", "cats", "puppy", "kitten", "pup"}
)  # fmt: skip


def sick_where_another_was(tokens: list[str], i: int) -> bool:
    """Is the "sick" at ``i`` someone else's being sick somewhere ("the stag do was sick in
    the cellar")? The subject must be named before a link ("was", "were")."""
    if tokens[i] != "sick" or i + 1 >= len(tokens) or tokens[i + 1] not in _SICK_WHERE:
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _SICK_LINKS:
        j -= 1
    return j >= 0 and j < i - 1 and tokens[j].removesuffix("'s") not in _OWN_OR_CLOSE


# An ailment given to her, him or them ("the buttercream gave her a headache", "the prawns made
# him ill"): the ailment is theirs. Words allowed between them and the ailment:
_GIVEN: Final = frozenset({"gave", "give", "gives", "giving", "given", "made", "make", "makes"})
_THIRD: Final = frozenset({"her", "him", "them"})
_AILMENT_LEAD: Final = frozenset({"a", "an", "some", "bad", "awful", "terrible", "food", "such"})


def ailment_given_to_another(tokens: list[str], i: int) -> bool:
    """Is the ailment at ``i`` one given to her, him or them ("gave her a headache", "made him
    ill") rather than to the writer ("give me a headache")?"""
    j = i - 1
    while j >= 0 and tokens[j] in _AILMENT_LEAD and i - j <= 2:
        j -= 1
    return j >= 1 and tokens[j] in _THIRD and tokens[j - 1] in _GIVEN


# An ailment told on someone else's part: "the lump on his neck", "a rash on her arm".
_ON_PART: Final = frozenset({"on", "in"})


def ailment_on_anothers_part(tokens: list[str], i: int, end: int) -> bool:
    """Is the ailment at ``tokens[i:end]`` told on her, his or their part ("the lump on his
    neck"), not on the writer's ("the lump on my neck")?"""
    return (
        end + 2 < len(tokens)
        and tokens[end] in _ON_PART
        and tokens[end + 1] in ("his", "her", "their")
        and tokens[end + 2] in _BODY
    )


# A clinician the writer sends someone else to: "I said go to your GP", "told him to ring his
# doctor", "told her to see the dentist". The writer's words open the advice.
_ADVISING: Final = (("i", "said"), ("i", "told"), ("told", "him"), ("told", "her"),
                    ("told", "them"))  # fmt: skip
_ADVICE_REACH: Final = 6


def clinician_advised(tokens: list[str], i: int) -> bool:
    """Is the clinician at ``i`` one the writer advised someone else to see ("I said go to your
    GP"), theirs, not the writer's?"""
    if i < 1 or tokens[i - 1] not in ("your", "his", "her", "their"):
        return False
    before = tokens[max(0, i - _ADVICE_REACH) : i]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    return any(tuple(before[k : k + 2]) in _ADVISING for k in range(len(before) - 1))
