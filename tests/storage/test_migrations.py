"""Upgrading vaults created by every earlier schema version."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.migrator import LATEST_VERSION, MIGRATIONS
from neuroleaf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

T = "2024-03-05T08:30:00.000000Z"


def seed_v1(conn: Any) -> None:
    """Data as a version-1 app wrote it (raw SQL of that schema)."""
    conn.execute(
        "INSERT INTO entries (id, created_at, updated_at, tz_offset_min, title, body) "
        "VALUES ('e1', ?, ?, 60, 'Old entry', 'the lighthouse at dawn')",
        (T, T),
    )
    conn.execute("INSERT INTO tags (name) VALUES ('sea')")
    conn.execute("INSERT INTO entry_tags (entry_seq, tag_id) VALUES (1, 1)")
    conn.execute(
        "INSERT INTO mood_checkins (id, logged_at, tz_offset_min, mood, created_at) "
        "VALUES ('m1', ?, 60, 6, ?)",
        (T, T),
    )
    conn.execute("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')")


def seed_v2(conn: Any) -> None:
    seed_v1(conn)
    conn.execute(
        "INSERT INTO entries (id, created_at, updated_at, tz_offset_min, title, body) "
        "VALUES ('e2', ?, ?, 60, 'Second', 'harbour lights')",
        (T, T),
    )
    # A version-2 app indexed every entry it wrote.
    conn.execute(
        "INSERT INTO entry_fts (rowid, title, body, tags) "
        "VALUES (1, 'Old entry', 'the lighthouse at dawn', 'sea')"
    )
    conn.execute(
        "INSERT INTO entry_fts (rowid, title, body, tags) "
        "VALUES (2, 'Second', 'harbour lights', '')"
    )


def seed_v3(conn: Any) -> None:
    """v2 data plus what version 3 added: an autosaved draft and a queued job (payload: id)."""
    seed_v2(conn)
    conn.execute(
        "INSERT INTO drafts (id, entry_id, title, body, tags_json, updated_at) "
        "VALUES ('d0', 'e1', 'Draft', 'half a thought', '[]', ?)",
        (T,),
    )
    conn.execute(
        "INSERT INTO jobs (kind, payload_ref, state, attempts, next_run_at, created_at, "
        "updated_at) VALUES ('analyse_entry', 'e2', 'queued', 0, ?, ?, ?)",
        (T, T, T),
    )


SEEDERS = {1: seed_v1, 2: seed_v2, 3: seed_v3}


def test_every_version_has_a_seeder() -> None:
    assert set(SEEDERS) == set(range(1, LATEST_VERSION)), "add a seeder for the new version"
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_upgrade_from_every_earlier_version(home: Path, version: int) -> None:
    folder = home / "old"
    vault, _ = Vault.create(folder, "Old", PASSPHRASE, schema_version=version)
    assert vault.schema_version() == version
    with vault.transaction() as conn:
        SEEDERS[version](conn)
    vault.lock()

    reopened = Vault(folder)
    reopened.unlock(PASSPHRASE)  # migrates to the latest version
    assert reopened.schema_version() == LATEST_VERSION
    session = Session(reopened, "old")
    entry = session.journal.get("e1")
    assert entry.title == "Old entry" and entry.tags == ("sea",)
    assert entry.tz_offset_min == 60
    assert [h.entry_id for h in session.journal.search("lighthouse")] == ["e1"]
    assert [h.entry_id for h in session.journal.search("sea")] == ["e1"]  # tags indexed
    assert session.mood.get("m1").mood == 6
    assert session.settings.get("theme") == "dark"
    if version >= 2:
        assert [h.entry_id for h in session.journal.search("harbour")] == ["e2"]
    if version >= 3:
        assert [d.id for d in session.drafts.list()] == ["d0"]
        with reopened.reading() as conn:
            job = conn.execute("SELECT kind, payload_ref, state, owner FROM jobs").fetchone()
        assert tuple(job) == ("analyse_entry", "e2", "queued", "")
    # New-version features work on the upgraded vault.
    session.drafts.save("d1", "t", "draft body")
    assert "d1" in [d.id for d in session.drafts.list()]
    assert reopened.integrity_check() == []
    session.close()


def test_failed_migration_rolls_back(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from neuroleaf_desktop.storage import migrator

    folder = home / "v1"
    vault, _ = Vault.create(folder, "V1", PASSPHRASE, schema_version=1)
    vault.lock()
    broken = migrator.Migration(2, "broken", "CREATE TABLE ok_part (x);\nTHIS IS NOT SQL;")
    with monkeypatch.context() as patch:
        patch.setattr(migrator, "MIGRATIONS", [MIGRATIONS[0], broken])
        with pytest.raises(Exception, match="syntax"):
            Vault(folder).unlock(PASSPHRASE)
    again = Vault(folder)
    again.unlock(PASSPHRASE)  # the real migrations still apply cleanly afterwards
    with again.reading() as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "ok_part" not in names
    assert again.schema_version() == LATEST_VERSION
    again.lock()


def seed_v4(conn: Any) -> None:
    """A version-4 app: v3 data plus a stored analysis of e1."""
    SEEDERS[3](conn)
    conn.execute(
        "INSERT INTO entry_analyses (entry_seq, analyser, analyser_version, compound, positive,"
        " neutral, negative, content_hash, analysed_at) "
        "VALUES (1, 'lexicon', 1, 0.5, 0.4, 0.6, 0.0, 'x', ?)",
        (T,),
    )


SEEDERS[4] = seed_v4


def seed_v5(conn: Any) -> None:
    """A version-5 app: v4 data plus care rows (a nudge shown, a questionnaire result)."""
    SEEDERS[4](conn)
    conn.execute(
        "INSERT INTO nudges (id, kind, created_at, local_day, reason, state) "
        "VALUES ('n1', 'breathing', ?, '2024-03-05', 'mood dipped three days', 'shown')",
        (T,),
    )
    conn.execute(
        "INSERT INTO questionnaire_results (id, instrument, taken_at, tz_offset_min, "
        "answers_json, total, band) VALUES ('q1', 'phq9', ?, 60, '[1,1,1,1,1,1,1,1,0]', 8, "
        "'mild')",
        (T,),
    )


SEEDERS[5] = seed_v5


def seed_v6(conn: Any) -> None:
    """A version-6 app: v5 data plus a stored embedding chunk of e1 (one 4-dim vector)."""
    SEEDERS[5](conn)
    conn.execute(
        "INSERT INTO entry_chunks (entry_seq, model, chunk_no, start_char, end_char, "
        "content_hash, dim, vector, embedded_at) VALUES (1, 'minilm', 0, 0, 9, 'x', 4, ?, ?)",
        (bytes(16), T),
    )


SEEDERS[6] = seed_v6


def seed_v7(conn: Any) -> None:
    """A version-7 app: v6 data plus a check-in with a note (notes were not indexed yet)."""
    SEEDERS[6](conn)
    conn.execute(
        "INSERT INTO mood_checkins (id, logged_at, tz_offset_min, mood, note, created_at) "
        "VALUES ('m2', ?, 60, 7, 'the walk helped', ?)",
        (T, T),
    )


SEEDERS[7] = seed_v7


def seed_v8(conn: Any) -> None:
    """A version-8 app wrote what version 7 did (8 only indexed check-in notes)."""
    SEEDERS[7](conn)


SEEDERS[8] = seed_v8


def seed_v9(conn: Any) -> None:
    """A version-9 app wrote what version 8 did (9 only added sync bookkeeping, empty)."""
    SEEDERS[8](conn)


SEEDERS[9] = seed_v9


def test_upgrade_to_sync_schema_leaves_sync_off(tmp_path: Path) -> None:
    """Version 9 adds sync bookkeeping; an upgraded vault is not signed in to anything."""
    vault, _ = Vault.create(tmp_path / "p", "Old", PASSPHRASE, schema_version=8)
    with vault.transaction() as conn:
        seed_v8(conn)
    vault.lock()
    reopened = Vault(tmp_path / "p")
    reopened.unlock(PASSPHRASE)
    with reopened.reading() as conn:
        assert conn.execute("SELECT count(*) FROM sync_account").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM sync_items").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM mood_checkins").fetchone()[0] == 2
    reopened.lock()


def test_checkin_notes_written_before_the_index_are_found(home: Path) -> None:
    from neuroleaf_desktop.services.search_service import search_checkin_notes

    folder = home / "v7"
    vault, _ = Vault.create(folder, "V7", PASSPHRASE, schema_version=7)
    with vault.transaction() as conn:
        seed_v7(conn)
    vault.lock()
    reopened = Vault(folder)
    reopened.unlock(PASSPHRASE)
    assert [r.checkin_id for r in search_checkin_notes(reopened, "helped")] == ["m2"]
    reopened.lock()


def seed_v10(conn: Any) -> None:
    """A version-10 app: v9 data plus a safety-day row for e1."""
    SEEDERS[9](conn)
    conn.execute(
        "INSERT INTO safety_flag_days (entry_id, local_day, severity) "
        "VALUES ('e1', '2024-03-05', 'concern')"
    )


SEEDERS[10] = seed_v10


def test_analyses_stored_before_the_gate_column_read_as_ungated(tmp_path: Path) -> None:
    """Version 11 records which learned gate read an analysis; older rows were not gated."""
    from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository

    vault, _ = Vault.create(tmp_path / "p", "Old", PASSPHRASE, schema_version=10)
    with vault.transaction() as conn:
        seed_v10(conn)
    vault.lock()
    reopened = Vault(tmp_path / "p")
    reopened.unlock(PASSPHRASE)
    with reopened.reading() as conn:
        stored = AnalysisRepository(conn).get("e1", "lexicon")
        outdated_for_gate = AnalysisRepository(conn).outdated("lexicon", 1, "minilm:abc")
        outdated_without = AnalysisRepository(conn).outdated("lexicon", 1)
    assert stored is not None and stored.gate == "" and stored.analyser_version == 1
    # the seeded hash 'x' is stale anyway, so both list e1; e2 has no analysis at all
    assert outdated_for_gate == outdated_without == ["e1", "e2"]
    reopened.lock()


def seed_v11(conn: Any) -> None:
    """A version-11 app: v10 data plus an entry an importer starred the old way, as the tag
    "starred" beside one of its own (and indexed with it)."""
    SEEDERS[10](conn)
    conn.execute(
        "INSERT INTO entries (id, created_at, updated_at, tz_offset_min, title, body) "
        "VALUES ('e3', ?, ?, 60, 'Kept', 'the orchard in blossom')",
        (T, T),
    )
    conn.execute("INSERT INTO tags (name) VALUES ('starred'), ('spring')")
    conn.execute(
        "INSERT INTO entry_tags (entry_seq, tag_id, position) "
        "SELECT 3, id, CASE name WHEN 'spring' THEN 0 ELSE 1 END FROM tags "
        "WHERE name IN ('starred', 'spring')"
    )
    conn.execute(
        "INSERT INTO entry_fts (rowid, title, body, tags) "
        "VALUES (3, 'Kept', 'the orchard in blossom', 'spring starred')"
    )


SEEDERS[11] = seed_v11


def _upgraded(tmp_path: Path, seed: Any, version: int = 11) -> tuple[Vault, Session]:
    vault, _ = Vault.create(tmp_path / "p", "Old", PASSPHRASE, schema_version=version)
    with vault.transaction() as conn:
        seed(conn)
    vault.lock()
    reopened = Vault(tmp_path / "p")
    reopened.unlock(PASSPHRASE)
    assert reopened.schema_version() == LATEST_VERSION
    return reopened, Session(reopened, "old")


def test_a_schema_11_vault_keeps_every_entry_and_none_is_starred(tmp_path: Path) -> None:
    _vault, session = _upgraded(tmp_path, seed_v10)
    entries = session.journal.list()
    assert sorted(e.id for e in entries) == ["e1", "e2"]
    assert not any(e.starred for e in entries)
    assert session.journal.list(EntryFilter(starred=True)) == []
    assert session.journal.get("e1").tags == ("sea",)
    session.close()


def test_the_importers_starred_tag_becomes_the_flag(tmp_path: Path) -> None:
    """The tag exactly "starred" is what an importer wrote for a star: it becomes the flag,
    leaves the entry, the tag list and the index; the entry's own tags stay in order."""
    vault, session = _upgraded(tmp_path, seed_v11)
    kept = session.journal.get("e3")
    assert kept.starred and kept.tags == ("spring",)
    assert [e.id for e in session.journal.list(EntryFilter(starred=True))] == ["e3"]
    assert not session.journal.get("e1").starred and not session.journal.get("e2").starred
    assert "starred" not in dict(session.journal.tags())
    assert session.journal.search("starred") == []
    assert [h.entry_id for h in session.journal.search("spring")] == ["e3"]
    assert [h.entry_id for h in session.journal.search("orchard")] == ["e3"]
    assert vault.integrity_check() == []
    session.close()


