"""What an import would do, before it does it: the service behind the app's import dialog.

``preview`` reads and validates the file exactly as the import will (the same importer, the
same all-or-nothing dry run), but never refuses because Daylio moods have no level yet: those
are listed, with their counts, for the person to map. ``run`` then imports with that mapping
in one transaction, or changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from neuroleaf_desktop.domain.timeutil import local_date
from neuroleaf_desktop.services import export_service
from neuroleaf_desktop.services.export_service import ImportReport
from neuroleaf_desktop.services.importers import FORMAT_NAMES, detect, load
from neuroleaf_desktop.services.importers.base import ImportBundle, MoodUse
from neuroleaf_desktop.services.session import Session


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    fmt: str
    format_name: str
    report: ImportReport  # the dry run: new / updated / duplicate counts per kind
    entries: int
    checkins: int
    first_day: date | None
    last_day: date | None
    moods: list[MoodUse] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what is skipped or left out, and why

    @property
    def unmapped(self) -> list[MoodUse]:
        return [m for m in self.moods if m.mood is None]

    @property
    def ready(self) -> bool:
        return not self.unmapped and (self.entries > 0 or self.checkins > 0)

    def summary(self) -> str:
        """One paragraph in plain words (the dialog shows it; tests read it)."""
        parts = [f"{self.format_name}: {self.entries} journal entries and {self.checkins} "
                 "mood check-ins"]  # fmt: skip
        if self.first_day and self.last_day:
            parts.append(f" from {self.first_day.isoformat()} to {self.last_day.isoformat()}")
        parts.append(".")
        new = self.report.total_new
        updated = sum(c.updated for c in self.report.counts.values())
        duplicates = self.report.total_duplicates
        parts.append(f" {new} new, {updated} updated, {duplicates} already in your journal "
                     "(skipped).")  # fmt: skip
        if self.unmapped:
            parts.append(f" {len(self.unmapped)} moods need a level before importing.")
        return "".join(parts)


def _days(bundle: ImportBundle) -> tuple[date | None, date | None]:
    days = [local_date(e.created_at, e.tz_offset_min) for e in bundle.entries]
    days += [local_date(c.logged_at, c.tz_offset_min) for c in bundle.checkins]
    return (min(days), max(days)) if days else (None, None)


def _options(fmt: str, mood_map: Mapping[str, int] | None, tz: int | None) -> dict[str, object]:
    options: dict[str, object] = {"tz_offset_min": tz}
    if fmt == "daylio":
        options["mood_map"] = dict(mood_map or {})
    return options


def preview(
    session: Session,
    path: Path,
    fmt: str = "auto",
    *,
    mood_map: Mapping[str, int] | None = None,
    tz_offset_min: int | None = None,
) -> ImportPreview:
    """Validate ``path`` and dry-run it; raises ImportValidationError for a refused file."""
    fmt = detect(path) if fmt == "auto" else fmt
    options = _options(fmt, mood_map, tz_offset_min)
    if fmt == "daylio":
        options["allow_unmapped"] = True
    bundle = load(path, fmt, **options)
    report = export_service.import_bundle(session, bundle, dry_run=True)
    first, last = _days(bundle)
    return ImportPreview(
        path=path,
        fmt=fmt,
        format_name=FORMAT_NAMES.get(fmt, fmt),
        report=report,
        entries=len(bundle.entries),
        checkins=len(bundle.checkins),
        first_day=first,
        last_day=last,
        moods=list(bundle.moods),
        notes=list(report.notes),
    )


def run(
    session: Session,
    path: Path,
    fmt: str,
    *,
    mood_map: Mapping[str, int] | None = None,
    tz_offset_min: int | None = None,
) -> ImportReport:
    """The import itself: everything or nothing (a mood still without a level refuses)."""
    bundle = load(path, fmt, **_options(fmt, mood_map, tz_offset_min))
    return export_service.import_bundle(session, bundle)
