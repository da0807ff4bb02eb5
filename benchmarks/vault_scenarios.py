"""The scenarios ``bench_vault.py`` measures: the key operations with real Argon2id parameters,
the demo workload (bulk insert, list, a month of check-ins, full-text search, a small insert) on
each engine, and the same searches and inserts under each SQLCipher setting tried. They return
plain results; ``bench_vault.py`` prints them as tables.
"""

from __future__ import annotations

import secrets
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from vault_engines import PASSPHRASE, Target, cipher_target, plain_target
from vault_timing import cpu_and_wall, fmt_ms, io_bytes, percentile, timed, warm_median

from neuroleaf_desktop.demo import populate
from neuroleaf_desktop.demo.generator import DemoData
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.vault import Vault, _aad

QUERIES = (
    "anxiety", "sleep", "walk", "therapy", "Sam", "work", "grateful", "lonely", "mum",
    "meeting", "panic", "sunset", "migration", "river", "heavy day", "\"felt lighter\"",
    "friends dinner", "tired", "lake", "yoga", "crying", "hope",
)  # fmt: skip


def key_operations(root: Path) -> list[tuple[str, str, str]]:
    folder = root / "keyops"
    rows: list[tuple[str, str, str]] = []
    created: list[Vault] = []
    ms = timed(lambda: created.append(Vault.create(folder, "Bench", PASSPHRASE)[0]))
    vault = created[0]
    kdf = vault.keyfile.kdf
    params = f"Argon2id t={kdf.time_cost}, m={kdf.memory_kib // 1024} MiB, p={kdf.parallelism}"
    rows.append(("vault create", fmt_ms(ms), f"calibration + KDF + new database; {params}"))
    vault.lock()

    unlocks = []
    for _ in range(3):
        fresh = Vault(folder)
        unlocks.append(timed(partial(fresh.unlock, PASSPHRASE)))
        fresh.lock()
    rows.append(("unlock (passphrase)", fmt_ms(statistics.median(unlocks)), "median of 3"))

    keyfile = Vault(folder).keyfile
    derive = statistics.median(
        timed(lambda: crypto.derive_kek(PASSPHRASE, keyfile.kdf)) for _ in range(3)
    )
    rows.append(("  of which Argon2id", fmt_ms(derive), "derive_kek alone, median of 3"))
    kek = crypto.derive_kek(PASSPHRASE, keyfile.kdf)
    data_key = crypto.unwrap_key(kek, keyfile.passphrase_slot, _aad(keyfile.vault_id, "passphrase"))
    opens = []
    for _ in range(5):
        raw = Vault(folder)
        opens.append(timed(partial(raw._open_database, data_key)))
        raw.lock()
    rows.append(
        ("raw-key open", fmt_ms(statistics.median(opens)), "SQLCipher key + PRAGMAs + schema check")
    )
    return rows


def small_insert_ms(target: Target, repeats: int = 25) -> float:
    """One short entry per transaction (what saving in the app does): median."""
    from neuroleaf_desktop.domain.models import NewEntry

    samples = []
    for i in range(repeats):
        entry = NewEntry(title=f"small {i}", body=f"A short note number {i}, about the walk.")
        samples.append(timed(partial(target.journal.add, entry)))
    return statistics.median(samples[2:])


@dataclass
class Workload:
    insert_ms: float
    list_ms: float
    month_ms: float
    fts_p50: float
    fts_p95: float
    size_mb: float
    small_insert_ms: float = 0.0


def run_workload(target: Target, data: DemoData, db_files: list[Path]) -> Workload:
    insert_ms = timed(lambda: populate(target, data))
    list_ms = warm_median(lambda: target.journal.list())
    month_end = datetime.combine(data.end, datetime.min.time(), tzinfo=UTC)
    month_ms = warm_median(lambda: target.mood.list(month_end - timedelta(days=30), month_end))
    samples: list[float] = []
    for query in QUERIES:
        target.journal.search(query)  # warm
        samples += [timed(partial(target.journal.search, query)) for _ in range(5)]
    small = small_insert_ms(target)
    with target.vault.reading() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # fold the WAL in: size is the file's
    size = sum(p.stat().st_size for p in db_files if p.exists()) / 1e6
    return Workload(
        insert_ms,
        list_ms,
        month_ms,
        percentile(samples, 0.5),
        percentile(samples, 0.95),
        size,
        small,
    )


ENGINES = ("plain", "cipher-no-memsec", "vault")


def workload_for(engine: str, n: int, data: DemoData, root: Path, store: ProfileStore) -> Workload:
    if engine == "vault":
        target = cipher_target(store, f"Bench {n}")
        folder = Path(target.vault.folder)
        files = [folder / "vault.db", folder / "vault.db-wal"]
    else:
        folder = root / f"{engine}-{n}"
        folder.mkdir()
        key = secrets.token_bytes(32) if engine == "cipher-no-memsec" else None
        target = plain_target(folder, key)
        files = [folder / "plain.db", folder / "plain.db-wal"]
    try:
        return run_workload(target, data, files)
    finally:
        target.close()


