""" "What helped last time?" with the default local model: time to first token and to the answer.

On a 2-year demo profile (``create_demo_profile``, seed 7), with the default model
(Qwen2.5-Coder-1.5B-Instruct Q4_K_M, joined once into the user cache), one thread per spare
core (``ai.llm.default_threads``):

- evidence: the deterministic part (queries + analysis), no model;
- cold: a fresh worker process: start + model load + reading the whole prompt + answer;
- warm: after ``InsightService.prepare()`` (the Insights screen calls it when it opens: the
  model is loaded and the fixed system prompt is read, so only the topic's evidence and the
  question are new);
- warm, another question: the same, with another question (another topic's evidence);
- opened with the question in the box: ``prepare(question=…)`` as the screen does, so the
  question's evidence is read too and only the question's own words are new;
- typed, then asked: ``prefetch`` (the screen calls it when typing pauses) of another
  question, then that question.

Two times per case: the model's first token (what llama.cpp needed before writing: loading
and reading the prompt) and the first *shown* claim (the first claim's JSON must be complete
and checked before it appears). The ``SUMMARY`` lines report both for the path the app takes
(opened with the question in the box).

Targets (2 cores): first token ≤ 3 s, full answer ≤ 15 s. Prints a Markdown table with the
median of ``--repeats`` runs and the machine's load average (other work on the machine slows
llama.cpp a lot: it wants both cores).

Usage: ``python benchmarks/bench_insights.py [--repeats 3] [--max-tokens 120] [--quick]``
"""

from __future__ import annotations

import argparse
import json
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
    rows: list[tuple[str, list[float], list[float], list[float], list[int]]] = []

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

    def run(label: str, prepare: str | None, question: str, *, with_question: bool = False,
            prefetch: bool = False) -> None:  # fmt: skip
        firsts, shown, fulls, tokens = [], [], [], []
        for _ in range(repeats):
            with LlamaWorker() as worker:
                svc = service(worker)
                if prepare is not None:
                    svc.prepare(question=prepare if with_question else "")
                if prefetch:
                    svc.prefetch(question)
                first: list[float] = []
                t = time.perf_counter()

                def on_token(_piece: str, first: list[float] = first, t: float = t) -> None:
                    if not first:
                        first.append(time.perf_counter() - t)

                answer = svc.ask(question, on_token=on_token)
                fulls.append(time.perf_counter() - t)
                generation = answer.generation
                model_first = generation.first_token_s if generation else None
                firsts.append(model_first if model_first is not None else float("nan"))
                shown.append(first[0] if first else float("nan"))
                tokens.append(generation.tokens if generation else 0)
        rows.append((label, firsts, shown, fulls, tokens))

    run("cold (new process, load, whole prompt)", None, QUESTION)
    run("warm (prepared, same question)", QUESTION, QUESTION)
    run("warm (prepared, another question)", QUESTION, OTHER)
    run("opened with the question in the box", QUESTION, QUESTION, with_question=True)
    run("typed, paused, then asked (prefetch)", QUESTION, OTHER, prefetch=True)
    session.close()

    load = os.getloadavg()
    print(f"\n### What helped last time? — {spec.label}, {os.cpu_count()} cores\n")
    print(f"Load average during the run: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}; "
          f"evidence (no model) median {1000 * statistics.median(evidence_s):.0f} ms; "
          f"model join/check {join_s:.1f} s; median of {repeats}.\n")  # fmt: skip
    print("| case | model first token (s) | first shown claim (s) | full answer (s) | tokens "
          "| tok/s | target ≤ 3 s / ≤ 15 s |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---|")
    medians: dict[str, tuple[float, float]] = {}
    for label, firsts, shown, fulls, tokens in rows:
        first, claim, full = (statistics.median(firsts), statistics.median(shown),
                              statistics.median(fulls))  # fmt: skip
        medians[label] = (first, claim)
        tok = int(statistics.median(tokens))
        rate = tok / max(full - first, 1e-6)
        ok = "✅" if first <= TARGET_FIRST and full <= TARGET_FULL else "❌"
        print(f"| {label} | {first:.2f} | {claim:.2f} | {full:.2f} | {tok} | {rate:.1f} | {ok} |")
    first, claim = medians["opened with the question in the box"]
    load_note = f"load {load[0]:.1f} on {os.cpu_count()} cores"
    print("SUMMARY " + json.dumps({"key": "llm_first_token_s", "what": "LLM first token, "
          f"screen opened with the question ({load_note})", "value": round(first, 2),
          "unit": "s", "target": TARGET_FIRST}))  # fmt: skip
    print("SUMMARY " + json.dumps({"key": "insights_first_claim_s", "what": "first checked "
          f"claim shown, screen opened with the question ({load_note})",
          "value": round(claim, 2), "unit": "s", "target": TARGET_FIRST}))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
