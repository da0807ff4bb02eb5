"""A relative's own trouble told with the writer outside it: theirs, not the writer's stress.

Why: a sentence that opens on a relative or partner and tells what befell them ("My sister's
going through a nasty divorce", "Nan's in with a chest infection", "Dad's hearing aids have
packed in", "My cousin's house flooded again") chipped the relative's category (and the
trouble's: health, work) as the writer's stress. The labelling guide counts a close person's
trouble as the writer's only when the writer is worried or affected by it; across every
writer's rows, such sentences with no word of the writer's in them and no unpleasant feeling
of the writer's anywhere in the entry were labelled with no stressor of the writer's in all
but a few. When the writer speaks of themself in the sentence ("… and I'm the one who lives
closest", "… and I can't get home for it") or names a worry elsewhere in the entry ("Of course
I'm worried sick."), the trouble stays theirs too, as before. A friend, colleague or neighbour
who opens such a sentence ("A friend from the support group … is in hospital") is read the
same way, and so is a flatmate or a roommate ("Roommate injured her Achilles"); after a friend
or a flatmate, the writer only lost for words ("… and I don't know what to say to her") is
sympathy, not the writer's own part in it (every such row across writers: no stressor). So is
the writer only feeling for the one the sentence opens on ("My brother-in-law's outfit went
under, I feel for him", "… so unfair on him"), with or without a feeling beside it.

Left as they are: a relative who keeps doing something, never does it, asks for something or
is in trouble again ("Mum keeps saying …", "husband never does the dishes", "my brother is
broke again and asking for money", "Dad's blood pressure is up again"), which the writer
lives with; a quarrel ("mum and dad were bickering
all through lunch"), which the labelled set counts as the writer's; and a trouble said to reach
a whole household ("… has shaken the whole family", "the whole house is tense"), which holds
the writer.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import Clause
from neuroleaf_desktop.domain.analysis.codas import Sentences
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of, stressful_by_itself

# Relatives and partners who can open such a sentence ("my sister's …", "Nan's …", "our
# daughter …", "wife …"); "in law" after one of them is part of the name. Friends and
# neighbours ("a friend from the support group …") open it too. Not "the kids": children at
# home are as often the trouble itself ("the kids were loud and chaotic all day").
RELATIVES: Final = frozenset(
    {"mum", "mom", "mother", "dad", "father", "parents", "sister", "brother", "son",
     "daughter", "grandma", "grandpa", "gran", "granny", "nan", "nana",
     "grandmother", "grandfather", "grandad", "grandparents", "uncle", "aunt", "auntie",
     "cousin", "niece", "nephew", "stepdad", "stepmum", "stepmom", "partner", "husband",
     "wife", "boyfriend", "girlfriend", "fiance", "fiancee"}
)  # fmt: skip
_OWNERS: Final = frozenset({"my", "our", "a"})
_FRIENDS: Final = frozenset(
    {"friend", "mate", "colleague", "neighbour", "neighbor", "someone", "flatmate", "housemate",
     "roommate"}
)  # fmt: skip
# The writer in the sentence: as subject, object or owner of anything but the relative.
_WRITER: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my", "myself", "mine", "we",
     "we're", "we've", "we'd", "we'll", "us", "our", "ours"}
)  # fmt: skip
# A repeated act or trouble the writer lives with, a habit that leaves the writer a share
# ("never does the dishes"), or a request made of them.
_REPEATED: Final = frozenset(
    {"keeps", "keep", "kept", "another", "again", "never", "asking", "asked", "asks"}
)  # fmt: skip


# What befalls the relative themself: an illness or injury (any health stressor), a job or a
# partner lost, or one of these words of a hard time ("going through a divorce", "her shop was
# broken into", "the baby's teething"). Their mood or conduct towards others ("Dad was in a foul
# mood", "my brother still hasn't paid back the loan") is no trouble of their own: it may be
# the writer's strain, and stays.
OWN_TROUBLE_KEYWORDS: Final = frozenset({"job loss", "burnout", "breakup"})
OWN_TROUBLE_WORDS: Final = frozenset(
    {"diagnosed", "divorce", "divorcing", "struggling", "burgled", "flooded", "flood",
     "teething", "redundant", "hospital", "hospice", "surgery", "screening", "funeral"}
)  # fmt: skip
OWN_TROUBLE_PAIRS: Final = frozenset(
    {("going", "through"), ("falling", "apart"), ("broken", "into"), ("awful", "time"),
     ("hard", "time"), ("rough", "time"), ("tough", "time"), ("terrible", "time"),
     ("rotten", "time"), ("horrible", "time"), ("miserable", "time"), ("grim", "time"),
     ("packed", "in")}
)  # fmt: skip


# A living lost ("lost her job", "losing his business"): befalls them as being made redundant does.
_LOST: Final = frozenset({"lost", "losing", "lose", "loses"})
_THEIR_LIVING: Final = frozenset({"job", "jobs", "business", "shop", "licence", "license", "home"})


def _befalls_them(sentence: list[Clause], words: list[str]) -> bool:
    """Does the sentence tell of something that befell the relative (``OWN_TROUBLE_*``)?"""
    if any(
        category_of(s.keyword) == "health" or s.keyword in OWN_TROUBLE_KEYWORDS
        for c in sentence
        for s in c.stressors
    ):
        return True
    return (
        not OWN_TROUBLE_WORDS.isdisjoint(words)
        or any(pair in OWN_TROUBLE_PAIRS for pair in pairwise(words))
        or any(
            lost in _LOST and theirs in ("her", "his", "their") and what in _THEIR_LIVING
            for lost, theirs, what in zip(words, words[1:], words[2:], strict=False)
        )
    )


def _bare(word: str) -> str:
    return word.removesuffix("'s")


def opening_relative(words: list[str]) -> int:
    """How many words name the relative who opens ``words`` ("my sister's" → 2, "brother in
    law's" → 3, "nan's" → 1), or 0 when no relative opens it."""
    start = 1 if words[:1] and words[0] in _OWNERS else 0
    if len(words) <= start or _bare(words[start]) not in RELATIVES | _FRIENDS:
        return 0
    if words[start + 1 : start + 2] == ["in"] and _bare("".join(words[start + 2 : start + 3])) in (
        "law",
        "laws",
    ):
        return start + 3
    return start + 1


# The writer lost for words before a friend's trouble ("… and I don't know what to say to
# her"): sympathy, no part of the writer's own in the trouble. Read only after a friend or a
# flatmate: after a relative's funeral or illness the same words go with the writer's own loss.
_LOST_FOR_WORDS: Final = (
    ("don't", "know", "what", "to"), ("didn't", "know", "what", "to"),
    ("dont", "know", "what", "to"), ("didnt", "know", "what", "to"),
)  # fmt: skip
_SAY: Final = frozenset({"say", "tell"})
_TO_THEM: Final = frozenset({"to", "her", "him", "them"})


def _lost_for_words_left_out(words: list[str]) -> list[str]:
    """``words`` without "I don't know what to say (to her)" and the "and" before it."""
    for k in range(len(words) - 4):
        if tuple(words[k : k + 4]) in _LOST_FOR_WORDS and words[k + 4] in _SAY:
            start = k - 1 if k > 0 and words[k - 1] == "i" else k
            start = start - 1 if start > 0 and words[start - 1] == "and" else start
            stop = k + 5
            while stop < len(words) and words[stop] in _TO_THEM:
                stop += 1
            return words[:start] + words[stop:]
    return words


# The writer's sympathy aimed at the one the sentence opens on ("…, I feel for him", "so unfair
# on him", "gutted for her", "my heart goes out to them"): the trouble is theirs and the
# writer's part in it is only feeling for them, as the guide reads sympathy (negative, no
# stressor). "On me" or "for me" keeps the writer in it.
_FOR_THEM: Final = frozenset({"him", "her", "them"})
_SYMPATHY: Final = (
    ("feel", "for"), ("feel", "so", "bad", "for"), ("feel", "bad", "for"),
    ("feel", "sorry", "for"), ("felt", "for"), ("felt", "sorry", "for"), ("unfair", "on"),
    ("unfair", "to"), ("rough", "on"), ("hard", "on"), ("tough", "on"), ("gutted", "for"),
    ("heart", "goes", "out", "to"), ("heart", "breaks", "for"),
)  # fmt: skip


# what may stand before the sympathy in its clause: "I really feel for him", "it's so unfair on
# him", "that's rough on her"
_DEGREES: Final = frozenset({"so", "really", "just", "do", "that's", "thats", "it's", "its"})


def _sympathy_left_out(words: list[str]) -> list[str] | None:
    """``words`` without the clause of sympathy for him, her or them (and the writer's words
    before it in that clause: "I feel for him", "so unfair on him"), or None when there is
    none."""
    for k in range(len(words)):
        form = next((f for f in _SYMPATHY if tuple(words[k : k + len(f)]) == f), None)
        if form is None:
            continue
        after = k + len(form)
        if after >= len(words) or words[after] not in _FOR_THEM:
            continue
        start = k
        while start > 0 and words[start - 1] in _WRITER | _DEGREES:
            start -= 1
        return words[:start] + words[after + 1 :]
    return None


def _writer_outside(sentence: list[Clause]) -> bool:
    """Does a relative open the sentence and tell what befell them, with no word of the
    writer's after it, no repeated act or request, no quarrel and no whole household?"""
    words = [w for c in sentence for w in c.words]
    opened = opening_relative(words)
    rest = words[opened:]
    if opened and _bare(words[opened - 1]) in _FRIENDS:
        rest = _lost_for_words_left_out(rest)
    return (
        bool(opened)
        and _befalls_them(sentence, rest)
        and _WRITER.isdisjoint(rest)
        and _REPEATED.isdisjoint(rest)
        and "whole" not in rest
        and not any(
            stressful_by_itself(s.weight) and category_of(s.keyword) == "conflict"
            for c in sentence
            for s in c.stressors
        )
    )


def _sympathised_with(sentence: list[Clause]) -> bool:
    """Does a relative or friend open the sentence, and the writer, outside the rest of it,
    only feel for them ("My brother-in-law's outfit went under, I feel for him")? A repeated
    act, a request, or the writer elsewhere in it keeps the trouble the writer's."""
    words = [w for c in sentence for w in c.words]
    opened = opening_relative(words)
    rest = _sympathy_left_out(words[opened:]) if opened else None
    return rest is not None and _WRITER.isdisjoint(rest) and _REPEATED.isdisjoint(rest)


def _unsettled(sentences: Sentences) -> bool:
    """Does the entry name an unpleasant feeling of the writer's anywhere?"""
    return any(h.emotion in NEGATIVE_EMOTIONS for s in sentences for c in s for h in c.hits)


# A close person's diagnosis told as what befell them ("My son was diagnosed at nine …", "My
# sister's just been diagnosed too, …"): the illness is theirs, as the writer's own words after
# it ("… and I'm the one who explained it", "… the same thing I had, it broke my heart") are
# about them. Across writers such sentences were labelled with no stressor of the writer's in
# all but one, with or without a feeling of the writer's beside them.
_DIAGNOSED: Final = frozenset({"diagnosed", "diagnosis"})
_DIAGNOSIS_REACH: Final = 4


def _their_diagnosis(sentence: list[Clause]) -> bool:
    """Does a relative or friend open the sentence and the next words say they were
    diagnosed?"""
    words = [w for c in sentence for w in c.words]
    opened = opening_relative(words)
    return bool(opened) and not _DIAGNOSED.isdisjoint(words[opened : opened + _DIAGNOSIS_REACH])


def relatives_own_trouble(sentences: Sentences) -> Sentences:
    """Stressors of a sentence that tells a relative's trouble with the writer outside it
    set aside as someone else's (see the module docstring)."""
    unsettled = _unsettled(sentences)
    out: Sentences = []
    for sentence in sentences:
        if any(c.stressors for c in sentence) and (
            _their_diagnosis(sentence)
            or _sympathised_with(sentence)
            or (not unsettled and _writer_outside(sentence))
        ):
            sentence = [_theirs(c) for c in sentence]
        out.append(sentence)
    return out


def _theirs(clause: Clause) -> Clause:
    return replace(
        clause, stressors=tuple(replace(s, someone_elses=True) for s in clause.stressors)
    )
