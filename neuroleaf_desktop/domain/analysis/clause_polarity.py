"""How one clause's polarity and strength are decided (step 3 of ``clauses``' reading).

Why a module of its own: deciding a clause's side is a ladder of sources, each trusted only when
the one before it said nothing: the writer's own feeling words, then strain or good news told as
events, then someone else's feelings read as sympathy, and last VADER on the words it may read.
``clauses`` walks the ladder for every clause; the rungs live here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import Stressor
from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
)
from neuroleaf_desktop.domain.analysis.context_words import CRYING, STRAIN
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS, Hit, is_emotion_word
from neuroleaf_desktop.domain.analysis.feeling_context import (
    _felt_by_someone_else,
    _judges_a_thing,
    _reported,
    eased,
)
from neuroleaf_desktop.domain.analysis.feeling_senses import a_pity, a_place_gutted
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.plain_goods import relied_on_in
from neuroleaf_desktop.domain.analysis.senses import strain_frame
from neuroleaf_desktop.domain.analysis.sentiment import GOOD_THINGS
from neuroleaf_desktop.domain.analysis.stress_keywords import stressful_by_itself
from neuroleaf_desktop.domain.analysis.stressor_reading import stressor_negated

POLARITY_THRESHOLD: Final = 0.25
GOOD_NEWS_STRENGTH: Final = 0.5  # as one plainly named feeling: "Got the job." is clearly good
DECIDES: Final = 0.9  # a plain or mildly named feeling decides a clause; a weak cue does not
assert set(EMOTIONS) == POSITIVE_EMOTIONS | NEGATIVE_EMOTIONS


def emotion_polarity(hits: Iterable[Hit]) -> tuple[str, float] | None:
    """Polarity and strength from emotion words alone, or None when they do not decide.

    Weak words (weight < ``DECIDES``) decide nothing alone; a mildly named feeling does.
    Strength grows with the summed weight ``w`` as ``w / (w + 1)``: one plain word 0.5, a
    strong one 0.6.
    """
    positive = sum(h.weight for h in hits if h.weight >= DECIDES and h.emotion in POSITIVE_EMOTIONS)
    negative = sum(h.weight for h in hits if h.weight >= DECIDES and h.emotion in NEGATIVE_EMOTIONS)
    total = positive + negative
    if total == 0:
        return None
    strength = max(EMOTION_FLOOR, total / (total + 1.0))
    if positive and negative:
        return MIXED, strength
    return (POSITIVE if positive else NEGATIVE), strength


def vader_polarity(compound: float, strained: bool) -> tuple[str, float]:
    """Polarity and strength of a clause no emotion word decided; ``strained``: a strain
    word or a stressor that is stressful by itself ("insomnia") is in it, not negated."""
    if compound >= POLARITY_THRESHOLD:
        return (MIXED, compound) if strained else (POSITIVE, compound)
    if compound <= -POLARITY_THRESHOLD:
        return NEGATIVE, -compound
    if strained:
        return NEGATIVE, EMOTION_FLOOR
    return NEUTRAL, 0.0


def strained_by(tokens: list[str], start: int, end: int, stressors: Iterable[Stressor]) -> bool:
    # someone else's trouble ("my friend is going through a divorce") is still an unpleasant
    # event: it strains the clause although it is not the writer's stressor
    if any(
        stressful_by_itself(s.weight) and not (s.negated or s.resolved or s.hypothetical)
        for s in stressors
    ):
        return True
    if strain_frame(tokens, start, end):
        return True
    relied_on = relied_on_in(tokens[start:end])  # "don't know how I'd cope without them"
    i = start
    while i < end:
        strain = STRAIN.match_at(tokens, i)
        # the doubt and the one relied on ("without my family") are the thanks, no strain
        if strain is not None and relied_on and strain.tokens[0] in ("don't", "without"):
            i += len(strain.tokens)
            continue
        if strain is None:
            i += 1
            continue
        if strain.targets[0][0] and not stressor_negated(tokens, i):
            return True
        i += len(strain.tokens)  # a longer non-strain phrase hides its words
    return False


def dealt_with(stressors: Iterable[Stressor]) -> bool:
    """ "Exams finished", "bills paid", "the row is sorted": a trouble of the writer's said to
    be dealt with is good news (no one else's: "her exams finished" says nothing of ours)."""
    return any(s.dealt_with and not (s.negated or s.someone_elses) for s in stressors)


def sympathy(
    tokens: list[str], start: int, end: int, condition: int, hits: list[Hit], strained: bool
) -> tuple[str, float]:
    """Polarity of a clause whose feeling words are not the writer's own, at the weakest
    strength: another's distress is sad news for the writer and their joy good news ("my
    sister was upset", "Priya was so happy with her results": the labelling guide reads
    sympathy as negative); praise of a thing is a good part ("the coffee is amazing"); an
    unpleasant feeling easing is good news ("less stressed than last week"); a pity is a regret
    ("shame I missed it"). Feeling words set
    aside for any other reason (wanted, asked about, in a condition) say nothing; then only
    strain makes the clause negative."""
    now = [h for h in hits if h.position < condition]
    theirs = [
        h for h in now if _felt_by_someone_else(tokens, start, h) or _reported(tokens, start, h)
    ]
    good = any(_judges_a_thing(tokens, start, end, h) or eased(tokens, start, end, h) for h in now)
    felt = emotion_polarity(theirs)
    sides = {felt[0]} if felt else set()
    if not felt:  # a weak word said of someone is still praise or pity ("the kids were lovely")
        sides = {POSITIVE if h.emotion in POSITIVE_EMOTIONS else NEGATIVE for h in theirs}
    if good:
        sides.add(POSITIVE)
    if strained or any(
        a_pity(tokens, start, h.position) or a_place_gutted(tokens, start, h.position) for h in now
    ):
        # "shame I can barely keep my eyes open": a pity is a regret; "the kitchen's gutted":
        # a loss, though no feeling of the writer's is named
        sides.add(NEGATIVE)
    if not sides:
        return NEUTRAL, 0.0
    polarity = MIXED if MIXED in sides or len(sides) > 1 else sides.pop()
    return polarity, EMOTION_FLOOR


def vader_words(
    tokens: list[str], start: int, end: int, drop_crying: bool, no_feeling: bool
) -> list[str]:
    """The words of a clause VADER may read. Tears that are not sadness here do not make its
    reading sad either (``drop_crying``); nor, in a clause where the emotion lexicon found no
    feeling (``no_feeling``), does a feeling word it read and set aside ("cheaper than I
    feared", "hope he's OK", "the calm before the storm"): VADER would read it back as the
    writer's. A negated one stays, as VADER reads the negation ("not happy at all"); so does
    a good thing to have (``sentiment.GOOD_THINGS``), which counts only when said to be
    lacking ("haven't seen my friends in months"); nor a smile put on for someone
    (``_smile_put_on``)."""
    said: list[str] = []
    for i in range(start, end):
        word = tokens[i]
        if drop_crying and word in CRYING:
            continue
        if word in _SMILES and _smile_put_on(tokens, i):
            continue
        if word == "outstanding" and i > start and tokens[i - 1] == "still":
            continue  # "returns still outstanding": owed, which VADER would read as praise
        if no_feeling and is_emotion_word(word) and not _negated_before(tokens, i):
            continue
        if word in GOOD_THINGS and not _negated_before(tokens, i):
            if said and said[-1] == "best":
                said.pop()  # "my best friend" names a person, as ``sentiment`` reads it
            continue
        said.append(word)
    return said


_SMILES: Final = frozenset({"smile", "smiled", "smiling", "smiles"})
_PUT_ON_AFTER: Final = frozenset({"through", "till", "until"})
_SAID_AFTER: Final = frozenset({"told", "sent", "said", "nodded", "waved"})


def _smile_put_on(tokens: list[str], i: int) -> bool:
    """Is the smile at ``i`` one put on for someone: kept up through something ("smiled through
    it", "kept smiling till he left"), the civil face of an exchange ("smiled and told him to
    have a nice day", "had to smile for the next one") or one that tears follow ("smiled all
    afternoon, then went home and cried")? VADER read each as pleasure, wrong in every such
    clause across seven writers' sets, while a smile on its own ("looked at old photos and
    smiled", "can't stop smiling") mostly was the writer's."""
    after = tokens[i + 1 : i + 3]
    if after[:1] and after[0] in _PUT_ON_AFTER:
        return True
    if after == ["for", "the"] or (
        after[:1] == ["and"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _SAID_AFTER
    ):
        return True
    return any(t in CRYING for t in tokens[i + 1 :])


def _negated_before(tokens: list[str], i: int) -> bool:
    """A negator among the three words before ``i`` (VADER's own negation window)."""
    return any(is_negator(tokens[k]) for k in range(max(0, i - 3), i) if tokens[k] != BREAK)
