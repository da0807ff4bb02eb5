"""How strongly the text backs each chip: the evidence type of an emotion or a stress keyword.

Why: rounds of phrase fixes raised precision on the batches they studied but hardly on the next
batch written blind (about 0.5 for stress, 0.5–0.8 for emotions), while a person must be able
to trust every chip they see. So each chip is given the kind of evidence that made it, read
from what the clause reading already knows, and ``precision_policy`` shows only the kinds
whose chips were right often enough on data the rules were never tuned on.

An emotion chip's evidence is its best hit (``emotion_evidence``), described by:

* ``crying``: the hit is a word of crying (tears are often relief, laughter or being moved);
* ``firsthand``: not in a clause reporting what was said ("a note saying thanks") and not an
  -ing word judging a thing ("the new rate is frightening");
* ``named``: a feeling word, not an idiom or a deed with none ("kept thinking about", "over
  the moon");
* ``explicit``: the clause says the feeling of oneself ("I'm", "feel", "felt", "feeling");
* ``own``: the clause names the writer (I, I'm, me, we …) or a feeling verb ("feel", "felt");
  a bare word ("Annoying.", "Bliss") is a judgement as often as a feeling;
* ``mild``: the hit weighs under one plain mention (a weak word, or hedged: "a bit");
* ``past``: the clause tells of a past time (was, were, had, yesterday …);
* ``hedged``: maybe, probably, I think, I guess … in the clause.

A stress keyword's evidence (``stress_evidence``) is its best counted stressor:

* ``firsthand``: its clause is not opened by another person with no word of the writer's
  ("she finally slept four hours straight");
* ``strong``: stressful by itself ("argued", "insomnia");
* ``felt``: its clause names an unpleasant feeling of the writer's (the chip is backed twice);
* ``clause``: its clause is negative or mixed with no feeling named (VADER, strain, grumble);
* ``segment``: only the rest of its segment is negative;
* ``own``: the writer is named before it in its clause ("I barely slept", "my rent");
* ``corroborated``: the entry says an unpleasant feeling of the writer's ("I'm so anxious").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.context_words import CRYING, OTHER_PERSON, WRITER
from neuroleaf_desktop.domain.analysis.emotions import is_emotion_word
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.stress_keywords import stressful_by_itself

OWN_WORDS: Final = WRITER | {"im", "ive", "my", "feel", "feels", "felt", "feeling", "our"}
PAST_WORDS: Final = frozenset(
    {"was", "were", "had", "felt", "been", "yesterday", "last", "ago", "earlier", "used"}
)
HEDGES: Final = frozenset(
    {"maybe", "probably", "perhaps", "might", "guess", "think", "suppose", "possibly",
     "somewhat", "kinda", "sorta", "apparently", "dunno", "unsure"}
)  # fmt: skip
PLAIN_WEIGHT: Final = 1.0
# words that report what was said or written: "a note saying thanks", "she said sorry"
REPORTING: Final = frozenset(
    {"saying", "says", "said", "told", "tells", "telling", "wrote", "texted", "asked", "asking"}
)
# a feeling word in its -ing form after these judges a thing: "the new rate is frightening"
_JUDGING_LINKS: Final = frozenset({"is", "was", "it's", "its", "looks", "sounds", "seems"})
# a feeling said of oneself: "I'm so tired of it", "feeling anxious", "I felt awful", "I am"
FEELING_VERBS: Final = frozenset({"i'm", "im", "am", "feel", "feels", "felt", "feeling"})


@dataclass(frozen=True, order=True)
class EmotionEvidence:
    """What backs one emotion hit (module docstring). Ordered so that ``max`` is the best."""

    not_crying: bool
    firsthand: bool  # not in a clause that reports what was said, not an -ing word judging a thing
    named: bool  # a feeling word, not an idiom or deed with none ("kept thinking about")
    explicit: bool
    own: bool
    plain: bool
    present: bool
    unhedged: bool

    @property
    def cls(self) -> str:
        """The coarse class the policy decides on: crying, reported (said by someone or
        judging a thing), phrase (an idiom or a deed naming no feeling word), past, mild
        (weak or hedged), said (the writer or a feeling verb in the clause) or bare."""
        if not self.not_crying:
            return "crying"
        if not self.firsthand:
            return "reported"
        if not self.named:
            return "phrase"
        if not self.present:
            return "past"
        if not (self.plain and self.unhedged):
            return "mild"
        return "said" if self.explicit or self.own else "bare"

    @property
    def kind(self) -> str:
        parts = [
            "felt" if self.explicit else "own" if self.own else "bare",
            "plain" if self.plain else "mild",
            "now" if self.present else "past",
        ]
        if not self.not_crying:
            parts.insert(0, "crying")
        if not self.firsthand:
            parts.insert(0, "reported")
        if not self.named:
            parts.insert(0, "phrase")
        if not self.unhedged:
            parts.append("hedged")
        return "-".join(parts)


@dataclass(frozen=True, order=True)
class StressEvidence:
    """What backs one counted stressor (module docstring). Ordered so that ``max`` is the best."""

    firsthand: bool  # not in a clause opened by another person with no word of the writer's
    strength: int  # 3 strong, 2 felt, 1 clause, 0 segment
    own: bool
    present: bool
    corroborated: bool  # the entry says an unpleasant feeling of the writer's ("I'm so anxious")

    @property
    def cls(self) -> str:
        """The coarse class the policy decides on: theirs (another person's clause), past, felt
        (an unpleasant feeling of the writer's in its clause or the entry), strong, clause or
        segment."""
        if not self.firsthand:
            return "theirs"
        if not self.present:
            return "past"
        if self.strength == 2 or self.corroborated:
            return "felt"
        return ("segment", "clause", "felt", "strong")[self.strength]

    @property
    def kind(self) -> str:
        base = ("segment", "clause", "felt", "strong")[self.strength]
        parts = [base, "own" if self.own else "anon", "now" if self.present else "past"]
        if not self.firsthand:
            parts.insert(0, "theirs")
        return "-".join([*parts, "corr"] if self.corroborated else parts)


def _words(clause: Clause) -> frozenset[str]:
    return frozenset(clause.words)


def _judging(words: tuple[str, ...], pattern: str) -> bool:
    """ "the new rate is frightening", "it's worrying": the hit's word in its -ing form right
    after a linking verb judges a thing rather than saying a feeling."""
    stem = pattern.rstrip("*")
    return any(
        w.startswith(stem) and w.endswith("ing") and i > 0 and words[i - 1] in _JUDGING_LINKS
        for i, w in enumerate(words)
    )


def _phrase(pattern: str) -> bool:
    """ "kept thinking about", "over the moon": a phrase with no feeling word of its own (a
    deed or an idiom) implies a feeling rather than naming it."""
    parts = pattern.split()
    return len(parts) > 1 and not any(is_emotion_word(p.rstrip("*")) for p in parts)


def _theirs(words: tuple[str, ...]) -> bool:
    """A clause opened by another person ("she finally slept four hours") with no word of the
    writer's in it tells of their life, not the writer's strain."""
    return bool(words) and words[0] in OTHER_PERSON and OWN_WORDS.isdisjoint(words)


def emotion_evidence(clauses: Iterable[Clause]) -> dict[str, EmotionEvidence]:
    """The best evidence of each emotion that has a hit in ``clauses``."""
    best: dict[str, EmotionEvidence] = {}
    for clause in clauses:
        words = _words(clause)
        own = not OWN_WORDS.isdisjoint(words)
        explicit = not FEELING_VERBS.isdisjoint(words)
        present = PAST_WORDS.isdisjoint(words)
        unhedged = HEDGES.isdisjoint(words)
        reported = not REPORTING.isdisjoint(words)
        for hit in clause.hits:
            found = EmotionEvidence(
                not_crying=hit.pattern not in CRYING,
                firsthand=not (reported or _judging(clause.words, hit.pattern)),
                named=not _phrase(hit.pattern),
                explicit=explicit,
                own=own,
                plain=hit.weight >= PLAIN_WEIGHT,
                present=present,
                unhedged=unhedged,
            )
            if hit.emotion not in best or found > best[hit.emotion]:
                best[hit.emotion] = found
    return best


def _segment_is_negative(clauses: list[Clause]) -> bool:
    polarities = {c.polarity for c in clauses}
    return POSITIVE not in polarities and any(
        c.polarity == NEGATIVE and not (c.hits and all(h.pattern in CRYING for h in c.hits))
        for c in clauses
    )


def stress_evidence(clauses: list[Clause]) -> dict[str, StressEvidence]:
    """The best evidence of each stress keyword that counts in ``clauses`` (the same stressors
    as ``clauses.stress_hits`` counts)."""
    by_segment: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_segment.setdefault(clause.segment, []).append(clause)
    corroborated = any(
        not FEELING_VERBS.isdisjoint(c.words)
        and any(h.emotion in NEGATIVE_EMOTIONS and h.pattern not in CRYING for h in c.hits)
        for c in clauses
    )
    best: dict[str, StressEvidence] = {}
    for clause in clauses:
        if clause.polarity == POSITIVE:
            continue
        polar = clause.polarity in (NEGATIVE, MIXED)
        context = polar or _segment_is_negative(by_segment[clause.segment])
        felt = any(h.emotion in NEGATIVE_EMOTIONS and h.pattern not in CRYING for h in clause.hits)
        words = _words(clause)
        for stressor in clause.stressors:
            if stressor.set_aside:
                continue
            strong = stressful_by_itself(stressor.weight)
            if not (context or strong):
                continue
            strength = 3 if strong else 2 if felt else 1 if polar else 0
            found = StressEvidence(
                firsthand=not _theirs(clause.words),
                strength=strength,
                own=stressor.writer_before or not OWN_WORDS.isdisjoint(words),
                present=PAST_WORDS.isdisjoint(words),
                corroborated=corroborated,
            )
            if stressor.keyword not in best or found > best[stressor.keyword]:
                best[stressor.keyword] = found
    return best
