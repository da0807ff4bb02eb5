"""Load on the sync server: N simulated clients on loopback, SQLite and PostgreSQL.

Each client signs up, uploads ``--days`` days of history (an entry and a check-in per day,
sealed exactly as the app seals them: padded, AES-256-GCM), a second device of the same
account pulls it all in pages, then every client makes ``--edits`` small edits (push one
item, pull since its cursor), then pushes one kept voice recording of ``--audio-mb`` MiB
(as stored: compressed PCM; sealed as the app seals it) and pulls it back. Prints
requests/s, p50/p95 latency per phase and the server process's peak memory. The server and
PostgreSQL run on this machine, so on a small shared machine the numbers measure the
machine as much as the server: targets are for 2 cores.

Usage: python benchmarks/bench_sync.py [--clients 50] [--days 365] [--edits 20]
       [--audio-mb 2] [--quick]
"""

from __future__ import annotations

import argparse
import base64
import secrets
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from neuroleaf_desktop.services.sync import items  # noqa: E402
from neuroleaf_server.testing import PostgresCluster, ServerProcess  # noqa: E402

TARGET_P95_MS = {"upload": 500.0, "initial pull": 500.0, "edit": 150.0, "audio": 2000.0}
BODY = "Slept badly, walked to the harbour, felt calmer after lunch. " * 10


class Timings:
    def __init__(self) -> None:
        self.samples: dict[str, list[float]] = {}
        self.lock = threading.Lock()
        self.spans: dict[str, tuple[float, float]] = {}

    def add(self, phase: str, ms: float) -> None:
        with self.lock:
            self.samples.setdefault(phase, []).append(ms)
            now = time.perf_counter()
            start, _end = self.spans.get(phase, (now - ms / 1000, now))
            self.spans[phase] = (min(start, now - ms / 1000), now)


def _request(
    http: httpx.Client, timings: Timings, phase: str, *args: object, **kw: object
) -> httpx.Response:
    started = time.perf_counter()
    response = http.request(*args, **kw)  # type: ignore[arg-type]
    timings.add(phase, (time.perf_counter() - started) * 1000)
    response.raise_for_status()
    return response


