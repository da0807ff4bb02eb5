-- 0010: which saved entries the safety check flagged, on which local day, at which level
-- ("concern" or "urgent"). Never words, categories or scores: only enough to see that signs
-- came back on several recent days, which raises a new flag to "urgent". One row per entry;
-- an entry edited so it no longer flags loses its row, a deleted entry takes its row along.
CREATE TABLE safety_flag_days (
    entry_id   TEXT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
    local_day  TEXT NOT NULL,
    severity   TEXT NOT NULL CHECK (severity IN ('concern', 'urgent'))
) WITHOUT ROWID;
CREATE INDEX safety_flag_days_day ON safety_flag_days (local_day);
