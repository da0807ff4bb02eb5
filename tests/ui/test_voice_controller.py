"""The voice controller's state machine, without its dialog.

Only the microphone is replaced (FakeInputStream feeds the real JFK recording through the
recorder's PortAudio-style callback); the Whisper worker process, the journal service and
the vault are real. The states are read from the controller's own ``state_changed`` signal.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ai.audio import InputDevice, StreamRequest, decode_file
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.voice_io import NO_DEVICE_MESSAGE
from neuroleaf_desktop.services.voice_service import VoiceService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.voice import VoiceController, VoiceState
from neuroleaf_desktop.ui.voice.controller import Notice
from tests.ai.test_stt import JFK, JFK_TEXT, wer
from tests.services.test_voice_service import FakeInputStream
from tests.ui.helpers.ui_context import close_ctx, make_ctx

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("require_jfk")]

MIC = [InputDevice(3, "Test microphone (USB)", 1, 48_000.0, True)]
S = VoiceState


@pytest.fixture(scope="module")
def voice() -> Iterator[VoiceService]:
    service = VoiceService()
    yield service
    service.close()


@pytest.fixture(scope="module")
def jfk_audio() -> np.ndarray:
    return decode_file(JFK)


@pytest.fixture
def ctx(session: Session) -> Iterator[UiContext]:
    context = make_ctx(session)
    yield context
    close_ctx(context)


class Watched:
    """A started controller and what it said: its states and its notices."""

    def __init__(
        self, qtbot: QtBot, ctx: UiContext, voice: VoiceService, devices: list[InputDevice]
    ):
        self.streams: list[FakeInputStream] = []
        self.states: list[VoiceState] = []
        self.notices: list[Notice] = []

        def factory(request: StreamRequest) -> FakeInputStream:
            stream = FakeInputStream(request)  # the test feeds it
            self.streams.append(stream)
            return stream

        self.controller = VoiceController(
            ctx, voice=voice, stream_factory=factory, list_devices=lambda: devices
        )
        self.controller.state_changed.connect(self._state)
        self.controller.notice.connect(self.notices.append)
        found: list[object] = []
        self.controller.devices_found.connect(found.append)
        self.controller.start()
        qtbot.waitUntil(lambda: bool(found), timeout=5000)
        self.states.clear()  # the device list re-announces the current state

    def _state(self, state: VoiceState) -> None:
        if not self.states or self.states[-1] is not state:
            self.states.append(state)


def test_record_pause_stop_transcribe_save(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray
) -> None:
    w = Watched(qtbot, ctx, voice, MIC)
    c = w.controller
    assert c.can_record and c.state is S.IDLE
    c.save("title", "body", ())  # nothing to save yet: ignored
    c.stop_recording()  # nothing recording: ignored
    assert w.states == []

    assert c.start_recording(3)
    assert w.streams[0].request.device == 3
    w.streams[0].feed(jfk_audio)
    c.toggle_pause()
    c.import_file(JFK)  # a file cannot be dropped in while recording
    assert not c.start_recording(3)  # nor a second recording started
    c.toggle_pause()
    c.stop_recording()
    assert c.recorder is None and w.streams[0].closed
    qtbot.waitUntil(lambda: c.state is S.REVIEW, timeout=30_000)
    assert c.transcript is not None and wer(JFK_TEXT, c.transcript.text) <= 0.10
    assert c.audio is None  # keep_voice_audio is off: the words stay, the audio goes

    saved: list[object] = []
    c.saved.connect(saved.append)
    c.save("Inaugural address", c.transcript.text + " (edited)", ("speech",))
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert w.states == [S.RECORDING, S.PAUSED, S.RECORDING, S.TRANSCRIBING, S.REVIEW, S.SAVING]
    stored = ctx.session.journal.get(c.result_entry.id if c.result_entry else "")
    assert stored.source is EntrySource.VOICE and stored.title == "Inaugural address"
    assert stored.body.endswith("(edited)") and stored.tags == ("speech",)


def test_too_short_discarded_and_undecodable_all_end_idle(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService, jfk_audio: np.ndarray, tmp_path: Path
) -> None:
    w = Watched(qtbot, ctx, voice, MIC)
    c = w.controller
    assert c.start_recording(None)
    w.streams[0].feed(jfk_audio[:1600])  # 0.1 s
    c.stop_recording()
    assert c.state is S.IDLE and w.notices[-1] == Notice("Nothing was recorded.")

    assert c.start_recording(None)
    w.streams[1].feed(jfk_audio)
    c.discard()
    assert c.state is S.IDLE and c.recorder is None and c.audio is None
    assert w.streams[1].closed and w.notices[-1] == Notice("Recording discarded.")

    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"this is not audio at all" * 40)
    c.import_file(broken)
    assert c.state is S.TRANSCRIBING
    qtbot.waitUntil(lambda: c.state is S.IDLE, timeout=10_000)
    assert w.notices[-1].error and not w.notices[-1].retry  # nothing decoded: no retry
    assert w.states == [S.RECORDING, S.IDLE, S.RECORDING, S.IDLE, S.TRANSCRIBING, S.IDLE]
    assert ctx.session.journal.count() == 0


def test_without_a_microphone_it_says_so_and_files_still_work(
    qtbot: QtBot, ctx: UiContext, voice: VoiceService
) -> None:
    w = Watched(qtbot, ctx, voice, [])
    c = w.controller
    assert not c.can_record
    assert Notice(NO_DEVICE_MESSAGE, sticky=True) in w.notices
    assert c.accepts_files
    c.import_file(JFK)
    qtbot.waitUntil(lambda: c.state is S.REVIEW, timeout=30_000)
    assert c.transcript is not None and wer(JFK_TEXT, c.transcript.text) <= 0.10
    assert w.states == [S.TRANSCRIBING, S.REVIEW]
