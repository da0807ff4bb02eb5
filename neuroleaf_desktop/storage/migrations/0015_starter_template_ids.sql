-- 0015: a starter template's id is the same on every device: 'starter-' and the starter's id
-- (domain/templates.py, starter_template_id), no longer a random one. Templates sync between
-- a person's devices, and the same starter kept on both must be one template, not two. The
-- person's own templates keep their random ids. At most one template per starter is stored
-- ("Restore starter templates" adds only missing ones); the guards keep the upgrade safe
-- even if a vault somehow held two.
UPDATE templates SET id = 'starter-' || starter
WHERE starter != ''
  AND id = (SELECT min(other.id) FROM templates AS other WHERE other.starter = templates.starter)
  AND NOT EXISTS (SELECT 1 FROM templates AS taken WHERE taken.id = 'starter-' || templates.starter);

-- An app before this version did not keep templates, but noted the template items it pulled
-- in sync_items as if held (their hash): after the upgrade their absence here would read as a
-- deletion and be pushed, deleting the templates of the person's other devices. They are
-- noted instead as known but not stored (no hash) and marked 'refetch' (the sync engine's
-- REFETCH), so the next sync fetches each by id and stores it.
UPDATE sync_items SET hash = '', seen_hash = 'refetch' WHERE kind = 'template';
