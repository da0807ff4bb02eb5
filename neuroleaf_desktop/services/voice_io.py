"""What the voice dialog and ``neuroleaf voice`` use of the audio and speech adapters.

The microphone recorder, the device list and the transcript value types live in ``ai/``; this
module is the services-layer face of them, so ``ui/`` and ``cli/`` never import ``ai/``.
Transcribing and saving go through :class:`~neuroleaf_desktop.services.voice_service.VoiceService`.
"""

from __future__ import annotations

from neuroleaf_desktop.ai.audio import (
    AUDIO_SUFFIXES,
    DEFAULT_MAX_SECONDS,
    NO_DEVICE_MESSAGE,
    Audio,
    InputDevice,
    Recorder,
    StreamFactory,
    duration_of,
    list_input_devices,
)
from neuroleaf_desktop.ai.stt import Segment, Transcript, TranscriptionCancelledError

__all__ = [
    "AUDIO_SUFFIXES",
    "DEFAULT_MAX_SECONDS",
    "NO_DEVICE_MESSAGE",
    "Audio",
    "InputDevice",
    "Recorder",
    "Segment",
    "StreamFactory",
    "Transcript",
    "TranscriptionCancelledError",
    "duration_of",
    "list_input_devices",
]
