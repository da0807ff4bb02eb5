"""How ``bench_vault.py`` times and counts: wall and CPU time, medians and percentiles, the bytes
this process read and wrote (pages SQLite missed in its cache or dirtied), and the CPU cost of
encrypting one page the way SQLCipher does, which bounds what the cipher can add.
"""

from __future__ import annotations

import secrets
import statistics
import time
from collections.abc import Callable

import sqlcipher3

REPEATS = 15  # timed runs of each read; the first (cold) run is discarded


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def warm_median(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    fn()  # warm the page cache: the app keeps one connection open while unlocked
    return statistics.median(timed(fn) for _ in range(repeats))


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def fmt_ms(ms: float) -> str:
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.2f} ms" if ms < 10 else f"{ms:.1f} ms"


def cipher_sqlite_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()


def io_bytes(field: str = "rchar") -> int:
    """Bytes this process has read (``rchar``) or written (``wchar``) through system calls so
    far: SQLite reads a page from the file (and SQLCipher decrypts it) exactly when its cache
    misses, and writes (encrypts) each page a transaction dirties into the WAL."""
    with open("/proc/self/io", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    return 0


def cpu_and_wall(fn: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.thread_time_ns(), time.perf_counter_ns()
    fn()
    return (time.thread_time_ns() - cpu) / 1e6, (time.perf_counter_ns() - wall) / 1e6


def page_crypto_us(page_size: int = 4096, pages: int = 2048) -> tuple[float, float]:
    """Microseconds to encrypt and authenticate one page the way SQLCipher 4 does (AES-256-CBC
    over the page, HMAC-SHA512 over ciphertext + IV + page number), with OpenSSL: (throughput on
    one large buffer: the floor; page by page: what SQLCipher does per page, plus a little
    Python call overhead)."""
    import hashlib
    import hmac

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = secrets.token_bytes(page_size * pages)
    key, mac_key, iv = secrets.token_bytes(32), secrets.token_bytes(32), secrets.token_bytes(16)
    bulk = per_page = float("inf")
    body = page_size - 80  # SQLCipher's reserve: 16-byte IV + 64-byte HMAC
    for _ in range(3):  # CPU time (this thread), best of 3: waiting for a busy core is not cost
        started = time.thread_time()
        enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        out = enc.update(data) + enc.finalize()
        hmac.new(mac_key, out, hashlib.sha512).digest()
        bulk = min(bulk, time.thread_time() - started)
        started = time.thread_time()
        for n in range(pages):
            page = data[n * page_size : n * page_size + body]
            enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
            out = enc.update(page[: body - body % 16]) + enc.finalize()
            hmac.new(mac_key, out + iv + n.to_bytes(4, "little"), hashlib.sha512).digest()
        per_page = min(per_page, time.thread_time() - started)
    return bulk / pages * 1e6, per_page / pages * 1e6
