"""How fast is local speech to text, and how much memory does the worker process take?

Prints Markdown tables for each bundled Whisper model (tiny.en, base):

- real-time factor (transcription seconds / audio seconds, lower is better) on the 11 s JFK
  sample and on a ≈60 s clip (JFK followed by espeak-ng speech), with the model already loaded
  (the dialog preloads it while the person speaks), median of ``--repeats`` runs;
- peak RSS of the worker process (its own ``ru_maxrss``), measured in a fresh worker per model;
- "stop → transcript": from ``Recorder.stop()`` (real audio frames fed through the recorder
  callback) to the transcript being returned, which is what the person waits for;
- one-time costs: worker start + model load, and joining the split base model into the cache.

Targets: RTF ≤ 0.08 for tiny.en, ≤ 0.12 for base (2 cores).

Usage: ``python benchmarks/bench_voice.py [--repeats 3] [--threads N]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.ai.audio import SAMPLE_RATE, Recorder, StreamRequest, decode_file
from neuroleaf_desktop.ai.model_registry import default_registry
from neuroleaf_desktop.ai.stt import WhisperWorker
from neuroleaf_desktop.services.voice_service import VoiceService

REPO = Path(__file__).resolve().parent.parent
JFK = REPO / "tests" / "data" / "audio" / "jfk.flac"
TARGETS = {"tiny.en": 0.08, "base": 0.12}
ESPEAK_TEXT = (
    "Today was a long day at work, and I felt tired by the afternoon. I went for a walk in the "
    "park after lunch and the fresh air helped a lot. In the evening I called my sister and we "
    "talked about our plans for the weekend. I want to sleep earlier tonight and wake up rested. "
    "Tomorrow I will try to write in my journal before breakfast, because it helps me notice "
    "how I feel. I am grateful for my friends, for music, and for quiet mornings with tea."
)


class _ReplayStream:
    """Feeds audio through the recorder's callback at once (the microphone, replayed)."""

    def __init__(self, request: StreamRequest, audio: np.ndarray) -> None:
        self.request, self.audio = request, audio

    def start(self) -> None:
        block = self.request.blocksize
        for i in range(0, len(self.audio), block):
            chunk = self.audio[i : i + block].reshape(-1, 1)
            self.request.callback(chunk, len(chunk), None, 0)

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def long_clip(jfk: np.ndarray, folder: Path) -> np.ndarray:
    wav = folder / "speech.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), ESPEAK_TEXT],
        check=True,
        capture_output=True,
    )
    speech = decode_file(wav)
    wav.unlink()
    gap = np.zeros(SAMPLE_RATE // 2, np.float32)
    clip = np.concatenate([jfk, gap, speech])
    while len(clip) < 58 * SAMPLE_RATE:
        clip = np.concatenate([clip, gap, speech])
    return clip[: 60 * SAMPLE_RATE]


def bench_model(
    model: str, clips: dict[str, np.ndarray], repeats: int, threads: int | None
) -> dict[str, Any]:
    voice = VoiceService(worker=WhisperWorker(threads=threads))
    try:
        started = time.perf_counter()
        voice.preload(model)
        load_s = time.perf_counter() - started
        rtf: dict[str, float] = {}
        for name, audio in clips.items():
            runs = []
            for _ in range(repeats):
                transcript = voice.transcribe(audio, model=model)
                runs.append(transcript.elapsed_s / transcript.duration_s)
            rtf[name] = statistics.median(runs)
        stop_to_text = []
        for _ in range(repeats):
            recorder = Recorder(stream_factory=lambda r: _ReplayStream(r, clips["jfk (11 s)"]))
            recorder.start()
            t0 = time.perf_counter()
            voice.transcribe(recorder.stop(), model=model)
            stop_to_text.append(time.perf_counter() - t0)
        rss_mb = (voice.worker.last_stats.get("peak_rss_kb") or 0) / 1024
    finally:
        voice.close()
    return {
        "load_s": load_s,
        "rtf": rtf,
        "stop_to_text": statistics.median(stop_to_text),
        "rss_mb": rss_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None, help="worker CPU threads")
    args = parser.parse_args()
    if not JFK.is_file():
        sys.exit(f"{JFK} not found")
    if shutil.which("espeak-ng") is None:
        sys.exit("espeak-ng is needed for the 60 s clip (apt install espeak-ng)")
    with tempfile.TemporaryDirectory(prefix="nl-bench-voice-") as tmp:
        os.environ["NEUROLEAF_HOME"] = str(Path(tmp) / "home")
        jfk = decode_file(JFK)
        clips = {"jfk (11 s)": jfk, "mixed (60 s)": long_clip(jfk, Path(tmp))}
        t0 = time.perf_counter()
        default_registry().locate("base")
        assemble_s = time.perf_counter() - t0
        results = {m: bench_model(m, clips, args.repeats, args.threads) for m in TARGETS}

    cpus = os.cpu_count()
    print(f"## Speech to text ({cpus} CPUs, int8, beam 5, VAD on, median of {args.repeats})\n")
    names = list(clips)
    header = "| model | " + " | ".join(f"RTF {n}" for n in names)
    print(header + " | target | stop → transcript (11 s) | worker peak RSS | start + load |")
    print("|---" * (len(names) + 5) + "|")
    for model, r in results.items():
        cells = " | ".join(f"{r['rtf'][n]:.3f}" for n in names)
        ok = all(v <= TARGETS[model] for v in r["rtf"].values())
        print(
            f"| {model} | {cells} | ≤ {TARGETS[model]:.2f} {'✓' if ok else '✗'} | "
            f"{r['stop_to_text']:.2f} s | {r['rss_mb']:.0f} MB | {r['load_s']:.2f} s |"
        )
    print(f"\nJoining the split base model into the cache (once): {assemble_s:.2f} s")


if __name__ == "__main__":
    main()
