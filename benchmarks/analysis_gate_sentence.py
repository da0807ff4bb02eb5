"""Whether the learned gate reads a chip better from the sentence that holds it.

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) scores every chip of an entry from
the whole entry's MiniLM vector, so in an entry whose sentences disagree ("Work was brutal
today. Home now, feet up, all good.") the strained sentence and the calm one are averaged into
one vector, and a chip from one sentence is judged partly by the other. This asks the
thirty-third round's question (``docs/ANALYSIS_GATE_ROUNDS.md``): scoring a chip by the
sentence that holds it, the model unchanged (the same weights, trained on whole entries, only
fed the sentence's vector), does the gate keep fewer wrong chips at the same recall? The
twenty-third round asked a neighbouring question and trained new models on the chip's
clause; here nothing is retrained, the unit is the gate's own sentence cut
(``analysis_gate.sentences``, what its windows count), and the whole entry's probability can
stay in the score (``min``, ``mean``).

The sentence that holds a chip: for a stress category, the sentences that hold one of the
rules' keywords of that category (the analyser names its keywords, not where they stand, so
they are found as whole words in each sentence); otherwise, and for an emotion, the sentences
whose own reading by the same rules gives the label. A chip of a one-sentence entry, or one no
sentence holds alone, keeps the entry's probability. Several holding sentences: the highest.
Candidates, each a chip's probability at the task threshold:

* ``entry``: the shipped gate (the entry's vector);
* ``sentence``: the holding sentence's probability;
* ``min``: the lower of the two (a chip must read as right both ways);
* ``mean``: their mean.

Every figure is out of fold. Each once-blind fold (``train_analysis_gate.ONCE_BLIND``) is
scored by the shipped recipe's models trained without it, its rules (entry and sentences)
those of before it was studied (``analysis_gate_curve.STUDIED_AT``); "at the entry's recall"
is the lowest threshold at which a candidate keeps as many right chips as ``entry`` at the task
threshold, chosen on the span itself (as ``analysis_gate_candidates.report``). ``dev`` is read
as the tuned splits' guard reads it: in-sample (models trained on every row the recipe trains
on), today's rules, the task thresholds.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_sentence.py [--cache F.npz]
[--sentence-cache G.npz] [--last-eight]`` (``--last-eight`` scores only the newest writers'
folds; the whole run is about fifteen minutes on a shared core). Texts and vectors stay in
memory; only vectors are cached.
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

import analysis_gate_candidates as cand  # noqa: E402
import analysis_gate_curve as curve  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402
from analysis_gate_emotion import SPANS  # noqa: E402

from neuroleaf_desktop.ai.analysis_gate import sentences  # noqa: E402
from neuroleaf_desktop.domain.analysis.quality import Labelled  # noqa: E402

STRESS = [j for j, (task, _label) in enumerate(tg.LABELS) if task == "stress"]
EMOTIONS = [j for j, (task, _label) in enumerate(tg.LABELS) if task == "emotions"]
TASKS = (("stress", STRESS), ("emotions", EMOTIONS))
VARIANTS = ("sentence", "min", "mean")


def sentence_readings(
    rows: list[Labelled], parts: list[list[str]], today: bool, wanted: set[int]
) -> dict[int, list[curve.Reading]]:
    """Each sentence of the ``wanted`` entries of several sentences, read alone by the rules
    that read the entry: those of before its fold was studied (``today`` false), else today's."""
    read: dict[int, list[curve.Reading]] = {}
    if not today:
        for split, commit in curve.STUDIED_AT.items():
            index = [i for i, r in enumerate(rows) if r.split == split and i in wanted]
            flat = [s for i in index for s in parts[i]]
            got = curve.old_rules(commit, flat) if flat else []
            start = 0
            for i in index:
                read[i] = got[start : start + len(parts[i])]
                start += len(parts[i])
    for i in sorted(wanted - set(read)):
        read[i] = [curve._today(s) for s in parts[i]]
    return read


def holding(
    parts: list[str], reading: curve.Reading, alone: list[curve.Reading], j: int
) -> tuple[list[str], str]:
    """The sentences holding chip ``j`` (a label of ``tg.LABELS``) and how they were found:
    its category's keywords as whole words, else the sentences whose own reading gives it;
    none when no sentence holds it alone."""
    task, label = tg.LABELS[j]
    if task == "stress":
        words = [k.lower() for k, category in reading[2] if category == label]
        found = [
            s
            for s in parts
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s.lower()) for w in words)
        ]
        if found:
            return found, "keyword"
    own = [s for s, r in zip(parts, alone, strict=True) if label in r[0 if task == "stress" else 1]]
    return own, "own reading" if own else "none"


def sentence_probability(
    chips: Any,
    parts: list[list[str]],
    read: list[curve.Reading],
    alone: dict[int, list[curve.Reading]],
    models: dict[int, tuple[Any, Any]],
    vectors: dict[str, Any],
) -> tuple[Any, dict[str, int]]:
    """Per row and label the holding sentence's probability (NaN where no sentence holds the
    chip alone or the entry is one sentence), for the rows in ``models`` (row → its model's
    weights and biases); and how many chips found their sentence each way."""
    score = np.full(chips.shape, np.nan)
    found = {"keyword": 0, "own reading": 0, "none": 0}
    for i, (w, b) in models.items():
        if len(parts[i]) < 2:
            continue
        for j in np.flatnonzero(chips[i]):
            held, kind = holding(parts[i], read[i], alone[i], int(j))
            found[kind] += 1
            if held:
                z = np.array([vectors[s] for s in held]) @ w[j] + b[j]
                score[i, j] = float((1.0 / (1.0 + np.exp(-z))).max())
    return score, found


