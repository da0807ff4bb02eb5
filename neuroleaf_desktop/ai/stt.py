"""Speech to text with faster-whisper, run in a child process.

:class:`WhisperWorker` owns one ``stt_worker`` child. It is started on first use and kept
(with its loaded models) for later requests, so a second transcription costs no model load.
A request streams segments back through ``on_segment`` as Whisper produces them. Cancel
terminates the child (the only reliable way to stop native code mid-decode); a child that dies
for any reason becomes a :class:`TranscriptionError` and the next request starts a fresh one.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from neuroleaf_desktop.ai.audio import SAMPLE_RATE, Audio
from neuroleaf_desktop.ai.stt_worker import read_frame, write_frame
from neuroleaf_desktop.errors import ExitCode, FeatureUnavailableError, NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("stt")

_PACKAGE_PARENT = Path(__file__).resolve().parents[2]


class TranscriptionError(NeuroLeafError):
    """Transcription failed (the worker crashed or was killed); nothing was saved."""

    exit_code = ExitCode.UNAVAILABLE


class TranscriptionCancelledError(TranscriptionError):
    """The person cancelled; the worker was stopped and nothing was kept."""

    exit_code = 130


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Transcript:
    text: str
    segments: tuple[Segment, ...]
    duration_s: float  # of the audio
    language: str | None
    model: str = ""
    elapsed_s: float = 0.0  # how long transcription took (for the real-time factor)
    stats: dict[str, Any] = field(default_factory=dict, compare=False)


SegmentCallback = Callable[[Segment], None]


def join_segments(segments: tuple[Segment, ...] | list[Segment]) -> str:
    return " ".join(s.text.strip() for s in segments if s.text.strip())


def _signal_text(code: int | None) -> str:
    if code is None:
        return "it stopped responding"
    if code < 0:
        import signal

        with contextlib.suppress(ValueError):
            return f"it was stopped by {signal.Signals(-code).name}"
        return f"it was stopped by signal {-code}"
    return f"it exited with code {code}"


class WhisperWorker:
    """A long-lived speech-to-text child process; thread-safe (one request at a time)."""

    def __init__(self, *, threads: int | None = None, python: str = sys.executable) -> None:
        self.threads = threads
        self.python = python
        self._proc: subprocess.Popen[bytes] | None = None
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._next_id = 0
        self.last_stats: dict[str, Any] = {}

    # ---- process lifecycle ----------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def alive(self) -> bool:
        return self.pid is not None

    def _spawn(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ)
        env["HF_HUB_OFFLINE"] = "1"  # belt and braces: we only ever pass local folders
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(_PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p
        )
        if self.threads:
            env["NEUROLEAF_STT_THREADS"] = str(self.threads)
        debug = bool(env.get("NEUROLEAF_STT_DEBUG"))
        proc = subprocess.Popen(
            [self.python, "-m", "neuroleaf_desktop.ai.stt_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if debug else subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        stdout = proc.stdout
        assert stdout is not None

        def pump() -> None:
            try:
                while (message := read_frame(stdout)) is not None:
                    inbox.put(message)
            except (OSError, ValueError):
                pass
            finally:
                inbox.put(None)

        threading.Thread(target=pump, name="stt-reader", daemon=True).start()
        self._inbox = inbox
        self._proc = proc
        hello = self._receive(None, timeout=60.0)
        if hello.get("type") != "hello":
            self.kill()
            raise TranscriptionError("The speech-to-text process did not start properly.")
        log.info("stt.worker_started", pid=proc.pid)
        return proc

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        if self._proc is not None:
            self._reap()
        return self._spawn()

    def _reap(self) -> int | None:
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        for pipe in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()
        try:
            return proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()

    def kill(self) -> None:
        """Stop the child now (cancel). The next request starts a new one."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()
        self._reap()

    def close(self) -> None:
        """Ask the child to quit, then make sure it did."""
        with self._lock:
            proc = self._proc
            if proc is not None and proc.poll() is None and proc.stdin is not None:
                with contextlib.suppress(OSError):
                    write_frame(proc.stdin, {"op": "quit"})
                try:
                    proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    proc.kill()
            self._reap()

    # ---- messaging ------------------------------------------------------------------------
    def _send(self, message: dict[str, Any], payload: bytes = b"") -> None:
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        try:
            write_frame(proc.stdin, message, payload)
        except (BrokenPipeError, OSError):
            raise self._died() from None

    def _died(self) -> TranscriptionError:
        code = self._reap()
        log.warning("stt.worker_died", code=code)
        return TranscriptionError(
            f"The speech-to-text process stopped unexpectedly ({_signal_text(code)}). Nothing "
            "was saved; you can try again (a shorter recording or the tiny.en model needs "
            "less memory)."
        )

    def _receive(
        self, cancel: threading.Event | None, timeout: float | None = None
    ) -> dict[str, Any]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if cancel is not None and cancel.is_set():
                self.kill()
                log.info("stt.cancelled")
                raise TranscriptionCancelledError("Transcription cancelled. Nothing was saved.")
            try:
                message = self._inbox.get(timeout=0.05)
            except queue.Empty:
                if deadline is not None and time.monotonic() > deadline:
                    self.kill()
                    raise TranscriptionError(
                        "The speech-to-text process did not answer in time."
                    ) from None
                continue
            if message is None:
                raise self._died()
            return message

    # ---- requests -------------------------------------------------------------------------
    def preload(self, model_dir: Path, *, compute_type: str = "int8") -> None:
        """Start the child and load a model, so the first transcription starts at once."""
        with self._lock:
            self._ensure()
            self._next_id += 1
            self._send({"op": "load", "id": self._next_id, "model_dir": str(model_dir),
                        "compute_type": compute_type})  # fmt: skip
            reply = self._receive(None, timeout=300.0)
            if reply.get("type") == "error":
                raise _load_error(model_dir, str(reply.get("kind")))
            self.last_stats = {"peak_rss_kb": reply.get("peak_rss_kb")}

    def transcribe(
        self,
        audio: Audio,
        *,
        model_dir: Path,
        model_name: str = "",
        language: str | None = None,
        vad_filter: bool = True,
        beam_size: int = 5,
        compute_type: str = "int8",
        on_segment: SegmentCallback | None = None,
        cancel_event: threading.Event | None = None,
    ) -> Transcript:
        """Transcribe 16 kHz mono float32 audio; segments stream to ``on_segment``."""
        samples = np.ascontiguousarray(audio, dtype="<f4")
        duration = len(samples) / SAMPLE_RATE
        with self._lock:
            if cancel_event is not None and cancel_event.is_set():
                raise TranscriptionCancelledError("Transcription cancelled. Nothing was saved.")
            started = time.perf_counter()
            self._ensure()
            self._next_id += 1
            rid = self._next_id
            request = {
                "op": "transcribe",
                "id": rid,
                "model_dir": str(model_dir),
                "compute_type": compute_type,
                "language": language,
                "vad_filter": vad_filter,
                "beam_size": beam_size,
                "samples": len(samples),
            }
            self._send(request, samples.tobytes())
            segments: list[Segment] = []
            language_found: str | None = language
            while True:
                reply = self._receive(cancel_event)
                kind = reply.get("type")
                if kind == "info":
                    language_found = reply.get("language") or language
                elif kind == "segment":
                    segment = Segment(
                        float(reply["start"]), float(reply["end"]), str(reply["text"])
                    )
                    segments.append(segment)
                    if on_segment is not None:
                        on_segment(segment)
                elif kind == "done":
                    self.last_stats = {"peak_rss_kb": reply.get("peak_rss_kb")}
                    break
                elif kind == "error":
                    raise _load_error(model_dir, str(reply.get("kind")))
            elapsed = time.perf_counter() - started
        log.info(
            "stt.transcribed",
            model=model_name,
            audio_s=round(duration, 2),
            elapsed_s=round(elapsed, 2),
            segments=len(segments),
        )
        return Transcript(
            text=join_segments(segments),
            segments=tuple(segments),
            duration_s=duration,
            language=language_found,
            model=model_name,
            elapsed_s=elapsed,
            stats=dict(self.last_stats),
        )

    def __enter__(self) -> WhisperWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _load_error(model_dir: Path, kind: str) -> NeuroLeafError:
    log.warning("stt.worker_error", kind=kind)
    if kind in ("RuntimeError", "OSError", "FileNotFoundError", "ValueError"):
        return FeatureUnavailableError(
            f"The speech model in {model_dir} could not be used ({kind}). It may be damaged: "
            "reinstall it, or choose another model."
        )
    return TranscriptionError(f"Transcription failed ({kind}). Nothing was saved.")
