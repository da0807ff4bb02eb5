"""Kept voice recordings travel as encrypted items: real speech, real vaults, the real server
and PostgreSQL. What arrives must be the same bytes, playable, and nowhere readable on the
server; deleting a recording (or its entry) deletes it on the other device too."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import numpy as np
import pytest

from neuroleaf_desktop.ai.audio import decode_file
from neuroleaf_desktop.ai.stt import Segment, Transcript
from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.services.sync import engine, items, records
from neuroleaf_desktop.services.voice_service import VoiceService
from neuroleaf_desktop.storage.repositories.audio_repo import AudioRepository, pcm16_bytes
from neuroleaf_desktop.storage.repositories.sync_repo import SyncRepository
from neuroleaf_server.testing import PostgresCluster, ServerProcess
from tests.conftest import JFK
from tests.sync.conftest import ACCOUNT_PASSWORD, Device, join


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return decode_file(JFK)


@pytest.fixture
def voice() -> Iterator[VoiceService]:
    service = VoiceService()  # playback and saving only: the Whisper worker never starts
    yield service
    service.close()


def keep(device: Device, voice: VoiceService, audio: np.ndarray, text: str) -> str:
    device.session.settings.set("keep_voice_audio", True)
    seconds = len(audio) / 16_000
    transcript = Transcript(text, (Segment(0.0, seconds, text),), seconds, "en")
    return voice.save_transcript(device.session, transcript, "Spoken", audio=audio).id


def stored(device: Device, entry_id: str) -> bytes | None:
    with device.session.vault.reading() as conn:
        return SyncRepository(conn).audio_bytes(entry_id)


def seqs(device: Device, server: ServerProcess) -> dict[str, int]:
    account = device.sync.account()
    assert account is not None
    page = httpx.get(
        server.url + "/v1/items",
        params={"cursor": 0, "limit": 1000},
        headers={"Authorization": f"Bearer {account.access_token}"},
    ).json()
    return {i["id"]: int(i["seq"]) for i in page["items"]}


def test_a_kept_recording_plays_on_the_other_device_and_leaks_nothing(
    devices: tuple[Device, Device, str],
    server: ServerProcess,
    postgres: PostgresCluster,
    voice: VoiceService,
    speech: np.ndarray,
) -> None:
    a, b, identifier = devices
    canary = f"canary{uuid.uuid4().hex[:12]}"
    entry_id = keep(a, voice, speech, f"ask not {canary}")
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    # Edited after its recording was sent: the entry's newest change now comes after the
    # recording's, so the new device receives the recording before the entry exists.
    a.session.journal.edit(entry_id, EntryPatch(body=f"Ask not, edited. {canary}"))
    a.sync.sync_now()
    account = a.sync.account()
    assert account is not None
    order = seqs(a, server)
    audio_item = items.item_id(account.sync_key, records.AUDIO, entry_id)
    assert order[audio_item] < order[items.item_id(account.sync_key, records.ENTRY, entry_id)]

    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.sync_now()
    original = stored(a, entry_id)
    assert original is not None and stored(b, entry_id) == original  # byte-equal
    played = voice.load_entry_audio(b.session, entry_id)
    assert played is not None
    np.testing.assert_array_equal(played, voice.load_entry_audio(a.session, entry_id))
    assert float(np.max(np.abs(played - speech))) <= 1.0 / 32768 + 1e-7
    assert b.records() == a.records()
    assert a.sync.sync_now().pushed == 0 and b.sync.sync_now().pushed == 0  # settled

    blob = postgres.execute(
        f"SELECT length(blob) FROM items WHERE id = '{audio_item}'",
        server.db_url.rsplit("/", 1)[1],
    )
    padded = int(blob[0][0]) - (1 + 12 + 48 + 12 + 16)  # format, nonces, wrapped key, tag
    assert padded == items.bucket(padded) and padded > len(original)  # a bucket, not a size
    postgres.execute("CHECKPOINT")
    middle = len(original) // 2
    pcm = pcm16_bytes(speech)
    needles = [
        canary.encode(),
        original[middle : middle + 48],  # the compressed recording as the vault keeps it
        pcm[len(pcm) // 2 : len(pcm) // 2 + 48],  # the raw samples
        entry_id.encode(),
    ]
    for folder in (postgres.data, server.folder):
        hits = [
            str(path)
            for path in folder.rglob("*")
            if path.is_file() and any(n in path.read_bytes() for n in needles)
        ]
        assert hits == []


def test_deleting_a_recording_or_its_entry_deletes_it_there_too(
    devices: tuple[Device, Device, str],
    server: ServerProcess,
    voice: VoiceService,
    speech: np.ndarray,
) -> None:
    a, b, identifier = devices
    short = speech[: 16_000 * 3]
    first = keep(a, voice, short, "first recording")
    second = keep(a, voice, short[::-1].copy(), "second recording")
    join(a, b, server, identifier)
    assert stored(b, first) == stored(a, first) and stored(b, second) == stored(a, second)

    with a.session.vault.transaction() as conn:  # the recording only; the entry stays
        AudioRepository(conn).delete(first)
    a.session.journal.purge(second)  # the entry, and with it its recording
    a.sync.sync_now()
    b.sync.sync_now()
    assert stored(b, first) is None and b.session.journal.get(first) is not None
    assert stored(b, second) is None and second not in b.entries()
    assert not voice.has_entry_audio(b.session, first)
    assert b.records() == a.records()


def test_a_recording_too_long_to_sync_stays_and_is_named(
    devices: tuple[Device, Device, str],
    server: ServerProcess,
    voice: VoiceService,
    speech: np.ndarray,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, identifier = devices
    small = keep(a, voice, speech[: 16_000 * 2], "short")
    large = keep(a, voice, speech, "long")
    with a.session.vault.reading() as conn:
        sizes = {k: m["size"] for k, m in SyncRepository(conn).audio_meta().items()}
    # The limit set between the two sizes (the real one, 30 MiB, needs 15 minutes of audio).
    monkeypatch.setattr(records, "MAX_AUDIO_BYTES", (sizes[small] + sizes[large]) // 2)
    monkeypatch.setattr(engine, "PUSH_BYTES", 1)  # and each item in a push of its own
    a.session.journal.add(NewEntry(title="Typed", body="No recording here."))
    join(a, b, server, identifier)
    assert stored(b, small) == stored(a, small)
    assert stored(b, large) is None and b.session.journal.get(large) is not None
    assert stored(a, large) is not None  # kept where it was made
    status = a.sync.status()
    assert status.pending == 0 and status.too_large == 1
    line = status.text(a.session.clock())
    assert "1 voice recording too long to sync (it stays on this computer)" in line
    assert b.sync.status().too_large == 0
