"""Train the learned gate on the analyser's chips (``ai/analysis_gate.py``) and write its weights.

Run: ``PYTHONPATH=. .venv/bin/python scripts/train_analysis_gate.py [--lobo]``
Writes ``neuroleaf_desktop/ai/data/analysis_gate.json`` (needs the MiniLM ONNX export in
``models/``: ``make models``). ``--lobo`` prints the leave-one-batch-out table instead.

What it learns from: every row of ``tests/data/analysis/sentences.tsv`` (all splits but
``test19`` and ``test20``, see below) and the corpora written to teach it,
``tests/data/analysis/corpus12.tsv``, ``corpus13.tsv`` and ``corpus14.tsv``; the blind batches
in ``tests/data/held_out/`` are never read. One L2 logistic regression (scikit-learn L-BFGS,
``C``, deterministic) per stress category and per emotion over the text's all-MiniLM-L6-v2
vector; weights rounded to 5 decimals. Vectors stay in memory.

How the policy was chosen (thirteenth round): leave-one-batch-out over the eight batches that
were once blind (``test13`` … ``test18``, ``corpus12``, ``corpus13``), each scored by a model
trained on every other row, the rules' chips taken **as the rules read that batch before it was
studied** (``test13`` … ``test17`` by the code of their untouched measurement; ``test18`` and the
corpora by today's rules, which never studied them). Thresholds of the policies marked "inner"
were chosen per label on the other batches only (nested). Pooled (1,720 rows; P / R, right /
wrong chips):

==============================  ===========================  ===========================
policy                          stress                       emotions
==============================  ===========================  ===========================
rules alone                     0.645 / 0.216 (264 / 145)    0.673 / 0.173 (228 / 111)
**gate, t 0.15 / 0.05 (ships)** 0.760 / 0.194 (237 / 75)     0.719 / 0.166 (218 / 85)
gate, t 0.25                    0.793 / 0.176 (215 / 56)     0.790 / 0.117 (154 / 41)
gate, t 0.50                    0.845 / 0.125 (153 / 28)     0.869 / 0.071 (93 / 14)
gate, inner t for P ≥ 0.9       0.895 / 0.091 (111 / 13)     0.895 / 0.078 (102 / 12)
rules OR model, inner P ≥ 0.9   0.665 / 0.259 (317 / 160)    0.675 / 0.202 (266 / 128)
model alone, inner P ≥ 0.9      0.825 / 0.070 (85 / 18)      0.806 / 0.066 (87 / 21)
per-label choice, inner         0.832 / 0.105 (129 / 26)     0.823 / 0.081 (107 / 23)
==============================  ===========================  ===========================

``THRESHOLDS`` maximise pooled F0.5 (stress is flat from 0.05 to 0.15: the most precise of the
thresholds within 0.005 of the best); chosen nested, each batch's from the other seven, the
gate reads 0.713 / 0.199 and 0.710 / 0.169. Precision rises on every batch for stress and on
seven of eight for emotions. ``corpus13`` was measured before anything trained on it: rules
0.699 / 0.228 and 0.651 / 0.151; the gate trained without it 0.780 / 0.205 and 0.722 / 0.140.
Adding labels the rules missed (OR) adds about as many wrong chips as right ones; the model
alone finds few labels (most of the blind writers' labels are implied, not worded); a per-label
choice of policy, or per-label thresholds for 0.9, halves recall. A verifier trained on the
other batches' wrong rule chips (model logit, label, vector) did no better than the plain gate.
Sixteenth round: with ``test19`` (a ninth once-blind batch, read by the rules as they were
before it was studied) added to training, the eight-fold pool above moved 0.760 / 0.194 →
0.758 / 0.195 (stress) and 0.719 / 0.166 → 0.716 / 0.165 (emotions), so the shipped weights
were kept (they never trained on ``test19``; it reads 0.629 → 0.679 and 0.667 → 0.720 gated).
Seventeenth round: ``corpus14`` (a new writer, 480 rows) measured before anything trained on
it: today's rules 0.621 / 0.154 (54 right / 33 wrong) and 0.730 / 0.121 (46 / 17); the shipped
gate 0.769 / 0.143 (50 / 15) and 0.778 / 0.111 (42 / 12). Ten folds (``corpus14`` read by
today's rules, which never studied it), pooled, shipped thresholds:

=================================  ===========================  ===========================
added to training               stress                       emotions
=================================  ===========================  ===========================
rules alone                        0.640 / 0.199 (340 / 191)    0.681 / 0.157 (292 / 137)
shipped (no test19, no corpus14)   0.756 / 0.179 (306 / 99)     0.728 / 0.149 (278 / 104)
+ test19                           0.754 / 0.179 (306 / 100)    0.727 / 0.149 (277 / 104)
+ test19 + corpus14                0.750 / 0.182 (312 / 104)    0.731 / 0.151 (280 / 103)
**+ corpus14 (ships)**             0.756 / 0.183 (313 / 101)    0.730 / 0.151 (281 / 104)
=================================  ===========================  ===========================

With each fold's threshold chosen on the other nine (F0.5): shipped 0.739 / 0.180 and 0.718 /
0.153; + corpus14 0.756 / 0.183 and 0.721 / 0.152 (on the nine older folds alone 0.723 / 0.190
→ 0.754 / 0.193, 0.709 / 0.161 → 0.722 / 0.161); it picks 0.15 / 0.05 on all ten. So the
weights were retrained with ``corpus14``, and ``test19`` stays out of them (``NOT_TRAINED``):
with it in, stress lost precision both times it was measured.
On the tuned splits (``dev`` … ``test12``; the model trained on them) precision stays ≥ 0.95
pooled, recall 0.785 → 0.740 (stress) and 0.821 → 0.810 (emotions); 0.688 / 0.783 when each
tuned split is also left out of training.
Eighteenth round: ``test20`` (a new writer, once blind) read by the shipped gate, which never
trained on it: rules 0.586 / 0.262 (34 / 24) → gated 0.667 / 0.215 (28 / 14), emotions
0.690 / 0.172 (29 / 13) → 0.703 / 0.154 (26 / 11). Eleven folds (``test20`` read by the rules
from before it was studied), pooled, shipped thresholds:

=================================  ===========================  ===========================
added to training                  stress                       emotions
=================================  ===========================  ===========================
rules alone                        0.635 / 0.203 (374 / 215)    0.682 / 0.158 (321 / 150)
**shipped (no test19, no test20)** 0.748 / 0.185 (341 / 115)    0.727 / 0.151 (307 / 115)
+ test20                           0.746 / 0.183 (337 / 115)    0.728 / 0.152 (308 / 115)
+ test19 + test20                  0.747 / 0.183 (336 / 114)    0.726 / 0.151 (307 / 116)
=================================  ===========================  ===========================

With each fold's threshold chosen on the other ten (F0.5), stress reads 0.748 / 0.182 shipped,
0.736 / 0.183 with ``test20`` and 0.734 / 0.174 with both; emotions 0.714 / 0.152, 0.715 /
0.154 and 0.715 / 0.156. Stress got worse either way, so the weights were not retrained and
``test20`` joined ``NOT_TRAINED`` (training with it left out gives the shipped weights).
Nineteenth round: older tuned rows were relabelled (sarcasm and a quarrel the writer is in are
anger), and ``test21``, ``corpus15`` and ``corpus16`` became folds (each read by the rules of
before the round, which never studied them). Fourteen folds pooled, shipped thresholds:

=================================  ===========================  ===========================
trained on (besides the tuned)     stress                       emotions
=================================  ===========================  ===========================
rules alone                        0.621 / 0.209 (558 / 341)    0.689 / 0.150 (446 / 201)
**shipped recipe, old labels**     0.726 / 0.184 (492 / 186)    0.731 / 0.143 (424 / 156)
shipped recipe, new labels         0.726 / 0.184 (492 / 186)    0.727 / 0.143 (424 / 159)
+ test21                           0.723 / 0.183 (489 / 187)    0.728 / 0.142 (423 / 158)
+ corpus15 + corpus16              0.720 / 0.188 (502 / 195)    0.730 / 0.144 (428 / 158)
+ test19 + test20 + test21         0.728 / 0.184 (493 / 184)    0.727 / 0.143 (424 / 159)
+ all of them                      0.720 / 0.186 (498 / 194)    0.730 / 0.144 (429 / 159)
=================================  ===========================  ===========================

With each fold's threshold chosen on the other thirteen (F0.5): stress 0.699 / 0.190 shipped,
0.692 / 0.194 (+ test21), 0.690 / 0.192 (+ the corpora), 0.704 / 0.186 (+ test19–21), 0.678 /
0.203 (all); emotions 0.721 / 0.147, 0.721 / 0.147, 0.722 / 0.148, 0.724 / 0.148, 0.724 /
0.148. No recipe is as good on both tasks at the shipped thresholds (the corpora cost stress
precision; the relabel alone costs three wrong emotion chips), so the weights were not
retrained: they stay those trained on the labels before the relabel, and ``test21``,
``corpus15`` and ``corpus16`` join ``NOT_TRAINED``. Training now would differ from the shipped
weights by the relabelled rows alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")  # small fits: one BLAS thread is fastest
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from neuroleaf_desktop.ai.analysis_gate import WEIGHTS
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS
from neuroleaf_desktop.domain.analysis.quality import Labelled, parse_tsv, predict
from neuroleaf_desktop.domain.analysis.stress_keywords import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "analysis"
FILES = (
    "sentences.tsv", "corpus12.tsv", "corpus13.tsv", "corpus14.tsv", "corpus15.tsv",
    "corpus16.tsv",
)  # fmt: skip
LABELS: tuple[tuple[str, str], ...] = tuple(("stress", c) for c in CATEGORIES) + tuple(
    ("emotions", e) for e in EMOTIONS
)
C = 4.0  # L2 strength; 16 measured the same on the folds
THRESHOLDS = {"stress": 0.15, "emotions": 0.05}  # a label without its own threshold
# Per-label thresholds (precision first): each the lowest at which the label's chips on the
# fourteen once-blind folds (out-of-fold probabilities, the rules of before each fold was
# studied) were ≥ 0.96 precise with ≥ 3 right; above 1 where none was, so the label is never
# shown. Chosen by ``scripts/analysis_gate_curve.py --choose``; nested, this policy read 0.909 /
# 0.071 (stress) and 0.901 / 0.037 (emotions) pooled (docs/ANALYSIS_GATE_ROUNDS.md).
LABEL_THRESHOLDS = {
    "stress:work": 0.93, "stress:deadlines": 0.13, "stress:study": 0.34, "stress:money": 0.54,
    "stress:health": 0.96, "stress:sleep": 0.31, "stress:relationships": 0.5,
    "stress:family": 0.88, "stress:conflict": 0.7, "stress:commute": 1.01, "stress:home": 1.01,
    "emotions:joy": 0.75, "emotions:calm": 0.3, "emotions:gratitude": 1.01,
    "emotions:sadness": 1.01, "emotions:anxiety": 0.88, "emotions:anger": 0.82,
    "emotions:loneliness": 0.54, "emotions:shame": 1.01, "emotions:hope": 0.36,
}  # fmt: skip
ONCE_BLIND = (
    "test13", "test14", "test15", "test16", "test17", "test18", "test19", "corpus12", "corpus13",
    "corpus14", "test20", "test21", "corpus15", "corpus16",
)  # fmt: skip
# Once-blind batches measured (leave-one-batch-out) and used as folds, but kept out of the
# weights: adding test19 to training made the pool worse twice (sixteenth and seventeenth
# rounds), and adding test20 (with or without test19) made it worse in the eighteenth; in the
# nineteenth no recipe with test21 or the corpora corpus15 / corpus16 was as good on both tasks.
# test22 is a tuned split whose labels are still being studied: the shipped weights never saw it.
NOT_TRAINED = ("test19", "test20", "test21", "corpus15", "corpus16", "test22")


def labelled_rows() -> list[Labelled]:
    rows: list[Labelled] = []
    for name in FILES:
        path = DATA / name
        if path.is_file():
            rows += parse_tsv(path.read_text(encoding="utf-8"))
    return rows


def targets(rows: list[Labelled]) -> Any:
    return np.array(
        [[lab in (r.stress if t == "stress" else r.emotions) for t, lab in LABELS] for r in rows]
    )


def fit(x: Any, y: Any) -> tuple[Any, Any]:
    """Weights (labels × dim) and biases of one logistic regression per label."""
    weights, bias = [], []
    for j in range(y.shape[1]):
        model = LogisticRegression(C=C, max_iter=2000).fit(x, y[:, j])
        weights.append(model.coef_[0])
        bias.append(model.intercept_[0])
    return np.asarray(weights), np.asarray(bias)


def embed(rows: list[Labelled]) -> tuple[Any, str]:
    from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder

    embedder = MiniLMEmbedder()
    vectors = np.asarray(embedder.embed([r.text for r in rows]), dtype=np.float64)
    return vectors, embedder.model_key


def lobo(rows: list[Labelled], x: Any) -> None:
    """Leave-one-batch-out, rules as today's code reads each batch (optimistic for the batches
    the rules studied; the docstring's table used each batch's untouched rules)."""
    y = targets(rows)
    split = np.array([r.split for r in rows])
    read = [predict(r.text) for r in rows]
    rules = np.array(
        [[lab in (p.stress if t == "stress" else p.emotions) for t, lab in LABELS] for p in read]
    )
    probability = np.zeros(y.shape)
    batches = [b for b in ONCE_BLIND if (split == b).any()]
    for batch in batches:
        out = split == batch
        train = ~out & ~np.isin(split, NOT_TRAINED)
        w, b = fit(x[train], y[train])
        probability[out] = 1.0 / (1.0 + np.exp(-(x[out] @ w.T + b)))
    blind = np.isin(split, batches)
    for task in ("stress", "emotions"):
        cols = [i for i, (t, _) in enumerate(LABELS) if t == task]
        for name, keep in (
            ("rules", rules),
            ("gate", rules & (probability >= THRESHOLDS[task])),
        ):
            got, want = keep[blind][:, cols], y[blind][:, cols]
            tp, fp, fn = (got & want).sum(), (got & ~want).sum(), (~got & want).sum()
            print(f"{task:8s} {name:5s} P {tp / max(tp + fp, 1):.3f} R {tp / (tp + fn):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lobo", action="store_true", help="measure, write nothing")
    parser.add_argument(
        "--thresholds-only", action="store_true", help="rewrite the shipped file's thresholds"
    )
    args = parser.parse_args()
    if args.thresholds_only:
        shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        shipped.update(thresholds=THRESHOLDS, label_thresholds=LABEL_THRESHOLDS)
        WEIGHTS.write_text(json.dumps(shipped, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"thresholds written to {WEIGHTS}")
        return
    rows = labelled_rows()
    x, model_key = embed(rows)
    if args.lobo:
        lobo(rows, x)
        return
    trained = np.array([r.split not in NOT_TRAINED for r in rows])
    weights, bias = fit(x[trained], targets(rows)[trained])
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "model_key": model_key,
        "trained_on": f"{int(trained.sum())} labelled sentences ({', '.join(FILES)}; "
        f"not {', '.join(NOT_TRAINED)})",
        "c": C,
        "labels": [list(label) for label in LABELS],
        "thresholds": THRESHOLDS,
        "label_thresholds": LABEL_THRESHOLDS,
        "weights": np.round(weights, 5).tolist(),
        "bias": np.round(bias, 5).tolist(),
    }
    WEIGHTS.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{int(trained.sum())} sentences; weights in {WEIGHTS}")


if __name__ == "__main__":
    main()
