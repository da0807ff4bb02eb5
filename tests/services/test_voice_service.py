"""Voice journaling end to end: microphone frames → Recorder → Whisper → an encrypted entry.

The only stand-in is the sounddevice boundary: ``FakeInputStream`` calls the recorder's
callback with real audio (the JFK sample, decoded to 16 kHz float32) exactly as PortAudio
would. Everything else (recorder, worker process, model, vault) is the real thing.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from neuroleaf_desktop.ai import audio as audio_mod
from neuroleaf_desktop.ai.audio import (
    SAMPLE_RATE,
    Recorder,
    RecorderState,
    RecordingError,
    StreamRequest,
    decode_file,
    resample_to_16k,
)
from neuroleaf_desktop.ai.stt import TranscriptionCancelledError
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.errors import FeatureUnavailableError, ValidationError
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.voice_service import VoiceService
from tests.ai.test_stt import JFK, JFK_TEXT, espeak, needs_espeak, needs_jfk, wer
from tests.support.privacy import all_files, scan

AUDIO_SUFFIXES = {".wav", ".flac", ".raw", ".mp3", ".ogg", ".m4a", ".pcm", ".opus"}


class FakeInputStream:
    """Stands in for ``sounddevice.InputStream``: delivers ``source`` through the callback.

    With ``speed`` set, a thread delivers blocks at ``speed`` × real time after ``start()``
    (like PortAudio's callback thread); otherwise the test calls ``feed()`` itself.
    """

    def __init__(
        self, request: StreamRequest, source: np.ndarray | None = None, speed: float = 0.0
    ) -> None:
        self.request = request
        self.source = source
        self.speed = speed
        self.started = False
        self.closed = False
        self.done = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def feed(self, samples: np.ndarray) -> None:
        block = self.request.blocksize
        for start in range(0, len(samples), block):
            chunk = samples[start : start + block].reshape(-1, 1).astype(np.float32)
            self.request.callback(chunk, len(chunk), None, 0)  # (indata, frames, time, status)

    def start(self) -> None:
        self.started = True
        if self.source is not None and self.speed:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()

    def _run(self) -> None:
        block = self.request.blocksize
        assert self.source is not None
        pause = block / self.request.samplerate / self.speed
        for start in range(0, len(self.source), block):
            if self._stop.wait(pause):
                return
            chunk = self.source[start : start + block].reshape(-1, 1)
            self.request.callback(chunk.astype(np.float32), len(chunk), None, 0)
        self.done.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def close(self) -> None:
        self.closed = True

    def vanish(self) -> None:
        """The device was unplugged: PortAudio ends the stream and calls finished_callback."""
        self.request.finished_callback()


@pytest.fixture(scope="module")
def voice() -> Iterator[VoiceService]:
    service = VoiceService()
    yield service
    service.close()


@pytest.fixture(scope="module")
def jfk_audio() -> np.ndarray:
    assert JFK.is_file(), f"test speech {JFK} is missing (tests/data/audio)"
    return decode_file(JFK)


def make_recorder(**kwargs: Any) -> tuple[Recorder, list[FakeInputStream]]:
    streams: list[FakeInputStream] = []

    def factory(request: StreamRequest) -> FakeInputStream:
        stream = FakeInputStream(request)
        streams.append(stream)
        return stream

    return Recorder(stream_factory=factory, **kwargs), streams


def audio_files(*folders: Path) -> list[Path]:
    return [p for p in all_files(list(folders)) if p.suffix.lower() in AUDIO_SUFFIXES]


# ---- the recorder on its own ---------------------------------------------------------------
def test_recorder_collects_pauses_and_stops(jfk_audio: np.ndarray) -> None:
    recorder, streams = make_recorder()
    recorder.start()
    stream = streams[0]
    assert stream.started and recorder.state is RecorderState.RECORDING
    stream.feed(jfk_audio[: 5 * SAMPLE_RATE])
    assert recorder.elapsed_s == pytest.approx(5.0)
    assert 0.3 < recorder.level <= 1.0
    recorder.pause()
    stream.feed(jfk_audio[5 * SAMPLE_RATE : 8 * SAMPLE_RATE])  # dropped while paused
    assert recorder.elapsed_s == pytest.approx(5.0) and recorder.level == 0
    recorder.resume()
    stream.feed(jfk_audio[8 * SAMPLE_RATE :])
    audio = recorder.stop()
    assert stream.closed and recorder.state is RecorderState.STOPPED
    assert len(audio) == 8 * SAMPLE_RATE and audio.dtype == np.float32
    assert np.array_equal(audio[: 5 * SAMPLE_RATE], jfk_audio[: 5 * SAMPLE_RATE])


def test_recorder_stops_collecting_at_the_length_limit(jfk_audio: np.ndarray) -> None:
    recorder, streams = make_recorder(max_seconds=3)
    recorder.start()
    streams[0].feed(jfk_audio)
    assert recorder.limit_reached
    assert len(recorder.stop()) == 3 * SAMPLE_RATE


def test_discard_forgets_everything(jfk_audio: np.ndarray) -> None:
    recorder, streams = make_recorder()
    recorder.start()
    streams[0].feed(jfk_audio[:SAMPLE_RATE])
    recorder.discard()
    assert recorder.state is RecorderState.DISCARDED and len(recorder.snapshot()) == 0


def test_vanished_device_keeps_what_was_recorded(jfk_audio: np.ndarray) -> None:
    recorder, streams = make_recorder()
    recorder.start()
    streams[0].feed(jfk_audio[: 2 * SAMPLE_RATE])
    streams[0].vanish()
    with pytest.raises(RecordingError, match="unplugged"):
        recorder.check()
    assert recorder.state is RecorderState.STOPPED
    assert len(recorder.stop()) == 2 * SAMPLE_RATE


def test_busy_and_missing_devices_are_explained() -> None:
    def busy(_request: StreamRequest) -> FakeInputStream:
        raise RuntimeError("Error opening InputStream: Device unavailable [PaErrorCode -9985]")

    with pytest.raises(RecordingError, match="busy"):
        Recorder(stream_factory=busy).start()

    def gone(_request: StreamRequest) -> FakeInputStream:
        raise RuntimeError("Error opening InputStream: Invalid device [PaErrorCode -9996]")

    with pytest.raises(RecordingError, match="not available any more"):
        Recorder(device=7, stream_factory=gone).start()


def test_real_sounddevice_without_microphone_is_explained() -> None:
    """This machine has PortAudio but no input device: the real stream must say so."""
    if audio_mod.list_input_devices():
        pytest.skip("this machine has a microphone")
    with pytest.raises(FeatureUnavailableError, match="No microphone"):
        Recorder().start()


def test_missing_portaudio_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_portaudio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")  # what sounddevice raises
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "sounddevice", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_portaudio)
    with pytest.raises(FeatureUnavailableError, match="libportaudio2"):
        audio_mod.list_input_devices()
    with pytest.raises(FeatureUnavailableError, match="PortAudio"):
        Recorder().start()


def test_resampling_from_device_rates() -> None:
    tone = np.sin(np.arange(48_000) / 48_000 * 2 * np.pi * 440).astype(np.float32)
    assert len(resample_to_16k(tone, 48_000)) == 16_000
    assert len(resample_to_16k(tone[:44_100], 44_100)) == 16_000


# ---- recording → transcript → entry ----------------------------------------------------------
@needs_jfk
def test_recording_becomes_a_voice_entry(
    voice: VoiceService, session: Session, jfk_audio: np.ndarray
) -> None:
    recorder, streams = make_recorder()
    recorder.start()
    streams[0].feed(jfk_audio)
    audio = recorder.stop()
    transcript = voice.transcribe(audio)
    assert wer(JFK_TEXT, transcript.text) <= 0.10
    entry = voice.save_transcript(session, transcript, title="Inaugural", tags=("speech",))
    stored = session.journal.get(entry.id)
    assert stored.source is EntrySource.VOICE
    assert stored.voice_duration_s == pytest.approx(11.0, abs=0.2)
    assert stored.body == transcript.text and stored.tags == ("speech",)
    assert session.journal.search("Americans")[0].entry_id == entry.id


def test_edited_text_is_saved_not_the_raw_transcript(voice: VoiceService, session: Session) -> None:
    from neuroleaf_desktop.ai.stt import Segment, Transcript

    transcript = Transcript("raw words", (Segment(0, 2, "raw words"),), 2.0, "en")
    entry = voice.save_transcript(session, transcript, body="edited words")
    assert session.journal.get(entry.id).body == "edited words"
    empty = Transcript("", (), 3.0, "en")
    with pytest.raises(ValidationError, match="No speech"):
        voice.save_transcript(session, empty)


def test_keep_audio_setting_without_audio_still_saves_the_words(
    voice: VoiceService, session: Session
) -> None:
    """Keeping audio is covered in test_voice_audio.py; with nothing to keep, words still save."""
    from neuroleaf_desktop.ai.stt import Transcript

    session.settings.set("keep_voice_audio", True)
    entry = voice.save_transcript(session, Transcript("words", (), 1.0, "en"))
    assert session.journal.get(entry.id).body == "words"
    assert voice.load_entry_audio(session, entry.id) is None


@needs_jfk
def test_cancel_leaves_no_entry_and_no_audio(
    voice: VoiceService, session: Session, home: Path, jfk_audio: np.ndarray
) -> None:
    first = threading.Event()
    cancel = threading.Event()
    caught: list[BaseException] = []

    def run() -> None:
        try:
            transcript = voice.transcribe(
                np.concatenate([jfk_audio] * 4),
                on_segment=lambda _s: first.set(),
                cancel_event=cancel,
            )
            voice.save_transcript(session, transcript)
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    # generous: the worker loads Whisper first, and CI shares two cores with other jobs
    assert first.wait(180)
    cancel.set()
    thread.join(180)
    assert caught and isinstance(caught[0], TranscriptionCancelledError)
    assert session.journal.count() == 0
    assert audio_files(home, home.parent / "tmp") == []


@needs_espeak
def test_privacy_canary_spoken_word_never_lands_on_disk_in_the_clear(
    voice: VoiceService, session: Session, home: Path, tmp_path: Path
) -> None:
    canary = "kaleidoscope"  # a rare real word tiny.en transcribes reliably from espeak
    clip_dir = tmp_path / "input"  # outside NEUROLEAF_HOME and TMPDIR (both are scanned)
    clip_dir.mkdir()
    clip = espeak(f"Today I ate some {canary} bread with my sister.", clip_dir / "canary.wav")

    recorder, streams = make_recorder()
    recorder.start()
    streams[0].feed(decode_file(clip))
    transcript = voice.transcribe(recorder.stop())
    assert canary in transcript.text.lower(), transcript.text
    entry = voice.save_transcript(session, transcript, title="Shopping")
    assert canary in session.journal.get(entry.id).body.lower()
    session.close()

    scanned = [home, home.parent / "tmp"]
    assert scan(scanned, canary) == []
    assert scan(scanned, canary.capitalize()) == []
    assert audio_files(*scanned) == []
