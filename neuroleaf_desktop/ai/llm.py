"""The local language model (llama-cpp-python + GGUF), run in a child process.

:class:`LlamaWorker` owns one ``llm_worker`` child, started on first use and kept with its
loaded model, so a second question costs no model load. Tokens stream back through
``on_token`` as they are generated. Cancel kills the child (native code cannot be interrupted
politely mid-decode); a child that dies for any reason becomes an :class:`LlmError` with a
calm message, and the next request starts a fresh child. The app never imports llama_cpp.

:func:`resolve_model` turns "default" / "light" / "test" into a GGUF path through the model
registry (joining split parts once, atomically, with their sha256 checked).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neuroleaf_desktop.ai.child_process import ChildWorker
from neuroleaf_desktop.ai.model_registry import ModelRegistry, ModelSpec, default_registry
from neuroleaf_desktop.errors import ExitCode, FeatureUnavailableError, NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("llm")

DEFAULT_N_CTX = 4096


def default_threads() -> int:
    """All cores but one, at most four.

    llama.cpp's threads spin while they wait for each other; with as many threads as cores
    on a busy machine (the app's UI, the embedder, other programs) they wait on each other
    most of the time. Measured on 2 shared cores with SmolLM2: 1 thread gave 40 tokens in
    9 s, 2 threads took 89 s. One core is left for everything else.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 2
    return max(1, min(4, cores - 1))


DEFAULT_THREADS = default_threads()
LOAD_TIMEOUT_S = 180.0

TokenCallback = Callable[[str], None]
Messages = list[dict[str, str]]


class LlmError(NeuroLeafError):
    """The language model failed (crashed, was killed, or could not load its file)."""

    exit_code = ExitCode.UNAVAILABLE


class LlmCancelledError(LlmError):
    """The person cancelled; the model process was stopped."""

    exit_code = 130


@dataclass(frozen=True)
class Generation:
    text: str
    tokens: int
    finish_reason: str
    model: str
    first_token_s: float | None  # from the request to the first token (None: no token)
    elapsed_s: float
    stats: dict[str, Any] = field(default_factory=dict, compare=False)


def gguf_path(spec: ModelSpec, folder: Path) -> Path:
    return folder / spec.required_files[0]


def resolve_model(name: str, registry: ModelRegistry | None = None) -> tuple[ModelSpec, Path]:
    """The spec and GGUF file for "default", "light", "test" or a registry key.

    Raises FeatureUnavailableError naming the pip packages when the model is missing.
    """
    reg = registry or default_registry()
    spec = reg.spec(name)
    if spec.kind != "llm":
        raise FeatureUnavailableError(f"{spec.label} is not a language model.")
    return spec, gguf_path(spec, reg.locate(spec.key))


def llama_available() -> bool:
    """Whether llama-cpp-python is installed (checked without importing it)."""
    import importlib.util

    try:
        return importlib.util.find_spec("llama_cpp") is not None
    except (ImportError, ValueError):
        return False


class LlamaWorker(ChildWorker):
    """A long-lived language-model child process; thread-safe (one request at a time)."""

    module = "neuroleaf_desktop.ai.llm_worker"
    name = "llm"
    debug_env = "NEUROLEAF_LLM_DEBUG"
    start_failed_message = "The language-model process did not start properly."
    timeout_message = "The language model did not answer in time."

    def __init__(
        self,
        *,
        threads: int = DEFAULT_THREADS,
        n_ctx: int = DEFAULT_N_CTX,
        python: str = sys.executable,
    ) -> None:
        super().__init__(python=python)
        self.threads = threads
        self.n_ctx = n_ctx
        self._next_id = 0
        self._loaded: Path | None = None  # the model the current child holds
        self.last_stats: dict[str, Any] = {}

    def _check_available(self) -> None:
        if not llama_available():
            raise FeatureUnavailableError(
                "The local language model needs llama-cpp-python. Install it with: "
                "pip install llama-cpp-python==0.3.36"
            )

    def _environment(self, env: dict[str, str]) -> None:
        env.setdefault("OMP_NUM_THREADS", str(self.threads))

    def _error(self, message: str) -> NeuroLeafError:
        return LlmError(message)

    def _died_error(self, how: str) -> NeuroLeafError:
        return LlmError(
            f"The language model stopped unexpectedly ({how}). Your journal is unaffected; the "
            "evidence is shown without a written answer. You can try again, or choose the "
            "light model if memory is short."
        )

    def _cancelled_error(self) -> NeuroLeafError:
        return LlmCancelledError("Stopped. The evidence is still shown below.")

    def _base(self, model_path: Path) -> dict[str, Any]:
        self._next_id += 1
        return {
            "id": self._next_id,
            "model_path": str(model_path),
            "n_ctx": self.n_ctx,
            "n_threads": self.threads,
        }

    def loaded(self, model_path: Path) -> bool:
        """Whether a live child already holds this model (no load before the next answer)."""
        return self.alive and self._loaded == model_path

    def _reap(self) -> int | None:
        self._loaded = None  # a new child starts empty
        return super()._reap()

    # ---- requests -------------------------------------------------------------------------
    def preload(self, model_path: Path, cancel_event: threading.Event | None = None) -> None:
        """Start the child and load the model, so the first answer starts at once."""
        with self._lock:
            if self.loaded(model_path):
                return
            self._ensure()
            self._send({"op": "load", **self._base(model_path)})
            reply = self._receive(cancel_event, timeout=LOAD_TIMEOUT_S)
            if reply.get("type") == "error":
                raise _load_error(model_path, str(reply.get("kind")))
            self._loaded = model_path
            self.last_stats = {"peak_rss_kb": reply.get("peak_rss_kb")}

    def generate(
        self,
        messages: Messages,
        *,
        model_path: Path,
        model_name: str = "",
        max_tokens: int = 160,
        temperature: float = 0.2,
        seed: int = 0,
        on_token: TokenCallback | None = None,
        cancel_event: threading.Event | None = None,
        timeout_s: float = 300.0,
        schema: dict[str, Any] | None = None,
    ) -> Generation:
        """Chat completion with the GGUF's own chat template; tokens stream to ``on_token``.

        With ``schema`` the output is constrained to JSON matching it (llama.cpp grammar).
        """
        with self._lock:
            if cancel_event is not None and cancel_event.is_set():
                raise LlmCancelledError("Stopped. The evidence is still shown below.")
            started = time.perf_counter()
            self._ensure()
            request = {
                "op": "generate",
                **self._base(model_path),
                "messages": messages,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "seed": seed,
            }
            if schema is not None:
                request["schema"] = schema
            self._send(request)
            pieces: list[str] = []
            first: float | None = None
            deadline = time.monotonic() + timeout_s
            while True:
                remaining = max(0.1, deadline - time.monotonic())
                reply = self._receive(cancel_event, timeout=remaining)
                kind = reply.get("type")
                if kind == "token":
                    text = str(reply.get("text", ""))
                    if first is None:
                        first = time.perf_counter() - started
                    pieces.append(text)
                    if on_token is not None:
                        on_token(text)
                elif kind == "done":
                    self._loaded = model_path
                    self.last_stats = {"peak_rss_kb": reply.get("peak_rss_kb")}
                    finish = str(reply.get("finish_reason", "stop"))
                    break
                elif kind == "error":
                    raise _load_error(model_path, str(reply.get("kind")))
            elapsed = time.perf_counter() - started
        log.info(
            "llm.generated",
            model=model_name,
            tokens=len(pieces),
            first_token_s=None if first is None else round(first, 2),
            elapsed_s=round(elapsed, 2),
        )
        return Generation(
            text="".join(pieces),
            tokens=len(pieces),
            finish_reason=finish,
            model=model_name,
            first_token_s=first,
            elapsed_s=elapsed,
            stats=dict(self.last_stats),
        )

    def __enter__(self) -> LlamaWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _load_error(model_path: Path, kind: str) -> NeuroLeafError:
    log.warning("llm.worker_error", kind=kind)
    if kind in ("ValueError", "OSError", "FileNotFoundError", "RuntimeError"):
        return FeatureUnavailableError(
            f"The language model file {model_path.name} could not be loaded ({kind}). It may be "
            "damaged: reinstall it, or choose another model."
        )
    if kind == "ModuleNotFoundError":
        return FeatureUnavailableError(
            "The local language model needs llama-cpp-python. Install it with: "
            "pip install llama-cpp-python==0.3.36"
        )
    return LlmError(f"The language model failed ({kind}).")


_shared: LlamaWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> LlamaWorker:
    """One worker per app process (a second loaded model would double the memory)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = LlamaWorker()
            atexit.register(_shared.close)
        return _shared
