"""Sync bookkeeping inside the vault: the account, per-record sync state, conflicted copies,
and the templates renamed on arrival whose names may still settle.

Also the few record writes sync needs that the other repositories do not offer (an activity's
icon, a questionnaire result replaced as a whole), so the sync service stays free of SQL.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SyncAccountRow:
    server_url: str
    identifier: str
    account_id: str
    session_id: str
    sync_key: bytes
    access_token: str
    refresh_token: str
    cursor: int
    last_synced_at: str | None
    last_error: str


@dataclass(frozen=True)
class SyncItemRow:
    item_id: str
    kind: str
    local_id: str
    version: int
    hash: str
    deleted: bool
    seen_hash: str
    seen_at: str


@dataclass(frozen=True)
class RenamedTemplateRow:
    """A template renamed on arrival because its name was taken here."""

    arrived: str  # the name it arrived with
    given: str  # the name it was given here ("Notes (2)")
    held: bool  # a pull ended with the name still taken; not sent to the server yet


_LAST_ACCOUNT = "sync.last_account_id"
_ACCOUNT_COLUMNS = (
    "server_url, identifier, account_id, session_id, sync_key, access_token, refresh_token,"
    " cursor, last_synced_at, last_error"
)


class SyncRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # ---- the account ----------------------------------------------------------------------
    def account(self) -> SyncAccountRow | None:
        row = self.conn.execute(f"SELECT {_ACCOUNT_COLUMNS} FROM sync_account").fetchone()
        if row is None:
            return None
        return SyncAccountRow(
            row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6], int(row[7]),
            row[8], row[9],
        )  # fmt: skip

    def save_account(self, row: SyncAccountRow, created_at: str) -> None:
        self.conn.execute("DELETE FROM sync_account")
        self.conn.execute(
            f"INSERT INTO sync_account (id, {_ACCOUNT_COLUMNS}, created_at) "
            "VALUES (1,?,?,?,?,?,?,?,?,?,?,?)",
            (row.server_url, row.identifier, row.account_id, row.session_id, row.sync_key,
             row.access_token, row.refresh_token, row.cursor, row.last_synced_at,
             row.last_error, created_at),
        )  # fmt: skip

    def forget_account(self, at: str) -> None:
        """Signing out forgets the account's keys and tokens; the records stay, and so does
        the per-record sync state, so signing in to the same account again later does not
        mistake this device's copies for edits (see ``last_account_id``)."""
        row = self.account()
        self.conn.execute("DELETE FROM sync_account")
        if row is not None:
            self.conn.execute(
                "INSERT INTO run_records (name, value, at) VALUES (?,?,?) ON CONFLICT (name) "
                "DO UPDATE SET value = excluded.value, at = excluded.at",
                (_LAST_ACCOUNT, row.account_id, at),
            )

    def last_account_id(self) -> str | None:
        """The account this vault's sync state belongs to (signed in now or last)."""
        row = self.account()
        if row is not None:
            return row.account_id
        found = self.conn.execute(
            "SELECT value FROM run_records WHERE name = ?", (_LAST_ACCOUNT,)
        ).fetchone()
        return str(found[0]) if found else None

    def clear_items(self) -> None:
        self.conn.execute("DELETE FROM sync_items")
        self.conn.execute("DELETE FROM sync_template_names")

    def set_tokens(self, access: str, refresh: str) -> None:
        self.conn.execute(
            "UPDATE sync_account SET access_token = ?, refresh_token = ?", (access, refresh)
        )

    def set_cursor(self, cursor: int) -> None:
        self.conn.execute("UPDATE sync_account SET cursor = ?", (cursor,))

    def set_result(self, synced_at: str | None, error: str) -> None:
        if synced_at is None:
            self.conn.execute("UPDATE sync_account SET last_error = ?", (error,))
        else:
            self.conn.execute(
                "UPDATE sync_account SET last_synced_at = ?, last_error = ?", (synced_at, error)
            )

    # ---- per-item state -------------------------------------------------------------------
    def items(self) -> dict[str, SyncItemRow]:
        rows = self.conn.execute(
            "SELECT item_id, kind, local_id, version, hash, deleted, seen_hash, seen_at "
            "FROM sync_items"
        )
        return {
            r[0]: SyncItemRow(r[0], r[1], r[2], int(r[3]), r[4], bool(r[5]), r[6], r[7])
            for r in rows
        }

    def item(self, item_id: str) -> SyncItemRow | None:
        r = self.conn.execute(
            "SELECT item_id, kind, local_id, version, hash, deleted, seen_hash, seen_at "
            "FROM sync_items WHERE item_id = ?",
            (item_id,),
        ).fetchone()
        return SyncItemRow(r[0], r[1], r[2], int(r[3]), r[4], bool(r[5]), r[6], r[7]) if r else None

    def put_item(self, row: SyncItemRow) -> None:
        self.conn.execute(
            "INSERT INTO sync_items (item_id, kind, local_id, version, hash, deleted, seen_hash,"
            " seen_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (item_id) DO UPDATE SET "
            "kind = excluded.kind, local_id = excluded.local_id, version = excluded.version, "
            "hash = excluded.hash, deleted = excluded.deleted, seen_hash = excluded.seen_hash, "
            "seen_at = excluded.seen_at",
            (row.item_id, row.kind, row.local_id, row.version, row.hash, int(row.deleted),
             row.seen_hash, row.seen_at),
        )  # fmt: skip

    # ---- templates renamed on arrival ------------------------------------------------------
    def renamed_templates(self) -> dict[str, RenamedTemplateRow]:
        rows = self.conn.execute(
            "SELECT template_id, arrived_name, given_name, held FROM sync_template_names "
            "ORDER BY template_id"
        )
        return {r[0]: RenamedTemplateRow(r[1], r[2], bool(r[3])) for r in rows}

    def renamed_template(self, template_id: str) -> RenamedTemplateRow | None:
        r = self.conn.execute(
            "SELECT arrived_name, given_name, held FROM sync_template_names WHERE template_id = ?",
            (template_id,),
        ).fetchone()
        return RenamedTemplateRow(r[0], r[1], bool(r[2])) if r else None

    def put_renamed_template(self, template_id: str, row: RenamedTemplateRow) -> None:
        self.conn.execute(
            "INSERT INTO sync_template_names (template_id, arrived_name, given_name, held) "
            "VALUES (?,?,?,?) ON CONFLICT (template_id) DO UPDATE SET "
            "arrived_name = excluded.arrived_name, given_name = excluded.given_name, "
            "held = excluded.held",
            (template_id, row.arrived, row.given, int(row.held)),
        )

    def forget_renamed_template(self, template_id: str) -> None:
        self.conn.execute("DELETE FROM sync_template_names WHERE template_id = ?", (template_id,))

    # ---- conflicted copies ----------------------------------------------------------------
    def add_conflict(self, entry_id: str, original_id: str, at: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO sync_conflicts (entry_id, original_id, created_at) "
            "VALUES (?,?,?)",
            (entry_id, original_id, at),
        )

    def conflicts(self) -> builtins.list[tuple[str, str, str]]:
        rows = self.conn.execute(
            "SELECT c.entry_id, c.original_id, c.created_at FROM sync_conflicts c "
            "JOIN entries e ON e.id = c.entry_id ORDER BY c.created_at"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    # ---- record writes the other repositories lack ----------------------------------------
    def set_activity(self, name: str, category: str, icon: str, archived: bool) -> None:
        self.conn.execute(
            "INSERT INTO activities (name, category, icon, archived) VALUES (?,?,?,?) "
            "ON CONFLICT (name) DO UPDATE SET category = excluded.category, "
            "icon = excluded.icon, archived = excluded.archived",
            (name, category, icon, int(archived)),
        )

    def put_questionnaire(self, record: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO questionnaire_results (id, instrument, taken_at, "
            "tz_offset_min, answers_json, total, band) VALUES (?,?,?,?,?,?,?)",
            (record["id"], record["instrument"], record["taken_at"], record["tz_offset_min"],
             json.dumps(record["answers"]), record["total"], record["band"]),
        )  # fmt: skip

    def delete_questionnaire(self, record_id: str) -> None:
        self.conn.execute("DELETE FROM questionnaire_results WHERE id = ?", (record_id,))

    # ---- kept voice recordings, as stored (compressed bytes, never decoded here) ---------
    def entry_exists(self, entry_id: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return found is not None

    def audio_meta(self) -> dict[str, dict[str, Any]]:
        """Every kept recording's description by entry id; ``size`` is the stored length,
        read without loading the bytes (so noting changes stays cheap with many MBs kept)."""
        rows = self.conn.execute(
            "SELECT e.id, a.sample_rate, a.channels, a.codec, a.duration_s, a.created_at, "
            "length(a.data) FROM entry_audio a JOIN entries e ON e.seq = a.entry_seq"
        )
        return {
            r[0]: {"sample_rate": int(r[1]), "channels": int(r[2]), "codec": r[3],
                   "duration_s": float(r[4]), "created_at": r[5], "size": int(r[6])}
            for r in rows
        }  # fmt: skip

    def audio_bytes(self, entry_id: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT a.data FROM entry_audio a JOIN entries e ON e.seq = a.entry_seq WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        return bytes(row[0]) if row else None

    def put_audio(self, entry_id: str, meta: dict[str, Any], data: bytes) -> None:
        """Store a recording exactly as another device stored it (same codec and bytes)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO entry_audio (entry_seq, sample_rate, channels, codec, "
            "duration_s, data, created_at) SELECT seq, ?, ?, ?, ?, ?, ? FROM entries WHERE id = ?",
            (meta["sample_rate"], meta["channels"], meta["codec"], meta["duration_s"], data,
             meta["created_at"], entry_id),
        )  # fmt: skip

    def delete_audio(self, entry_id: str) -> None:
        self.conn.execute(
            "DELETE FROM entry_audio WHERE entry_seq = (SELECT seq FROM entries WHERE id = ?)",
            (entry_id,),
        )
