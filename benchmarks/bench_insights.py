""" "What helped last time?" with the default local model: time to first token and to the answer.

On a 2-year demo profile (``create_demo_profile``, seed 7), with the default model
(Qwen2.5-Coder-1.5B-Instruct Q4_K_M, joined once into the user cache), one thread per spare
core (``ai.llm.default_threads``):

- evidence: the deterministic part (queries + analysis), no model;
- cold: a fresh worker process: start + model load + reading the whole prompt + answer;
- warm: after ``InsightService.prepare()`` (the Insights screen calls it when it opens: the
  model is loaded and the fixed system prompt is read, so only the topic's evidence and the
  question are new);
- warm, another question: the same, with another question (another topic's evidence).

Targets (2 cores): first token ≤ 3 s, full answer ≤ 15 s. Prints a Markdown table with the
median of ``--repeats`` runs and the machine's load average (other work on the machine slows
llama.cpp a lot: it wants both cores).

Usage: ``python benchmarks/bench_insights.py [--repeats 3] [--max-tokens 120] [--quick]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.ai.llm import LlamaWorker, resolve_model
from neuroleaf_desktop.ai.model_registry import default_registry

QUESTION = "What helped last time I felt low?"
OTHER = "What helps when I sleep badly?"
TARGET_FIRST, TARGET_FULL = 3.0, 15.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=120)
    parser.add_argument("--quick", action="store_true", help="one repeat")
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats

    registry = default_registry()  # the real user cache: the join happens once, here if needed
    started = time.perf_counter()
    spec, _path = resolve_model("default", registry)
    join_s = time.perf_counter() - started

    home = tempfile.mkdtemp(prefix="nl-bench-insights-")
    os.environ["NEUROLEAF_HOME"] = home
    os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
    from neuroleaf_desktop.demo.generator import create_demo_profile
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.insight_service import InsightService
    from neuroleaf_desktop.services.profiles import ProfileStore

    session = create_demo_profile(ProfileStore(app_paths()), 2, end=date(2026, 11, 1))
    rows: list[tuple[str, list[float], list[float], list[int]]] = []

    def service(worker: LlamaWorker) -> InsightService:
        return InsightService(
            session, model="default", registry=registry, worker=worker, semantic=False,
            max_tokens=args.max_tokens,
        )  # fmt: skip

    evidence_s = []
    for _ in range(repeats):
        t = time.perf_counter()
        service(LlamaWorker()).evidence(QUESTION)
        evidence_s.append(time.perf_counter() - t)

    def run(label: str, prepare: str | None, question: str) -> None:
        firsts, fulls, tokens = [], [], []
        for _ in range(repeats):
            with LlamaWorker() as worker:
                svc = service(worker)
                if prepare is not None:
                    svc.prepare()
                first: list[float] = []
                t = time.perf_counter()

                def on_token(_piece: str, first: list[float] = first, t: float = t) -> None:
                    if not first:
                        first.append(time.perf_counter() - t)

                answer = svc.ask(question, on_token=on_token)
                fulls.append(time.perf_counter() - t)
                firsts.append(first[0] if first else float("nan"))
                tokens.append(answer.generation.tokens if answer.generation else 0)
        rows.append((label, firsts, fulls, tokens))

    run("cold (new process, load, whole prompt)", None, QUESTION)
    run("warm (prepared, same question)", QUESTION, QUESTION)
    run("warm (prepared, another question)", QUESTION, OTHER)
    session.close()

    load = os.getloadavg()
    print(f"\n### What helped last time? — {spec.label}, {os.cpu_count()} cores\n")
    print(f"Load average during the run: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}; "
          f"evidence (no model) median {1000 * statistics.median(evidence_s):.0f} ms; "
          f"model join/check {join_s:.1f} s; median of {repeats}.\n")  # fmt: skip
    print("| case | first token (s) | full answer (s) | tokens | tok/s | target ≤ 3 s / ≤ 15 s |")
    print("|---|---:|---:|---:|---:|---|")
    for label, firsts, fulls, tokens in rows:
        first, full = statistics.median(firsts), statistics.median(fulls)
        tok = int(statistics.median(tokens))
        rate = tok / max(full - first, 1e-6)
        ok = "✅" if first <= TARGET_FIRST and full <= TARGET_FULL else "❌"
        print(f"| {label} | {first:.2f} | {full:.2f} | {tok} | {rate:.1f} | {ok} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
