-- 0006: sentence-embedding vectors of entry chunks, for semantic search.
-- Embeddings can be inverted back into text, so they are content: they live here, inside the
-- encrypted vault, and the searchable index (Chroma) is rebuilt from them in memory at unlock.
-- One row per (entry, model, chunk): ``start_char``/``end_char`` locate the chunk in the
-- entry's document text (title, blank line, body) so no text is duplicated; ``content_hash``
-- (sha256 of title + body, as for analyses) tells stale vectors from current ones; ``vector``
-- is ``dim`` little-endian float32 values. Derived data: deleting rows loses nothing (re-embed).
CREATE TABLE entry_chunks (
    id           INTEGER PRIMARY KEY,
    entry_seq    INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    model        TEXT NOT NULL,
    chunk_no     INTEGER NOT NULL CHECK (chunk_no >= 0),
    start_char   INTEGER NOT NULL CHECK (start_char >= 0),
    end_char     INTEGER NOT NULL CHECK (end_char > start_char),
    content_hash TEXT NOT NULL,
    dim          INTEGER NOT NULL CHECK (dim > 0),
    vector       BLOB NOT NULL CHECK (length(vector) = 4 * dim),
    embedded_at  TEXT NOT NULL,
    UNIQUE (entry_seq, model, chunk_no)
);
CREATE INDEX entry_chunks_model ON entry_chunks (model, entry_seq);
