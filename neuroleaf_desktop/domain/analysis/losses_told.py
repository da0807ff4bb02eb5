"""A loss, a longing, a resignation or neglect told without a feeling word.

Why: writers tell much of a bad day as something taken from them or withheld, and VADER
scores none of the words that carry it ("a day's pay gone", "miss the crossword", "Of course
I have.", "nobody's booked a course since September"), so such a clause read "Neutral".
Across every writer's labelled set:

* the writer missing a thing or a person ("miss the sea", "missing my cousin's engagement",
  "Miss the lads from work") was a bad part in every clause that read neutral without it
  (six sentences, five writers' sets); VADER's score for "miss" is too weak to tip a clause,
  and the emotion lexicon reads loneliness only where a person is missed. Negated ("don't
  miss who I was", "never missed a beat") it is relief, good in every such clause (three
  writers). A near miss is a scare, not a loss, and "Miss" before a name a title. What is
  missed is longed for, not a strain: where nothing else in its segment is negative it lends
  no stressor (``longed_for``), as a thing missed had none before ("I miss the old office"
  names no work trouble);
* a thing of the writer's told as gone, the clause ending there ("that's a day's pay gone",
  "three months of carving gone", "my margins are basically gone", "half the wage gone
  before I've bought a sandwich") was a bad part in every clause that read neutral without
  it (eight sentences, eight writers' sets, one labelled mixed); gone somewhere ("gone to
  work", "gone into a hospice"), gone a way ("gone quiet", "gone gold") or "been and gone" is
  no loss told. It lends no stressor either, as a longing does, unless what is gone is a sum
  of the writer's ("a day's pay gone", "the wage gone"): money lost by itself
  (``gone_as_lost``);
* a resigned "Of course I have.", "Course it is." (a subject and its verb alone after "of
  course", the sentence ending there) confirms an expected trouble: negative for every
  writer who wrote one (five sentences, five writers' sets);
* nobody doing what the writer hoped for ("Nobody rings.", "nobody told me", "nobody's
  booked a course since September", "I talk to no one all day") was a bad part in about nine
  clauses in ten that read neutral (thirty-two of thirty-six, twenty writers' sets), unless
  something pleasant was near ("the audit went smoothly, nobody found anything", "Winter on
  the cut is lovely, nobody about"), where it tells the quiet or the ease, or it is only
  predicted ("nobody will read it"); so ``left_alone`` reads it as ``own_readings`` reads
  weak unpleasant cues, after the clause rules. Where the sentence sets everyone against the
  nobody ("everyone asks about the baby, nobody asks about me"), the people named are those
  others attend to: the part lends no stressor. Nobody reacting to what the writer feared
  ("nobody blinked", "the deadline came and went and nobody minded", "Nobody noticed, which
  is the whole point") is the opposite, a relief: good in every such clause (four writers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator
from neuroleaf_desktop.domain.analysis.stress_keywords import stressful_by_itself

_MISS: Final = frozenset({"miss", "missing", "misses", "missed"})
# "a near miss", "the miss", "no missed cues" (a negation of its own, read as relief)
_NOT_LONGING_BEFORE: Final = frozenset({"near", "a", "the", "no"})

# who or what goes before the verb "miss" ("I miss", "still miss", "I'll actually miss",
# "going to miss"); after any other word ("saw Miss Patel", "with Miss Jones") it is a title
_MISSER: Final = frozenset(
    {"i", "we", "you", "they", "he", "she", "i'll", "we'll", "i'd", "we'd", "still", "really",
     "actually", "already", "just", "genuinely", "honestly", "truly", "so", "always", "do",
     "will", "would", "to", "gonna", "kinda", "and", "also"}
)  # fmt: skip

# "gone to work", "gone into a hospice", "gone back", "gone quiet", "gone bust", "gone gold":
# gone somewhere or some way, no loss told; "been and gone" is a deadline passed
_GONE_BEFORE: Final = frozenset({"been", "and", "has", "have", "had"})
# "… gone before I've done a single set", "… gone already": the loss told, then when
_GONE_AFTER: Final = frozenset({BREAK, "before", "already"})

# "Of course I have.", "Course it is.", "of course it was": a subject and its verb alone
_SUBJECTS: Final = frozenset({"i", "it", "he", "she", "they", "we", "you", "that"})
_AUXILIARIES: Final = frozenset(
    {"is", "was", "did", "does", "do", "has", "have", "had", "will", "would", "am", "are",
     "were", "can", "could"}
)  # fmt: skip

_NOBODY: Final = frozenset({"nobody", "nobody's", "noone"})
# "nobody will read it", "no one would ever hire me", "nobody can ring me": a prediction or a
# possibility, no neglect that happened
_MODALS: Final = tuple((w,) for w in ("will", "would", "can", "could", "might", "may"))
_EVERYONE: Final = frozenset({"everyone", "everybody", "everyone's", "everybody's"})
# nobody reacting to what the writer feared: "nobody blinked", "nobody minded"
_REACTED: Final = frozenset(
    {"minded", "blinked", "noticed", "flinched", "complained", "objected", "stared",
     "batted", "cared", "commented", "judged", "laughed", "mind"}
)  # fmt: skip


def longing_in(words: Sequence[str]) -> bool:
    """Does ``words`` (one clause) tell the writer missing something, not negated ("miss the
    crossword", "missing my cousin's engagement"), nor a near miss nor "Miss" as a title
    ("saw Miss Patel")?"""
    for i, word in enumerate(words):
        if word not in _MISS or (i and words[i - 1] in _NOT_LONGING_BEFORE):
            continue
        if any(is_negator(w) for w in words[max(0, i - 3) : i]):
            continue
        if word != "miss" or i == 0 or words[i - 1] in _MISSER:
            return True
    return False


def not_missed_in(words: Sequence[str]) -> bool:
    """Does ``words`` tell a thing not missed, a relief ("don't miss who I was", "never
    missed a beat", "no missed cues")?"""
    return any(
        word in _MISS
        and (
            any(is_negator(w) for w in words[max(0, i - 3) : i]) or (i > 0 and words[i - 1] == "no")
        )
        for i, word in enumerate(words)
    )


def lost_in(words: Sequence[str]) -> bool:
    """Does ``words`` tell a thing of the writer's gone, the clause ending there ("a day's
    pay gone", "the weekend's gone"), not gone somewhere or some way ("gone to work", "gone
    quiet") nor "been and gone"?"""
    for i, word in enumerate(words):
        if word != "gone" or not i or words[i - 1] in _GONE_BEFORE:
            continue
        if i + 1 == len(words) or words[i + 1] in _GONE_AFTER:
            return True
    return False


def resigned_in(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` hold a resigned "Of course I have." or "Course it is.", a
    subject and its verb alone after "(of) course" with the sentence ending there?"""
    for i in range(start, end):
        if tokens[i] != "course" or (i and tokens[i - 1] not in ("of", BREAK)):
            continue
        rest = tokens[i + 1 : i + 4]
        told = len(rest) >= 2 and rest[0] in _SUBJECTS and rest[1] in _AUXILIARIES
        if told and rest[2:3] in ([], [BREAK]):
            return True
    return False


def _nobody_at(words: Sequence[str]) -> int | None:
    """Where the word after "nobody" / "no one" as a subject is, or None."""
    for i, word in enumerate(words):
        if word in _NOBODY:
            return i + 1
        if word == "no" and tuple(words[i + 1 : i + 2]) == ("one",):
            return i + 2
    return None


def nobody_reacted_in(words: Sequence[str]) -> bool:
    """Does ``words`` end on nobody reacting to what the writer feared ("nobody blinked",
    "nobody noticed"), a relief?"""
    after = _nobody_at(words)
    return after is not None and after + 1 == len(words) and words[after] in _REACTED


def _neglect_in(words: Sequence[str]) -> bool:
    """Does ``words`` tell nobody doing a thing ("Nobody rings.", "nobody told me", "I talk
    to no one all day"), not nobody reacting (``nobody_reacted_in``) nor what nobody would
    or can do ("nobody will read it", "the only hour nobody can ring me")?"""
    after = _nobody_at(words)
    if after is None or nobody_reacted_in(words):
        return False
    return words[after : after + 1] not in _MODALS


def longed_for(sentences: list[list[Clause]]) -> list[list[Clause]]:
    """The clauses of an entry, sentence by sentence: a neutral clause telling a longing or
    a loss ("miss the sea", "a day's pay gone") reads negative; where nothing else in its
    segment was negative, it lends that segment no stressor (module docstring)."""
    out: list[list[Clause]] = []
    for sentence in sentences:
        told = {
            c.segment
            for c in sentence
            if c.polarity == NEUTRAL and (longing_in(c.words) or lost_in(c.words))
        }
        strained = {c.segment for c in sentence if c.polarity in (NEGATIVE, MIXED)}
        out.append(
            [
                tipped(c, _longing_or_loss, c.segment not in strained) if c.segment in told else c
                for c in sentence
            ]
        )
    return out


def _longing_or_loss(words: Sequence[str]) -> bool:
    return longing_in(words) or lost_in(words)


def tipped(clause: Clause, tells: Callable[[Sequence[str]], bool], quiet: bool) -> Clause:
    """``clause``, of a segment where one clause ``tells`` a loss: negative if it is that
    clause and reads neutral; when ``quiet`` (nothing else in the segment was negative), its
    stressors that only a negative part lets count are set aside, so the loss told adds no
    stress chip."""
    if quiet:
        kept = tuple(
            s if stressful_by_itself(s.weight) else replace(s, support=True)
            for s in clause.stressors
        )
        clause = replace(clause, stressors=kept)
    if clause.polarity == NEUTRAL and tells(clause.words):
        return replace(clause, polarity=NEGATIVE, strength=EMOTION_FLOOR)
    return clause


def left_alone(sentences: list[list[Clause]]) -> list[list[Clause]]:
    """The clauses of an entry, sentence by sentence: a neutral clause telling nobody doing
    a thing reads negative when nothing in its sentence or the two either side is pleasant,
    and the sentence sets no one against the nobody ("everyone asks about the baby, nobody
    asks about me", module docstring)."""
    out = [list(s) for s in sentences]
    for k, sentence in enumerate(sentences):
        near = [c for s in sentences[max(0, k - 2) : k + 3] for c in s]
        if any(c.polarity in (POSITIVE, MIXED) for c in near):
            continue
        told = {c.segment for c in sentence if c.polarity == NEUTRAL and _neglect_in(c.words)}
        # "everyone asks about the baby, nobody asks about me": the people named are those
        # others attend to, no strain of the writer's
        compared = any(not _EVERYONE.isdisjoint(c.words) for c in sentence)
        strained = {c.segment for c in sentence if c.polarity == NEGATIVE}
        out[k] = [
            tipped(c, _neglect_in, compared and c.segment not in strained)
            if c.segment in told
            else c
            for c in sentence
        ]
    return out
