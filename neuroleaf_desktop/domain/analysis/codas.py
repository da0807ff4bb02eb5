"""Whole-entry rules for a sentence that answers the one before it.

A short sentence after another often says how the writer takes it rather than what happened:
an echo of a detail ("DLA form is 40 pages. Forty.") is exasperation, praise or thanks alone
after a trouble ("Council tax and the MOT in the same week. Brilliant.", "Thanks mom. Super
helpful.", also past a bare reply or a plain aside: "… Yes. Thanks.", "… At forty-six.
Great.") and a knowing shrug ("… for free. Obviously.", "Of course it was.") are irony, and
a feeling shown after a quarrel ("… shouted at me. I was shaking
after.") is what the quarrel made the writer feel, and a short pleasant sentence after one read
as sarcasm ("Oh great, the washing machine flooded the kitchen. Perfect Monday.") carries the
irony on. Kept apart from ``present`` (which tells a
time left behind from the present) so that each module stays small; ``present.entry_rules``
runs these with the rest.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.emotions import Hit
from neuroleaf_desktop.domain.analysis.irony_words import (
    PRAISE_ALONE,
    SARCASM_FILLERS,
)
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.sarcasm import praise_only, trouble_named
from neuroleaf_desktop.domain.analysis.senses import NAMED_PATTERN
from neuroleaf_desktop.domain.analysis.sentence_rules import (
    QUARREL_CUE,
    SARCASM_CUE,
    reaction_shown,
)
from neuroleaf_desktop.domain.analysis.stress_keywords import stressful_by_itself

Sentences = list[list[Clause]]


# An echo: a fragment of at most ``_ECHO_MAX`` words that repeats a detail of the sentence
# before ("… is 40 pages. Forty.", "… £1,400 a week. A WEEK.", "In shoeboxes. Plural.",
# "… on every bank holiday. Again.") is exasperation.
_ECHO_MAX: Final = 3
_ECHO_WORDS: Final = frozenset({"again", "plural", "seriously", "honestly", "typical"})
_FILLER: Final = frozenset({"a", "an", "the", "and", "of"})
_NUMBERS: Final = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "double",
     "twice", "times"}
)  # fmt: skip


def numeric(word: str) -> bool:
    """A count written as a word or digits ("forty", "40", "12k", "80%")."""
    return word in _NUMBERS or word.rstrip("k%").isdigit()


def echoed(sentences: Sentences) -> Sentences:
    """A sentence with a stressor, told neutrally, then echoed by a fragment: the echo says it
    grates, so the sentence's neutral clauses read negative and its topics count ("DLA form
    is 40 pages. Forty."). A pleasant sentence or fragment is never turned."""
    out = [list(s) for s in sentences]
    for i in range(1, len(out)):
        words = [w for c in out[i] for w in c.words if w not in _FILLER]
        before = out[i - 1]
        if not 1 <= len(words) <= _ECHO_MAX or any(c.polarity == POSITIVE for c in out[i]):
            continue
        if any(c.polarity == POSITIVE for c in before) or not any(
            not s.set_aside for c in before for s in c.stressors
        ):
            continue
        prior = {w for c in before for w in c.words}
        if not (set(words) & (prior | _ECHO_WORDS) or all(numeric(w) for w in words)):
            continue
        out[i - 1] = [
            replace(c, polarity=NEGATIVE, strength=EMOTION_FLOOR) if c.polarity == NEUTRAL else c
            for c in before
        ]
    return out


# A closing exclamation of delight on its own ("Such a joy.", "What fun.") after a sentence
# with a trouble in it is irony at that trouble.
_IRONIC_CODAS: Final = frozenset(
    {("such", "a", "joy"), ("what", "a", "joy"), ("such", "fun"), ("what", "fun"),
     ("such", "a", "treat"), ("what", "a", "treat"), ("how", "lovely"), ("how", "fun"),
     ("so", "much", "fun"), ("the", "joys")}
)  # fmt: skip


