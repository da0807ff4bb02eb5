-- 0007: the recording behind a voice entry, kept only when the person turned on the
-- ``keep_voice_audio`` setting (default off: the audio is discarded after transcription).
-- It lives here, inside the encrypted vault, and nowhere else: never a file on disk.
-- One row per entry, keyed by ``seq`` so purging the entry cascades to its audio.
-- ``codec`` 'pcm16-zlib': little-endian signed 16-bit PCM, interleaved, zlib-compressed.
CREATE TABLE entry_audio (
    entry_seq   INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
    sample_rate INTEGER NOT NULL CHECK (sample_rate > 0),
    channels    INTEGER NOT NULL CHECK (channels > 0),
    codec       TEXT NOT NULL CHECK (codec IN ('pcm16-zlib')),
    duration_s  REAL NOT NULL CHECK (duration_s >= 0),
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
