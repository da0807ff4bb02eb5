"""Nearest-labelled-neighbour features for ``train_safety_classifier.py --neighbours`` (compared
with ``--cv-only``; the app does not compute them).

Why: the logistic regression reads a sentence through one linear direction of its MiniLM
vector, so a sign worded like no other sign pulls the same way as every other sentence on
that side of the boundary. How near a sentence is to labelled sentences of each kind is not
linear in its vector: two features say it, the share of warning signs among its
``NEIGHBOURS`` most similar training rows (cosine) and its best similarity to a sign minus its
best similarity to a negative. A row's features never use the rows of its own
cross-validation fold (its own batch or corpus), so a training row's neighbours are other
writers', as a new writer's are; the measured rows use every training row.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from train_safety_classifier import Prepared

#: How many of the most similar training rows vote.
NEIGHBOURS = 10
#: The two features' length next to the unit-length MiniLM vector (as the n-gram block's
#: ``scale``): not tuned.
NEIGHBOUR_SCALE = 2.0
_CHUNK = 2000
_NONE = -2.0  # below any cosine: a bank row that may not be a neighbour


def neighbour_features(
    bank: np.ndarray,
    labels: np.ndarray,
    bank_fold: np.ndarray,
    vectors: np.ndarray,
    fold: np.ndarray | None,
) -> np.ndarray:
    """For each of ``vectors`` (unit length): the share of positives among its ``NEIGHBOURS``
    nearest ``bank`` rows, and its best cosine to a positive minus its best to a negative;
    ``fold``: each vector's fold, whose bank rows are left out (None: every bank row counts)."""
    rows = bank.astype(np.float32)
    positive = labels == 1
    out = np.zeros((len(vectors), 2))
    for start in range(0, len(vectors), _CHUNK):
        sims = vectors[start : start + _CHUNK].astype(np.float32) @ rows.T
        if fold is not None:
            sims[fold[start : start + _CHUNK, None] == bank_fold[None, :]] = _NONE
        nearest = np.argpartition(-sims, NEIGHBOURS, axis=1)[:, :NEIGHBOURS]
        out[start : start + _CHUNK, 0] = positive[nearest].mean(axis=1)
        best_sign = np.where(positive[None, :], sims, _NONE).max(axis=1)
        best_other = np.where(~positive[None, :], sims, _NONE).max(axis=1)
        out[start : start + _CHUNK, 1] = best_sign - best_other
    return out


def with_neighbours(p: Prepared, q: Prepared, folds: np.ndarray) -> tuple[Prepared, Prepared]:
    """``p`` (the training rows, ``folds`` their cross-validation folds) and ``q`` (the measured
    rows) with the two neighbour features appended to every row's and sentence's MiniLM block."""
    from train_safety_classifier import Features

    bank, labels = p.rows.dense, p.labels

    def extend(features: Features, fold: np.ndarray | None) -> Features:
        extra = neighbour_features(bank, labels, folds, features.dense, fold)
        return Features(np.hstack([features.dense, NEIGHBOUR_SCALE * extra]), features.ngrams)

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
