"""The thresholds of ``train_safety_classifier.py``: one per language, from out-of-fold scores.

Kept apart from the training so that the policy (what a threshold may cost, in false alarms on
hard negatives and on everyday journal days) can be read, tested and compared on its own; the
training script's docstring says how the policy was chosen, ``docs/SAFETY_CLASSIFIER_ROUNDS.md``
the rounds that measured it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from neuroleaf_desktop.domain.safety.evaluation import LANGUAGES

if TYPE_CHECKING:
    from train_safety_classifier import Prepared

MAX_FALSE_ALARM_RATE = 0.05
#: English: the share of English everyday training sentences the detector may flag, the rules
#: and the classifier together, as the budget test counts its measuring halves (1 %), with a
#: margin: the classifier alone at 0.5 % left the English threshold to one or two rows.
MAX_ENGLISH_EVERYDAY_RATE = 0.009
#: The five other languages: the share of their everyday training sentences the classifier
#: alone may flag, counted over the five pooled (about 660 sentences, so six may be flagged)
#: and over each language's own (about 130, so one), the two then blended
#: (``EVERYDAY_POOL_WEIGHT``). A rate of zero alarms per language let the single highest of
#: its sentences set the threshold, and that maximum only climbs as sentences are added.
MAX_EVERYDAY_RATE = 0.01
#: How many sentences the pooled threshold counts for against a language's own: each small
#: language's everyday threshold is ``(n * own + EVERYDAY_POOL_WEIGHT * pooled) / (n +
#: EVERYDAY_POOL_WEIGHT)`` for its ``n`` sentences, so a language's own tail moves it only as far
#: as its share of the evidence (with about 130 each, a third of the way).
EVERYDAY_POOL_WEIGHT = 260
LOWEST_THRESHOLD = 0.5
#: The grid the thresholds are read on. A recipe whose scores crowd near 1 (the neighbour
#: features sharpen them) needs a finer one, or the budget's threshold jumps past many rows at a
#: step; ``--step`` compares it.
THRESHOLD_STEP = 0.01


def _decimals() -> int:
    return round(-np.log10(THRESHOLD_STEP))


def choose_threshold(
    scores: np.ndarray,
    negatives: np.ndarray,
    within_everyday: Callable[[np.ndarray], bool],
    lowest: float = LOWEST_THRESHOLD,
) -> float:
    """The lowest threshold, from ``lowest`` up, within both budgets: ``MAX_FALSE_ALARM_RATE``
    of the hard negatives, and the everyday budget ``within_everyday`` judges from the rows
    flagged at it."""
    top = 1 - THRESHOLD_STEP
    for step in np.arange(LOWEST_THRESHOLD, top + THRESHOLD_STEP / 10, THRESHOLD_STEP):
        t = float(round(step, _decimals()))  # the value written, so the one judged
        if t < lowest - 1e-9:
            continue
        flagged = scores >= t
        if int((flagged & negatives).sum()) <= MAX_FALSE_ALARM_RATE * int(
            negatives.sum()
        ) and within_everyday(flagged):
            return t
    return round(top, _decimals())


def everyday_rate_threshold(scores: np.ndarray, everyday: np.ndarray) -> float:
    """The lowest threshold at which the classifier alone flags at most ``MAX_EVERYDAY_RATE``
    of the ``everyday`` rows."""
    allowed = MAX_EVERYDAY_RATE * int(everyday.sum())
    return choose_threshold(
        scores,
        np.zeros(len(scores), dtype=bool),
        lambda flagged: int((flagged & everyday).sum()) <= allowed,
    )


def pooled_everyday_floors(
    scores: np.ndarray, everyday: np.ndarray, lang: np.ndarray, languages: Sequence[str]
) -> dict[str, float]:
    """Each of ``languages``' lowest threshold under the everyday budget: its own threshold at
    ``MAX_EVERYDAY_RATE`` shrunk toward the threshold of all of them pooled, by its share of
    the evidence (``EVERYDAY_POOL_WEIGHT``), rounded up to the grid.

    Why: with about 130 everyday training sentences a language, a per-language budget is a
    count of zero or one, so one sentence scored high out of fold (a toothache at night, the
    winter one is tired of) set a whole language's threshold and moved it by up to .06 from
    one retrain to the next. The five languages' everyday sentences are the same kind of
    journal day, so their pooled tail is estimated from five times the rows; a language keeps
    a say in proportion to its own rows."""
    pooled_rows = everyday & np.isin(lang, list(languages))
    pooled = everyday_rate_threshold(scores, pooled_rows)
    floors = {}
    for name in languages:
        mine = pooled_rows & (lang == name)
        n = int(mine.sum())
        own = everyday_rate_threshold(scores, mine) if n else pooled
        blended = (n * own + EVERYDAY_POOL_WEIGHT * pooled) / (n + EVERYDAY_POOL_WEIGHT)
        per_unit = round(1 / THRESHOLD_STEP)
        floors[name] = float(np.ceil(round(blended * per_unit, 6)) / per_unit)
    return floors


def thresholds(p: Prepared, scores: np.ndarray, *, left_only: bool = False) -> dict[str, float]:
    """One threshold per language, from the classifier's own out-of-fold scores on every hard
    negative of that language, whatever the rules say of them, and on its everyday training
    sentences. English everyday sentences are counted as the detector reads them (flagged by
    the rules, or left to the classifier and scored at the threshold), the count the budget
    test makes on the measuring halves; in the other languages, the classifier alone, under a
    budget pooled over the five (``pooled_everyday_floors``).
    ``left_only`` is the earlier policy (only the rows the rules leave), kept to compare."""
    labels = p.labels
    counted = p.left if left_only else np.ones(len(labels), dtype=bool)
    # The budget's everyday rows are the journal sentences (the everyday sets and the corpora
    # of journal days, ``JOURNAL_CORPORA``); another corpus's ordinary rows, written to sound
    # heavy, train as everyday but count as hard negatives.
    journal = np.array([e.journal or e.group.startswith("everyday") for e in p.examples])
    small = [lang for lang in LANGUAGES if lang != "en"]
    floors = pooled_everyday_floors(scores, journal & counted, p.lang, small)
    chosen = {}
    for lang in LANGUAGES:
        mine = counted & (p.lang == lang)
        negatives = mine & (labels == 0) & ~journal
        everyday = journal & mine
        if lang == "en":

            def within(flagged: np.ndarray, everyday: np.ndarray = everyday) -> bool:
                alarms = (p.flagged | (p.left & flagged)) & everyday
                return int(alarms.sum()) <= MAX_ENGLISH_EVERYDAY_RATE * int(everyday.sum())

            chosen[lang] = choose_threshold(scores, negatives, within)
        else:
            chosen[lang] = choose_threshold(scores, negatives, lambda _: True, floors[lang])
    return chosen


__all__ = [
    "EVERYDAY_POOL_WEIGHT",
    "LOWEST_THRESHOLD",
    "MAX_ENGLISH_EVERYDAY_RATE",
    "MAX_EVERYDAY_RATE",
    "MAX_FALSE_ALARM_RATE",
    "THRESHOLD_STEP",
    "choose_threshold",
    "everyday_rate_threshold",
    "pooled_everyday_floors",
    "thresholds",
]