def combined(entry: Any, sentence: Any) -> dict[str, Any]:
    """Each candidate's chip probability; the entry's where no sentence holds the chip."""
    none = np.isnan(sentence)
    s = np.where(none, entry, sentence)
    return {
        "entry": entry,
        "sentence": s,
        "min": np.minimum(entry, s),
        "mean": (entry + s) / 2,
    }


def disagree(alone: list[curve.Reading] | None) -> bool:
    """An entry whose sentences disagree: one read alone gives a strain, another none."""
    strained = [bool(r[0]) for r in alone or []]
    return any(strained) and not all(strained)


def share(chips: Any, prob: Any, y: Any, rows: Any, alone: dict[int, list[curve.Reading]]) -> None:
    """The chips the gate keeps on the ``rows`` mask, wrong then right: all, from entries of
    several sentences, from entries whose sentences disagree."""
    several = np.zeros(len(y), bool)
    several[list(alone)] = True
    split_ = np.array([disagree(alone.get(i)) for i in range(len(y))])
    for task, cols in TASKS:
        kept = chips[:, cols] & (prob[:, cols] >= tg.THRESHOLDS[task]) & rows[:, None]
        cells = []
        for which in (kept & ~y[:, cols], kept & y[:, cols]):
            per_row = which.sum(axis=1)
            cells.append(f"{per_row.sum()} / {per_row[several].sum()} / {per_row[split_].sum()}")
        print(f"| {task} | " + " | ".join(cells) + " |")


def table(chips: Any, probs: dict[str, Any], y: Any, split: Any, spans: dict[str, Any]) -> None:
    """Per span: the rules alone, then each candidate (``cand.report``'s columns, the entry's
    recall matched)."""
    print(
        "| folds | candidate | stress fixed | stress F0.5 nested | stress at entry's recall "
        "| emotions fixed | emotions F0.5 nested | emotions at entry's recall |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for span, folds in spans.items():
        m = np.isin(split, folds)
        alone = [cand.text(cand.counts(chips[m][:, c], y[m][:, c])) for _t, c in TASKS]
        print(f"| {span} | rules alone | {alone[0]} | | | {alone[1]} | | |")
        for name, p in probs.items():
            line = cand.report(name, p, probs["entry"], chips, y, split, list(folds))
            print(f"| {span} | {line[2:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    parser.add_argument("--sentence-cache", type=Path, default=None, help="the sentences'")
    parser.add_argument("--last-eight", action="store_true", help="the newest folds only")
    args = parser.parse_args()
    rows = tg.labelled_rows()
    x = curve.vectors(rows, args.cache)
    y = tg.targets(rows)
    split = np.array([r.split for r in rows])
    spans = {"last 8": SPANS["last 8"]} if args.last_eight else SPANS
    folds = [f for f in tg.ONCE_BLIND if f in spans.get("all", spans["last 8"])]
    parts = [sentences(r.text) for r in rows]
    read = curve.readings(rows, today=False)
    chips = curve.chip_matrix(read)
    dev = split == "dev"
    several = {i for i in range(len(rows)) if len(parts[i]) > 1}
    wanted = sorted(i for i in several if split[i] in folds or dev[i])
    alone = sentence_readings(rows, parts, False, {i for i in wanted if not dev[i]})
    texts = sorted({s for i in wanted for s in parts[i]})
    vectors = dict(zip(texts, tg.embed_texts(texts, args.sentence_cache), strict=True))
    prob = np.zeros(y.shape)
    models: dict[int, tuple[Any, Any]] = {}
    for fold in folds:
        out = split == fold
        train = ~out & ~np.isin(split, tg.NOT_TRAINED)
        w, b = tg.fit(x[train], y[train], split[train])
        prob[out] = 1.0 / (1.0 + np.exp(-(x[out] @ w.T + b)))
        models.update({int(i): (w, b) for i in np.flatnonzero(out)})
    score, found = sentence_probability(chips, parts, read, alone, models, vectors)
    print(f"folds' chips in entries of several sentences, their sentence found by: {found}")
    print("\nChips the entry gate keeps (all / from several sentences / sentences disagree):")
    for span in ("last 8", "newer", "all"):
        if span in spans:
            print(f"\n{span}\n| task | wrong chips kept | right chips kept |\n|---|---|---|")
            share(chips, prob, y, np.isin(split, spans[span]), alone)
    print()
    table(chips, combined(prob, score), y, split, spans)
    if args.last_eight:
        return
    trained = ~np.isin(split, tg.NOT_TRAINED)
    w, b = tg.fit(x[trained], y[trained], split[trained])
    today = curve.readings(rows, today=True)
    today_chips = curve.chip_matrix(today)
    today_alone = sentence_readings(rows, parts, True, {i for i in wanted if dev[i]})
    in_dev = {int(i): (w, b) for i in np.flatnonzero(dev)}
    entry = 1.0 / (1.0 + np.exp(-(x @ w.T + b)))
    dev_score, _ = sentence_probability(today_chips, parts, today, today_alone, in_dev, vectors)
    print("\n`dev` in-sample, today's rules, the task thresholds:")
    print("| candidate | stress | emotions |\n|---|---|---|")
    alone_cells = [cand.text(cand.counts(today_chips[dev][:, c], y[dev][:, c])) for _t, c in TASKS]
    print(f"| rules alone | {alone_cells[0]} | {alone_cells[1]} |")
    for name, p in combined(entry, dev_score).items():
        cells = [
            cand.text(cand.counts(today_chips[dev][:, c] & (p[dev][:, c] >= tg.THRESHOLDS[t]),
                                  y[dev][:, c]))
            for t, c in TASKS
        ]  # fmt: skip
        print(f"| {name} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
