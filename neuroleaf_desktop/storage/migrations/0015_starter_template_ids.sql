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