# A knowing shrug on its own after a trouble ("Boss wants us in costume for free. Obviously.",
# "… it was a sensor. Of course it was.", "… by Friday. Naturally.", "Why not."): the writer
# saw it coming, an irony five writers label anger. Not an answer to a question put as one
# ("Was the bus late again? Of course it was."), which the one writer who wrote it did not.
_KNOWING: Final = (
    ("obviously",), ("naturally",), ("of", "course"), ("course",), ("sure", "why", "not"),
    ("why", "not"),
)  # fmt: skip
_SHRUG_SUBJECTS: Final = frozenset({"it", "he", "she", "they", "i", "we", "you"})
_SHRUG_VERBS: Final = frozenset(
    {"is", "was", "did", "does", "would", "will", "do", "had", "has", "were", "are"}
)
# A sentence put as a question opens on its verb: "Was the bus late again?"
_ASKED: Final = _SHRUG_VERBS | frozenset({"have", "can", "could", "should", "isn't", "wasn't"})


def _knowing_coda(words: tuple[str, ...], answered: list[Clause]) -> bool:
    """Is the sentence a knowing shrug alone ("Obviously.", "Of course it was.")?"""
    opening = [w for c in answered for w in c.words][:1]
    if opening and opening[0] in _ASKED:
        return False
    for head in _KNOWING:
        if words[: len(head)] == head:
            tail = words[len(head) :]
            return not tail or (
                len(tail) == 2 and tail[0] in _SHRUG_SUBJECTS and tail[1] in _SHRUG_VERBS
            )
    return False


_THANKS_LINKS: Final = frozenset({"for", "the", "that", "this", "a", "your", "so", "much"})
_THANKS_OTHERS: Final = 2  # "thanks mom", "thanks for the insight", "great tip, thanks"


def _thanks_coda(words: tuple[str, ...]) -> bool:
    """Is the sentence short thanks alone ("Thanks mom.", "Thanks for the insight.", "Great
    tip, thanks.", "Cheers for that.")? After a trouble, with nothing else said, it is as
    ironic as "Such a joy." (thanks the writer means come with what they are for: "thank you
    for a quiet shift"); every writer who closed a trouble with "Cheers for that." meant anger."""
    thanked = "thanks" in words or "cheers" in words or ("thank", "you") in pairwise(words)
    if not thanked:
        return False
    others = [
        w
        for w in words
        if w not in ("thanks", "thank", "you", "cheers")
        and w not in PRAISE_ALONE
        and w not in SARCASM_FILLERS
        and w not in _THANKS_LINKS
    ]
    return len(others) <= _THANKS_OTHERS and len(words) <= 6


def _troubled(sentence: list[Clause]) -> bool:
    return any(
        c.polarity in (NEGATIVE, MIXED)
        or any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        # a trouble by itself, even someone else's ("… to someone just evicted"): a topic
        # word only counts in a negative part, seen above
        or any(
            stressful_by_itself(s.weight) and not (s.negated or s.resolved or s.hypothetical)
            for s in c.stressors
        )
        for c in sentence
    )


def _named(sentence: list[Clause]) -> bool:
    """Was the writer called a name in ``sentence`` ("Man in a Range Rover called me a
    parasite over £2.40. Lovely.")? A mishap of theirs, as a trouble named is."""
    return any(h.pattern == NAMED_PATTERN for c in sentence for h in c.hits)


# A bare reply between a sentence and its coda answers it and says nothing of its own: "…
# keeps saying 'have you tried ginger'. Yes. Thanks."
_REPLIES: Final = frozenset({"yes", "yeah", "yep", "ok", "okay", "sure", "right", "no"})
# A plain fragment between them adds a detail to the trouble: "… the GP says arthritis. At
# forty-six. Great."
_ASIDE_MAX: Final = 3


def _answered(sentences: Sentences, i: int) -> int:
    """The sentence the coda at ``i`` answers: the one before, or the one before a bare reply
    or a plain fragment of at most ``_ASIDE_MAX`` words with no feeling in it."""
    between = sentences[i - 1]
    before = [w for c in between for w in c.words]
    if i < 2 or not before:
        return i - 1
    if set(before) <= _REPLIES:
        return i - 2
    # a fragment that names a trouble of its own ("rain all week. zero sales. lovely") is the
    # one answered, no aside
    plain = all(c.polarity == NEUTRAL and not c.hits for c in between)
    aside = plain and len(before) <= _ASIDE_MAX and not trouble_named(between)
    return i - 2 if aside else i - 1


