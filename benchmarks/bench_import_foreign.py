"""How long do Daylio, Day One and jrnl imports of years of history take?

Generates a Daylio CSV (two check-ins a day, a note on every other one, renamed moods), a Day
One JSON and a jrnl text journal covering ``--years`` years, then times on a real encrypted
vault: parse + validate, the first import (one transaction), a re-import of the same file
(all duplicates) and a re-import after 1 % of the notes were edited in the other app (updates).

Targets (2-core laptop): parse + validate < 2 s and each import < 15 s for 10 years.

Usage: ``python benchmarks/bench_import_foreign.py [--quick]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services import export_service, importers
from neuroleaf_desktop.services.profiles import ProfileStore

T = TypeVar("T")
PASSPHRASE = "benchmark passphrase, long enough"  # noqa: S105 - a throwaway profile
MOODS = {"grand": 5, "fine": 4, "meh": 3, "rough": 2, "shite": 1}


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def daylio_csv(days: int, edited: bool = False) -> str:
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    start = date(2015, 1, 1)
    names = list(MOODS)
    for n in range(days):
        day = start + timedelta(days=n)
        for k, clock in enumerate(("8:15 AM", "9:40 PM")):
            note = f"Day {n}, part {k}. Walked, worked, slept." if (n + k) % 2 else ""
            if edited and note and n % 100 == 0:
                note += " (edited)"
            lines.append(f'{day},{day:%B %d},{day:%A},{clock},{names[(n + k) % 5]},'
                         f'work | walk | friends,,"{note}"')  # fmt: skip
    return "\n".join(lines) + "\n"


def dayone_json(days: int) -> str:
    start = date(2015, 1, 1)
    entries = [
        {"uuid": f"U{n:08d}", "creationDate": f"{start + timedelta(days=n)}T20:00:00Z",
         "timeZone": "Europe/Berlin", "tags": ["daily"],
         "text": f"# Day {n}\n\nSomething happened\\. ![](dayone-moment://P{n})",
         "photos": [{"identifier": f"P{n}"}]}
        for n in range(days)
    ]  # fmt: skip
    return json.dumps({"metadata": {"version": "1.0"}, "entries": entries})


def jrnl_text(days: int) -> str:
    start = date(2015, 1, 1)
    return "\n".join(
        f"[{start + timedelta(days=n)} 21:00] Day {n}. A line about @work and @family.\n"
        for n in range(days)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Foreign import benchmark.")
    parser.add_argument("--quick", action="store_true", help="1 year instead of 10")
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args(argv)
    days = 365 * (1 if args.quick else args.years)
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEUROLEAF_HOME"] = home
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
        configure_logging(app_paths().logs)
        store = ProfileStore(app_paths())
        folder = Path(home)
        files = {
            "daylio": (folder / "daylio.csv", daylio_csv(days), daylio_csv(days, edited=True)),
            "dayone": (folder / "Journal.json", dayone_json(days), None),
            "jrnl": (folder / "journal.txt", jrnl_text(days), None),
        }
        for fmt, (path, text, edited) in files.items():
            path.write_text(text, encoding="utf-8")
            options = {"tz_offset_min": 60, "mood_map": MOODS} if fmt == "daylio" else {}
            parse_s, bundle = timed(lambda p=path, f=fmt, o=options: importers.load(p, f, **o))  # type: ignore[misc]
            size = f"{len(bundle.entries)} entries, {len(bundle.checkins)} check-ins"
            rows.append((f"{fmt}: parse + validate", size, f"{parse_s:.2f} s", ""))
            session, _key = store.create(f"Bench {fmt}", PASSPHRASE)
            first_s, first = timed(lambda s=session, b=bundle: export_service.import_bundle(s, b))  # type: ignore[misc]
            rows.append((f"{fmt}: first import", size, f"{first_s:.2f} s",
                         f"{first.total_new} new"))  # fmt: skip
            again_s, again = timed(
                lambda s=session, p=path, f=fmt, o=options: export_service.import_bundle(  # type: ignore[misc]
                    s, importers.load(p, f, **o)
                )
            )
            rows.append((f"{fmt}: re-import, same file", size, f"{again_s:.2f} s",
                         f"{again.total_duplicates} duplicates"))  # fmt: skip
            if edited is not None:
                path.write_text(edited, encoding="utf-8")
                upd_s, upd = timed(
                    lambda s=session, p=path, f=fmt, o=options: export_service.import_bundle(  # type: ignore[misc]
                        s, importers.load(p, f, **o)
                    )
                )
                updated = sum(c.updated for c in upd.counts.values())
                rows.append((f"{fmt}: re-import, 1 % edited", size, f"{upd_s:.2f} s",
                             f"updated {updated}"))  # fmt: skip
            session.close()

    print("| Operation | Data | Time | Notes |")
    print("|---|---|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nTargets: parse + validate < 2 s, each import < 15 s for 10 years.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
