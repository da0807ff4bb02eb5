"""The sentence-embedding child process: ``python -m neuroleaf_desktop.ai.embed_worker``.

Why a separate process: the embedding model (and torch, when it runs on torch) would
otherwise stay in the app's memory for the whole session — 0.6-0.9 GB for a model used a few
seconds at a time. In a child it is started on demand and stopped after an idle minute
(``embeddings.MiniLMEmbedder``), so the resting app stays small, and a crash takes only the
child down.

Wire format: the framing of ``stt_worker`` (4-byte big-endian length + UTF-8 JSON).
Requests: ``embed`` {id, model_dir, onnx_dir, texts, batch_size}, ``quit``. Replies: ``hello``
once {pid}; per request ``vectors`` {id, n, dim, backend, data: base64 of n × dim float32
little-endian, peak_rss_kb} or ``error`` {kind} (the exception type only: its text could
quote the journal).

Backend: onnxruntime with the exported float32 graph when ``onnx_dir`` holds one (light and
fast to start), else sentence-transformers on torch (the reference). Both give the same
vectors within 1e-4 cosine. ``NEUROLEAF_EMBED_THREADS`` (default: the cores, at most 4) is how
many small batches the ONNX backend runs at once, each on one thread (``OnnxMiniLM``).

Only the standard library at the top; numpy and the model libraries load in the child.
"""

from __future__ import annotations

import base64
import os
import resource
import sys
from pathlib import Path
from typing import IO, Any, Protocol

from neuroleaf_desktop.ai.stt_worker import peak_rss_kb, read_frame, write_frame

# Nothing may try the network or leave files behind: onnxruntime otherwise writes a device id
# and a telemetry database under ~/.cache/Microsoft and a ".ses" file in the home folder.
OFFLINE_ENV = {
    "ORT_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}


def cpu_seconds() -> float:
    """User + system CPU time of this process so far (benchmarks: load-independent cost)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return float(usage.ru_utime + usage.ru_stime)


class _Backend(Protocol):
    name: str

    def embed(self, texts: list[str], batch_size: int) -> Any: ...


class _Torch:
    name = "torch"

    def __init__(self, model_dir: str) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(model_dir, device="cpu")

    def embed(self, texts: list[str], batch_size: int) -> Any:
        return self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )


class _Onnx:
    name = "onnx"

    def __init__(self, onnx_dir: str, model_dir: str, threads: int) -> None:
        from neuroleaf_desktop.ai.minilm_onnx import OnnxMiniLM, max_tokens_of

        self._model = OnnxMiniLM(
            Path(onnx_dir), threads=threads, max_tokens=max_tokens_of(Path(model_dir))
        )

    def embed(self, texts: list[str], batch_size: int) -> Any:
        return self._model.embed(texts, batch_size=batch_size)


class _Models:
    """The loaded backend, kept for the life of the process."""

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self._key: tuple[str, str] | None = None
        self._backend: _Backend | None = None

    def get(self, model_dir: str, onnx_dir: str) -> _Backend:
        key = (model_dir, onnx_dir)
        if self._backend is None or self._key != key:
            self._backend = None
            if onnx_dir:
                self._backend = _Onnx(onnx_dir, model_dir, self.threads)
            else:
                self._backend = _Torch(model_dir)
            self._key = key
        return self._backend


def _embed(models: _Models, request: dict[str, Any], out: IO[bytes]) -> None:
    import numpy as np

    backend = models.get(str(request["model_dir"]), str(request.get("onnx_dir") or ""))
    texts = [str(t) for t in request["texts"]]
    vectors = np.ascontiguousarray(
        backend.embed(texts, int(request.get("batch_size", 32))), dtype="<f4"
    )
    write_frame(
        out,
        {
            "type": "vectors",
            "id": request["id"],
            "n": int(vectors.shape[0]),
            "dim": int(vectors.shape[1]) if vectors.ndim == 2 else 0,
            "backend": backend.name,
            "data": base64.b64encode(vectors.tobytes()).decode("ascii"),
            "peak_rss_kb": peak_rss_kb(),
            "cpu_s": cpu_seconds(),
        },
    )


def serve(inp: IO[bytes], out: IO[bytes], threads: int) -> int:
    models = _Models(threads)
    write_frame(out, {"type": "hello", "pid": os.getpid()})
    while True:
        request = read_frame(inp)
        if request is None or request.get("op") == "quit":
            return 0
        rid = request.get("id", 0)
        try:
            if request.get("op") == "embed":
                _embed(models, request, out)
            else:
                write_frame(out, {"type": "error", "id": rid, "kind": "UnknownOp"})
        except Exception as exc:
            write_frame(out, {"type": "error", "id": rid, "kind": type(exc).__name__})


def main() -> int:
    # Keep the protocol channel private (see stt_worker.main).
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    os.environ.update(OFFLINE_ENV)
    threads = int(os.environ.get("NEUROLEAF_EMBED_THREADS", "0")) or min(os.cpu_count() or 2, 4)
    try:
        return serve(sys.stdin.buffer, out, threads)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
