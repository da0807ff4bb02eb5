"""Measure a blind batch in ``tests/data/held_out/`` and print aggregates only.

Why a script of its own: a blind batch is worth something only while nobody tuning the rules
has read its rows, so its measurement must never print a sentence or a question. These three
readings are the ones the ledger (``tests/data/held_out/README.md``) records, before a round
(on a detached checkout of the round's starting commit) and after it:

* ``safety freshN``: ``bench_safety``'s table (rules, and rules + MiniLM) for
  ``held_out/freshN_*.tsv`` — recall per category and language, false alarms per kind, no rows;
* ``analysis FILE``: stress and emotion precision / recall and polarity accuracy of the rules
  alone and of the rules with the learned gate (the app's setting) on an analysis TSV;
* ``truth LETTER``: topic accuracy of block LETTER (``held_out/truth_block_<letter>.py``) in the
  app's setting (MiniLM and the learned topic classifier) over the demo seeds 7, 11 and 23, and
  how many of its no-data questions were answered with evidence items.

Usage, from a checkout's root: ``PYTHONPATH=. .venv/bin/python benchmarks/held_out_measure.py
safety fresh39`` (or ``analysis tests/data/held_out/analysis_test35.tsv``, or ``truth AA``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "data" / "held_out"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))


def safety(batch: str) -> None:
    import bench_safety

    from neuroleaf_desktop.domain.safety.evaluation import parse_rows

    files = sorted(HELD_OUT.glob(f"{batch}_*.tsv"))
    if not files:
        raise SystemExit(f"no {batch}_*.tsv in {HELD_OUT}")
    rows = [r for path in files for r in parse_rows(path.read_text(encoding="utf-8"))]
    bench_safety.FRESH[batch] = "held_out"
    bench_safety.load_rows = lambda _split: rows
    sys.argv = ["bench_safety.py", "--split", batch]  # never --misses: that lists rows
    bench_safety.main()


def analysis(path: Path) -> None:
    from neuroleaf_desktop.ai.analysis_gate import AnalysisGate
    from neuroleaf_desktop.domain.analysis.quality import evaluate, parse_tsv

    rows = parse_tsv(path.read_text(encoding="utf-8"))
    gate = AnalysisGate()
    if not gate.available():
        raise SystemExit("the learned gate needs the MiniLM package and its weights")

    def cell(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    print(f"## {path.name} ({len(rows)} sentences)\n")
    print("| setting | stress P | stress R | emotions P | emotions R | polarity |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, result in (("rules", evaluate(rows)), ("rules + gate", evaluate(rows, gate.analyse))):
        s, e = result.stress.total, result.emotions.total
        print(f"| {name} | {cell(s.precision)} | {cell(s.recall)} | {cell(e.precision)} "
              f"| {cell(e.recall)} | {result.polarity_accuracy:.3f} |")  # fmt: skip
    gate.close()


def truth(letter: str) -> None:
    letter = letter.upper()
    path = HELD_OUT / f"truth_block_{letter.lower()}.py"
    spec = importlib.util.spec_from_file_location(f"held_out_block_{letter}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    block: tuple[tuple[str, str, str], ...] = getattr(module, f"BLOCK_{letter}")
    os.environ["NEUROLEAF_HOME"] = tempfile.mkdtemp(prefix="nl-held-out-")
    os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
    import bench_truth

    from neuroleaf_desktop.ai.llm import LlamaWorker
    from neuroleaf_desktop.demo.generator import create_demo_profile
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.insight_service import InsightService
    from neuroleaf_desktop.services.profiles import ProfileStore

    store = ProfileStore(app_paths())
    print(f"## Block {letter} ({len(block)} questions), the app's setting\n")
    print("| seed | topic | kind | no-data questions | answered with items |")
    print("|---|---:|---:|---:|---:|")
    with LlamaWorker() as worker:
        for seed in (7, 11, 23):
            session = create_demo_profile(store, 1, name=f"Demo {seed}", seed=seed,
                                          end=bench_truth.END)  # fmt: skip
            service = InsightService(session, model="test", worker=worker, semantic=True,
                                     today=lambda: bench_truth.END + timedelta(days=1))  # fmt: skip
            row = bench_truth.Row(f"seed {seed}")
            right = kind_right = 0
            for question, kind, subject in block:
                topic = service.evidence(question).topic
                kind_right += topic.kind == kind
                right += (topic.kind, topic.subject.lower()) == (kind, subject.lower())
                bench_truth._check_no_data(service, session, row, question, kind, subject)
            borrowed = row.no_data - row.no_data_ok
            print(f"| {seed} | {right}/{len(block)} | {kind_right}/{len(block)} | {row.no_data} "
                  f"| {borrowed} |")  # fmt: skip
            session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("safety").add_argument("batch", help="e.g. fresh39")
    sub.add_parser("analysis").add_argument("file", type=Path)
    sub.add_parser("truth").add_argument("letter", help="e.g. O")
    args = parser.parse_args()
    if args.what == "safety":
        safety(args.batch)
    elif args.what == "analysis":
        analysis(args.file)
    else:
        truth(args.letter)


if __name__ == "__main__":
    main()
