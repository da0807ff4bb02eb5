"""Speech to text with faster-whisper, run in a child process.

:class:`WhisperWorker` owns one ``stt_worker`` child. It is started on first use and kept
(with its loaded models) for later requests, so a second transcription costs no model load.
A request streams segments back through ``on_segment`` as Whisper produces them. Cancel
terminates the child (the only reliable way to stop native code mid-decode); a child that dies
for any reason becomes a :class:`TranscriptionError` and the next request starts a fresh one.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from neuroleaf_desktop.ai.audio import SAMPLE_RATE, Audio
from neuroleaf_desktop.ai.child_process import ChildWorker
from neuroleaf_desktop.errors import ExitCode, FeatureUnavailableError, NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("stt")


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


class WhisperWorker(ChildWorker):
    """A long-lived speech-to-text child process; thread-safe (one request at a time)."""

    module = "neuroleaf_desktop.ai.stt_worker"
    name = "stt"
    debug_env = "NEUROLEAF_STT_DEBUG"
    start_failed_message = "The speech-to-text process did not start properly."
    timeout_message = "The speech-to-text process did not answer in time."

    def __init__(self, *, threads: int | None = None, python: str = sys.executable) -> None:
        super().__init__(python=python)
        self.threads = threads
        self._next_id = 0
        self.last_stats: dict[str, Any] = {}

    def _environment(self, env: dict[str, str]) -> None:
        env["HF_HUB_OFFLINE"] = "1"  # belt and braces: we only ever pass local folders
        if self.threads:
            env["NEUROLEAF_STT_THREADS"] = str(self.threads)

    def _error(self, message: str) -> NeuroLeafError:
        return TranscriptionError(message)

    def _died_error(self, how: str) -> NeuroLeafError:
        return TranscriptionError(
            f"The speech-to-text process stopped unexpectedly ({how}). Nothing was saved; you "
            "can try again (a shorter recording or the tiny.en model needs less memory)."
        )

    def _cancelled_error(self) -> NeuroLeafError:
        return TranscriptionCancelledError("Transcription cancelled. Nothing was saved.")

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
