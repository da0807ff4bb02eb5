"""The speech-to-text child process: ``python -m neuroleaf_desktop.ai.stt_worker``.

Why a separate process: CTranslate2 is native code holding hundreds of MB; a crash, an
out-of-memory kill or a person pressing Cancel must end *this* process, never the app. Cancel
is simply "terminate the child". The parent talks to it over its stdin/stdout pipes only, so
audio never touches the disk.

Wire format, both directions: a 4-byte big-endian length, then a UTF-8 JSON object. A
``transcribe`` request is followed by ``samples × 4`` bytes of little-endian float32 audio
(16 kHz mono). Replies: ``hello`` once, then per request ``loaded`` or ``info`` + ``segment``…
+ ``done``, or ``error``. Segments are sent as soon as Whisper yields them (live progress).

This module imports only the standard library and numpy at the top, so the parent can import
the framing helpers cheaply; faster-whisper is imported in the child on first use.
"""

from __future__ import annotations

import json
import os
import resource
import struct
import sys
from typing import IO, Any

_HEADER = struct.Struct(">I")
MAX_FRAME = 16 * 1024 * 1024


def write_frame(stream: IO[bytes], message: dict[str, Any], payload: bytes = b"") -> None:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    stream.write(_HEADER.pack(len(data)) + data)
    if payload:
        stream.write(payload)
    stream.flush()


def read_exact(stream: IO[bytes], size: int) -> bytes | None:
    """Exactly ``size`` bytes, or None at end of stream (the other side went away)."""
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: IO[bytes]) -> dict[str, Any] | None:
    head = read_exact(stream, _HEADER.size)
    if head is None:
        return None
    (size,) = _HEADER.unpack(head)
    if size > MAX_FRAME:
        raise ValueError("frame too large")
    body = read_exact(stream, size)
    if body is None:
        return None
    message: dict[str, Any] = json.loads(body.decode("utf-8"))
    return message


def peak_rss_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _Models:
    """Loaded Whisper models, kept for the life of the process (one load per model)."""

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self._loaded: dict[tuple[str, str], Any] = {}

    def get(self, model_dir: str, compute_type: str) -> Any:
        key = (model_dir, compute_type)
        if key not in self._loaded:
            from faster_whisper import WhisperModel

            # A folder path, local files only: a size name would try to reach the hub.
            self._loaded[key] = WhisperModel(
                model_dir,
                device="cpu",
                compute_type=compute_type,
                cpu_threads=self.threads,
                local_files_only=True,
            )
        return self._loaded[key]


def _transcribe(
    models: _Models, request: dict[str, Any], audio_bytes: bytes, out: IO[bytes]
) -> None:
    import numpy as np

    audio = np.frombuffer(audio_bytes, dtype="<f4").astype(np.float32)
    model = models.get(request["model_dir"], request.get("compute_type", "int8"))
    segments, info = model.transcribe(
        audio,
        language=request.get("language"),
        task="transcribe",
        beam_size=int(request.get("beam_size", 5)),
        vad_filter=bool(request.get("vad_filter", True)),
        condition_on_previous_text=bool(request.get("condition_on_previous_text", True)),
        initial_prompt=request.get("initial_prompt"),
    )
    write_frame(
        out,
        {
            "type": "info",
            "id": request["id"],
            "language": info.language,
            "language_probability": float(info.language_probability),
            "duration": float(info.duration),
        },
    )
    for segment in segments:
        write_frame(
            out,
            {
                "type": "segment",
                "id": request["id"],
                "start": float(segment.start),
                "end": float(segment.end),
                "text": segment.text,
            },
        )
    write_frame(out, {"type": "done", "id": request["id"], "peak_rss_kb": peak_rss_kb()})


def serve(inp: IO[bytes], out: IO[bytes], threads: int) -> int:
    models = _Models(threads)
    write_frame(out, {"type": "hello", "pid": os.getpid()})
    while True:
        request = read_frame(inp)
        if request is None or request.get("op") == "quit":
            return 0
        op = request.get("op")
        rid = request.get("id", 0)
        audio = b""
        if op == "transcribe":
            data = read_exact(inp, int(request["samples"]) * 4)
            if data is None:
                return 0
            audio = data
        try:
            if op == "load":
                models.get(request["model_dir"], request.get("compute_type", "int8"))
                write_frame(out, {"type": "loaded", "id": rid, "peak_rss_kb": peak_rss_kb()})
            elif op == "transcribe":
                _transcribe(models, request, audio, out)
            else:
                write_frame(out, {"type": "error", "id": rid, "kind": "UnknownOp"})
        except Exception as exc:
            # The kind only: an exception text could, in principle, quote the audio's words.
            write_frame(out, {"type": "error", "id": rid, "kind": type(exc).__name__})


def main() -> int:
    # Keep the protocol channel private: whatever a native library prints to fd 1 goes to
    # stderr instead of corrupting the frames.
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    threads = int(os.environ.get("NEUROLEAF_STT_THREADS", "0")) or (os.cpu_count() or 2)
    try:
        return serve(sys.stdin.buffer, out, threads)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
