-- 0003: autosaved editor drafts, a durable background-job table, and key/value run records
-- (e.g. when the daily check last ran).
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    entry_id   TEXT,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    tags_json  TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    payload_ref TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_run_at TEXT NOT NULL,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX jobs_ready ON jobs (state, next_run_at);

CREATE TABLE run_records (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL,
    at     TEXT NOT NULL
) WITHOUT ROWID;
