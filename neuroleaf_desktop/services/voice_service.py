"""Voice journaling: audio (a recording or a file) → transcript → a journal entry.

The transcript is saved through ``session.journal.add`` like any typed entry, with
``source=voice`` and the recording's length, so search, analysis and export treat it the same.
Audio lives only in memory. Keeping recordings (setting ``keep_voice_audio``) needs an
encrypted audio table in the vault, which does not exist yet: with that setting on, saving
refuses clearly instead of silently dropping the audio the person asked us to keep.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import numpy as np

from neuroleaf_desktop.ai.audio import SAMPLE_RATE, Audio, decode_file
from neuroleaf_desktop.ai.model_registry import ModelRegistry, ModelStatus, default_registry
from neuroleaf_desktop.ai.stt import SegmentCallback, Transcript, WhisperWorker
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry, NewEntry
from neuroleaf_desktop.errors import FeatureUnavailableError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.session import Session

log = get_logger("voice")

MODELS = ("tiny.en", "base")
DEFAULT_MODEL = "tiny.en"
ENGLISH_ONLY = {"tiny.en"}
MIN_AUDIO_S = 0.3


def normalize_language(model: str, language: str | None) -> str | None:
    """``tiny.en`` knows English only; ``base`` auto-detects when no language is given."""
    lang = (language or "").strip().lower() or None
    if lang in ("auto",):
        lang = None
    if model in ENGLISH_ONLY:
        if lang not in (None, "en"):
            raise ValidationError(
                f"The {model} model understands English only. Choose the base model to "
                f"transcribe {lang!r}."
            )
        return "en"
    return lang


class VoiceService:
    """Transcribes audio with a local Whisper model and saves transcripts as entries.

    One instance owns one worker process (models stay loaded between calls); ``close()`` ends
    it. Thread-safe: requests are serialised by the worker.
    """

    def __init__(
        self,
        *,
        registry: ModelRegistry | None = None,
        worker: WhisperWorker | None = None,
        beam_size: int = 5,
    ) -> None:
        self.registry = registry or default_registry()
        self.worker = worker or WhisperWorker()
        self.beam_size = beam_size

    # ---- models ---------------------------------------------------------------------------
    def model_dir(self, model: str) -> Path:
        if model not in MODELS:
            raise ValidationError(f"Unknown model {model!r}: choose {' or '.join(MODELS)}.")
        return self.registry.locate(model)

    def model_available(self, model: str) -> bool:
        return self.registry.status(model).status in (
            ModelStatus.PRESENT,
            ModelStatus.NEEDS_ASSEMBLY,
        )

    def preload(self, model: str = DEFAULT_MODEL) -> None:
        """Start the worker and load the model now (e.g. when the recorder opens)."""
        self.worker.preload(self.model_dir(model))

    # ---- transcription --------------------------------------------------------------------
    def load_audio(self, source: Audio | str | Path | BinaryIO | bytes) -> Audio:
        if isinstance(source, np.ndarray):
            audio = np.asarray(source, dtype=np.float32).reshape(-1)
        else:
            audio = decode_file(source)
        if len(audio) < MIN_AUDIO_S * SAMPLE_RATE:
            raise ValidationError("The recording is too short to transcribe.")
        return audio

    def transcribe(
        self,
        audio: Audio | str | Path | BinaryIO | bytes,
        *,
        model: str = DEFAULT_MODEL,
        language: str | None = None,
        on_segment: SegmentCallback | None = None,
        cancel_event: threading.Event | None = None,
        vad_filter: bool = True,
    ) -> Transcript:
        """Audio (16 kHz float32 samples, or a file) → transcript, on this machine.

        Blocks until done: call it from a worker thread. ``cancel_event`` stops the child
        process and raises TranscriptionCancelledError; nothing is kept anywhere.
        """
        lang = normalize_language(model, language)
        model_dir = self.model_dir(model)
        samples = self.load_audio(audio)
        return self.worker.transcribe(
            samples,
            model_dir=model_dir,
            model_name=model,
            language=lang,
            vad_filter=vad_filter,
            beam_size=self.beam_size,
            on_segment=on_segment,
            cancel_event=cancel_event,
        )

    # ---- saving ---------------------------------------------------------------------------
    def save_transcript(
        self,
        session: Session,
        transcript: Transcript,
        title: str = "",
        tags: Iterable[str] = (),
        *,
        body: str | None = None,
    ) -> JournalEntry:
        """Save as a voice entry. ``body`` is the person's edited text (default: transcript)."""
        if bool(session.settings.get("keep_voice_audio")):
            raise FeatureUnavailableError(
                "Keeping voice recordings is not available in this version yet. Turn off "
                "'keep voice audio' in Settings to save the transcript (the recording is then "
                "discarded after transcription)."
            )
        text = transcript.text if body is None else body
        if not text.strip() and not title.strip():
            raise ValidationError(
                "No speech was recognised, so there is nothing to save. Try again closer to "
                "the microphone, or type your entry."
            )
        entry = session.journal.add(
            NewEntry(
                title=title,
                body=text,
                tags=tuple(tags),
                source=EntrySource.VOICE,
                voice_duration_s=round(transcript.duration_s, 2),
            )
        )
        log.info("voice.saved", entry_id=entry.id, seconds=round(transcript.duration_s, 1))
        return entry

    def close(self) -> None:
        self.worker.close()

    def __enter__(self) -> VoiceService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