def ironic_coda(sentences: Sentences) -> Sentences:
    """ "Can't wait to explain the benefit cap again to someone who's just been evicted. Such a
    joy.": the coda mocks the sentence before, so neither holds a pleasant feeling; both are
    negative, and the coda carries the writer's anger (the labelling guide reads sarcasm at
    what the writer lives through as anger) unless the sentence before names a feeling. Praise
    alone as the coda ("Council tax and the MOT in the same week. Brilliant.") is the same
    irony when the sentence before names a trouble of the writer's and nothing pleasant."""
    out = [list(s) for s in sentences]
    for i in range(1, len(out)):
        words = tuple(w for c in out[i] for w in c.words)
        k = _answered(out, i)
        coda = (
            words in _IRONIC_CODAS or _thanks_coda(words) or _knowing_coda(words, out[k])
        ) and _troubled(out[k])
        if not coda and not (praise_only(words) and (trouble_named(out[k]) or _named(out[k]))):
            continue
        # a feeling named with at least a plain word's weight ("lost" alone is too weak)
        named = any(
            h.emotion in NEGATIVE_EMOTIONS and h.weight >= 1.0 for c in out[k] for h in c.hits
        )
        out[k] = [
            replace(
                c,
                hits=tuple(h for h in c.hits if h.emotion in NEGATIVE_EMOTIONS),
                polarity=NEGATIVE if c.polarity == POSITIVE else c.polarity,
            )
            for c in out[k]
        ]
        cue = () if named else (Hit(0, SARCASM_CUE, "anger", 1.0),)
        out[i] = [
            replace(c, hits=cue if k == 0 else (), polarity=NEGATIVE, strength=EMOTION_FLOOR)
            for k, c in enumerate(out[i])
        ]
    return out


def quarrel_reacted(sentences: Sentences) -> Sentences:
    """ "A father shouted at me in the office. I was shaking after he left.": a quarrel told in
    one sentence and the writer's feeling shown or named in another ("Went red and couldn't
    answer.", "Felt dumb the rest of the afternoon.") is that feeling, not anger, as within one
    sentence (``sentence_rules.quarrel_voiced``)."""
    cued = [any(h.pattern == QUARREL_CUE for c in s for h in c.hits) for s in sentences]
    if not any(cued):
        return sentences
    if not any(reaction_shown(s) for s, q in zip(sentences, cued, strict=True) if not q):
        return sentences
    return [
        [replace(c, hits=tuple(h for h in c.hits if h.pattern != QUARREL_CUE)) for c in s]
        for s in sentences
    ]


# Irony carried on: once a sentence of the entry is read as sarcasm ("Oh great, the washing
# machine flooded the kitchen."), a short pleasant sentence after it with no news of its own
# ("Perfect Monday.", "Love it here.", "Very helpful, sir.", "They do love an update.") keeps
# the irony going: every writer who told one so labelled the entry negative (fourteen rows,
# none labelled otherwise).
_CARRIED_MAX: Final = 6


def sarcasm_carried(sentences: Sentences) -> Sentences:
    """A short pleasant sentence after one read as sarcasm, or after one naming the writer's
    anger ("… for the hundredth time today. Festive joy."), read as the same irony:
    negative, its pleasant feelings dropped."""
    out = [list(s) for s in sentences]
    ironic = False
    for i, sentence in enumerate(out):
        if ironic and _carries_irony(sentence):
            out[i] = [
                replace(
                    c,
                    hits=tuple(h for h in c.hits if h.emotion in NEGATIVE_EMOTIONS),
                    polarity=NEGATIVE if c.polarity == POSITIVE else c.polarity,
                    strength=EMOTION_FLOOR if c.polarity == POSITIVE else c.strength,
                )
                for c in sentence
            ]
        ironic = ironic or any(
            h.pattern == SARCASM_CUE or (h.emotion == "anger" and h.weight >= 1.0)
            for c in sentence
            for h in c.hits
        )
    return out


def _carries_irony(sentence: list[Clause]) -> bool:
    """Is ``sentence`` short, pleasant and without news of its own ("Perfect Monday.")?"""
    words = [w for c in sentence for w in c.words]
    return (
        0 < len(words) <= _CARRIED_MAX
        and any(c.polarity == POSITIVE for c in sentence)
        and all(c.polarity in (POSITIVE, NEUTRAL) and not c.news for c in sentence)
    )
