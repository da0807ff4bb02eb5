"""How long do the PDF report, the JSON export/import and the encrypted backup take?

Prints one Markdown table:

* PDF report of one demo year (target ≤ 3 s): the therapist preset (summary, charts, scores)
  and the full report with every entry;
* on 10 demo years (``--quick``: 2): JSON export (build + serialise), parsing and validating
  that JSON, importing it into a fresh profile (one transaction), and the encrypted backup
  (export + zlib + AES-GCM, with real calibrated Argon2id) and its restore into a new profile.

Everything runs in a temporary ``NEUROLEAF_HOME``. Usage:
``python benchmarks/bench_export.py [--quick]``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.demo import generate, populate
from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services import backup_service, export_service, report_pdf
from neuroleaf_desktop.services.importers import neuroleaf
from neuroleaf_desktop.services.profiles import ProfileStore

T = TypeVar("T")
END = date(2026, 1, 1)
PASSPHRASE = "benchmark passphrase"  # noqa: S105 - throwaway profiles
BACKUP_PASSPHRASE = "benchmark backup passphrase"  # noqa: S105


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Export / import / PDF benchmark.")
    parser.add_argument("--quick", action="store_true", help="2 years instead of 10")
    args = parser.parse_args(argv)
    years = 2 if args.quick else 10
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEUROLEAF_HOME"] = home
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"  # profile creation only; backups: see below
        configure_logging(app_paths().logs)
        store = ProfileStore(app_paths())

        one, _ = store.create("One year", PASSPHRASE)
        populate(one, generate(1, seed=7, end=END))
        entries = one.journal.count()
        for name, options in (
            ("therapist preset", report_pdf.ReportOptions.preset("therapist")),
            ("full, all entries", report_pdf.ReportOptions.preset(None)),
        ):
            report_pdf.render(one, options)  # warm: fonts, matplotlib import
            took, (pdf, info) = timed(lambda o=options: report_pdf.render(one, o))  # type: ignore[misc]
            rows.append(
                (f"PDF report, 1 year, {name}", f"{entries} entries",
                 f"{took:.2f} s", f"{info.pages} pages, {len(pdf) / 1e6:.1f} MB")
            )  # fmt: skip
        one.close()

        big, _ = store.create("Big", PASSPHRASE)
        populate(big, generate(years, seed=7, end=END))
        took, document = timed(lambda: export_service.build_export(big))
        n_entries, n_checkins = len(document["entries"]), len(document["checkins"])
        size = f"{n_entries} entries, {n_checkins} check-ins"
        dump_s, text = timed(lambda: export_service.dumps(document))
        rows.append((f"JSON export, {years} years (read + build)", size, f"{took:.2f} s", ""))
        rows.append(
            (f"JSON serialise, {years} years", size, f"{dump_s:.2f} s",
             f"{len(text.encode()) / 1e6:.1f} MB")
        )  # fmt: skip
        parse_s, bundle = timed(lambda: neuroleaf.loads(text.encode(), "bench.json"))
        rows.append((f"JSON parse + validate, {years} years", size, f"{parse_s:.2f} s", ""))
        fresh, _ = store.create("Fresh", PASSPHRASE)
        import_s, report = timed(lambda: export_service.import_bundle(fresh, bundle))
        rows.append(
            (f"JSON import into a fresh profile, {years} years", size, f"{import_s:.2f} s",
             f"{report.total_new} records, one transaction")
        )  # fmt: skip
        again_s, again = timed(lambda: export_service.import_bundle(fresh, bundle))
        rows.append(
            (f"JSON re-import (all duplicates), {years} years", size, f"{again_s:.2f} s",
             f"{again.total_duplicates} skipped")
        )  # fmt: skip
        same = export_service.content_of(export_service.build_export(fresh)) == (
            export_service.content_of(document)
        )
        fresh.close()

        del os.environ["NEUROLEAF_KDF_TARGET_MS"]  # backups with real Argon2id parameters
        out = Path(home) / "bench.nlbackup"
        backup_s, backup = timed(lambda: backup_service.create_backup(big, out, BACKUP_PASSPHRASE))
        rows.append(
            (f"Encrypted backup, {years} years (incl. Argon2id)", size, f"{backup_s:.2f} s",
             f"{backup.size_bytes / 1e6:.1f} MB file")
        )  # fmt: skip
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
        restore_s, (restored, _key, _rep) = timed(
            lambda: backup_service.restore_new_profile(
                store, "Restored", PASSPHRASE, out, BACKUP_PASSPHRASE
            )
        )
        rows.append(
            (f"Restore into a new profile, {years} years", size, f"{restore_s:.2f} s",
             "decrypt + validate + import")
        )  # fmt: skip
        restored.close()
        big.close()

    print("| Operation | Data | Time | Notes |")
    print("|---|---|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nRound trip identical in content: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
