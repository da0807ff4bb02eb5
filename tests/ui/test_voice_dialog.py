"""The voice dialog under pytest-qt: record → stop → transcript → save → entry in the vault.

Only the microphone is replaced: a FakeInputStream delivers the real JFK recording through the
recorder's PortAudio-style callback (at 20× real time). The worker process, Whisper tiny.en,
the journal service and the vault are real. Screenshots go to /tmp/voice-shots.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ai.audio import InputDevice, StreamRequest, decode_file
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.voice_service import VoiceService
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import TaskRunner
from neuroleaf_desktop.ui.voice import VoiceRecorderDialog, VoiceState
from tests.ai.test_stt import JFK, JFK_TEXT, wer
from tests.services.test_voice_service import FakeInputStream

SHOTS = Path("/tmp/voice-shots")
MIC = [InputDevice(3, "Test microphone (USB)", 1, 48_000.0, True)]

pytestmark = pytest.mark.usefixtures("require_jfk")  # real speech is required, never skipped


@pytest.fixture(scope="module")
def voice() -> Iterator[VoiceService]:
    service = VoiceService()
    yield service
    service.close()


@pytest.fixture(scope="module")
def jfk_audio() -> np.ndarray:
    return decode_file(JFK)


@pytest.fixture
def vsession(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    monkeypatch.setenv("NEUROLEAF_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NEUROLEAF_KDF_TARGET_MS", "5")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    session, _key = ProfileStore(app_paths()).create("Test", "a passphrase 123")
    yield session
    session.close()


@pytest.fixture
def ctx(qapp: QApplication, vsession: Session) -> Iterator[UiContext]:
    context = UiContext(vsession, TaskRunner(), ChangeBridge(vsession.events))
    yield context
    context.tasks.wait()
    QApplication.processEvents()
    context.bridge.detach()


def make_dialog(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, audio: np.ndarray, speed: float = 20.0
) -> tuple[VoiceRecorderDialog, list[FakeInputStream]]:
    streams: list[FakeInputStream] = []

    def factory(request: StreamRequest) -> FakeInputStream:
        stream = FakeInputStream(request, audio, speed=speed)
        streams.append(stream)
        return stream

    dialog = VoiceRecorderDialog(ctx, voice=voice, stream_factory=factory, list_devices=lambda: MIC)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.record_button.isEnabled(), timeout=5000)
    return dialog, streams


def shot(dialog: VoiceRecorderDialog, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / f"{name}.png"))


def test_record_stop_transcribe_save(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    dialog, streams = make_dialog(qtbot, ctx, voice, jfk_audio)
    assert dialog.device_combo.currentText() == "Test microphone (USB)"
    shot(dialog, "1-ready")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.state is VoiceState.RECORDING
    assert streams[0].request.device == 3
    qtbot.waitUntil(lambda: dialog.level.value() > 0, timeout=5000)
    qtbot.waitUntil(lambda: dialog.recorder is not None and dialog.recorder.elapsed_s > 5)
    shot(dialog, "2-recording")
    qtbot.waitUntil(streams[0].done.is_set, timeout=10_000)
    qtbot.wait(150)  # one more poll: elapsed shows the full length
    assert dialog.elapsed_label.text().startswith("0:11")
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.state is VoiceState.TRANSCRIBING
    shot(dialog, "3-transcribing")
    qtbot.waitUntil(lambda: dialog.state is VoiceState.REVIEW, timeout=30_000)
    assert wer(JFK_TEXT, dialog.body_edit.toPlainText()) <= 0.10
    dialog.title_edit.setText("Inaugural address")
    dialog.body_edit.setPlainText(dialog.body_edit.toPlainText() + " (edited)")
    shot(dialog, "4-review")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entry = saved.args[0]
    stored = ctx.session.journal.get(entry.id)
    assert stored.source is EntrySource.VOICE and stored.title == "Inaugural address"
    assert stored.voice_duration_s == pytest.approx(11.0, abs=0.3)
    assert stored.body.endswith("(edited)")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.controller.audio is None  # the recording is gone


def test_pause_resume_and_discard(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    dialog, streams = make_dialog(qtbot, ctx, voice, jfk_audio, speed=4.0)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.recorder is not None and dialog.recorder.elapsed_s > 1)
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert dialog.state is VoiceState.PAUSED and dialog.pause_button.text() == "Resume"
    assert dialog.recorder is not None
    paused_at = dialog.recorder.elapsed_s
    qtbot.wait(400)
    assert dialog.recorder.elapsed_s == paused_at
    shot(dialog, "5-paused")
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.recorder is not None and dialog.recorder.elapsed_s > paused_at)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.state is VoiceState.IDLE and dialog.recorder is None
    assert streams[0].closed
    assert ctx.session.journal.count() == 0


def test_with_motion_reduced_the_level_is_a_word_while_recording(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    from neuroleaf_desktop.ui import motion

    motion.policy().set_choice("on")
    try:
        dialog, _streams = make_dialog(qtbot, ctx, voice, jfk_audio, speed=4.0)
        assert dialog.level_meter.still and dialog.level.isHidden()
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.level_meter.words.text() == "Hearing you", timeout=5000)
        shot(dialog, "2b-recording-still")
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
        assert dialog.level_meter.words.text() == "Quiet"  # stopped: said at once
    finally:
        motion.policy().set_choice("system")


def test_live_draft_while_recording(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    dialog, _streams = make_dialog(qtbot, ctx, voice, jfk_audio, speed=1.5)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "fellow" in dialog.draft_label.text().lower(), timeout=15_000)
    shot(dialog, "6-draft")
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state is VoiceState.REVIEW, timeout=30_000)
    assert dialog.body_edit.toPlainText()


def test_cancel_transcription_keeps_nothing(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    long_audio = np.concatenate([jfk_audio] * 4)
    dialog, streams = make_dialog(qtbot, ctx, voice, long_audio, speed=400.0)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(streams[0].done.is_set, timeout=10_000)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)  # first segment
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state is VoiceState.IDLE, timeout=10_000)
    assert "cancelled" in dialog.banner.text.lower()
    assert dialog.controller.audio is None and dialog.body_edit.toPlainText() == ""
    assert ctx.session.journal.count() == 0


def test_dropped_file_is_transcribed(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    dialog, _streams = make_dialog(qtbot, ctx, voice, jfk_audio)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(JFK))])
    drop = QDropEvent(
        QPoint(20, 20).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    qtbot.waitUntil(lambda: dialog.state is VoiceState.REVIEW, timeout=30_000)
    assert wer(JFK_TEXT, dialog.body_edit.toPlainText()) <= 0.10


def test_kept_recording_is_saved_with_the_entry_and_then_dropped(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    ctx.session.settings.set("keep_voice_audio", True)
    dialog, _streams = make_dialog(qtbot, ctx, voice, jfk_audio)
    dialog.import_file(JFK)
    qtbot.waitUntil(lambda: dialog.state is VoiceState.REVIEW, timeout=30_000)
    assert dialog.controller.audio is not None  # held for Save because the profile keeps recordings
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.controller.audio is None
    kept = voice.load_entry_audio(ctx.session, saved.args[0].id)
    assert kept is not None and len(kept) == len(jfk_audio)

    again, _streams = make_dialog(qtbot, ctx, voice, jfk_audio)
    again.import_file(JFK)
    qtbot.waitUntil(lambda: again.state is VoiceState.REVIEW, timeout=30_000)
    assert again.controller.audio is not None
    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    assert again.controller.audio is None and again.state is VoiceState.IDLE


def test_no_microphone_still_allows_import(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService
) -> None:
    dialog = VoiceRecorderDialog(ctx, voice=voice, list_devices=lambda: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "No microphone" in dialog.banner.text, timeout=5000)
    assert not dialog.record_button.isEnabled()
    assert dialog.import_button.isEnabled()
    shot(dialog, "7-no-mic")
