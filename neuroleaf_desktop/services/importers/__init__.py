"""Importers: each reads one file format into a validated ``ImportBundle`` (nothing written).

``load(path, fmt)`` picks the importer (``fmt="auto"``: recognised from the file itself, see
``detect``); ``export_service.import_bundle`` writes the bundle in one transaction. Importers
raise only ``ImportValidationError`` (a ``ValidationError``), which names the file, the record
and the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from neuroleaf_desktop.services.importers.base import ImportBundle, MoodUse, RecordContext
from neuroleaf_desktop.services.importers.detect import detect

FORMATS = ("neuroleaf", "daylio", "dayone", "jrnl", "notes")
FORMAT_NAMES = {"neuroleaf": "NeuroLeaf export", "daylio": "Daylio", "dayone": "Day One",
                "jrnl": "jrnl", "notes": "Markdown or text notes"}  # fmt: skip


def load(path: Path, fmt: str = "auto", **options: Any) -> ImportBundle:
    """Parse and validate ``path`` as ``fmt``; options go to the importer (e.g. tz offset,
    ``mood_map`` for Daylio, ``allow_unmapped`` for a preview that lists unknown moods)."""
    if fmt == "auto":
        fmt = detect(path)
    if fmt == "neuroleaf":
        from neuroleaf_desktop.services.importers import neuroleaf

        return neuroleaf.load(path)
    if fmt == "daylio":
        from neuroleaf_desktop.services.importers import daylio

        return daylio.load(path, **options)
    if fmt == "dayone":
        from neuroleaf_desktop.services.importers import dayone

        return dayone.load(path, **options)
    if fmt == "jrnl":
        from neuroleaf_desktop.services.importers import jrnl

        return jrnl.load(path, **options)
    if fmt == "notes":
        from neuroleaf_desktop.services.importers import notes

        return notes.load(path, **options)
    raise RecordContext(str(path)).fail(
        None, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}."
    )


__all__ = ["FORMATS", "FORMAT_NAMES", "ImportBundle", "MoodUse", "detect", "load"]
