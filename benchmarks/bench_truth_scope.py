"""Does an answer answer the question's scope? Time windows, times and subjects compared.

For every question of ``bench_truth``'s held-out blocks whose topic has a scope, on the demo
profiles (``today`` = the day after the demo data ends, so "last month" holds data):

* a window the calendar places: every evidence date lies inside it, or there is no evidence
  and the gap names the window (nothing borrowed from other days);
* a window only the person knows, or times singled out: the answer's first line says so;
* subjects compared: the limit names each, and each one in the data has its own evidence;
* days of the week singled out (a feeling topic): the first item compares those days with the
  others, or the answer says there are too few of them;
* a question asked the other way round ("what doesn't help?"): no item reports the measure
  getting better, and the answer says it shows what goes with it getting worse.

Target: 100 % honest. Usage: ``python benchmarks/bench_truth_scope.py [--seeds 7 11 23]
[--final] [--quick]`` (``--final`` adds block B, studied in round 13; ``--quick``: one seed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_truth import END, HELD_OUT_BLOCKS  # this folder is on the path
from truth_blocks import BLOCK_B


def scope_problem(found: object) -> str:
    """Empty when the evidence keeps to the question's scope or says plainly it cannot."""
    topic = found.topic  # type: ignore[attr-defined]
    items, gaps, limits = found.items, found.gaps, found.limits  # type: ignore[attr-defined]
    window = topic.window
    if window is not None and window.placed:
        if not items:
            return "" if gaps else "no evidence and no gap"
        outside = [d for i in items for d in i.all_dates if not window.start <= d <= window.end]
        if outside:
            return f"evidence outside {window.words}: {outside[0]}"
        if not limits or window.words not in limits[0]:
            return "window not said"
    elif window is not None and not any("all your data" in x for x in limits):
        return "unplaced window not said"
    named = [t for t in topic.times.split(" or ") if t]  # each said: days compared, or not split
    if not all(any(t in x for x in limits) for t in named):
        return "times not said"
    if topic.splits_days:
        first = items[0].summary if items else ""
        compared = "on your other days" in first or "on your other nights" in first
        if not compared and not any("too few to compare" in x for x in limits):
            return "days not compared"
    if topic.worse:
        for item in items:
            good = "down" if "anxiety" in item.terms else "up"
            if item.direction == good or item.kind == "recovery":
                return f"a better turn shown: {item.summary[:40]}"
        if not any("not what helps" in x for x in limits):
            return "worse not said"
    if topic.also:
        said = " ".join(limits)
        if not all(s in said for s, _k in topic.also):
            return "comparison not said"
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 11, 23])
    parser.add_argument("--final", action="store_true", help="also block B (studied in round 13)")
    parser.add_argument("--quick", action="store_true", help="one demo profile only")
    args = parser.parse_args()
    if args.quick:
        args.seeds = args.seeds[:1]
    os.environ["NEUROLEAF_HOME"] = tempfile.mkdtemp(prefix="nl-bench-scope-")
    os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
    from neuroleaf_desktop.demo.generator import create_demo_profile
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.insight_service import InsightService
    from neuroleaf_desktop.services.profiles import ProfileStore

    blocks = dict(HELD_OUT_BLOCKS)
    if args.final:
        blocks["B"] = BLOCK_B
    store = ProfileStore(app_paths())
    today = END + timedelta(days=1)
    rows: dict[str, list[int]] = {}
    failures: list[str] = []
    for seed in args.seeds:
        session = create_demo_profile(store, 1, name=f"Demo {seed}", seed=seed, end=END)
        service = InsightService(session, model="test", semantic=False, today=lambda: today)
        for name, block in blocks.items():
            row = rows.setdefault(name, [0, 0, 0])
            for question, _kind, _subject in block:
                found = service.evidence(question)
                t = found.topic
                if t.window is None and not t.times and not t.also and not t.worse:
                    continue
                row[0] += 1
                problem = scope_problem(found)
                row[1] += not problem
                row[2] += t.window is not None and t.window.placed and not found.items
                if problem:
                    failures.append(f"seed {seed}, {name}: {question!r}: {problem}")
        session.close()
    print(f"\n### Scope of answers (today = {today.isoformat()})\n")
    print("| block | scoped questions | honest | window with no data (said plainly) |")
    print("|---|---:|---:|---:|")
    for name, (asked, ok, empty) in rows.items():
        print(f"| {name} | {asked} | {ok}/{asked} | {empty} |")
    total, ok = sum(r[0] for r in rows.values()), sum(r[1] for r in rows.values())
    print(f"\nhonest: {ok}/{total} (target 100 %) {'✅' if ok == total else '❌'}")
    for f in failures:
        print(f"- {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