# The settings tried for the encrypted FTS overhead: (label, library, keyed, page size, extra
# PRAGMAs). Every keyed one keeps the protections: HMAC on, encrypted header, raw 256-bit key.
# PRAGMAs named cipher_* go right after the key (before the first page is read); the others
# after the vault's own PRAGMAs, which they override.
SETTINGS: tuple[tuple[str, str, bool, int, tuple[str, ...]], ...] = (
    ("plain SQLite (stdlib): the baseline", "", False, 4096, ()),
    ("SQLCipher library, no key", "sqlcipher", False, 4096, ()),
    ("SQLCipher keyed, 4 KiB pages, HMAC-SHA512 (the vault's settings)", "sqlcipher", True,
     4096, ()),
    ("keyed, 8 KiB pages", "sqlcipher", True, 8192, ()),
    ("keyed, 16 KiB pages", "sqlcipher", True, 16384, ()),
    ("keyed, HMAC-SHA1 (weaker MAC; shown for the bound only)", "sqlcipher", True, 4096,
     ("cipher_hmac_algorithm = HMAC_SHA1",)),
    ("keyed, 2 MiB page cache (SQLite's default)", "sqlcipher", True, 4096,
     ("cache_size = -2048",)),
    ("keyed, mmap_size 256 MiB", "sqlcipher", True, 4096, ("mmap_size = 268435456",)),
    ("keyed, temp_store FILE", "sqlcipher", True, 4096, ("temp_store = FILE",)),
)  # fmt: skip
VAULT_SETTING = 2  # the row with the vault's own settings
SETTINGS_REPEATS = 10  # runs of every query per setting (× len(QUERIES) samples)
INSERT_REPEATS = 40


@dataclass
class SettingsResult:
    label: str
    fts_ms: float  # median wall time of one search
    fts_cpu_ms: float  # median CPU time (this thread) of one search
    insert_ms: float  # median wall time of one small insert (a transaction with its fsync)
    insert_cpu_ms: float
    cold_pages: float  # pages read from the file by one search on a fresh connection (median)
    warm_pages: float  # … with the page cache warm (median)
    insert_pages: float  # pages written to the WAL by one small insert (median)


def _settings_targets(data: DemoData, root: Path, tag: str) -> list[tuple[Target, Path]]:
    targets = []
    for i, (_label, library, keyed, page_size, extra) in enumerate(SETTINGS):
        folder = root / f"settings-{tag}-{i}"
        folder.mkdir()
        key = secrets.token_bytes(32) if keyed else None
        target = plain_target(folder, key, page_size=page_size, library=library, extra=extra)
        populate(target, data)
        with target.vault.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        targets.append((target, folder))
    return targets


def _pages_per_search(target: Target, folder: Path, i: int, cold: bool) -> float:
    """Median pages read from the file by one search, on a fresh connection (cold) or on the
    open one (warm)."""
    _label, library, keyed, page_size, extra = SETTINGS[i]
    pages = []
    for query in QUERIES:
        probe = target
        if cold:
            key = target.vault.key if keyed else None
            probe = plain_target(folder, key, page_size=page_size, library=library, extra=extra,
                                 seed=False)  # fmt: skip
            with probe.vault.reading() as conn:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # schema read
        before = io_bytes()
        probe.journal.search(query)
        pages.append((io_bytes() - before) / page_size)
        if cold:
            probe.close()
    return statistics.median(pages)


def settings_experiment(data: DemoData, root: Path, tag: str) -> list[SettingsResult]:
    """The same searches and small inserts under each of SETTINGS (bare connections).

    All settings are open at once and timed round-robin, in alternating order (query by query,
    insert by insert), so a burst of load on the shared machine hits them alike; medians of
    wall time and of this thread's CPU time (which waiting for a busy core does not inflate)."""
    from neuroleaf_desktop.domain.models import NewEntry

    targets = _settings_targets(data, root, tag)
    n = len(targets)
    fts = [[] for _ in range(n)]  # type: list[list[tuple[float, float]]]
    inserts = [[] for _ in range(n)]  # type: list[list[tuple[float, float]]]
    written = [[] for _ in range(n)]  # type: list[list[float]]
    try:
        for target, _folder in targets:
            for query in QUERIES:
                target.journal.search(query)  # warm: the app keeps its connection open
        step = 0
        for _ in range(SETTINGS_REPEATS):
            for query in QUERIES:
                step += 1
                order = range(n) if step % 2 else range(n - 1, -1, -1)
                for i in order:
                    fts[i].append(cpu_and_wall(partial(targets[i][0].journal.search, query)))
        for k in range(INSERT_REPEATS):
            entry = NewEntry(title=f"small {k}", body=f"A short note number {k}, about the walk.")
            for i in range(n) if k % 2 else range(n - 1, -1, -1):
                before = io_bytes("wchar")
                inserts[i].append(cpu_and_wall(partial(targets[i][0].journal.add, entry)))
                written[i].append((io_bytes("wchar") - before) / (SETTINGS[i][3] + 24))
        warm = [_pages_per_search(t, f, i, cold=False) for i, (t, f) in enumerate(targets)]
    finally:
        for target, _folder in targets:
            target.close()
    cold = [_pages_per_search(t, f, i, cold=True) for i, (t, f) in enumerate(targets)]
    return [
        SettingsResult(
            label,
            statistics.median(w for _c, w in fts[i]),
            statistics.median(c for c, _w in fts[i]),
            statistics.median(w for _c, w in inserts[i]),
            statistics.median(c for c, _w in inserts[i]),
            cold[i],
            warm[i],
            statistics.median(written[i]),
        )
        for i, (label, *_rest) in enumerate(SETTINGS)
    ]
