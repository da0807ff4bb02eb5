"""Keeping the recording of a voice entry: encrypted in the vault, or discarded (the default).

Real audio (the JFK sample, decoded to 16 kHz float32), a real vault and the real service; the
transcript is built directly (transcription itself is covered in test_voice_service.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from neuroleaf_desktop.ai.audio import SAMPLE_RATE, decode_file
from neuroleaf_desktop.ai.stt import Segment, Transcript
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.voice_service import VoiceService
from neuroleaf_desktop.storage.repositories import audio_repo, journal_repo
from neuroleaf_desktop.storage.repositories.audio_repo import AudioRepository, pcm16_bytes
from neuroleaf_desktop.storage.vault import DatabaseError
from tests.conftest import JFK, PASSPHRASE
from tests.support.privacy import all_files, make_canary, scan

AUDIO_SUFFIXES = {".wav", ".flac", ".raw", ".pcm", ".mp3", ".ogg", ".m4a", ".opus"}
PCM_STEP = 1.0 / 32768.0  # one int16 quantisation step


@pytest.fixture(scope="module")
def jfk_audio() -> np.ndarray:
    assert JFK.is_file(), f"test speech {JFK} is missing (tests/data/audio)"
    return decode_file(JFK)


@pytest.fixture
def voice() -> Iterator[VoiceService]:
    service = VoiceService()  # no transcription here: the worker process is never started
    yield service
    service.close()


def transcript_of(audio: np.ndarray, text: str = "ask not what your country can do") -> Transcript:
    seconds = len(audio) / SAMPLE_RATE
    return Transcript(text, (Segment(0.0, seconds, text),), seconds, "en")


def audio_rows(session: Session) -> int:
    with session.vault.reading() as conn:
        return AudioRepository(conn).count()


def test_kept_audio_round_trips_through_the_vault(
    voice: VoiceService, session: Session, jfk_audio: np.ndarray
) -> None:
    session.settings.set("keep_voice_audio", True)
    seen: list[Change] = []
    session.events.subscribe(seen.append)
    entry = voice.save_transcript(
        session, transcript_of(jfk_audio), "JFK", ("speech",), audio=jfk_audio
    )
    assert Change(Topic.ENTRY, "created", entry.id) in seen  # same event as journal.add
    assert session.journal.get(entry.id).voice_duration_s == pytest.approx(11.0, abs=0.2)
    assert voice.has_entry_audio(session, entry.id)
    assert voice.has_entry_audio(session, entry.id[:8])  # ids resolve as everywhere else

    loaded = voice.load_entry_audio(session, entry.id)
    assert loaded is not None and loaded.dtype == np.float32
    assert loaded.shape == jfk_audio.shape
    assert float(np.max(np.abs(loaded - jfk_audio))) <= PCM_STEP + 1e-7
    assert len(loaded) / SAMPLE_RATE == pytest.approx(11.0, abs=0.1)
    with session.vault.reading() as conn:
        stored = AudioRepository(conn).get(entry.id)
        size = conn.execute("SELECT length(data) FROM entry_audio").fetchone()[0]
    assert stored is not None
    assert (stored.sample_rate, stored.channels) == (SAMPLE_RATE, 1)
    assert stored.duration_s == pytest.approx(11.0, abs=0.1)
    assert size < len(jfk_audio) * 2  # compressed int16, not raw float32


def test_default_discards_the_audio(
    voice: VoiceService, session: Session, jfk_audio: np.ndarray
) -> None:
    assert session.settings.get("keep_voice_audio") is False
    entry = voice.save_transcript(session, transcript_of(jfk_audio), audio=jfk_audio)
    assert session.journal.get(entry.id).body.startswith("ask not")
    assert voice.load_entry_audio(session, entry.id) is None
    assert not voice.has_entry_audio(session, entry.id)
    assert audio_rows(session) == 0


def test_purge_removes_the_audio(
    voice: VoiceService, session: Session, jfk_audio: np.ndarray
) -> None:
    session.settings.set("keep_voice_audio", True)
    kept = voice.save_transcript(session, transcript_of(jfk_audio), audio=jfk_audio)
    other = voice.save_transcript(session, transcript_of(jfk_audio[:SAMPLE_RATE]), audio=jfk_audio)
    assert audio_rows(session) == 2
    session.journal.delete(kept.id)  # the trash keeps it (restorable) …
    assert voice.load_entry_audio(session, kept.id) is not None
    session.journal.purge(kept.id)  # … purging deletes it for good, by FK cascade
    assert audio_rows(session) == 1
    assert voice.has_entry_audio(session, other.id)

    session.journal.delete(other.id)
    assert session.journal.purge_expired(retention_days=0) == 1
    assert audio_rows(session) == 0


def test_a_failing_save_stores_neither_entry_nor_audio(
    voice: VoiceService,
    session: Session,
    jfk_audio: np.ndarray,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session.settings.set("keep_voice_audio", True)

    def broken_index(self: Any, *args: Any) -> None:
        raise DatabaseError("simulated failure while indexing the entry")

    with monkeypatch.context() as patch:  # the entry row is inserted, then its insert fails
        patch.setattr(journal_repo.JournalRepository, "_index", broken_index)
        with pytest.raises(DatabaseError, match="simulated"):
            voice.save_transcript(session, transcript_of(jfk_audio), audio=jfk_audio)
    assert session.journal.count() == 0 and audio_rows(session) == 0

    def broken_encode(_samples: Any) -> bytes:
        raise MemoryError("simulated failure while compressing the audio")

    with monkeypatch.context() as patch:  # the entry is in, then storing the audio fails
        patch.setattr(audio_repo, "encode_pcm16", broken_encode)
        with pytest.raises(MemoryError):
            voice.save_transcript(session, transcript_of(jfk_audio), audio=jfk_audio)
    assert session.journal.count() == 0 and audio_rows(session) == 0

    entry = voice.save_transcript(session, transcript_of(jfk_audio), audio=jfk_audio)
    assert session.journal.count() == 1 and voice.has_entry_audio(session, entry.id)


def test_kept_audio_never_reaches_the_disk_in_the_clear(
    voice: VoiceService, store: ProfileStore, home: Path, jfk_audio: np.ndarray
) -> None:
    tmp = home.parent / "tmp"
    canary = make_canary()
    session, _recovery = store.create("Private", PASSPHRASE)
    session.settings.set("keep_voice_audio", True)
    text = f"my secret word is {canary}"
    entry = voice.save_transcript(session, transcript_of(jfk_audio, text), audio=jfk_audio)
    assert voice.has_entry_audio(session, entry.id)
    session.close()  # checkpoints the WAL into vault.db

    assert scan([home, tmp], canary) == []
    files = all_files([home, tmp])
    assert [p for p in files if p.suffix.lower() in AUDIO_SUFFIXES] == []
    vaults = [p for p in files if p.name.startswith("vault.db")]
    assert vaults, "the vault file should exist"
    pcm = pcm16_bytes(jfk_audio)
    start = 2 * (len(jfk_audio) // 2)  # mid-speech: a run of varied samples, not silence
    needle = pcm[start : start + 64]
    assert len(set(needle)) > 16
    assert pcm.count(needle) == 1  # a distinctive run of the recording
    compressed = audio_repo.encode_pcm16(jfk_audio)
    blob_needle = compressed[len(compressed) // 2 : len(compressed) // 2 + 64]
    for path in files:
        data = path.read_bytes()
        assert needle not in data, f"raw PCM of the recording found in {path}"
        assert blob_needle not in data, f"the unencrypted audio blob found in {path}"

    reopened = store.open("Private", PASSPHRASE)
    try:
        loaded = voice.load_entry_audio(reopened, entry.id)
        assert loaded is not None and len(loaded) == len(jfk_audio)
    finally:
        reopened.close()
