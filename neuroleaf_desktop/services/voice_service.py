"""Voice journaling: audio (a recording or a file) → transcript → a journal entry.

The transcript is saved like any typed entry (the same ``build_entry`` rules and event), with
``source=voice`` and the recording's length, so search, analysis and export treat it the same.
Audio lives only in memory. By default (setting ``keep_voice_audio`` off) it is discarded after
transcription. With the setting on, the recording is stored inside the encrypted vault
(``entry_audio``: int16 PCM, zlib-compressed in memory) in the same transaction as the entry,
so either both are saved or neither; it never touches the filesystem, is not part of the JSON
export, and goes when the entry is purged (foreign-key cascade).
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
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.journal_service import build_entry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.audio_repo import AudioRepository
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository

log = get_logger("voice")

MODELS = ("tiny.en", "base")
DEFAULT_MODEL = "tiny.en"
ENGLISH_ONLY = {"tiny.en"}
MIN_AUDIO_S = 0.3


DEFAULT_LANGUAGE = "en"


def normalize_language(model: str, language: str | None) -> str | None:
    """The language Whisper should hear; None means "detect it".

    Detection costs about half a second per clip on the base model and people nearly always
    speak the language they set, so it runs only when asked for with "auto". No language given
    (or the old empty setting) means the default, English.
    """
    chosen = (language or "").strip().lower() or DEFAULT_LANGUAGE
    lang = None if chosen == "auto" else chosen
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
        audio: Audio | None = None,
    ) -> JournalEntry:
        """Save as a voice entry. ``body`` is the person's edited text (default: transcript).

        ``audio`` is the recording the transcript came from (16 kHz mono float32). It is kept,
        encrypted in the vault and in the same transaction as the entry, only when the setting
        ``keep_voice_audio`` is on; otherwise it is ignored (discarded).
        """
        text = transcript.text if body is None else body
        if not text.strip() and not title.strip():
            raise ValidationError(
                "No speech was recognised, so there is nothing to save. Try again closer to "
                "the microphone, or type your entry."
            )
        keep = audio is not None and bool(session.settings.get("keep_voice_audio"))
        samples = np.asarray(audio, dtype=np.float32).reshape(-1) if keep else None
        if samples is not None and not samples.size:
            samples = None
        now = session.clock()
        entry = build_entry(
            NewEntry(
                title=title,
                body=text,
                tags=tuple(tags),
                source=EntrySource.VOICE,
                voice_duration_s=round(transcript.duration_s, 2),
            ),
            now,
        )
        with session.vault.transaction() as conn:
            JournalRepository(conn).insert(entry)
            if samples is not None:
                AudioRepository(conn).put(
                    entry.id, samples, sample_rate=SAMPLE_RATE, created_at=now
                )
        session.events.publish(Change(Topic.ENTRY, "created", entry.id))
        log.info(
            "voice.saved",
            entry_id=entry.id,
            seconds=round(transcript.duration_s, 1),
            audio_kept=samples is not None,
        )
        return entry

    def load_entry_audio(self, session: Session, entry_id: str) -> Audio | None:
        """The kept recording of an entry (16 kHz mono float32), or None if none was kept."""
        with session.vault.reading() as conn:
            full_id = session.journal.resolve_id(entry_id, conn=conn)
            stored = AudioRepository(conn).get(full_id)
        if stored is None:
            return None
        if stored.sample_rate != SAMPLE_RATE or stored.channels != 1:
            raise FeatureUnavailableError(
                f"The recording of entry {entry_id} is in a format this version cannot play."
            )
        return stored.samples

    def has_entry_audio(self, session: Session, entry_id: str) -> bool:
        with session.vault.reading() as conn:
            return AudioRepository(conn).has(session.journal.resolve_id(entry_id, conn=conn))

    def close(self) -> None:
        self.worker.close()

    def __enter__(self) -> VoiceService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
