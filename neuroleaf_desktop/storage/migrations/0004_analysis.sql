-- 0004: per-entry analysis (sentiment, emotions, stress keywords) and job-queue bookkeeping.
-- One row per (entry, analyser): a newer analyser can be introduced next to an older one, and
-- ``content_hash`` (sha256 of title + body) tells a stale analysis from a current one without
-- comparing timestamps. Analyses are derived data: deleting them loses nothing (re-run).
CREATE TABLE entry_analyses (
    entry_seq            INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    analyser             TEXT NOT NULL,
    analyser_version     INTEGER NOT NULL,
    compound             REAL NOT NULL CHECK (compound BETWEEN -1 AND 1),
    positive             REAL NOT NULL CHECK (positive BETWEEN 0 AND 1),
    neutral              REAL NOT NULL CHECK (neutral BETWEEN 0 AND 1),
    negative             REAL NOT NULL CHECK (negative BETWEEN 0 AND 1),
    emotions_json        TEXT NOT NULL DEFAULT '{}',
    stress_keywords_json TEXT NOT NULL DEFAULT '[]',
    content_hash         TEXT NOT NULL,
    analysed_at          TEXT NOT NULL,
    PRIMARY KEY (entry_seq, analyser)
) WITHOUT ROWID;

-- Which worker holds a running job ("pid:token"), so start-up recovery requeues only jobs whose
-- worker is gone, not the jobs another live process (e.g. the CLI next to the app) is running.
ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT '';

-- De-duplicating enqueue ("is this entry already queued for analysis?") and the per-kind
-- status counts look jobs up by kind and payload.
CREATE INDEX jobs_kind_payload ON jobs (kind, payload_ref, state);