def test_only_the_exact_tag_starred_is_taken_as_a_star(tmp_path: Path) -> None:
    def seed(conn: Any) -> None:
        seed_v10(conn)
        conn.execute("INSERT INTO tags (name) VALUES ('starred-later'), ('stars')")
        conn.execute(
            "INSERT INTO entry_tags (entry_seq, tag_id, position) "
            "SELECT 1, id, 1 FROM tags WHERE name = 'starred-later'"
        )
        conn.execute(
            "INSERT INTO entry_tags (entry_seq, tag_id, position) "
            "SELECT 2, id, 0 FROM tags WHERE name = 'stars'"
        )

    _vault, session = _upgraded(tmp_path, seed)
    assert session.journal.get("e1").tags == ("sea", "starred-later")
    assert session.journal.get("e2").tags == ("stars",)
    assert session.journal.list(EntryFilter(starred=True)) == []
    session.close()


def test_listing_starred_entries_uses_the_partial_index(tmp_path: Path) -> None:
    vault, session = _upgraded(tmp_path, seed_v11)
    with vault.reading() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT e.id FROM entries e "
                "WHERE e.deleted_at IS NULL AND e.starred = 1 ORDER BY e.created_at DESC"
            )
        )
    assert "entries_starred" in plan
    session.close()


