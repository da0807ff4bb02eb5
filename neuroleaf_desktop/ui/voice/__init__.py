"""Voice journaling: record or import audio, transcribe on this computer, save as an entry."""

from neuroleaf_desktop.ui.voice.dialog import VoiceRecorderDialog, VoiceState

__all__ = ["VoiceRecorderDialog", "VoiceState"]
