"""Which importer a file needs, from its content (names lie: ``export.csv``, ``.txt``…).

Only the first few KB are read, plus a zip's list of members, so detection is cheap even for
huge or endless inputs; the importer then reads (with its caps) and validates properly.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from neuroleaf_desktop.services.importers.base import RecordContext, refuse_device
from neuroleaf_desktop.services.importers.dayone import is_journal_path
from neuroleaf_desktop.services.importers.notes import NOTE_SUFFIXES, is_note_path

_HEAD_BYTES = 64 * 1024


def _head(path: Path, ctx: RecordContext) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise ctx.fail(None, f"cannot read it ({exc.strerror or exc}).") from None


def _zip_kind(path: Path, ctx: RecordContext) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise ctx.fail(None, f"the zip file is damaged or unsupported ({exc}).") from None
    leaf = [PurePosixPath(n).name.lower() for n in names]
    if any(n.endswith(".daylio") for n in leaf):
        return "daylio"
    if any(is_journal_path(n) for n in names):
        return "dayone"
    if any(is_note_path(n) for n in names):
        return "notes"
    raise ctx.fail(None, "the zip holds no Day One journal, Daylio backup or Markdown notes.")


def _folder_kind(path: Path, ctx: RecordContext) -> str:
    """A Day One export (its journal JSON near the top) or a folder of notes."""
    notes = False
    for seen, found in enumerate(path.rglob("*")):
        if seen > 100_000:
            break
        member = found.relative_to(path).as_posix()
        if is_journal_path(member) and found.is_file():
            return "dayone"
        notes = notes or is_note_path(member)
    if notes:
        return "notes"
    raise ctx.fail(None, "the folder holds no Day One journal (e.g. Journal.json) and no "
                   "Markdown or text notes.")  # fmt: skip


def detect(path: Path) -> str:
    """ "neuroleaf", "daylio", "dayone", "jrnl" or "notes"; a human error when none fits."""
    ctx = RecordContext(str(path))
    if path.is_dir():
        return _folder_kind(path, ctx)
    try:
        refuse_device(path, ctx)
    except OSError as exc:
        raise ctx.fail(None, f"cannot read it ({exc.strerror or exc}).") from None
    head = _head(path, ctx)
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _zip_kind(path, ctx)
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    from neuroleaf_desktop.services.importers.jrnl_text import looks_like_jrnl

    if text.startswith("{") or (text.startswith("[") and not looks_like_jrnl(text)):
        if '"neuroleaf-export"' in text:
            return "neuroleaf"
        if '"uuid"' in text or '"creationDate"' in text or '"metadata"' in text:
            return "dayone"
        if '"entries"' in text or '"tags"' in text:
            return "jrnl"
        raise ctx.fail(None, "this JSON is not an export NeuroLeaf can read (NeuroLeaf, Day "
                       "One or jrnl).")  # fmt: skip
    first = text.splitlines()[0].casefold() if text else ""
    if "mood" in first and ("full_date" in first or "year" in first or "time" in first):
        return "daylio"
    if looks_like_jrnl(text):
        return "jrnl"
    if first.count(",") >= 5 and first[:4].isdigit():
        return "daylio"  # a Daylio CSV without its header line: the importer says so
    if not text.strip():
        raise ctx.fail(None, "the file is empty.")
    if path.name.casefold().endswith(NOTE_SUFFIXES):
        return "notes"
    raise ctx.fail(
        None,
        "the format is not recognised: NeuroLeaf reads its own JSON exports, Daylio CSV "
        "exports and .daylio backups, Day One JSON exports (zip, folder or .json), jrnl "
        "journals (text or JSON) and Markdown or text notes (.md, .txt; a folder or zip of "
        "them). Choose the format by hand if this is one of them.",
    )