def seed_v12(conn: Any) -> None:
    """A version-12 app: v11 data plus the times it stored broken. Its strftime dropped a
    year's leading zeros ('1-01-01T…' for a Day One entry dated 0001-01-01), and it kept the
    year 9999 (a file's "no date"); the app now holds only the years 1000 to 9998."""
    SEEDERS[11](conn)
    rows = [
        # id, created_at, updated_at, deleted_at
        ("d1", "1-01-01T00:00:00.000000Z", T, None),  # an import: its last edit is sound
        ("d2", "1-01-01T00:00:00.000000Z", "1-01-01T00:00:00.000000Z", None),  # nothing sound
        ("d3", "9999-12-31T23:59:59.000000Z", T, None),
        ("d4", T, T, "999-05-01T10:00:00.000000Z"),  # in the trash, a broken trash time
    ]
    for entry_id, created, updated, deleted in rows:
        conn.execute(
            "INSERT INTO entries (id, created_at, updated_at, tz_offset_min, title, body, "
            "deleted_at) VALUES (?, ?, ?, -300, 'Imported', 'salt marsh at low tide', ?)",
            (entry_id, created, updated, deleted),
        )
    conn.execute(
        "INSERT INTO mood_checkins (id, logged_at, tz_offset_min, mood, created_at) "
        "VALUES ('c1', '1-03-01T08:00:00.000000Z', -300, 4, ?), "
        "('c2', '1-03-01T08:00:00.000000Z', -300, 5, '1-03-01T08:00:00.000000Z')",
        (T,),
    )


