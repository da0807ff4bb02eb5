-- 0001: journal entries, tags, mood check-ins, activities, settings.
-- Times are UTC text (YYYY-MM-DDTHH:MM:SS.ffffffZ) plus the writer's UTC offset in minutes.
CREATE TABLE entries (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    tz_offset_min    INTEGER NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT 'text' CHECK (source IN ('text', 'voice')),
    voice_duration_s REAL,
    deleted_at       TEXT
);
CREATE INDEX entries_created ON entries (created_at);
CREATE INDEX entries_deleted ON entries (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE entry_tags (
    entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_seq, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_tag ON entry_tags (tag_id);

CREATE TABLE mood_checkins (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    logged_at     TEXT NOT NULL,
    tz_offset_min INTEGER NOT NULL,
    mood          INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    energy        INTEGER CHECK (energy BETWEEN 1 AND 10),
    anxiety       INTEGER CHECK (anxiety BETWEEN 1 AND 10),
    sleep_hours   REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX mood_logged ON mood_checkins (logged_at);

CREATE TABLE checkin_emotions (
    checkin_seq INTEGER NOT NULL REFERENCES mood_checkins (seq) ON DELETE CASCADE,
    emotion     TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (checkin_seq, emotion)
) WITHOUT ROWID;

CREATE TABLE activities (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL DEFAULT 'other',
    icon     TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE checkin_activities (
    checkin_seq INTEGER NOT NULL REFERENCES mood_checkins (seq) ON DELETE CASCADE,
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (checkin_seq, activity_id)
) WITHOUT ROWID;
CREATE INDEX checkin_activities_activity ON checkin_activities (activity_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
