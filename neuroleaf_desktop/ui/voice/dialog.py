"""The voice entry dialog: the view of ``VoiceController`` (``ui/voice/controller.py``).

Flow: pick a microphone → Record (level meter, elapsed time, Pause/Resume) → Stop → the
transcript streams in segment by segment (Cancel stops the worker process) → edit title and
text → Save, which goes through the same journal service as a typed entry.

The dialog holds no state of its own: the controller decides what may happen and runs the
work; the dialog shows its signals (which buttons are enabled follows its state) and hands it
what the person chose and typed, read here on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
from neuroleaf_desktop.services.voice_io import (
    AUDIO_SUFFIXES,
    InputDevice,
    Recorder,
    StreamFactory,
    list_input_devices,
)
from neuroleaf_desktop.services.voice_service import DEFAULT_MODEL, VoiceService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.voice.controller import Notice, VoiceController, VoiceState
from neuroleaf_desktop.ui.voice.level_meter import LevelMeter
from neuroleaf_desktop.ui.widgets import Banner, BannerKind, TagEditor, install_style
from neuroleaf_desktop.ui.widgets.style import (
    accent,
    card_border,
    hex_of,
    muted_text,
    scaled_font,
)

MODEL_LABELS = {"tiny.en": "Fast (English)", "base": "Accurate (more languages)"}
STATUS = {
    VoiceState.IDLE: "Ready.",
    VoiceState.RECORDING: "Recording…",
    VoiceState.PAUSED: "Paused.",
    VoiceState.TRANSCRIBING: "Transcribing on this computer…",
    VoiceState.REVIEW: "Check the text, then save.",
    VoiceState.SAVING: "Saving…",
}


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

    ``voice``, ``stream_factory`` and ``list_devices`` go to the controller (tests drive the
    real flow with real audio frames through them).
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
        self.controller = VoiceController(
            ctx, self, voice=voice, stream_factory=stream_factory, list_devices=list_devices
        )
        self.setWindowTitle("Voice entry")
        self.setAccessibleName("Voice entry")
        self.setAcceptDrops(True)
        self._build()
        install_style(self, _meter_qss)
        self.resize(640, 680)
        self._connect()
        self.controller.model = self.model
        self._show_state(VoiceState.IDLE)
        self.controller.start()

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

        self.level_meter = LevelMeter(card)  # a bar, or a word with motion reduced
        self.level = self.level_meter.bar
        self.elapsed_label = QLabel("0:00", card)
        self.elapsed_label.setAccessibleName("Elapsed time")
        self.elapsed_label.setFont(scaled_font(self, 1.2, bold=True))
        self.elapsed_label.setMinimumWidth(90)
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(QLabel("Level", card), 2, 0)
        grid.addWidget(self.level_meter, 2, 1, 1, 2)
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

    def _connect(self) -> None:
        c = self.controller
        c.state_changed.connect(self._show_state)
        c.devices_found.connect(self._show_devices)
        c.devices_failed.connect(self._show_no_devices)
        c.settings_loaded.connect(lambda: self.hint_label.setText(self._hint_text()))
        c.level_changed.connect(self.level_meter.set_level)
        c.elapsed_changed.connect(self.elapsed_label.setText)
        c.draft_changed.connect(self._show_draft)
        c.text_changed.connect(self.body_edit.setPlainText)
        c.progress_changed.connect(self.progress.setValue)
        c.transcribed.connect(self._show_transcript)
        c.notice.connect(self._show_notice)
        c.notice_dismissed.connect(self.banner.dismiss)
        c.saved.connect(self._saved)
        self.model_combo.currentIndexChanged.connect(self._model_changed)

    # ---- what the controller says ------------------------------------------------------------
    def _show_state(self, state: VoiceState) -> None:
        recording = state in (VoiceState.RECORDING, VoiceState.PAUSED)
        busy = state in (VoiceState.TRANSCRIBING, VoiceState.SAVING)
        can_record = self.controller.can_record
        self.record_button.setEnabled(state in (VoiceState.IDLE, VoiceState.REVIEW) and can_record)
        self.pause_button.setEnabled(recording)
        self.pause_button.setText("Resume" if state is VoiceState.PAUSED else "Pause")
        self.record_button.setText("● Record again" if state is VoiceState.REVIEW else "● Record")
        self.elapsed_label.setProperty("recording", state is VoiceState.RECORDING)
        self.elapsed_label.style().unpolish(self.elapsed_label)
        self.elapsed_label.style().polish(self.elapsed_label)
        self.stop_button.setEnabled(recording)
        self.discard_button.setEnabled(recording or state is VoiceState.REVIEW)
        self.import_button.setEnabled(state in (VoiceState.IDLE, VoiceState.REVIEW))
        self.device_combo.setEnabled(not recording and not busy and can_record)
        self.model_combo.setEnabled(not recording and not busy)
        self.progress_row.setVisible(state is VoiceState.TRANSCRIBING)
        self.cancel_button.setEnabled(state is VoiceState.TRANSCRIBING)
        self.body_edit.setReadOnly(busy or recording)
        self.save_button.setEnabled(state is VoiceState.REVIEW)
        self.draft_label.setVisible(recording and bool(self.draft_label.text()))
        self.status_label.setText(STATUS[state])

    def _show_devices(self, devices: list[InputDevice]) -> None:
        self.device_combo.clear()
        for device in devices:
            self.device_combo.addItem(device.name, device.index)
            if device.is_default:
                self.device_combo.setCurrentIndex(self.device_combo.count() - 1)
        if not devices:
            self.device_combo.addItem("No microphone found", None)
        elif self.state is VoiceState.IDLE:
            self.record_button.setEnabled(True)
            self.record_button.setFocus()

    def _show_no_devices(self, _exc: BaseException) -> None:
        self.device_combo.clear()
        self.device_combo.addItem("Recording unavailable", None)

    def _show_draft(self, text: str) -> None:
        self.draft_label.setText(text)
        self.draft_label.setVisible(
            bool(text) and self.state in (VoiceState.RECORDING, VoiceState.PAUSED)
        )

    def _show_transcript(self, text: str) -> None:
        self.body_edit.setPlainText(text)
        if text.strip():
            self.body_edit.setFocus()

    def _show_notice(self, notice: Notice) -> None:
        if notice.error:
            retry = notice.retry
            self.banner.show_error(
                notice.message,
                action_text="Try again" if retry else "",
                on_action=self.controller.retry if retry else None,
            )
        else:
            self.banner.show_message(
                str(notice.message), BannerKind.INFO, timeout_ms=0 if notice.sticky else None
            )

    def _saved(self, entry: JournalEntry) -> None:
        self.saved.emit(entry)
        self.accept()

    def _hint_text(self) -> str:
        kept = (
            "the recording is saved with the entry, encrypted in your journal"
            if self.controller.keeps_audio
            else "the recording is discarded afterwards"
        )
        return (
            f"Your voice is turned into text on this computer; {kept}. You can also drop an "
            "audio file here."
        )

    # ---- what the person does ----------------------------------------------------------------
    @property
    def state(self) -> VoiceState:
        return self.controller.state

    @property
    def recorder(self) -> Recorder | None:
        return self.controller.recorder

    @property
    def model(self) -> str:
        return str(self.model_combo.currentData() or DEFAULT_MODEL)

    def _model_changed(self, _index: int) -> None:
        self.controller.model = self.model

    def start_recording(self) -> None:
        device = self.device_combo.currentData()
        if self.controller.start_recording(device if isinstance(device, int) else None):
            self.stop_button.setFocus()

    def toggle_pause(self) -> None:
        self.controller.toggle_pause()

    def stop_recording(self) -> None:
        self.controller.stop_recording()

    def discard(self) -> None:
        """Throw away the recording (and any transcript not yet saved)."""
        self.controller.discard()

    def cancel_transcription(self) -> None:
        self.controller.cancel_transcription()

    def retry(self) -> None:
        self.controller.retry()

    def save(self) -> None:
        title, body, tags = self.title_edit.text(), self.body_edit.toPlainText(), self.tags.tags()
        self.controller.save(title, body, tags)

    def _choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in AUDIO_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self, "Transcribe an audio file", "", f"Audio ({patterns})"
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Decode (in the background) and transcribe an audio file."""
        self.controller.import_file(path)

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
        if self._audio_paths(event) and self.controller.accepts_files:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        paths = self._audio_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_file(paths[0])

    # ---- closing ------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.controller.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.controller.shutdown()
        super().closeEvent(event)
