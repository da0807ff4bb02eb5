"""Experiment: does "translate to English, then detect" help the safety check on other languages?

For each non-English row of the chosen splits the default local LLM (Qwen2.5-Coder-1.5B,
llama.cpp child process, greedy; the product's ``ai/safety_translation.py`` prompt)
translates the sentence to plain English; the English
detector reads the translation, and its verdict is joined (OR) with the native-language
rules. A row the native rules already flag needs no translation (the union is flagged either
way), so only the others are translated: that is also what a product would do.

Columns (explicit recall / warning-sign recall / precision / false alarms):
- ``rules``: the native phrase rules alone (as ``bench_safety.py``'s "rules only");
- ``+tr rules``: OR the English phrase rules on the translation;
- ``+tr rules+MiniLM``: OR the English detector with the MiniLM classifier (as
  ``bench_safety.py``'s "rules + MiniLM");
- ``product (gated)``: what the app does (``domain/safety/translation.read_in_english``):
  the last, sentence by sentence, but only where the native rules saw no negated,
  figurative, everyday or third-person crisis wording (the semantic layer's own gate: such a
  decision is not a miss).

Run: ``.venv/bin/python benchmarks/bench_safety_translate.py --split fresh12 [--split fresh11]
[--langs de,fr] [--show] [--save FILE | --load FILE]``. ``--save`` keeps the translations of
these *test sentences* in a TSV so the columns can be recomputed without the LLM (``--load``).
Targets for building it: fresh12 de/fr warning-sign recall +0.25 absolute over the rules,
precision over all non-English splits >= 0.9.

Measured on 2 shared cores (explicit recall / warning-sign recall / precision, false alarms):

| rows | rules | product (gated) |
|---|---|---|
| fresh12 de+fr, never tuned on (68) | 0.41 / 0.12 / 0.86, 2 | 0.65 / 0.59 / 0.87, 4 |
| fresh8-11 de/fr/es/pt/it, tuned on (860) | 0.99 / 0.99 / 1.00, 0 | 1.00 / 1.00 / 0.96, 22 |
| all of them (928; 382 hard negatives) | 0.95 / 0.93 / 1.00, 2 | 0.97 / 0.97 / 0.95, 26 |

2.4-5.4 s per translated sentence (the model's load, about 10 s, once). Most new false alarms
are the English detector's (a film's hero jumping off a bridge, comics given away for space)
or a lossy translation ("ich kann diesen Lärm nicht mehr ertragen" -> "I can't stand this
anymore").
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_safety import load_rows

from neuroleaf_desktop.ai.llm import LlamaWorker
from neuroleaf_desktop.ai.safety_semantic import SafetyClassifier
from neuroleaf_desktop.ai.safety_translation import LlmTranslator
from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases
from neuroleaf_desktop.domain.safety.evaluation import Figures, Row, measure
from neuroleaf_desktop.domain.safety.language import guess_language
from neuroleaf_desktop.domain.safety.translation import TRANSLATED_LANGUAGES, read_in_english


class CachedTranslator:
    """The product's translator (same prompt, same model), remembering each sentence's
    translation so the columns below and ``--save`` reuse it."""

    def __init__(self, known: dict[str, str], show: bool) -> None:
        self.known = known
        self.show = show
        self.seconds: list[float] = []
        self._llm: LlmTranslator | None = None

    def __call__(self, sentence: str, lang: str, /) -> str:
        if sentence not in self.known:
            if self._llm is None:
                self._llm = LlmTranslator(worker=LlamaWorker(n_ctx=1024))
            started = time.perf_counter()
            self.known[sentence] = self._llm(sentence, lang)
            self.seconds.append(time.perf_counter() - started)
            if self.show:
                print(f"[{lang}] {sentence} -> {self.known[sentence]}")
        return self.known[sentence]

    def close(self) -> None:
        if self._llm is not None:
            self._llm.worker.close()


def load(path: Path | None) -> dict[str, str]:
    if path is None or not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row[0]: row[1] for row in csv.reader(f, delimiter="\t")}


def save(path: Path, translations: dict[str, str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t").writerows(sorted(translations.items()))


def _cells(figures: Figures) -> str:
    return (
        f"{figures.explicit.recall:.2f} / {figures.warning.recall:.2f} / "
        f"{figures.overall.precision:.2f} / {figures.overall.fp}"
    )


def columns(translate: CachedTranslator) -> dict[str, Callable[[str], bool]]:
    classifier = SafetyClassifier()
    scorer = classifier if classifier.available() else None
    english = SafetyDetector(semantic_scorer=scorer)

    def native(text: str) -> bool:
        return assess_phrases(text).flagged

    def whole_row(text: str, detect: Callable[[str], bool]) -> bool:
        lang = guess_language(text)
        return lang in TRANSLATED_LANGUAGES and detect(translate(text.strip(), lang))

    def english_rules(text: str) -> bool:
        return native(text) or whole_row(text, lambda e: assess_phrases(e).flagged)

    def english_full(text: str) -> bool:
        return native(text) or whole_row(text, lambda e: english.assess(e).flagged)

    def product(text: str) -> bool:
        return read_in_english(text, assess_phrases(text), translate, scorer).flagged

    return {
        "rules": native,
        "+tr rules": english_rules,
        "+tr rules+MiniLM": english_full,
        "product (gated)": product,
    }


def report(name: str, rows: list[Row], flags: dict[str, Callable[[str], bool]]) -> None:
    print(f"\n## {name}: {len(rows)} rows (explicit / warning recall / precision / FP)")
    print("| lang | n | " + " | ".join(flags) + " |")
    print("|---" * (len(flags) + 2) + "|")
    for lang in [*sorted({r.lang for r in rows}), "all"]:
        part = [r for r in rows if lang in ("all", r.lang)]
        cells = [_cells(measure(part, flag)) for flag in flags.values()]
        print(f"| {lang} | {len(part)} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", action="append", required=True)
    parser.add_argument("--langs", default="de,fr,es,pt,it")
    parser.add_argument("--show", action="store_true", help="print each new translation")
    parser.add_argument("--save", type=Path, help="keep the translations in this TSV")
    parser.add_argument("--load", type=Path, help="reuse translations from this TSV")
    args = parser.parse_args()
    langs = set(args.langs.split(","))
    translate = CachedTranslator(load(args.load), args.show)
    flags = columns(translate)
    every: list[Row] = []
    try:
        for split in args.split:
            rows = [r for r in load_rows(split) if r.lang in langs]
            report(split, rows, flags)
            every += rows
            if args.save:
                save(args.save, translate.known)
        if len(args.split) > 1:
            report("all splits", every, flags)
    finally:
        translate.close()
    if translate.seconds:
        mean = sum(translate.seconds) / len(translate.seconds)
        print(f"\n{len(translate.seconds)} sentences translated, {mean:.1f} s each (mean)")


if __name__ == "__main__":
    main()
