"""One Markdown or plain-text note read into a title, a body, tags and the day it names.

What notes apps put around a person's words: YAML front matter (Obsidian, Jekyll, Joplin:
``title``, ``date`` or ``created``, ``tags``), Notion's property lines under the title
(``Created: March 5, 2024 9:40 PM``, ``Tags: work, sleep``), a first ``# Heading`` as the title
(Bear, Notion, most exports), inline tags (``#sleep``, ``#health/sleep``) and a Notion page
id after the file name. Those become the entry's title, date and tags; everything else the
person wrote stays in the body exactly as written (Markdown included), so nothing of theirs is
dropped but the metadata lines this module reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from neuroleaf_desktop.services.importers import notes_dates as dates
from neuroleaf_desktop.services.importers.notes_dates import Stamp

__all__ = ["Note", "read_note"]

_FRONT_LIMIT = 200  # lines: front matter longer than this is not front matter
# In the order they are trusted: a date the person set before the file's creation time.
_DATE_KEYS = ("date", "day", "datum", "fecha", "created", "created at", "creation date",
              "date created", "created time")  # fmt: skip
_TAG_KEYS = frozenset({"tags", "tag", "keywords"})
_META_KEYS = frozenset(  # Notion's bookkeeping lines: read, not kept in the text
    {"last edited time", "last edited", "updated", "modified", "last_modified", "status"}
)
_NOTION_ID = re.compile(r"\s+[0-9a-f]{32}$")
_PROPERTY = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
_INLINE_TAG = re.compile(r"(?<![\w#&/=:])#([^\W\d_][\w/-]{0,46})(?![\w#])")
# The names notes apps give a note nobody named ("Untitled 3"): not a title the person chose.
_UNTITLED = re.compile(
    r"(untitled|new note|unbenannt|ohne titel|sans titre|sin t[ií]tulo|senza titolo"
    r"|sem t[ií]tulo|nota sin t[ií]tulo)(\s*\(?\d+\)?)?",
    re.IGNORECASE,
)
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Note:
    title: str
    body: str
    tags: tuple[str, ...]
    stamp: Stamp | None
    dated_by: str  # "front matter", "its properties", "its heading", "its file name" or ""
    titled_by_name: bool = False  # the title is the file's name, not words in the note

    @property
    def empty(self) -> bool:
        """Nothing the person wrote: no text, and no title but the file's name."""
        return not self.body.strip() and (self.titled_by_name or not self.title.strip())


def _key(text: str) -> str:
    return " ".join(text.replace("_", " ").casefold().split())


def _split_list(value: str) -> list[str]:
    value = value.strip().strip("[]")
    parts = value.split(",") if "," in value else value.split()
    return [p.strip().strip("'\"").lstrip("#").strip() for p in parts if p.strip(" '\"#")]


def _front_matter(lines: list[str]) -> tuple[dict[str, list[str]], int] | None:
    """The front matter's fields (each a list of values) and the line after it, or None."""
    if not lines or lines[0].strip() != "---":
        return None
    fields: dict[str, list[str]] = {}
    current: str | None = None
    for index, line in enumerate(lines[1:_FRONT_LIMIT], start=1):
        if line.strip() in ("---", "..."):
            return fields, index + 1
        item = re.match(r"^\s+-\s*(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and current is not None:
            fields[current].append(item.group(1).strip().strip("'\""))
            continue
        pair = re.match(r"^([^\s:#][^:]{0,40}):\s*(.*)$", line)
        if pair:
            current = _key(pair.group(1))
            value = pair.group(2).strip()
            fields[current] = _split_list(value) if current in _TAG_KEYS else (
                [value.strip("'\"")] if value else [])  # fmt: skip
        elif line.strip():
            current = None  # a nested mapping or text: not a field this module reads
    return None


def _properties(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """Notion's ``Key: value`` lines right after the title, when one of them is a date, a tag
    or Notion's bookkeeping (so an ordinary first line such as "Note: call Ana" is kept)."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    found: dict[str, str] = {}
    end = index
    while end < len(lines) and (match := _PROPERTY.match(lines[end].strip())):
        found[_key(match.group(1))] = match.group(2).strip()
        end += 1
    known = {*_DATE_KEYS, *_TAG_KEYS, *_META_KEYS}
    if not found or not any(k in known for k in found):
        return {}, start
    return found, end


def _inline_tags(body: str) -> list[str]:
    tags: list[str] = []
    fenced = False
    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or line.startswith(("    ", "\t")):
            continue
        text = re.sub(r"`[^`]*`|\]\([^)]*\)|https?://\S+", " ", line)
        tags.extend(m.group(1).rstrip("/-") for m in _INLINE_TAG.finditer(text))
    return tags


def _title_from_name(name: str) -> str:
    """A title from a file name, without its date, its Notion id or a bare day number."""
    stem = _NOTION_ID.sub("", name.rsplit(".", 1)[0] if "." in name else name)
    stem = re.sub(r"(?<!\d)(\d{4}[-_./]\d{1,2}[-_./]\d{1,2}|\d{8})(?!\d)", " ", stem)
    stem = " ".join(stem.strip(" -_–—·.,").split())
    return "" if stem.isdigit() or _UNTITLED.fullmatch(stem) else stem


def read_note(text: str, parts: tuple[str, ...]) -> Note:
    """Read one note's ``text``; ``parts`` is its path inside the export (folders, file name)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fields: dict[str, list[str]] = {}
    start = 0
    front = _front_matter(lines)
    if front is not None:
        fields, start = front
    title = next(iter(fields.get("title", [])), "")
    stamp, dated_by = _stamp_of(fields, "front matter")
    while start < len(lines) and not lines[start].strip():
        start += 1
    heading = lines[start] if start < len(lines) else ""
    if re.match(r"^#\s+\S", heading):
        start += 1
        heading_stamp = dates.from_heading(heading)
        if heading_stamp is None:
            title = title or heading[1:].strip()
        elif stamp is None:
            stamp, dated_by = heading_stamp, "its heading"
    props, start = _properties(lines, start)
    if stamp is None:
        stamp, dated_by = _stamp_of({k: [v] for k, v in props.items()}, "its properties")
    if stamp is None:
        stamp = dates.from_path(parts)
        dated_by = "its file name" if stamp is not None else ""
    titled_by_name = not title
    title = title or _title_from_name(parts[-1])
    body = "\n".join(lines[start:]).strip("\n")
    tags = [*fields.get("tags", []), *fields.get("tag", []), *fields.get("keywords", [])]
    tags += _split_list(props.get("tags", "")) + _inline_tags(body)
    return Note(title.strip(), body, _unique(tags), stamp, dated_by, titled_by_name)


def _stamp_of(fields: dict[str, list[str]], where: str) -> tuple[Stamp | None, str]:
    for key in _DATE_KEYS:
        values = fields.get(key)
        if values:
            stamp = dates.from_text(values[0])
            if stamp is not None:
                return stamp, where
    return None, ""


def _unique(tags: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(tag.split()).strip("#/ ")
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(seen.values())
