"""Audio in memory: decoding files, and recording from a microphone.

Everything here hands around numpy float32 arrays at 16 kHz mono (what Whisper expects), and
nothing is ever written to disk: a recording is a private diary entry, and a temp file in
``/tmp`` would outlive a crash in the clear.

``sounddevice`` (PortAudio) is imported lazily, on first use: it raises OSError at import time
when the PortAudio library is missing, and that must disable voice recording only, with a
message saying what to install, never the app's start-up. The only boundary the tests replace
is the input stream itself (``StreamFactory``), so the recorder's own logic runs for real.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import numpy as np
import numpy.typing as npt

from neuroleaf_desktop.errors import FeatureUnavailableError, NeuroLeafError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("audio")

SAMPLE_RATE = 16_000
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".webm", ".aac")
DEFAULT_MAX_SECONDS = 15 * 60
Audio = npt.NDArray[np.float32]


class AudioDecodeError(ValidationError):
    """A file we cannot read as audio (corrupt, empty, not audio at all)."""


class RecordingError(NeuroLeafError):
    """The microphone stopped working during a recording (unplugged, taken by another app)."""


def duration_of(audio: Audio) -> float:
    return float(len(audio)) / SAMPLE_RATE


# ---- decoding ---------------------------------------------------------------------------------
def decode_file(source: str | Path | BinaryIO | bytes) -> Audio:
    """Decode any audio file PyAV (FFmpeg) understands into 16 kHz mono float32.

    Same approach as ``faster_whisper.decode_audio`` but without importing faster-whisper
    (and with it CTranslate2) into the app process: transcription runs in a child process.
    Raises AudioDecodeError with a human message for missing, empty or corrupt files.
    """
    import av  # lazy: PyAV loads FFmpeg's libraries

    name = "the recording"
    if isinstance(source, str | Path):
        path = Path(source)
        name = path.name
        if not path.is_file():
            raise AudioDecodeError(f"There is no audio file at {path}.")
        if path.stat().st_size == 0:
            raise AudioDecodeError(f"{name} is empty.")
    elif isinstance(source, bytes):
        if not source:
            raise AudioDecodeError("The audio is empty.")
        source = io.BytesIO(source)
    chunks: list[Audio] = []
    try:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        with av.open(source if not isinstance(source, Path) else str(source), mode="r") as box:
            if not box.streams.audio:
                raise _no_audio_stream(name, has_picture=bool(box.streams.video))
            for frame in box.decode(audio=0):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1).astype(np.float32) / 32768.0)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1).astype(np.float32) / 32768.0)
    except AudioDecodeError:
        raise
    except (av.FFmpegError, ValueError, OSError, EOFError) as exc:
        log.info("audio.decode_failed", kind=type(exc).__name__)
        raise _unreadable(name) from None
    audio = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    if audio.size == 0:
        raise AudioDecodeError(f"{name} contains no sound: it may be empty or damaged.")
    return audio.astype(np.float32, copy=False)


def _unreadable(name: str) -> AudioDecodeError:
    return AudioDecodeError(
        f"{name} could not be read as audio: it may be damaged or in a format we do not "
        "support (wav, flac, mp3, m4a, ogg work)."
    )


def _no_audio_stream(name: str, *, has_picture: bool) -> AudioDecodeError:
    """A file FFmpeg opened but that holds nothing to hear.

    A video without sound is a real file with no sound track, and saying so helps. Anything
    else without an audio stream is a file FFmpeg merely guessed a format for: damaged bytes
    now and then pass for a lyrics or subtitle file, and "no sound track" would be untrue.
    """
    if has_picture:
        return AudioDecodeError(f"{name} contains no sound track.")
    return _unreadable(name)


def resample_to_16k(audio: Audio, rate: int) -> Audio:
    """Recorded audio at the device's native rate → 16 kHz.

    Integer ratios (48 kHz, 32 kHz) average each group of samples, a crude low-pass that keeps
    aliasing out of speech frequencies; anything else falls back to linear interpolation.
    """
    if rate == SAMPLE_RATE or audio.size == 0:
        return audio.astype(np.float32, copy=False)
    if rate % SAMPLE_RATE == 0:
        step = rate // SAMPLE_RATE
        usable = audio[: len(audio) - len(audio) % step]
        means: Audio = usable.reshape(-1, step).mean(axis=1).astype(np.float32)
        return means
    count = round(len(audio) * SAMPLE_RATE / rate)
    positions = np.linspace(0, len(audio) - 1, count)
    return np.interp(positions, np.arange(len(audio)), audio).astype(np.float32)


# ---- devices ----------------------------------------------------------------------------------
def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError:
        raise FeatureUnavailableError(
            "Voice recording needs the PortAudio library, which is not installed on this "
            "computer. On Debian or Ubuntu install it with: sudo apt install libportaudio2 "
            "(then restart NeuroLeaf). You can still transcribe audio files."
        ) from None
    except ImportError:
        raise FeatureUnavailableError(
            "Voice recording needs the Python package sounddevice: pip install sounddevice"
        ) from None
    return sounddevice


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_samplerate: float
    is_default: bool


def list_input_devices() -> list[InputDevice]:
    """Microphones PortAudio can see (may be empty)."""
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except Exception as exc:  # PortAudio not initialisable (no sound system at all)
        log.info("audio.query_failed", kind=type(exc).__name__)
        return []
    found = []
    for index, dev in enumerate(devices):
        if int(dev.get("max_input_channels", 0)) > 0:
            found.append(
                InputDevice(
                    index=index,
                    name=str(dev.get("name", f"Device {index}")),
                    channels=int(dev["max_input_channels"]),
                    default_samplerate=float(dev.get("default_samplerate", SAMPLE_RATE)),
                    is_default=index == default_in,
                )
            )
    return found


NO_DEVICE_MESSAGE = (
    "No microphone was found. Plug one in (or allow NeuroLeaf to use it in your system's "
    "privacy settings) and try again. You can still import an audio file."
)


# ---- recording --------------------------------------------------------------------------------
AudioCallback = Callable[[Audio, int, Any, Any], None]


class InputStreamLike(Protocol):
    """The part of ``sounddevice.InputStream`` the recorder uses."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class StreamRequest:
    device: int | None
    samplerate: int
    channels: int
    blocksize: int
    callback: AudioCallback
    finished_callback: Callable[[], None]


