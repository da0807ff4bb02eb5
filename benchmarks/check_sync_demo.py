"""Years of demo data sync to a new device, and the two exports agree.

Creates a demo profile (``--years``, default 10), starts `neuroleaf-server run` on 127.0.0.1
(SQLite, or PostgreSQL with ``--postgres``), signs the demo up, syncs, joins a second, empty
profile and syncs it, then compares the two JSON exports kind by kind. Derived or
device-only records (analysis results, nudges, breathing sessions, device-local settings)
are not synced and are listed as such, not compared. Exit status 1 if a synced kind differs.

Usage: python benchmarks/check_sync_demo.py [--years 10] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SYNCED = ("entries", "checkins", "activities", "questionnaires", "safety_plan")


def _size(value: object) -> int:
    return len(value) if isinstance(value, list | dict) else int(value is not None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--quick", action="store_true", help="one year")
    args = parser.parse_args()
    years = 1.0 if args.quick else args.years
    with tempfile.TemporaryDirectory(prefix="nl-sync-demo-") as tmp:
        os.environ["NEUROLEAF_HOME"] = str(Path(tmp) / "home")
        os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "50")
        from neuroleaf_desktop.demo.generator import create_demo_profile
        from neuroleaf_desktop.paths import app_paths
        from neuroleaf_desktop.services import export_service
        from neuroleaf_desktop.services.profiles import ProfileStore
        from neuroleaf_desktop.services.sync.service import SyncService
        from neuroleaf_server.testing import PostgresCluster, ServerProcess

        cluster = PostgresCluster() if args.postgres else None
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        if cluster is not None:
            cluster.start()
            db_url = cluster.create_database("demo")
        server = ServerProcess(db_url, Path(tmp))
        server.start()
        rows: list[tuple[str, float]] = []
        try:
            store = ProfileStore(app_paths())
            started = time.perf_counter()
            old = create_demo_profile(store, years, name="Old laptop", passphrase="demo pass 1234")  # noqa: S106
            rows.append((f"create {years:g} years of demo data", time.perf_counter() - started))
            new, _ = store.create("New laptop", "demo pass 1234")
            sync_old = SyncService(old.vault, old.events)
            sync_new = SyncService(new.vault, new.events)
            started = time.perf_counter()
            sync_old.signup(server.url, "demo@example.org", "demo account password")
            report = sync_old.sync_now()
            rows.append((f"upload ({report.pushed} records)", time.perf_counter() - started))
            started = time.perf_counter()
            sync_new.signin(server.url, "demo@example.org", "demo account password")
            report = sync_new.sync_now()
            rows.append(
                (f"new device download ({report.pulled} records)", time.perf_counter() - started)
            )
            a = export_service.build_export(old)
            b = export_service.build_export(new)
            old.close()
            new.close()
        finally:
            server.stop()
            if cluster is not None:
                cluster.stop()
    print("| step | seconds |\n|---|---|")
    for name, secs in rows:
        print(f"| {name} | {secs:.1f} |")
    failed = False
    print("\n| kind | old device | new device | equal |\n|---|---|---|---|")
    for kind in SYNCED:
        same = a[kind] == b[kind]
        failed |= not same
        print(f"| {kind} | {_size(a[kind])} | {_size(b[kind])} | {'yes' if same else 'NO'} |")
    from neuroleaf_desktop.services.sync.records import DEVICE_LOCAL_SETTINGS

    def shared(settings: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in settings.items() if k not in DEVICE_LOCAL_SETTINGS}

    same = shared(a["settings"]) == shared(b["settings"])
    failed |= not same
    print(f"| settings (shared) | {len(shared(a['settings']))} | "
          f"{len(shared(b['settings']))} | {'yes' if same else 'NO'} |")  # fmt: skip
    not_synced = sorted(k for k in a if k not in (*SYNCED, "settings", "exported_at"))
    print(f"\nNot synced by design (derived or device-only): {', '.join(not_synced)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
