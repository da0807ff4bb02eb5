"""The checks ``doctor`` runs on a possibly damaged vault, one read-only connection at a time.

Each check is isolated: one that fails (or crashes on a damaged page) becomes a failed line and
the next still runs. SQLCipher's page check comes first: it reads every page without trusting
any of them, so it names the damage even when the schema cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from neuroleaf_desktop.storage.migrator import LATEST_VERSION


@dataclass(frozen=True)
class HealthCheck:
    name: str
    ok: bool
    detail: str


def run_checks(conn: Any) -> list[HealthCheck]:
    """Pages, schema, integrity, on an open keyed connection; never raises for damage."""
    checks: tuple[tuple[str, Callable[[Any], tuple[bool, str]]], ...] = (
        ("pages", _check_pages),
        ("schema", _check_schema),
        ("integrity", _check_integrity),
    )
    results: list[HealthCheck] = []
    for name, run in checks:
        try:
            results.append(HealthCheck(name, *run(conn)))
        except Exception as exc:
            results.append(HealthCheck(name, False, _damage_text(exc)))
    return results


def _check_pages(conn: Any) -> tuple[bool, str]:
    bad = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    if not bad:
        return True, "every page authenticates"
    more = f" (+{len(bad) - 3} more)" if len(bad) > 3 else ""
    return False, "damaged: " + "; ".join(bad[:3]) + more


def _check_schema(conn: Any) -> tuple[bool, str]:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST_VERSION:
        return False, f"schema v{version} is newer than this app (v{LATEST_VERSION})"
    return True, f"schema v{version}"


def _check_integrity(conn: Any) -> tuple[bool, str]:
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)") if r[0] != "ok"]
    return (not problems, "; ".join(problems[:3]) if problems else "ok")


def _damage_text(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "cannot be read: the file is damaged"
    if isinstance(exc, sqlcipher3.DatabaseError):
        return f"cannot be read: {str(exc)[:120]}"
    return f"cannot be checked ({type(exc).__name__})"
