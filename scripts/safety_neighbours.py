"""Nearest-labelled-neighbour features for ``train_safety_classifier.py`` (the shipped recipe;
``--no-neighbours`` compares without them).

Why: the logistic regression reads a sentence through one linear direction of its MiniLM
vector, so a sign worded like no other sign pulls the same way as every other sentence on
that side of the boundary. How near a sentence is to labelled sentences of each kind is not
linear in its vector: two features say it (``safety_neighbour_bank.NeighbourBank.features``),
the share of warning signs among its ``NEIGHBOURS`` most similar training rows (cosine) and its
best similarity to a sign minus its best similarity to a negative. A row's features never use
the rows of its own cross-validation fold (its own batch or corpus), so a training row's
neighbours are other writers', as a new writer's are; the measured rows use every training
row, as the app does. Every feature is computed from the int8 bank the app reads (``bank``),
never from the float vectors, so the app's scores are the script's.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

from neuroleaf_desktop.ai.safety_neighbour_bank import NeighbourBank, quantise

if TYPE_CHECKING:
    from train_safety_classifier import Prepared

#: How many of the most similar training rows vote.
NEIGHBOURS = 10
#: The two features' length next to the unit-length MiniLM vector (as the n-gram block's
#: ``scale``): not tuned.
NEIGHBOUR_SCALE = 2.0


def bank_of(p: Prepared) -> NeighbourBank:
    """The training rows' bank, quantised exactly as ``write_bank`` writes it."""
    codes, scale = quantise(p.rows.dense)
    return NeighbourBank(codes.astype(np.float32) * np.float32(scale), p.labels == 1)


def neighbour_block(
    bank: NeighbourBank,
    vectors: np.ndarray,
    fold: np.ndarray | None = None,
    bank_fold: np.ndarray | None = None,
) -> np.ndarray:
    """The two features, scaled as the weights file says (``NEIGHBOUR_SCALE``)."""
    return np.asarray(NEIGHBOUR_SCALE * bank.features(vectors, NEIGHBOURS, fold, bank_fold))


def with_neighbours(
    p: Prepared, q: Prepared, folds: np.ndarray, bank: NeighbourBank
) -> tuple[Prepared, Prepared]:
    """``p`` (the training rows, ``folds`` their cross-validation folds) and ``q`` (the measured
    rows) with the two neighbour features appended to every row's and sentence's MiniLM block."""
    from train_safety_classifier import Features

    def extend(features: Features, fold: np.ndarray | None) -> Features:
        extra = neighbour_block(bank, features.dense, fold, None if fold is None else folds)
        return Features(np.hstack([features.dense, extra]), features.ngrams)

    trained = dataclasses.replace(
        p,
        rows=extend(p.rows, folds),
        sentences=extend(p.sentences, folds[p.sentence_row]),
        windows=None,
    )
    measured = dataclasses.replace(
        q, rows=extend(q.rows, None), sentences=extend(q.sentences, None), windows=None
    )
    return trained, measured
