-- 0009: optional end-to-end-encrypted sync. All of it lives inside the encrypted vault.
-- sync_account: the one account this profile syncs with (absent: sync is off). It holds the
--   sync key (unwrapped: the vault itself is the protection) and the session tokens, so sync
--   runs after unlock without asking for the account password again.
-- sync_items: per synced record, the server version and the hash of the content that version
--   holds; a record whose current hash differs was changed here since (change tracking by
--   comparison, so every writer of the vault is covered without touching its code).
--   seen_hash/seen_at: when this device first noticed the current local content
--   (last-writer-wins needs a time for local changes).
-- sync_conflicts: entries created because two devices edited the same entry; the UI lists them.
CREATE TABLE sync_account (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    server_url       TEXT NOT NULL,
    identifier       TEXT NOT NULL,
    account_id       TEXT NOT NULL,
    session_id       TEXT NOT NULL,
    sync_key         BLOB NOT NULL,
    access_token     TEXT NOT NULL,
    refresh_token    TEXT NOT NULL,
    cursor           INTEGER NOT NULL DEFAULT 0,
    last_synced_at   TEXT,
    last_error       TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
);

CREATE TABLE sync_items (
    item_id   TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    local_id  TEXT NOT NULL,
    version   INTEGER NOT NULL DEFAULT 0,
    hash      TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0,
    seen_hash TEXT NOT NULL DEFAULT '',
    seen_at   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    entry_id    TEXT PRIMARY KEY,
    original_id TEXT NOT NULL,
    created_at  TEXT NOT NULL
) WITHOUT ROWID;
