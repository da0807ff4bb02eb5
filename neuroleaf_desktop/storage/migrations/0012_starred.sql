-- 0012: starred entries, the person's own mark for the entries that matter to them (Day One's
-- star, jrnl's *). 0 or 1; a partial index keeps "only starred, newest first" a short walk.
-- Importers used to write a star as the tag "starred": that tag is what the person meant by a
-- star, so it becomes the flag and the tag goes (from the entries, the tag list and the
-- full-text index of those entries, so searching "starred" no longer finds them by the tag).
ALTER TABLE entries ADD COLUMN starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1));
CREATE INDEX entries_starred ON entries (created_at) WHERE starred = 1;

UPDATE entries SET starred = 1
WHERE seq IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t ON t.id = et.tag_id
              WHERE t.name = 'starred');
DELETE FROM entry_tags WHERE tag_id IN (SELECT id FROM tags WHERE name = 'starred');
DELETE FROM tags WHERE name = 'starred';
UPDATE entry_fts
SET tags = coalesce((SELECT group_concat(name, ' ')
                     FROM (SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
                           WHERE et.entry_seq = entry_fts.rowid ORDER BY et.position)), '')
WHERE rowid IN (SELECT seq FROM entries WHERE starred = 1);

-- A new entry starred before its first save keeps the star in its autosaved draft, so a crash
-- before that save loses neither the words nor the mark.
ALTER TABLE drafts ADD COLUMN starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1));
