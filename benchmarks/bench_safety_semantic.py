"""The semantic layer on the sets it never trained on: rules alone vs rules + classifier weights.

Run: ``nice PYTHONPATH=. .venv/bin/python benchmarks/bench_safety_semantic.py
[--weights NAME=FILE ...] [--time] [--corpora]``. Without ``--weights`` the columns are the rules
alone and the rules with the shipped ``ai/data/safety_classifier.json``; pass an older weights
file to compare (e.g. ``git show main:neuroleaf_desktop/ai/data/safety_classifier.json >
/tmp/old.json``).

Sets (none is read by ``scripts/train_safety_classifier.py``): the test half of
``tests/data/safety/<lang>.tsv``, ``fresh14_<lang>``, ``batch2`` (English, never tuned on by
rules or classifier), and the measuring half of the everyday journal sentences: English from
two sources (``tests/data/analysis/sentences.tsv`` and ``tests/data/safety/everyday/en.tsv``,
each shown alone and both together, the row its 1 % budget is counted on) and the five other
languages (``tests/data/safety/everyday/``, split "test"): none is a warning sign, every flag
there is a false alarm. Only aggregates are printed: no sentence.

``--corpora``: the corpora kept to measure (``HELD_OUT_CORPORA``: ``c11``, ``c14``, ``c15``,
``c16``, ``c18``) instead, each as the detector reads it, and the rows of ``c11``-``c16`` in the
five smaller languages pooled (``c18`` is all theirs). The training script's table of these
corpora counts the classifier's flags before the everyday frames withdraw any; a retrain is
judged on what the person would see, this one.

``--time``: for each weights file instead, what the classifier costs past MiniLM: loading the
weights (and the neighbour bank they name, checked by its sha256), the memory the bank holds,
and scoring an entry of ten sentences from their vectors (the neighbour features' matrix
product against the bank included), the least of several runs.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from safety_training_rows import HELD_OUT_CORPORA, everyday_half, everyday_written

from neuroleaf_desktop.ai.safety_semantic import (
    WEIGHTS,
    ClassifierWeights,
    SafetyClassifier,
    split_sentences,
)
from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases
from neuroleaf_desktop.domain.safety.evaluation import LANGUAGES, Figures, Row, measure, parse_rows

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety"


def held_out_sets() -> dict[str, list[Row]]:
    sets: dict[str, list[Row]] = {}
    for lang in LANGUAGES:
        rows = parse_rows((DATA / f"{lang}.tsv").read_text(encoding="utf-8"))
        sets[f"test {lang}"] = [r for r in rows if r.split == "test"]
    for lang in LANGUAGES:
        path = DATA / "fresh" / f"fresh14_{lang}.tsv"
        sets[f"fresh14 {lang}"] = parse_rows(path.read_text(encoding="utf-8"))
    sets["batch2 (en)"] = parse_rows((DATA / "fresh" / "batch2.tsv").read_text(encoding="utf-8"))
    analysis = [Row(t, "en", "ordinary", 0, "everyday") for t in everyday_half(1)]
    sets["everyday half (en, analysis)"] = analysis
    for lang, texts in everyday_written(1).items():
        rows = [Row(t, lang, "ordinary", 0, "everyday") for t in texts]
        if lang == "en":
            # English has two sources; its budget (1 %) counts both measuring halves.
            sets["everyday half (en, written)"] = rows
            sets["everyday half (en, both)"] = analysis + rows
        else:
            sets[f"everyday half ({lang})"] = rows
    return sets


def corpus_sets() -> dict[str, list[Row]]:
    """Each corpus kept to measure (no weights train on it), and the rows of the corpora written
    in six languages that are not English, pooled (a language's share of one corpus is too
    small to read alone)."""
    sets: dict[str, list[Row]] = {}
    for prefix in HELD_OUT_CORPORA:
        rows: list[Row] = []
        for path in sorted((DATA / "corpus").glob(f"{prefix}*.tsv")):
            rows += parse_rows(path.read_text(encoding="utf-8"))
        sets[prefix.rstrip("_")] = rows
    mixed = [rows for name, rows in sets.items() if name != "c18"]
    sets["c11-c16, smaller languages"] = [r for rows in mixed for r in rows if r.lang != "en"]
    return sets


def _cell(f: Figures) -> str:
    negatives = f.overall.fp + f.overall.tn
    parts = []
    if f.explicit.n:
        parts.append(f"ex {f.explicit.tp}/{f.explicit.n}")
    if f.warning.n:
        parts.append(f"ws {f.warning.tp}/{f.warning.n}")
    if f.overall.tp + f.overall.fp and f.overall.tp + f.overall.fn:
        parts.append(f"P {f.overall.precision:.3f}")
    if negatives:
        parts.append(f"FA {f.overall.fp}/{negatives}")
    return ", ".join(parts)


def _least(run: Callable[[], object], repeats: int) -> float:
    """The least wall time of ``repeats`` calls, in ms (the machine may be shared)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def time_weights(choices: dict[str, str]) -> None:
    """Load time, bank memory and the scoring of ten-sentence entries, per weights file."""
    from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder

    texts = [r.text for r in held_out_sets()["test en"]]
    sentences = [s for t in texts for s in split_sentences(t)][:200]
    vectors = MiniLMEmbedder().embed(sentences)
    entries = [(sentences[i : i + 10], vectors[i : i + 10]) for i in range(0, 200, 10)]
    print("| weights | load, ms | bank in memory, MB | 20 entries of 10 sentences, ms |")
    print("|---|---|---|---|")
    for name, path in choices.items():
        load_ms = _least(lambda p=Path(path): ClassifierWeights.load(p), 3)
        trained = ClassifierWeights.load(Path(path))
        if trained is None:
            print(f"| {name} | {load_ms:.0f} | refused | |")
            continue
        bank_mb = trained.bank.vectors.nbytes / 1e6 if trained.bank is not None else 0.0
        score_ms = _least(lambda t=trained: [t.logits(s, v) for s, v in entries], 5)
        print(f"| {name} | {load_ms:.0f} | {bank_mb:.1f} | {score_ms:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", action="append", default=[], help="NAME=FILE")
    parser.add_argument("--time", action="store_true", help="time loading and scoring only")
    parser.add_argument(
        "--corpora", action="store_true", help="the corpora kept to measure instead"
    )
    args = parser.parse_args()
    choices = dict(w.split("=", 1) for w in args.weights) or {"shipped": str(WEIGHTS)}
    if args.time:
        time_weights(choices)
        return
    flags: dict[str, Callable[[str], bool]] = {"rules": lambda t: assess_phrases(t).flagged}
    for name, path in choices.items():
        detector = SafetyDetector(semantic_scorer=SafetyClassifier(weights=Path(path)))
        flags[f"rules + {name}"] = lambda t, d=detector: d.assess(t).flagged
    sets = corpus_sets() if args.corpora else held_out_sets()
    totals: dict[str, dict[str, list[Row]]] = (
        {}
        if args.corpora
        else {
            "all test halves": {k: v for k, v in sets.items() if k.startswith("test")},
            "all fresh14": {k: v for k, v in sets.items() if k.startswith("fresh14")},
            "all everyday halves": {
                k: v for k, v in sets.items() if k.startswith("everyday") and "(en, both)" not in k
            },
        }
    )
    results: dict[str, dict[str, Figures]] = {}
    for column, flag in flags.items():
        cached = functools.lru_cache(maxsize=None)(flag)  # the totals re-read the same rows
        for name, rows in sets.items():
            results.setdefault(name, {})[column] = measure(rows, cached)
        for name, parts in totals.items():
            rows = [r for part in parts.values() for r in part]
            results.setdefault(name, {})[column] = measure(rows, cached)
    print("ex: explicit caught, ws: warning signs caught, P: precision, FA: false alarms\n")
    print("| set | " + " | ".join(flags) + " |")
    print("|---" * (len(flags) + 1) + "|")
    for name, columns in results.items():
        print(f"| {name} | " + " | ".join(_cell(columns[c]) for c in flags) + " |")


if __name__ == "__main__":
    main()
