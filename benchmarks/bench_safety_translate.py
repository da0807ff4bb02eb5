"""Experiment: does "translate to English, then detect" help the safety check on other languages?

For each non-English row of the chosen splits the default local LLM (Qwen2.5-Coder-1.5B,
llama.cpp child process, greedy) translates the sentence to plain English; the English
detector (phrase rules + MiniLM classifier, as in ``bench_safety.py``'s "rules + MiniLM"
column) reads the translation, and its verdict is joined (OR) with the native-language rules.
A row the native rules already flag needs no translation (the union is flagged either way),
so only the others are translated: that is also what a product would do.

Run: ``.venv/bin/python benchmarks/bench_safety_translate.py --split fresh12 [--split fresh11]
[--langs de,fr] [--show]``. Targets for building it: fresh12 de/fr warning-sign recall
+0.25 absolute over the rules, precision over all non-English splits >= 0.9.
Translations are printed only with ``--show`` (test sentences, never journal text).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_safety import load_rows  # noqa: E402

from neuroleaf_desktop.ai.llm import LlamaWorker, resolve_model  # noqa: E402
from neuroleaf_desktop.ai.safety_semantic import SafetyClassifier  # noqa: E402
from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases  # noqa: E402
from neuroleaf_desktop.domain.safety.evaluation import Figures, Row, measure  # noqa: E402

NAMES = {"de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian"}

SYSTEM = (
    "You translate private diary sentences into plain, literal English. Keep the meaning, "
    "the person (I/you/he/she) and any negation exactly. Reply with the English sentence only."
)


def translate(worker: LlamaWorker, model: Path, text: str, lang: str) -> str:
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"{NAMES.get(lang, 'Foreign')}: {text}\nEnglish:"},
    ]
    generation = worker.generate(
        messages, model_path=model, max_tokens=60, temperature=0.0, timeout_s=120.0
    )
    line = generation.text.strip().splitlines()
    return line[0].strip().strip('"') if line else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", action="append", required=True)
    parser.add_argument("--langs", default="de,fr,es,pt,it")
    parser.add_argument("--show", action="store_true", help="print each translation")
    args = parser.parse_args()
    langs = set(args.langs.split(","))
    _, model = resolve_model("default")
    classifier = SafetyClassifier()
    english = SafetyDetector(semantic_scorer=classifier if classifier.available() else None)
    english.assess("warm up the model")
    worker = LlamaWorker(n_ctx=1024)
    worker.preload(model)
    for split in args.split:
        rows = [r for r in load_rows(split) if r.lang in langs]
        seconds: list[float] = []
        translated: dict[str, bool] = {}
        for row in rows:
            if assess_phrases(row.text).flagged:
                continue
            started = time.perf_counter()
            english_text = translate(worker, model, row.text, row.lang)
            seconds.append(time.perf_counter() - started)
            verdict = english.assess(english_text).flagged
            translated[row.text] = verdict
            if args.show:
                mark = "FLAG" if verdict else "    "
                print(f"{mark} [{row.lang} {row.category} {row.label}] {row.text} -> {english_text}")
        report(split, rows, translated, seconds)
    worker.close()


def _cells(figures: Figures) -> str:
    return (
        f"{figures.explicit.recall:.2f} | {figures.warning.recall:.2f} | "
        f"{figures.overall.precision:.2f} | {figures.overall.fp}"
    )


def report(split: str, rows: list[Row], translated: dict[str, bool], seconds: list[float]) -> None:
    print(f"\n## {split}: {len(rows)} rows, {len(seconds)} translated")
    print("| lang | n | rules: explicit / warning / precision / FP | rules+translation: same |")
    print("|---|---|---|---|")
    for lang in sorted({r.lang for r in rows}) + ["all"]:
        part = [r for r in rows if lang in ("all", r.lang)]
        rules = measure(part, lambda t: assess_phrases(t).flagged)
        union = measure(part, lambda t: assess_phrases(t).flagged or translated.get(t, False))
        print(f"| {lang} | {len(part)} | {_cells(rules)} | {_cells(union)} |")
    if seconds:
        print(f"\nseconds per translated sentence: {sum(seconds) / len(seconds):.1f} (mean)")


if __name__ == "__main__":
    main()
