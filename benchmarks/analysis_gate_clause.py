"""Leave-one-batch-out of the chip's clause as the learned gate's input (measured, not shipped).

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) judges a chip from the whole
sentence's MiniLM vector, but a chip is about one clause ("felt calmer; slept badly though"
gives poor sleep from its second clause only). The analyser's result names the canonical
stressor, never where it matched, so the chip's clause is found from outside the analyser:
the text is cut into clauses (``clauses``: sentence ends, ``; : ,``, dashes, and the turns
and reasons the analyser also cuts at), the rules read each clause alone, and the chip's
clause is the clause or clauses whose own reading yields the chip; the whole text when none
or all do, or when it is one clause. Candidates, each scored on the once-blind folds
(``train_analysis_gate.ONCE_BLIND``) by a model trained without the fold, per label:

* ``shipped``: the sentence vector (the training script's recipe; the reference);
* ``clause``: the chip's clause's vector alone (a row without the chip: its sentence's);
* ``concat``: the sentence's and the clause's vectors side by side;
* ``mean``: their mean;
* ``position``: the sentence vector and three columns: the chip's clause is the text's only
  clause, it includes the last clause of several, it does not (all 0 without a found clause).

A training row's chips and clauses are read by today's rules (as the app would read them); a
fold row's by the rules of before its batch was studied (``analysis_gate_curve.STUDIED_AT``),
on its clauses too. Printed as in ``analysis_gate_candidates.py``: precision / recall (right /
wrong chips) at the shipped thresholds, with each fold's threshold chosen for best F0.5 on the
other folds, and at the recall ``shipped`` reaches at its threshold; over the older folds, the
newer and all.

None shipped (``docs/ANALYSIS_GATE_ROUNDS.md``, twenty-third round): every candidate made
emotions worse, and the stress gain of ``concat`` and ``mean`` was in the older folds only.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_clause.py [--cache F.npz]
[CANDIDATE ...]`` (about thirty minutes on a shared core); ``--timing N`` prints only the
milliseconds per entry on ``N`` demo entries, the shipped gate against the same with the
chip's clause found and embedded. Texts and vectors stay in memory; only the vectors are
cached.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis_gate_candidates as bc  # noqa: E402
import analysis_gate_curve as curve  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: E402

CANDIDATES = ("shipped", "clause", "concat", "mean", "position")
# Where a clause ends: a sentence end, a line, ; : , a dash between spaces, the turns the
# analyser cuts segments at, the reasons it cuts clauses at, and "so" before a new subject
# (not "so tired").
_BREAK = re.compile(
    r"(?<=[.!?…])\s+|\n+|[;:,]|\s[-–—]+\s|"
    r"\b(?:but|though|although|however|whereas|because|cos|coz|cause)\b|"
    r"\bso\b(?=\s+(?:i|i'm|i've|i'll|we|it|it's|that|now|they|he|she|my)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w")


def clauses(text: str) -> list[str]:
    """``text`` cut into clauses, stripped, each with at least one word character."""
    return [c.strip() for c in _BREAK.split(text) if c and _WORD.search(c)]


Chips = tuple[frozenset[str], frozenset[str]]


def chips_of(reading: curve.Reading) -> Chips:
    return reading[0], reading[1]


class Experiment:
    def __init__(self, cache: Path | None) -> None:
        self.rows = tg.labelled_rows()
        self.x = curve.vectors(self.rows, cache)
        self.y = tg.targets(self.rows)
        self.split = np.array([r.split for r in self.rows])
        self.old = [chips_of(r) for r in curve.readings(self.rows, today=False)]
        self.today = [chips_of(r) for r in curve.readings(self.rows, today=True)]
        self.rules = np.array(
            [[lab in (s if t == "stress" else e) for t, lab in tg.LABELS] for s, e in self.old]
        )
        self.parts = [clauses(r.text) for r in self.rows]
        self.today_parts = self._read_parts(today=True)
        self.old_parts = self._read_parts(today=False)
        self.texts: list[str] = []  # clause texts beyond the rows' own (index len(rows) + n)
        self.index_of: dict[str, int] = {}
        self.train_index = self._indices(self.today, self.today_parts)
        self.score_index = self._indices(self.old, self.old_parts)
        self.train_position = self._positions(self.today, self.today_parts)
        self.score_position = self._positions(self.old, self.old_parts)
        self.v = np.vstack([self.x, self._clause_vectors(cache)])

    def _read_parts(self, today: bool) -> list[list[Chips] | None]:
        """Each clause's own chips, for rows of several clauses with a chip (else None)."""
        reading = self.today if today else self.old
        out: list[list[Chips] | None] = [None] * len(self.rows)
        wanted = [i for i, p in enumerate(self.parts) if len(p) > 1 and any(reading[i])]
        by_commit: dict[str | None, list[int]] = {}
        for i in wanted:
            commit = None if today else curve.STUDIED_AT.get(str(self.split[i]))
            by_commit.setdefault(commit, []).append(i)
        for commit, index in by_commit.items():
            texts = [c for i in index for c in self.parts[i]]
            if commit is None:
                read = [chips_of(curve._today(t)) for t in texts]
            else:
                read = [chips_of(r) for r in curve.old_rules(commit, texts)]
            at = 0
            for i in index:
                out[i] = read[at : at + len(self.parts[i])]
                at += len(self.parts[i])
        return out

    def _chosen(self, i: int, task: str, label: str, parts: list[Chips] | None) -> list[int]:
        """Indices of the clauses whose own reading yields the label; [] for the whole text."""
        if parts is None:
            return []
        picked = [n for n, p in enumerate(parts) if label in (p[0] if task == "stress" else p[1])]
        return picked if 0 < len(picked) < len(parts) else []

    def _indices(self, reading: list[Chips], parts: list[list[Chips] | None]) -> Any:
        """Per label and row, the row of ``v`` its feature vector is (rows are 0 … n-1)."""
        index = np.tile(np.arange(len(self.rows)), (len(tg.LABELS), 1))
        for i in range(len(self.rows)):
            for j, (task, label) in enumerate(tg.LABELS):
                if label not in (reading[i][0] if task == "stress" else reading[i][1]):
                    continue
                picked = self._chosen(i, task, label, parts[i])
                if picked:
                    text = " ".join(self.parts[i][n] for n in picked)
                    if text not in self.index_of:
                        self.index_of[text] = len(self.rows) + len(self.texts)
                        self.texts.append(text)
                    index[j, i] = self.index_of[text]
        return index

    def _positions(self, reading: list[Chips], parts: list[list[Chips] | None]) -> Any:
        """Per label and row: (only clause, includes the last of several, does not)."""
        out = np.zeros((len(tg.LABELS), len(self.rows), 3))
        for i in range(len(self.rows)):
            for j, (task, label) in enumerate(tg.LABELS):
                if label not in (reading[i][0] if task == "stress" else reading[i][1]):
                    continue
                if len(self.parts[i]) <= 1:
                    out[j, i, 0] = 1.0
                elif picked := self._chosen(i, task, label, parts[i]):
                    last = len(self.parts[i]) - 1 in picked
                    out[j, i, 1 if last else 2] = 1.0
        return out

    def _clause_vectors(self, cache: Path | None) -> Any:
        path = None if cache is None else cache.with_name(cache.stem + "_clauses.npz")
        return tg.embed_texts(self.texts, path)

    def features(self, candidate: str, j: int, rows: Any, scoring: bool) -> Any:
        index = (self.score_index if scoring else self.train_index)[j][rows]
        if candidate == "shipped":
            return self.x[rows]
        if candidate == "clause":
            return self.v[index]
        if candidate == "concat":
            return np.hstack([self.x[rows], self.v[index]])
        if candidate == "mean":
            return 0.5 * (self.x[rows] + self.v[index])
        position = (self.score_position if scoring else self.train_position)[j][rows]
        return np.hstack([self.x[rows], position])

    def out_of_fold(self, candidate: str) -> Any:
        trainable = ~np.isin(self.split, tg.NOT_TRAINED)
        probability = np.zeros(self.y.shape)
        for fold in tg.ONCE_BLIND:
            out = self.split == fold
            train, scored = np.flatnonzero(trainable & ~out), np.flatnonzero(out)
            for j in range(len(tg.LABELS)):
                model = LogisticRegression(C=tg.C, max_iter=2000)
                model.fit(self.features(candidate, j, train, False), self.y[train, j])
                xs = self.features(candidate, j, scored, True)
                probability[scored, j] = model.predict_proba(xs)[:, 1]
        return probability


