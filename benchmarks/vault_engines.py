"""The engines ``bench_vault.py`` measures, each behind the same services: the real ``Vault``
(made by the profile store) and a duck-typed plain one with the vault's PRAGMAs and migrations,
on stdlib ``sqlite3`` or on a bare SQLCipher connection, so a ratio between them is the cost of
the encryption and nothing else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from neuroleaf_desktop.services.activity_service import ActivityService
from neuroleaf_desktop.services.events import EventBus
from neuroleaf_desktop.services.journal_service import JournalService
from neuroleaf_desktop.services.mood_service import MoodService
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage.migrator import migrate
from neuroleaf_desktop.storage.vault import PAGE_CACHE_KIB

PASSPHRASE = "benchmark passphrase 42"  # noqa: S105 - throwaway vault in a temp dir


class PlainVault:
    """Duck-typed stand-in for ``Vault``: same PRAGMAs, same migrations, no encryption.

    With ``cipher_key`` it is a bare SQLCipher connection *without* ``cipher_memory_security``:
    a diagnostic that separates the cost of encryption from the cost of wiping freed memory.
    """

    def __init__(
        self,
        path: Path,
        cipher_key: bytes | None = None,
        *,
        page_size: int = 4096,
        library: str = "",
        extra: tuple[str, ...] = (),
    ) -> None:
        self.key = cipher_key
        if cipher_key is None and library != "sqlcipher":
            self.conn: Any = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.conn.execute(f"PRAGMA page_size = {page_size}")
        else:
            self.conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
            if cipher_key is not None:
                self.conn.execute(f"PRAGMA key = \"x'{cipher_key.hex()}'\"")
                # before the first page is read or written; HMAC and the encrypted header stay
                self.conn.execute(f"PRAGMA cipher_page_size = {page_size}")
                for pragma in extra:
                    if pragma.startswith("cipher_"):
                        self.conn.execute(f"PRAGMA {pragma}")
            else:  # the SQLCipher library without a key: same engine build, no encryption
                self.conn.execute(f"PRAGMA page_size = {page_size}")
        for pragma in (
            "busy_timeout = 5000",
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            "temp_store = MEMORY",
            f"cache_size = -{PAGE_CACHE_KIB}",
            "foreign_keys = ON",
            *(p for p in extra if not p.startswith("cipher_")),
        ):
            self.conn.execute(f"PRAGMA {pragma}")
        migrate(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    @contextmanager
    def reading(self) -> Iterator[Any]:
        yield self.conn

    def lock(self) -> None:
        self.conn.close()


@dataclass
class Target:
    """What ``populate`` and the services need: a vault, a journal, a mood service."""

    vault: Any
    journal: JournalService
    mood: MoodService
    close: Callable[[], None]


def plain_target(
    folder: Path,
    cipher_key: bytes | None = None,
    *,
    page_size: int = 4096,
    library: str = "",
    extra: tuple[str, ...] = (),
    seed: bool = True,
) -> Target:
    vault = PlainVault(
        folder / "plain.db", cipher_key, page_size=page_size, library=library, extra=extra
    )
    events = EventBus()
    if seed:
        ActivityService(vault, events).seed_defaults()  # type: ignore[arg-type]
    return Target(
        vault,
        JournalService(vault, events),  # type: ignore[arg-type]
        MoodService(vault, events),  # type: ignore[arg-type]
        vault.lock,
    )


def cipher_target(store: ProfileStore, name: str) -> Target:
    """The real Vault (created by the profile store: real KDF, keying, PRAGMAs), driven by the
    same bare services as the plain engine. Why not the session's own services: their event
    listeners (analysis, caches, the vector index) would run on every insert and hold the
    vault's lock during the timed queries, which measures the app's reactions, not SQLCipher."""
    session, _recovery = store.create(name, PASSPHRASE)
    events = EventBus()
    return Target(
        session.vault,
        JournalService(session.vault, events),
        MoodService(session.vault, events),
        session.close,
    )