SEEDERS[12] = seed_v12


def test_times_stored_broken_are_mended_and_the_journal_lists_again(tmp_path: Path) -> None:
    """Every entry and check-in is kept, word for word; an unreadable or impossible time
    takes the record's other sound time, else the moment of the upgrade."""
    before = datetime.now(UTC).replace(microsecond=0)
    vault, _ = Vault.create(tmp_path / "p", "Old", PASSPHRASE, schema_version=12)
    with vault.transaction() as conn:
        seed_v12(conn)
    vault.lock()
    reopened = Vault(tmp_path / "p")
    reopened.unlock(PASSPHRASE)
    assert reopened.schema_version() == LATEST_VERSION
    session = Session(reopened, "old")
    after = datetime.now(UTC)
    listed = {e.id: e for e in session.journal.list(EntryFilter(limit=100))}
    trashed = {e.id: e for e in session.journal.list(EntryFilter(deleted=True, limit=100))}
    assert set(listed) == {"e1", "e2", "e3", "d1", "d2", "d3"} and set(trashed) == {"d4"}
    stamp = datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert listed["d1"].created_at == listed["d1"].updated_at == stamp
    assert before <= listed["d2"].created_at <= after
    assert listed["d2"].updated_at == listed["d2"].created_at
    assert listed["d3"].created_at == stamp
    assert trashed["d4"].deleted_at == stamp and trashed["d4"].created_at == stamp
    assert all(
        e.body == "salt marsh at low tide"
        for e in (*listed.values(), trashed["d4"])
        if e.id.startswith("d")
    )
    assert listed["e1"].created_at == stamp  # sound times are not touched
    assert session.mood.get("c1").logged_at == stamp
    assert before <= session.mood.get("c2").logged_at <= after
    assert reopened.integrity_check() == []
    session.close()