def timing(count: int) -> None:
    """Milliseconds per entry on ``count`` demo entries: the shipped gate, and the same with the
    chip's clause found and embedded (the work a clause candidate adds at runtime)."""
    import time
    from datetime import date

    from neuroleaf_desktop.ai.analysis_gate import AnalysisGate, windows
    from neuroleaf_desktop.demo.generator import generate
    from neuroleaf_desktop.domain.analysis.analyzer import analyse
    from neuroleaf_desktop.domain.analysis.quality import predict

    entries = generate(2.0, seed=7, end=date(2026, 1, 1)).entries[:count]
    gate = AnalysisGate()
    gate.embedder.embed(["warm up"])
    start = time.perf_counter()
    for e in entries:
        gate.analyse(e.title, e.body)
    shipped = time.perf_counter() - start
    start = time.perf_counter()
    for e in entries:
        text = f"{e.title}\n{e.body}" if e.title.strip() else e.body
        extra: list[str] = []
        for window in windows(text):
            chips = predict(window, lambda _t, b: analyse("", b))
            parts = clauses(window)
            if len(parts) < 2 or not (chips.stress or chips.emotions):
                continue
            read = [predict(p) for p in parts]
            for task, labels in (("stress", chips.stress), ("emotions", chips.emotions)):
                for label in labels:
                    picked = [
                        p for p, r in zip(parts, read, strict=True)
                        if label in (r.stress if task == "stress" else r.emotions)
                    ]  # fmt: skip
                    if 0 < len(picked) < len(parts):
                        extra.append(" ".join(picked))
        analysis = analyse(e.title, e.body)
        if analysis.stress_keywords or any(analysis.emotions.values()):
            gate.embedder.embed([*windows(text), *dict.fromkeys(extra)])
    clause = time.perf_counter() - start
    gate.close()
    print(f"{len(entries)} demo entries: shipped gate {1000 * shipped / len(entries):.1f} ms "
          f"per entry, with the chip's clause {1000 * clause / len(entries):.1f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", nargs="*", help=f"of {', '.join(CANDIDATES)} (default: all)")
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    parser.add_argument("--timing", type=int, default=0, metavar="N", help="ms per entry only")
    parser.add_argument(
        "--per-fold", action="store_true", help="stress per fold at the shipped's pooled recall"
    )
    args = parser.parse_args()
    if args.timing:
        timing(args.timing)
        return
    chosen = args.candidates or list(CANDIDATES)
    if unknown := set(chosen) - set(CANDIDATES):
        parser.error(f"unknown candidates: {', '.join(sorted(unknown))}")
    ex = Experiment(args.cache)
    several = sum(len(p) > 1 for p in ex.parts)
    moved = int((ex.score_index[:, np.isin(ex.split, tg.ONCE_BLIND)] >= len(ex.rows)).sum())
    print(f"{several} of {len(ex.rows)} rows have several clauses; {len(ex.texts)} clause "
          f"texts; {moved} fold chips read from a clause")  # fmt: skip
    wanted = ["shipped", *(c for c in chosen if c != "shipped")]
    probs = {c: ex.out_of_fold(c) for c in wanted}
    head = (
        "| candidate | stress fixed | stress F0.5 nested | stress at shipped's recall "
        "| emotions fixed | emotions F0.5 nested | emotions at shipped's recall |"
    )
    for name, folds in (("older", bc.OLDER), ("newer", bc.NEWER), ("all", tg.ONCE_BLIND)):
        m = np.isin(ex.split, folds)
        print(f"\n{name}: {len(folds)} folds, {int(m.sum())} rows\n{head}")
        for c in wanted:
            print(bc.report(c, probs[c], probs["shipped"], ex.rules, ex.y, ex.split, folds))
    if args.per_fold:
        per_fold(ex, probs)


def per_fold(ex: Experiment, probs: dict[str, Any]) -> None:
    """Stress per fold, each candidate at its threshold matching the shipped's pooled recall
    (chosen on all folds: a comparison of curves, not an operating point)."""
    cols = [i for i, (t, _) in enumerate(tg.LABELS) if t == "stress"]
    rule, want = ex.rules[:, cols], ex.y[:, cols]
    m = np.isin(ex.split, tg.ONCE_BLIND)
    level = bc.recall(bc.at(rule, probs["shipped"][:, cols], want, m, tg.THRESHOLDS["stress"]))
    picked = {
        c: max(t for t in bc.FINE if bc.recall(bc.at(rule, p[:, cols], want, m, t)) >= level)
        for c, p in probs.items()
    }
    print("\n| fold | " + " | ".join(f"{c} (t {t:.3f})" for c, t in picked.items()) + " |")
    for fold in tg.ONCE_BLIND:
        out = ex.split == fold
        cells = [bc.text(bc.at(rule, probs[c][:, cols], want, out, t)) for c, t in picked.items()]
        print(f"| {fold} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
