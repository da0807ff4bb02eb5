-- 0014: entry templates, the shapes a person starts an entry from (an evening review, a
-- gratitude list). A template's text is as private as an entry, so it lives here in the vault.
-- name_key is the name without case: two templates may not share a name however it is typed.
-- starter names the starter template a row came from ('' for the person's own), so "Restore
-- starter templates" knows which ones are missing.
CREATE TABLE templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    tags_json  TEXT NOT NULL DEFAULT '[]',
    position   INTEGER NOT NULL,
    starter    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- The template lines an entry was made with, as filled (its title and its body's lines): the
-- app's questions, not the person's words. Readers that judge the person's text (analysis,
-- the safety check, insights) set the lines still unchanged aside; the entry itself is shown
-- and exported exactly as written. Goes with its entry when the entry is purged.
CREATE TABLE entry_template_lines (
    entry_seq  INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
    title      TEXT NOT NULL DEFAULT '',
    lines_json TEXT NOT NULL DEFAULT '[]'
);

-- A new entry's autosaved draft keeps the template lines it was started with (JSON of title
-- and lines, NULL for none), so an entry saved from a draft restored after a crash still sets
-- its template's questions aside.
ALTER TABLE drafts ADD COLUMN template_json TEXT;
