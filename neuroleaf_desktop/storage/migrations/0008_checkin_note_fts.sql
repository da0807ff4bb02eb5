-- 0008: full-text search over check-in notes ("helped" finds the check-in whose note says
-- it), inside the encrypted database like entry_fts. The FTS rowid is the check-in's seq;
-- the mood repository keeps it in step on insert, edit and purge.
CREATE VIRTUAL TABLE checkin_fts USING fts5 (
    note,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO checkin_fts (rowid, note)
SELECT m.seq, m.note FROM mood_checkins m WHERE m.note <> '';
