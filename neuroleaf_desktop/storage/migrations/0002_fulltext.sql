-- 0002: full-text search (FTS5) over title, body and tags, inside the encrypted database.
-- The FTS rowid is the entry's seq, so updates and purges touch exactly one index row.
CREATE VIRTUAL TABLE entry_fts USING fts5 (
    title, body, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO entry_fts (rowid, title, body, tags)
SELECT e.seq, e.title, e.body,
       coalesce((SELECT group_concat(t.name, ' ')
                 FROM entry_tags et JOIN tags t ON t.id = et.tag_id
                 WHERE et.entry_seq = e.seq), '')
FROM entries e;