StreamFactory = Callable[[StreamRequest], InputStreamLike]


def sounddevice_stream(request: StreamRequest) -> InputStreamLike:
    """The real microphone: a PortAudio input stream, float32."""
    sd = _sounddevice()
    stream: InputStreamLike = sd.InputStream(
        device=request.device,
        samplerate=request.samplerate,
        channels=request.channels,
        blocksize=request.blocksize,
        dtype="float32",
        callback=request.callback,
        finished_callback=request.finished_callback,
    )
    return stream


class RecorderState(StrEnum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    STOPPED = "stopped"
    DISCARDED = "discarded"


def _explain_open_error(exc: Exception, device: int | None) -> NeuroLeafError:
    text = str(exc).lower()
    if "unavailable" in text or "busy" in text or "-9985" in text:
        return RecordingError(
            "The microphone is busy: another program may be using it. Close that program or "
            "choose another input device, then try again."
        )
    if "invalid device" in text or "-9996" in text or "no such" in text:
        return RecordingError(
            f"The selected microphone{'' if device is None else f' (#{device})'} is not "
            "available any more. Choose another input device."
        )
    if "no default input" in text or "querying device -1" in text:
        return FeatureUnavailableError(NO_DEVICE_MESSAGE)
    return RecordingError(
        f"The microphone could not be opened ({type(exc).__name__}). Check that it is "
        "connected and not used by another program."
    )


class Recorder:
    """Collects microphone audio in memory, with pause/resume, a level meter and a length cap.

    The audio callback runs on PortAudio's thread: it only copies the block into a list under
    a lock and updates the level, nothing slow. Paused blocks are dropped (not recorded).
    Reaching ``max_seconds`` stops collecting and sets ``limit_reached``; the UI then stops.
    """

    def __init__(
        self,
        *,
        device: int | None = None,
        max_seconds: float = DEFAULT_MAX_SECONDS,
        stream_factory: StreamFactory | None = None,
        samplerate: int = SAMPLE_RATE,
        blocksize: int = 1600,
    ) -> None:
        if max_seconds <= 0:
            raise ValidationError("The longest recording must be more than 0 seconds.")
        self.device = device
        self.max_seconds = float(max_seconds)
        self.samplerate = samplerate
        self.blocksize = blocksize
        self._factory = stream_factory or sounddevice_stream
        self._lock = threading.Lock()
        self._chunks: list[Audio] = []
        self._frames = 0
        self._level = 0.0
        self._stream: InputStreamLike | None = None
        self.state = RecorderState.IDLE
        self.limit_reached = False
        self.device_lost = False
        self.overflows = 0

    # ---- control ----------------------------------------------------------------------
    def start(self) -> None:
        if self.state is not RecorderState.IDLE:
            raise ValidationError("This recorder was already used; start a new recording.")
        # Recording from here on: PortAudio may deliver the first block before start() returns.
        self.state = RecorderState.RECORDING
        try:
            self._stream = self._start_stream()
        except BaseException:
            self.state = RecorderState.IDLE
            raise
        log.info("audio.recording_started", device=self.device)

    def _start_stream(self) -> InputStreamLike:
        try:
            return self._open(self.samplerate)
        except NeuroLeafError:
            raise
        except Exception as exc:  # PortAudioError, ValueError for bad device numbers
            native = self._native_rate() if "sample rate" in str(exc).lower() else None
            if native is None or native == self.samplerate:
                log.info("audio.open_failed", kind=type(exc).__name__)
                raise _explain_open_error(exc, self.device) from None
            # Many devices only run at 44.1/48 kHz: record natively, resample when reading.
            try:
                return self._open(native)
            except Exception as exc2:
                log.info("audio.open_failed", kind=type(exc2).__name__)
                raise _explain_open_error(exc2, self.device) from None

    def _open(self, rate: int) -> InputStreamLike:
        self.samplerate = rate  # before the first callback: elapsed time and the cap use it
        request = StreamRequest(
            device=self.device,
            samplerate=rate,
            channels=1,
            blocksize=self.blocksize * rate // SAMPLE_RATE,
            callback=self._on_audio,
            finished_callback=self._on_finished,
        )
        stream = self._factory(request)
        stream.start()
        return stream

    def _native_rate(self) -> int | None:
        try:
            info = _sounddevice().query_devices(self.device, "input")
            return int(info["default_samplerate"])
        except Exception:
            return None

    def pause(self) -> None:
        if self.state is RecorderState.RECORDING:
            self.state = RecorderState.PAUSED
            self._level = 0.0

    def resume(self) -> None:
        if self.state is RecorderState.PAUSED:
            self.state = RecorderState.RECORDING

    def stop(self) -> Audio:
        """End the recording and return it as 16 kHz mono float32."""
        if self.state in (RecorderState.RECORDING, RecorderState.PAUSED):
            self._close_stream()
            self.state = RecorderState.STOPPED
            log.info("audio.recording_stopped", seconds=round(self.elapsed_s, 1))
        return self.snapshot()

    def discard(self) -> None:
        """Throw the recording away (the buffers are zeroed, not just dropped)."""
        self._close_stream()
        with self._lock:
            for chunk in self._chunks:
                chunk.fill(0.0)
            self._chunks.clear()
            self._frames = 0
        self.state = RecorderState.DISCARDED
        log.info("audio.recording_discarded")

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        try:
            stream.stop()
        except Exception as exc:  # a vanished device may fail to stop; the audio is kept
            log.info("audio.stop_failed", kind=type(exc).__name__)
        try:
            stream.close()
        except Exception as exc:
            log.info("audio.close_failed", kind=type(exc).__name__)

    # ---- reading --------------------------------------------------------------------------
    @property
    def elapsed_s(self) -> float:
        """Seconds of audio recorded (pauses excluded)."""
        return self._frames / self.samplerate

    @property
    def level(self) -> float:
        """Loudness of the latest block, 0..1 (dBFS mapped from -60..0), for a level meter."""
        return self._level

    @property
    def active(self) -> bool:
        return self.state in (RecorderState.RECORDING, RecorderState.PAUSED)

    def snapshot(self) -> Audio:
        """A copy of the audio so far at 16 kHz (for live drafts while recording)."""
        with self._lock:
            raw = np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.float32)
        return resample_to_16k(raw, self.samplerate)

    def check(self) -> None:
        """Raise if the device vanished while recording (the UI polls this)."""
        if self.device_lost and self.active:
            self._close_stream()
            self.state = RecorderState.STOPPED
            raise RecordingError(
                "The microphone stopped working (was it unplugged?). What was recorded until "
                "then is kept; you can transcribe it or discard it."
            )

    # ---- PortAudio thread ---------------------------------------------------------------
    def _on_audio(self, indata: Audio, frames: int, _time: Any, status: Any) -> None:
        if status:
            self.overflows += 1
        if self.state is not RecorderState.RECORDING or self.limit_reached:
            return
        block = np.asarray(indata, dtype=np.float32)
        mono = block.mean(axis=1) if block.ndim == 2 else block.reshape(-1)
        room = int(self.max_seconds * self.samplerate) - self._frames
        if room <= 0:
            self.limit_reached = True
            return
        mono = np.array(mono[:room], dtype=np.float32, copy=True)
        with self._lock:
            self._chunks.append(mono)
            self._frames += len(mono)
        rms = float(np.sqrt(np.mean(np.square(mono)))) if mono.size else 0.0
        db = 20.0 * math.log10(max(rms, 1e-6))
        self._level = min(1.0, max(0.0, (db + 60.0) / 60.0))
        if self._frames >= self.max_seconds * self.samplerate:
            self.limit_reached = True

    def _on_finished(self) -> None:
        # PortAudio ends the stream on its own only when the device went away.
        if self.state in (RecorderState.RECORDING, RecorderState.PAUSED) and self._stream:
            self.device_lost = True