def one_client(url: str, days: int, edits: int, audio_mb: float, timings: Timings) -> int:
    key, password = secrets.token_bytes(32), secrets.token_hex(32)
    with httpx.Client(base_url=url, timeout=900) as http:
        body = _request(
            http, timings, "sign-up", "POST", "/v1/signup",
            json={"identifier": f"bench-{uuid.uuid4().hex}@example.org",
                  "server_password": password, "key_params": "{}", "wrapped_sync_key": "x"},
        ).json()  # fmt: skip
        account, headers = body["account_id"], {"Authorization": f"Bearer {body['access_token']}"}
        records = [("entry", str(uuid.uuid4())) for _ in range(days)]
        records += [("checkin", str(uuid.uuid4())) for _ in range(days)]
        versions: dict[str, int] = {}

        def sealed(kind: str, local: str) -> dict[str, object]:
            item = items.item_id(key, kind, local)
            base = versions.get(item, 0)
            data = {"body": BODY, "title": "Day"} if kind == "entry" else {"mood": 6}
            blob = items.seal(key, account, item, base + 1, items.Payload(kind, local, data, "t"))
            return {"id": item, "base_version": base, "blob": base64.b64encode(blob).decode()}

        for start in range(0, len(records), 100):
            batch = [sealed(k, i) for k, i in records[start : start + 100]]
            saved = _request(
                http, timings, "upload", "POST", "/v1/items", json={"items": batch},
                headers=headers,
            ).json()["saved"]  # fmt: skip
            versions.update({s["id"]: s["version"] for s in saved})
        cursor, more, pulled = 0, True, 0
        while more:  # a new device of this account fetches everything
            page = _request(
                http, timings, "initial pull", "GET", "/v1/items",
                params={"cursor": cursor, "limit": 500}, headers=headers,
            ).json()  # fmt: skip
            cursor, more, pulled = page["cursor"], page["more"], pulled + len(page["items"])
        for n in range(edits):
            kind, local = records[n % len(records)]
            saved = _request(
                http, timings, "edit", "POST", "/v1/items",
                json={"items": [sealed(kind, local)]}, headers=headers,
            ).json()["saved"]  # fmt: skip
            versions.update({s["id"]: s["version"] for s in saved})
            page = _request(
                http, timings, "edit", "GET", "/v1/items",
                params={"cursor": cursor}, headers=headers,
            ).json()  # fmt: skip
            cursor = page["cursor"]
        if audio_mb:  # one recording (random bytes: compressed speech is near-random)
            stored = secrets.token_bytes(int(audio_mb * 1024 * 1024))
            local = str(uuid.uuid4())
            item = items.item_id(key, "audio", local)
            data = {"sample_rate": 16000, "channels": 1, "codec": "pcm16-zlib",
                    "duration_s": len(stored) / 28_000, "created_at": "t", "size": len(stored),
                    "pcm": base64.b64encode(stored).decode()}  # fmt: skip
            blob = items.seal(key, account, item, 1, items.Payload("audio", local, data, "t"))
            pushed = {"id": item, "base_version": 0, "blob": base64.b64encode(blob).decode()}
            _request(
                http, timings, "audio", "POST", "/v1/items", json={"items": [pushed]},
                headers=headers,
            )  # fmt: skip
            page = _request(
                http, timings, "audio", "GET", "/v1/items", params={"cursor": cursor},
                headers=headers,
            ).json()  # fmt: skip
            assert [i["id"] for i in page["items"]] == [item]
        return pulled


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(backend: str, url_db: str, folder: Path, args: argparse.Namespace) -> list[str]:
    server = ServerProcess(url_db, folder)
    server.start()
    timings = Timings()
    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(args.clients) as pool:
            pulled = list(
                pool.map(
                    lambda _n: one_client(
                        server.url, args.days, args.edits, args.audio_mb, timings
                    ),
                    range(args.clients),
                )
            )
        assert all(p == 2 * args.days for p in pulled), "a client did not get its history"
        assert server.proc is not None
        memory = peak_rss_mib(server.proc.pid)
    finally:
        server.stop()
    total = time.perf_counter() - started
    rows = []
    for phase in ("upload", "initial pull", "edit", "audio")[: 4 if args.audio_mb else 3]:
        ms = sorted(timings.samples[phase])
        span = timings.spans[phase][1] - timings.spans[phase][0]
        p95 = ms[int(0.95 * (len(ms) - 1))]
        target = TARGET_P95_MS[phase]
        rows.append(
            f"| {backend} | {phase} | {len(ms)} | {len(ms) / span:.0f} | "
            f"{statistics.median(ms):.0f} | {p95:.0f} | {target:.0f} | "
            f"{'ok' if p95 <= target else 'MISSED'} |"
        )
    rows.append(
        f"| {backend} | whole run | {total:.1f} s | | | | | peak server RSS {memory:.0f} MiB |"
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--audio-mb", type=float, default=2.0, help="0: no recording phase")
    parser.add_argument("--quick", action="store_true", help="10 clients, 30 days, 5 edits")
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    args = parser.parse_args()
    if args.quick:
        args.clients, args.days, args.edits = 10, 30, 5
    print(
        f"{args.clients} clients x {args.days} days ({2 * args.days} items each), "
        f"then {args.edits} edits each (push + pull), then one {args.audio_mb:g} MiB "
        "recording each (push + pull)\n"
    )
    print("| store | phase | requests | req/s | p50 ms | p95 ms | p95 target | |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="nl-bench-sync-") as tmp:
        if args.backend in ("both", "sqlite"):
            folder = Path(tmp) / "sqlite"
            folder.mkdir()
            for row in run("SQLite", f"sqlite:///{folder / 'server.db'}", folder, args):
                print(row, flush=True)
        if args.backend in ("both", "postgresql"):
            cluster = PostgresCluster()
            cluster.start()
            try:
                folder = Path(tmp) / "pg"
                folder.mkdir()
                for row in run("PostgreSQL", cluster.create_database("bench"), folder, args):
                    print(row, flush=True)
            finally:
                cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
