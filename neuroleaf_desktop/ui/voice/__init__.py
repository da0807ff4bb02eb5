"""Voice journaling: record or import audio, transcribe on this computer, save as an entry."""

from neuroleaf_desktop.ui.voice.controller import VoiceController, VoiceState
from neuroleaf_desktop.ui.voice.dialog import VoiceRecorderDialog

__all__ = ["VoiceController", "VoiceRecorderDialog", "VoiceState"]
