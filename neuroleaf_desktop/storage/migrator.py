"""Apply the numbered SQL migrations. Forward only; each one in its own transaction.

The schema version lives in SQLite's ``PRAGMA user_version``. A vault whose version is newer
than the newest migration we know was written by a newer app: we refuse to touch it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from neuroleaf_desktop.errors import VaultTooNewError
from neuroleaf_desktop.logging_setup import get_logger

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
log = get_logger("migrations")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    found = []
    for item in resources.files("neuroleaf_desktop.storage.migrations").iterdir():
        match = _NAME.match(item.name)
        if match:
            found.append(Migration(int(match[1]), match[2], item.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering has a gap before {migration.name}")
    return found


MIGRATIONS = load_migrations()
LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Any) -> int:
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise VaultTooNewError(
            f"This vault was written by a newer version of NeuroLeaf (schema {version}; this app "
            f"knows up to {LATEST_VERSION}). Please update NeuroLeaf; nothing was changed."
        )
    return version


def migrate(conn: Any, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to ``target``. Returns the number of migrations applied."""
    version = check_not_newer(conn)
    applied = 0
    for migration in MIGRATIONS:
        if migration.version <= version or migration.version > target:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _split(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        log.info("migration.applied", version=migration.version, name=migration.name)
        applied += 1
    return applied


def _split(sql: str) -> list[str]:
    """Split a migration into statements (our migrations contain no triggers or ';' literals)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
