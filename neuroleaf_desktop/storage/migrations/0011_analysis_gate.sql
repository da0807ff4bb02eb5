-- 0011: which learned gate read each stored analysis. '' means the rules' result was stored as
-- the rules read it (MiniLM or the gate's weights were missing, or an older app wrote it);
-- otherwise the gate's weights version ("model key:digest"). When a gate is present, results
-- not read by that very gate are re-analysed in the background, like an analyser upgrade.
ALTER TABLE entry_analyses ADD COLUMN gate TEXT NOT NULL DEFAULT '';
