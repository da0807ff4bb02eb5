"""Experiment: does a local-LLM *judge* as a second look raise English warning-sign recall?

The phrase rules and the MiniLM classifier meet their targets on the split they were tuned on
but miss much of what later writers wrote. Here the app's local LLM (Qwen2.5-Coder, llama.cpp
child process, greedy) reads each sentence the rules and MiniLM pass over, with a fixed prompt
describing the warning-sign categories (after the 988 Lifeline, AFSP and Columbia Protocol
lists) and a few short examples taken only from ``tests/data/safety/train/``, and answers JSON
constrained by a schema (llama.cpp grammar): a category or "none".

Gate (as the translation second look): a sentence is judged only when the rules flagged
nothing in the row *and* judged nothing in it negated, figurative, everyday or about someone
else (that is a decision, not a miss), and MiniLM did not flag the row. At most
``MAX_JUDGED`` sentences per row.

Columns: ``rules``, ``rules+MiniLM``, ``+judge <variant>`` (OR with the judge). Rows: the
studied English batches (fresh13, fresh15, fresh16, dev half of en.tsv), never fresh14, and
the everyday journal sentences of ``tests/data/analysis/sentences.tsv`` (none is a warning
sign: every flag there is a false alarm, and they are listed).

Run: ``nice PYTHONPATH=. .venv/bin/python benchmarks/bench_safety_judge.py --variant A
[--variant B] [--model default] [--cache FILE] [--everyday-every N] [--show]``. ``--cache`` keeps
each judged *test sentence*'s answer in a TSV (variant, model, sentence, answer) so the tables
can be recomputed without the LLM.

Measured on 2 shared cores with the default model (false alarms on hard negatives: rules /
rules+MiniLM / +judge): fresh13+15+16+dev, 604 rows, A: 0 / 4 / 40 of 253 (0.158). Recall
was 1.00 in every column: the rules were tuned on these batches, and no positive reached the
judge. The judge alone, on every 4th positive row: explicit 0.57, warning signs 0.55. B (whose
+ figurative first) on fresh13: 3 / 9 of 58 (A: 12). Everyday sentences: rules+MiniLM 67 of
2,565 (2.6 %); the judge added 1 of 129 (A, every 20th) and 2 of 65 (B, every 40th). Median
4-5 s per sentence (A), 11 s (B). Not built into the product: no measurable gain, about 10x
the hard-negative false alarms.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_safety import DATA, load_rows

from neuroleaf_desktop.ai.llm import LlamaWorker, resolve_model
from neuroleaf_desktop.ai.safety_semantic import SafetyClassifier
from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases
from neuroleaf_desktop.domain.safety.evaluation import Figures, Row, measure, parse_rows

ROOT = Path(__file__).resolve().parent.parent
EVERYDAY = ROOT / "tests" / "data" / "analysis" / "sentences.tsv"
MAX_JUDGED = 4
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")

SIGNS = (
    "explicit",
    "plan_method",
    "burden",
    "no_future",
    "trapped_pain",
    "goodbyes",
    "giving_away",
    "getting_means",
    "self_harm",
    "past_history",
)

#: Category descriptions, after the warning signs published by the 988 Suicide & Crisis
#: Lifeline, the AFSP and the Columbia Protocol (C-SSRS) screener.
DESCRIPTIONS = "\n".join(
    (
        "- explicit: the writer wishes to die, to be dead, to kill themselves or not to wake up.",
        "- plan_method: the writer thinks about how, where or when to end their life.",
        "- burden: the writer feels a burden; others would be better off without them.",
        "- no_future: the writer sees no reason to live, no point, no future, hopelessness.",
        "- trapped_pain: the writer feels trapped, in unbearable pain, with no way out.",
        "- goodbyes: the writer says goodbye as if for the last time, puts affairs in "
        "order, writes a will or last letters.",
        "- giving_away: the writer gives away prized things because they will not need them.",
        "- getting_means: the writer gets or hides pills, rope, a weapon or other means to die.",
        "- self_harm: the writer hurts themselves on purpose (cutting, burning, hitting, "
        "starving as punishment).",
        "- past_history: the writer mentions their own past suicide attempt.",
        "- none: everything else: everyday life, stress, tiredness, sadness or anger "
        'without these signs; figures of speech and jokes ("this exam is killing me"); '
        "negations (\"I don't want to die\"); someone else's words or feelings; ordinary "
        "goodbyes, purchases, moves and sales.",
    )
)

#: Few-shot examples, ONLY from tests/data/safety/train/ (sentence, sign, whose, figurative).
EXAMPLES: tuple[tuple[str, str, str, bool], ...] = (
    ("my friends would be relieved not to have to deal with me", "burden", "writer", False),
    ("no reason to keep going", "no_future", "writer", False),
    ("im stuck in a dark hole and there is no ladder", "trapped_pain", "writer", False),
    ("made sure my affairs are in order", "goodbyes", "writer", False),
    (
        "gave my cat to my cousin because i wont be able to look after him",
        "giving_away",
        "writer",
        False,
    ),
    ("collected every pill in the house into one bag", "getting_means", "writer", False),
    ("i already know how im going to do it", "plan_method", "writer", False),
    ("hurt my arms again, nobody knows", "self_harm", "writer", False),
    ("i tried to kill myself in 2020", "past_history", "writer", False),
    ("i want it all to be over, me included", "explicit", "writer", False),
    ("the match was torture but we won in the end", "none", "writer", True),
    ("if i fail this exam my mum will kill me", "none", "writer", True),
    ("my dad said he has nothing to live for, im scared", "none", "someone else", False),
    ("i do not want to die, i want this pain to get treated", "none", "writer", False),
    ("locked out of my account again", "none", "writer", False),
    ("skipping meals because i'm so busy, need to meal prep", "none", "writer", False),
)

HEAD = (
    "You screen sentences from a private diary for suicide warning signs, as a crisis line "
    "would. Choose the one category that fits the sentence, or none. Categories:\n"
)


def _answer(sign: str, whose: str, figurative: bool, variant: str) -> str:
    if variant == "A":
        return json.dumps({"sign": sign})
    return json.dumps({"whose": whose, "figurative": figurative, "sign": sign})


def system_prompt(variant: str) -> str:
    tail = (
        "\nReply with JSON only."
        if variant == "A"
        else "\nFirst say whose experience it is (the writer or someone else) and whether it "
        "is a figure of speech or joke; the sign is none unless it is the writer's own and "
        "meant literally. Reply with JSON only."
    )
    examples = "\n".join(
        f'"{text}" -> {_answer(sign, whose, fig, variant)}' for text, sign, whose, fig in EXAMPLES
    )
    return f"{HEAD}{DESCRIPTIONS}\n\nExamples:\n{examples}\n{tail}"


def schema(variant: str) -> dict[str, Any]:
    sign = {"type": "string", "enum": ["none", *SIGNS]}
    if variant == "A":
        return {"type": "object", "properties": {"sign": sign}, "required": ["sign"]}
    return {
        "type": "object",
        "properties": {
            "whose": {"type": "string", "enum": ["writer", "someone else"]},
            "figurative": {"type": "boolean"},
            "sign": sign,
        },
        "required": ["whose", "figurative", "sign"],
    }


def found(answer: str) -> str | None:
    """The sign in the judge's answer, or None (none, someone else's, figurative, garbled)."""
    try:
        data = json.loads(answer)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    sign = data.get("sign")
    if sign not in SIGNS:
        return None
    if data.get("whose", "writer") != "writer" or data.get("figurative", False) is True:
        return None
    return str(sign)


class Judge:
    """One prompt variant on one model, remembering answers (and the seconds they took)."""

    def __init__(
        self,
        variant: str,
        model: str,
        worker: LlamaWorker,
        known: dict[tuple[str, str, str], str],
        show: bool,
    ) -> None:
        self.variant, self.model, self.worker, self.known, self.show = (
            variant,
            model,
            worker,
            known,
            show,
        )
        self.path = resolve_model(model)[1]
        self.system = system_prompt(variant)
        self.schema = schema(variant)
        self.seconds: list[float] = []

    def __call__(self, sentence: str) -> str | None:
        key = (self.variant, self.model, sentence)
        if key not in self.known:
            started = time.perf_counter()
            generation = self.worker.generate(
                [
                    {"role": "system", "content": self.system},
                    {"role": "user", "content": sentence},
                ],
                model_path=self.path,
                model_name=self.model,
                max_tokens=40,
                temperature=0.0,
                timeout_s=180.0,
                schema=self.schema,
            )
            self.seconds.append(time.perf_counter() - started)
            self.known[key] = generation.text.strip().replace("\n", " ")
            if self.show:
                print(
                    f"  [{self.variant}/{self.model}] {self.known[key]} <- {sentence}", flush=True
                )
        return found(self.known[key])


def load_cache(path: Path | None) -> dict[tuple[str, str, str], str]:
    if path is None or not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {(r[0], r[1], r[2]): r[3] for r in csv.reader(f, delimiter="\t") if len(r) == 4}


def save_cache(path: Path, known: dict[tuple[str, str, str], str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t").writerows([(*k, v) for k, v in sorted(known.items())])


def to_judge(text: str) -> list[str]:
    """The sentences of ``text`` the judge reads: none if the rules decided anything."""
    rules = assess_phrases(text)
    if rules.flagged or rules.ignored_spans or rules.about_others:
        return []
    parts = [p.strip() for p in _SENTENCE.split(text) if len(p.strip()) > 3]
    return parts[:MAX_JUDGED]


def _alone(judge: Judge, text: str) -> bool:
    """The judge with no gate: what it would catch if the rules and MiniLM missed the row."""
    parts = [p.strip() for p in _SENTENCE.split(text) if len(p.strip()) > 3]
    return any(judge(s) is not None for s in parts[:MAX_JUDGED])


def everyday_rows(every: int) -> list[Row]:
    with EVERYDAY.open(encoding="utf-8", newline="") as f:
        texts = [r["text"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return [Row(t, "en", "everyday", 0, "analysis") for t in texts[::every]]


def _split_rows(name: str) -> list[Row]:
    if name == "dev":
        return [r for r in load_rows("dev") if r.lang == "en"]
    path = DATA / "fresh" / f"{name}_en.tsv"
    return parse_rows(path.read_text(encoding="utf-8"))


def _recall_of(category: str, figures: Figures) -> str:
    return f"{figures.by_category[category].recall:.2f}"


def _alarms_of(category: str, figures: Figures) -> str:
    return str(figures.by_category[category].fp)


def table(title: str, rows: list[Row], columns: dict[str, Figures]) -> None:
    names = list(columns)
    print(f"\n### {title} ({len(rows)} rows)\n")
    print("| | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")

    def line(label: str, cell: Callable[[Figures], str]) -> None:
        print(f"| {label} | " + " | ".join(cell(columns[n]) for n in names) + " |")

    first = columns[names[0]]
    if first.explicit.n:
        line(f"explicit recall (n={first.explicit.n})", lambda f: f"{f.explicit.recall:.2f}")
    if first.warning.n:
        line(f"warning-sign recall (n={first.warning.n})", lambda f: f"{f.warning.recall:.2f}")
    for cat in ("self_harm", "past_history"):
        t = first.by_category.get(cat)
        if t is not None and t.tp + t.fn:
            line(f"recall {cat} (n={t.tp + t.fn})", partial(_recall_of, cat))
    negatives = 0
    for cat in sorted(first.by_category):
        t = first.by_category[cat]
        if t.fp + t.tn:
            negatives += t.fp + t.tn
            line(f"false alarms {cat} (n={t.fp + t.tn})", partial(_alarms_of, cat))
    if negatives:
        line(
            f"false-alarm rate, all negatives (n={negatives})",
            lambda f: f"{sum(t.fp for t in f.by_category.values()) / negatives:.3f}",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--variant", action="append", choices=("A", "B"), required=True)
    parser.add_argument("--model", action="append", default=None, help="default / light")
    parser.add_argument("--split", action="append", default=None)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--everyday-every", type=int, default=1, help="every Nth everyday row")
    parser.add_argument("--no-everyday", action="store_true")
    parser.add_argument(
        "--alone-every",
        type=int,
        default=0,
        help="also judge every Nth positive row with no gate (the judge alone; 0: skip)",
    )
    parser.add_argument("--show", action="store_true", help="print each new answer")
    args = parser.parse_args()
    models = args.model or ["default"]
    splits = args.split or ["fresh13", "fresh15", "fresh16", "dev"]
    known = load_cache(args.cache)
    classifier = SafetyClassifier()
    detector = SafetyDetector(semantic_scorer=classifier if classifier.available() else None)
    semantic: dict[str, bool] = {}

    def with_minilm(text: str) -> bool:
        if text not in semantic:
            semantic[text] = detector.assess(text).flagged
        return semantic[text]

    worker = LlamaWorker(n_ctx=2048)
    judges = [Judge(v, m, worker, known, args.show) for m in models for v in args.variant]

    def column(judge: Judge) -> Callable[[str], bool]:
        def flag(text: str) -> bool:
            if with_minilm(text):
                return True
            return any(judge(s) is not None for s in to_judge(text))

        return flag

    flags: dict[str, Callable[[str], bool]] = {
        "rules": lambda t: assess_phrases(t).flagged,
        "rules+MiniLM": with_minilm,
    }
    for judge in judges:
        flags[f"+judge {judge.variant}/{judge.model}"] = column(judge)
    sets = {name: _split_rows(name) for name in splits}
    if not args.no_everyday:
        sets["everyday journal sentences"] = everyday_rows(args.everyday_every)
    every: list[Row] = []
    try:
        for name, rows in sets.items():
            columns = {label: measure(rows, flag) for label, flag in flags.items()}
            table(name, rows, columns)
            if name != "everyday journal sentences":
                every += rows
            else:
                for label, figures in columns.items():
                    print(f"\n{label}: flagged {len(figures.false_alarms)}")
                    for row in figures.false_alarms:
                        print(f"- {row.text}")
            if args.cache:
                save_cache(args.cache, known)
            sys.stdout.flush()
        if len(splits) > 1:
            table(
                "studied English batches together",
                every,
                {k: measure(every, f) for k, f in flags.items()},
            )
    finally:
        worker.close()
        if args.cache:
            save_cache(args.cache, known)
    if args.alone_every:
        positives = [r for r in every if r.label][:: args.alone_every]
        alone: dict[str, Callable[[str], bool]] = {"rules+MiniLM": with_minilm}
        for judge in judges:
            alone[f"judge {judge.variant}/{judge.model} alone"] = partial(_alone, judge)
        table(
            f"the judge alone on every {args.alone_every}th positive row of the studied batches",
            positives,
            {k: measure(positives, f) for k, f in alone.items()},
        )
        if args.cache:
            save_cache(args.cache, known)
    for judge in judges:
        if judge.seconds:
            s = sorted(judge.seconds)
            print(
                f"\n{judge.variant}/{judge.model}: {len(s)} sentences judged, mean "
                f"{sum(s) / len(s):.2f} s, median {s[len(s) // 2]:.2f} s, max {s[-1]:.2f} s "
                "(first includes the model load)"
            )


if __name__ == "__main__":
    main()