def seed_v13(conn: Any) -> None:
    """A version-13 app: v11 data and a starred entry with sound times, before templates.
    (Its times are already mended: a v13 app never stores the broken ones v12 did.)"""
    SEEDERS[11](conn)
    conn.execute(
        "INSERT INTO entries (id, created_at, updated_at, tz_offset_min, title, body, starred) "
        "VALUES ('d1', ?, ?, 60, 'Kept', 'a quiet morning by the harbour wall', 1)",
        (T, T),
    )


SEEDERS[13] = seed_v13


def test_a_schema_13_vault_gains_templates_and_keeps_its_entries(tmp_path: Path) -> None:
    """The upgrade adds the template catalogue (the starters, offered once) and leaves every
    entry as it was, none of them marked as made from a template."""
    vault, _ = Vault.create(tmp_path / "p", "Old", PASSPHRASE, schema_version=13)
    with vault.transaction() as conn:
        seed_v13(conn)
    vault.lock()
    reopened = Vault(tmp_path / "p")
    reopened.unlock(PASSPHRASE)
    assert reopened.schema_version() == LATEST_VERSION
    session = Session(reopened, "old")
    listed = session.journal.list(EntryFilter(limit=100))
    assert {e.id for e in listed} >= {"e1", "e2", "e3", "d1"}
    assert all(session.journal.template_lines(e.id) is None for e in listed)
    names = [x.name for x in session.journal.templates.list()]
    assert "Evening review" in names and len(names) == len(set(names))
    session.journal.purge("e1")  # an entry's template lines, had it any, go with it
    assert reopened.integrity_check() == []
    session.close()


def seed_v14(conn: Any) -> None:
    """A schema-14 vault: entries, a starter template under the random id version 14 gave it
    (renamed and edited by the person), another starter untouched, and one of the person's
    own templates that an entry was made from."""
    seed_v13(conn)
    rows = (
        ("6f1c2a9e-0000-4000-8000-000000000001", "My evenings", "evening-review", 0),
        ("6f1c2a9e-0000-4000-8000-000000000002", "Gratitude list", "gratitude", 1),
        ("6f1c2a9e-0000-4000-8000-000000000003", "Walk log", "", 2),
    )
    for template_id, name, starter, position in rows:
        conn.execute(
            "INSERT INTO templates (id, name, name_key, title, body, tags_json, position, "
            "starter, created_at, updated_at) VALUES (?, ?, ?, '', 'Where did I go?', '[]', ?, "
            "?, ?, ?)",
            (template_id, name, name.casefold(), position, starter, T, T),
        )
    conn.execute(
        "INSERT INTO run_records (name, value, at) VALUES ('templates.starters_offered', '1', ?)",
        (T,),
    )
    conn.execute(
        "INSERT INTO entry_template_lines (entry_seq, title, lines_json) "
        "SELECT seq, '', '[\"Where did I go?\"]' FROM entries WHERE id = 'e1'"
    )
    # what a version-14 app noted of items it pulled: an entry it stored, and a template a
    # newer device pushed, which it did not store but noted with its hash all the same
    for item, kind, local_id in (("i-entry", "entry", "e1"), ("i-template", "template", "t9")):
        conn.execute(
            "INSERT INTO sync_items (item_id, kind, local_id, version, hash, deleted, seen_hash, "
            "seen_at) VALUES (?, ?, ?, 3, 'h3', 0, 'h3', ?)",
            (item, kind, local_id, T),
        )


