-- 0005: care features: nudges shown (with their "why"), questionnaire results (PHQ-9, GAD-7),
-- breathing sessions with before/after feelings, and the person's own safety plan.
CREATE TABLE nudges (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    local_day   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'shown'
                CHECK (state IN ('shown', 'opened', 'dismissed'))
) WITHOUT ROWID;
CREATE INDEX nudges_day ON nudges (local_day);

CREATE TABLE questionnaire_results (
    id            TEXT PRIMARY KEY,
    instrument    TEXT NOT NULL,
    taken_at      TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL,
    answers_json  TEXT NOT NULL,
    total         INTEGER NOT NULL,
    band          TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX questionnaire_taken ON questionnaire_results (instrument, taken_at);

CREATE TABLE breathing_sessions (
    id             TEXT PRIMARY KEY,
    pattern        TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    duration_s     INTEGER NOT NULL,
    feeling_before INTEGER CHECK (feeling_before BETWEEN 1 AND 10),
    feeling_after  INTEGER CHECK (feeling_after BETWEEN 1 AND 10),
    nudge_id       TEXT
) WITHOUT ROWID;

CREATE TABLE safety_plan (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    plan_json  TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
