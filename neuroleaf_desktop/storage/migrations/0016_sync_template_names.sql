-- 0016: a template that arrives by sync under a name another template here holds is renamed
-- visibly for the time being ("Notes (2)"), and takes its own name back once no other
-- template holds it (the other device renamed the old holder away in a change that arrives
-- later). What that needs is kept here, inside the vault like the rest of the sync state,
-- so a sync that breaks off (the network drops, the app dies) leaves the next sync to settle
-- the name as an unbroken one would have.
-- sync_template_names: per template renamed on arrival, the name it arrived with and the
--   name it was given here; held = 1 once a pull ended with the name still taken: such a
--   rename is sent to the other devices only if the name is still taken at the end of the
--   next pull (the other device may have been between two push batches). A template the
--   person renamed or deleted since is their choice: its row is forgotten.
CREATE TABLE sync_template_names (
    template_id  TEXT PRIMARY KEY,
    arrived_name TEXT NOT NULL,
    given_name   TEXT NOT NULL,
    held         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