SEEDERS[14] = seed_v14


def test_a_schema_14_vault_gives_its_starter_templates_the_id_every_device_gives_them(
    tmp_path: Path,
) -> None:
    """Starters get the same id on every device (so sync keeps one of each); the person's
    own template keeps its id, every template keeps its words and place, entries keep their
    template lines, and restoring starters adds only the missing ones. A template item the
    older app noted without storing it is marked to be fetched again."""
    vault, _ = Vault.create(tmp_path / "p", "Old", PASSPHRASE, schema_version=14)
    with vault.transaction() as conn:
        seed_v14(conn)
    vault.lock()
    reopened = Vault(tmp_path / "p")
    reopened.unlock(PASSPHRASE)
    assert reopened.schema_version() == LATEST_VERSION
    session = Session(reopened, "old")
    listed = session.journal.templates.list()
    assert [(x.id, x.name, x.position) for x in listed] == [
        ("starter-evening-review", "My evenings", 0),
        ("starter-gratitude", "Gratitude list", 1),
        ("6f1c2a9e-0000-4000-8000-000000000003", "Walk log", 2),
    ]
    assert all(x.body == "Where did I go?" for x in listed)
    assert session.journal.template_lines("e1") is not None
    assert session.journal.templates.restore_starters() == 2  # "A hard day", "Therapy session"
    ids = {x.id for x in session.journal.templates.list()}
    assert {"starter-hard-day", "starter-therapy-session"} <= ids and len(ids) == 5
    with reopened.reading() as conn:
        noted = conn.execute(
            "SELECT item_id, version, hash, seen_hash FROM sync_items ORDER BY item_id"
        ).fetchall()
    # the template the older app never stored is fetched again by id, not taken for deleted
    assert [tuple(r) for r in noted] == [
        ("i-entry", 3, "h3", "h3"),
        ("i-template", 3, "", "refetch"),
    ]
    assert reopened.integrity_check() == []
    session.close()


def seed_v15(conn: Any) -> None:
    """A schema-15 vault that synced: one of the person's templates under a name a version-15
    sync gave it on arrival ("Notes (2)"), noted as synced at version 2."""
    seed_v13(conn)
    conn.execute(
        "INSERT INTO templates (id, name, name_key, title, body, tags_json, position, starter, "
        "created_at, updated_at) VALUES ('t-notes', 'Notes (2)', 'notes (2)', '', 'More?', "
        "'[]', 0, '', ?, ?)",
        (T, T),
    )
    conn.execute(
        "INSERT INTO sync_items (item_id, kind, local_id, version, hash, deleted, seen_hash, "
        "seen_at) VALUES ('i-notes', 'template', 't-notes', 2, 'h2', 0, 'h2', ?)",
        (T,),
    )


SEEDERS[15] = seed_v15


def test_a_schema_15_vault_keeps_its_sync_state_and_can_keep_provisional_names(
    tmp_path: Path,
) -> None:
    """Version 16 adds the table of templates renamed on arrival, empty: a name an older
    sync gave stays as it is (nothing says it was provisional), the per-record sync state
    is untouched, and a template arriving under a taken name is now noted there."""
    from neuroleaf_desktop.services.sync import template_records
    from neuroleaf_desktop.storage.repositories.sync_repo import SyncRepository

    reopened, _session = _upgraded(tmp_path, seed_v15, version=15)
    with reopened.transaction() as conn:
        repo = SyncRepository(conn)
        assert repo.renamed_templates() == {}
        noted = repo.item("i-notes")
        assert noted is not None and (noted.version, noted.hash) == (2, "h2")
        data = template_records.read_one(conn, "t-notes")
        assert data is not None and data["name"] == "Notes (2)"
        template_records.apply(conn, "t-other", {**data, "name": "notes (2)"})
        assert [(x, r.given) for x, r in repo.renamed_templates().items()] == [
            ("t-other", "notes (3)")  # numbered from "notes", not "(2) (2)"
        ]
        repo.clear_items()  # another account's state goes, the provisional names with it
        assert repo.renamed_templates() == {}
    assert reopened.integrity_check() == []
    reopened.lock()
