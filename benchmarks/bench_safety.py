"""Safety detector on the labelled evaluation set: recall and precision, rules vs rules+MiniLM.

Run: ``.venv/bin/python benchmarks/bench_safety.py [--split SPLIT] [--misses]``, SPLIT one of
test, dev, all, fresh1 ... fresh68, train, c10 ... c16 (the written corpora).
Targets on the test half: explicit recall 1.0, warning-sign recall >= 0.9, precision >= 0.9.
``fresh1`` and ``fresh2`` (``tests/data/safety/fresh/``) are batches written later in the way
people write a private journal, to check that the rules generalise beyond the set they were
tuned on; ``fresh2`` was written before any tuning and never tuned on, and so is ``fresh14``
(every language; ``fresh12``, German and French, was held out until a later round tuned on
it): it measures how the rules do on wording nobody tuned them for. ``fresh13`` (every
language, new voices), ``fresh15`` (English explicit shapes) and ``fresh16`` (English plan and
method logistics) were each measured once untuned and then tuned on; they are studied batches
now. ``fresh14`` stays held out: run it only for a before/after aggregate, never with
``--misses``. A later round added rule families from wording written for the tests (plans
told by the moment nobody is around, errands, attempts that nearly happened, in all six
languages) without studying any batch beyond these. ``fresh17`` (200 sentences, six
languages, colloquial and regional voices) was written blind, measured twice untouched and
then studied: its misses were classified by cause and the causes fixed by general
mechanisms; ``fresh18``, ``fresh19`` and ``fresh20`` (220 sentences each, six languages)
followed the same path in the three rounds after, and so did every batch up to ``fresh68``
(220 sentences, 90 English and 26 in each other language), measured once untouched and then
studied. Each round saves ``--misses`` of every other labelled split before and after its
changes (``fresh14`` by its aggregate only) and keeps only mechanisms that lose no row.
Without the MiniLM package only the rules column is printed.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases, rule_prep
from neuroleaf_desktop.domain.safety.evaluation import (
    LANGUAGES,
    Figures,
    Row,
    Tally,
    measure,
    parse_rows,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety"


#: Sets outside the dev/test halves: the fresh batches and the journal-style training sentences.
FRESH = {
    "fresh1": "fresh/batch1.tsv",
    "fresh2": "fresh/batch2.tsv",
    "fresh3": "fresh/fresh3_*.tsv",
    "fresh4": "fresh/fresh4_*.tsv",
    "fresh5": "fresh/fresh5_*.tsv",
    "fresh6": "fresh/fresh6_*.tsv",
    "fresh7": "fresh/fresh7_*.tsv",
    "fresh8": "fresh/fresh8_*.tsv",
    "fresh9": "fresh/fresh9_*.tsv",
    "fresh10": "fresh/fresh10_*.tsv",
    "fresh11": "fresh/fresh11_*.tsv",
    "fresh12": "fresh/fresh12_*.tsv",
    "fresh13": "fresh/fresh13_*.tsv",
    "fresh14": "fresh/fresh14_*.tsv",
    "fresh15": "fresh/fresh15_*.tsv",
    "fresh16": "fresh/fresh16_*.tsv",
    "fresh17": "fresh/fresh17_*.tsv",
    "fresh18": "fresh/fresh18_*.tsv",
    "fresh19": "fresh/fresh19_*.tsv",
    "fresh20": "fresh/fresh20_*.tsv",
    "fresh21": "fresh/fresh21_*.tsv",
    "fresh22": "fresh/fresh22_*.tsv",
    "fresh23": "fresh/fresh23_*.tsv",
    "fresh24": "fresh/fresh24_*.tsv",
    "fresh25": "fresh/fresh25_*.tsv",
    "fresh26": "fresh/fresh26_*.tsv",
    "fresh27": "fresh/fresh27_*.tsv",
    "fresh28": "fresh/fresh28_*.tsv",
    "fresh29": "fresh/fresh29_*.tsv",
    "fresh30": "fresh/fresh30_*.tsv",
    "fresh31": "fresh/fresh31_*.tsv",
    "fresh32": "fresh/fresh32_*.tsv",
    "fresh33": "fresh/fresh33_*.tsv",
    "fresh34": "fresh/fresh34_*.tsv",
    "fresh35": "fresh/fresh35_*.tsv",
    "fresh36": "fresh/fresh36_*.tsv",
    "fresh37": "fresh/fresh37_*.tsv",
    "fresh38": "fresh/fresh38_*.tsv",
    "fresh39": "fresh/fresh39_*.tsv",
    "fresh40": "fresh/fresh40_*.tsv",
    "fresh41": "fresh/fresh41_*.tsv",
    "fresh42": "fresh/fresh42_*.tsv",
    "fresh43": "fresh/fresh43_*.tsv",
    "fresh44": "fresh/fresh44_*.tsv",
    "fresh45": "fresh/fresh45_*.tsv",
    "fresh46": "fresh/fresh46_*.tsv",
    "fresh47": "fresh/fresh47_*.tsv",
    "fresh48": "fresh/fresh48_*.tsv",
    "fresh49": "fresh/fresh49_*.tsv",
    "fresh50": "fresh/fresh50_*.tsv",
    "fresh51": "fresh/fresh51_*.tsv",
    "fresh52": "fresh/fresh52_*.tsv",
    "fresh53": "fresh/fresh53_*.tsv",
    "fresh54": "fresh/fresh54_*.tsv",
    "fresh55": "fresh/fresh55_*.tsv",
    "fresh56": "fresh/fresh56_*.tsv",
    "fresh57": "fresh/fresh57_*.tsv",
    "fresh58": "fresh/fresh58_*.tsv",
    "fresh59": "fresh/fresh59_*.tsv",
    "fresh60": "fresh/fresh60_*.tsv",
    "fresh61": "fresh/fresh61_*.tsv",
    "fresh62": "fresh/fresh62_*.tsv",
    "fresh63": "fresh/fresh63_*.tsv",
    "fresh64": "fresh/fresh64_*.tsv",
    "fresh65": "fresh/fresh65_*.tsv",
    "fresh66": "fresh/fresh66_*.tsv",
    "fresh67": "fresh/fresh67_*.tsv",
    "fresh68": "fresh/fresh68_*.tsv",
    "c10": "corpus/c10_*.tsv",
    "c11": "corpus/c11_*.tsv",
    "c12": "corpus/c12_*.tsv",
    "c13": "corpus/c13_*.tsv",
    "c14": "corpus/c14_*.tsv",
    "c15": "corpus/c15_*.tsv",
    "c16": "corpus/c16_*.tsv",
    "train": "train/*.tsv",
}


def load_rows(split: str) -> list[Row]:
    if split in FRESH:
        return [
            row
            for path in sorted(DATA.glob(FRESH[split]))
            for row in parse_rows(path.read_text(encoding="utf-8"))
        ]
    rows: list[Row] = []
    for path in sorted(DATA.glob("*.tsv")):
        rows += parse_rows(path.read_text(encoding="utf-8"))
    return [r for r in rows if split == "all" or r.split == split]


def _semantic_detector() -> SafetyDetector | None:
    from neuroleaf_desktop.ai.safety_semantic import SafetyClassifier

    classifier = SafetyClassifier()
    if not classifier.available():
        return None
    return SafetyDetector(semantic_scorer=classifier)


def _table(columns: dict[str, Figures]) -> str:
    names = list(columns)
    head = "| | " + " | ".join(names) + " |"
    lines = [head, "|---" * (len(names) + 1) + "|"]

    def row(label: str, cell: Callable[[Figures], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(columns[n]) for n in names) + " |")

    row("**explicit recall** (target 1.0)", lambda f: f"{f.explicit.recall:.3f}")
    row("**warning-sign recall** (target ≥ 0.9)", lambda f: f"{f.warning.recall:.3f}")
    row("**overall precision** (target ≥ 0.9)", lambda f: f"{f.overall.precision:.3f}")
    row("overall recall", lambda f: f"{f.overall.recall:.3f}")
    first = columns[names[0]]
    for cat in sorted(first.by_category):
        t = first.by_category[cat]
        if t.tp + t.fn:
            row(
                f"recall: {cat} (n={t.tp + t.fn})",
                lambda f, c=cat: f"{f.by_category[c].recall:.3f}",
            )
    for cat in sorted(first.by_category):
        t = first.by_category[cat]
        if t.fp + t.tn:
            row(
                f"false alarms: {cat} (n={t.fp + t.tn})",
                lambda f, c=cat: f"{f.by_category[c].fp}",
            )
    for lang in LANGUAGES:
        if lang in first.by_lang:
            row(
                f"{lang}: precision / recall",
                lambda f, g=lang: f"{f.by_lang[g].precision:.3f} / {f.by_lang[g].recall:.3f}",
            )
    for lang in LANGUAGES:
        if lang in first.explicit_by_lang or lang in first.warning_by_lang:
            row(f"{lang}: explicit / warning-sign recall", partial(_group_recall, lang=lang))
    return "\n".join(lines)


def _group_recall(figures: Figures, lang: str) -> str:
    explicit = figures.explicit_by_lang.get(lang, Tally())
    warning = figures.warning_by_lang.get(lang, Tally())
    return f"{explicit.recall:.3f} / {warning.recall:.3f}"


def _time_long_texts() -> None:
    """A 200 KB import: ordinary English prose, and the hard negatives of every language
    (the worst case: every sentence holds crisis-looking words)."""
    negatives = [r.text.rstrip(".") + "." for r in load_rows("all") if not r.label]
    texts = {
        "English prose": "Today I walked to the park, had coffee with Sam and read a book. " * 3100,
        "hard negatives, six languages": " ".join(
            negatives * (200_000 // len(" ".join(negatives)) + 1)
        ),
    }
    assess_phrases("warm up")
    # The first reading of a text also prepares every rule it needs (parsing and compiling,
    # once per process); the repeats show the reading alone. The machine may be shared: CPU
    # seconds count this process only, and the least of three is the fairest wall time.
    # The rules parsed and compiled by the first call are a cost no busy machine changes: an
    # import compiles only the rules whose required strings it holds, and parses only those
    # (and any rule added since ``rule_facts.json`` was written) (``rule_prep``).
    print(
        "| 200 KB text | first call, s (target < 5) | CPU s | rules parsed | rules compiled "
        "| least of 3 calls, s | CPU s |\n"
        "|---|---|---|---|---|---|---|"
    )
    for name, text in texts.items():
        timings = []
        compiled, parsed = rule_prep.compiled_count(), rule_prep.parsed_count()
        for _ in range(3):
            wall, cpu = time.perf_counter(), time.process_time()
            assess_phrases(text[:200_000])
            timings.append((time.perf_counter() - wall, time.process_time() - cpu))
        compiled = rule_prep.compiled_count() - compiled  # all by the first call
        parsed = rule_prep.parsed_count() - parsed
        least = min(timings)
        print(
            f"| {name} | {timings[0][0]:.2f} | {timings[0][1]:.2f} | {parsed} | {compiled} "
            f"| {least[0]:.2f} | {least[1]:.2f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", choices=("test", "dev", "all", *FRESH))
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--long", action="store_true", help="time a 200 KB text (target < 5 s)")
    args = parser.parse_args()
    if args.long:
        _time_long_texts()
        return
    rows = load_rows(args.split)
    columns: dict[str, Figures] = {}
    started = time.perf_counter()
    columns["rules only"] = measure(rows, lambda t: assess_phrases(t).flagged)
    rules_ms = (time.perf_counter() - started) * 1000 / max(1, len(rows))
    detector = _semantic_detector()
    if detector is not None:
        detector.assess("warm up the model")
        started = time.perf_counter()
        columns["rules + MiniLM"] = measure(rows, lambda t: detector.assess(t).flagged)
        semantic_ms = (time.perf_counter() - started) * 1000 / max(1, len(rows))
    print(f"## Safety detector, {args.split} split ({len(rows)} sentences)\n")
    print(_table(columns))
    print(f"\nrules: {rules_ms:.2f} ms/sentence", end="")
    if detector is not None:
        print(f"; rules + MiniLM: {semantic_ms:.1f} ms/sentence (CPU)")
    else:
        print("; MiniLM not installed: semantic column skipped")
    if args.misses:
        for name, figures in columns.items():
            print(f"\n### {name}: missed")
            for r in figures.missed:
                print(f"- [{r.lang} {r.category}] {r.text}")
            print(f"\n### {name}: false alarms")
            for r in figures.false_alarms:
                print(f"- [{r.lang} {r.category}] {r.text}")


if __name__ == "__main__":
    main()
