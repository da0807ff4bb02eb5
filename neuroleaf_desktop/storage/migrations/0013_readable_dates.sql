-- 0013: every stored time readable again. Before schema 13 the app wrote a time's year with
-- strftime, which drops leading zeros, so a record dated before the year 1000 (a Day One
-- export's "0001-01-01", a broken clock) was stored as '1-01-01T…', which no read can parse:
-- one such entry stopped the whole journal from listing. A time is sound when it has the
-- canonical shape and a year the app keeps (1000-9998, the range it now enforces on entry).
-- An unsound time takes the record's other own time when that is sound (an entry's last
-- edit, a check-in's saving time), else the moment of this upgrade: the date was never
-- known, and the person's words are kept whole either way.

UPDATE entries
SET created_at = CASE
    WHEN updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
         AND substr(updated_at, 1, 4) BETWEEN '1000' AND '9998'
    THEN updated_at
    ELSE strftime('%Y-%m-%dT%H:%M:%S.000000Z', 'now') END
WHERE NOT (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
           AND substr(created_at, 1, 4) BETWEEN '1000' AND '9998');

UPDATE entries
SET updated_at = created_at
WHERE NOT (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
           AND substr(updated_at, 1, 4) BETWEEN '1000' AND '9998');

UPDATE entries
SET deleted_at = updated_at
WHERE deleted_at IS NOT NULL
  AND NOT (deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
           AND substr(deleted_at, 1, 4) BETWEEN '1000' AND '9998');

UPDATE mood_checkins
SET logged_at = CASE
    WHEN created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
         AND substr(created_at, 1, 4) BETWEEN '1000' AND '9998'
    THEN created_at
    ELSE strftime('%Y-%m-%dT%H:%M:%S.000000Z', 'now') END
WHERE NOT (logged_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
           AND substr(logged_at, 1, 4) BETWEEN '1000' AND '9998');

UPDATE mood_checkins
SET created_at = logged_at
WHERE NOT (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
           AND substr(created_at, 1, 4) BETWEEN '1000' AND '9998');

UPDATE mood_checkins
SET deleted_at = created_at
WHERE deleted_at IS NOT NULL
  AND NOT (deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
           AND substr(deleted_at, 1, 4) BETWEEN '1000' AND '9998');
