"""Search results as rows: what each row shows and what a screen reader calls it, and what is
said when a search finishes.

A result row shows the entry's title (bold), a ★ when the person starred it, its date, then the
snippet with the matched words in bold; a check-in note found by its words is titled as a
check-in. Its accessible name is the date, the title (and "starred" for the ★) and the snippet
as shown ("Mon 02 Jun 2025, Evening, starred: A slow walk along the river…"), so a screen
reader says what a sighted reader sees on that row and nothing more.

Snippets come from the search service with ``[[ ]]`` around the matched words. The text is the
person's own writing, so it is HTML-escaped *before* the markers become ``<b>`` tags: a ``<b>``
typed in an entry is shown as the four characters it is.

Pure and Qt-free: built on the worker with the results. Nothing here is logged.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.domain.snippets import CLOSE, OPEN
from neuroleaf_desktop.domain.timeutil import local_time
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.search_service import CheckinNoteResult, SearchResult

ResultKind = Literal["entry", "checkin"]

_MARKED = re.compile(re.escape(OPEN) + r"(.+?)" + re.escape(CLOSE), re.DOTALL)

OPEN_ENTRY = "Enter opens the entry."
OPEN_CHECKIN = "Enter opens the check-in to correct it."
STAR = "★"  # a starred entry's mark, as in the Journal's lists


def snippet_html(snippet: str, strong_colour: str | None = None) -> str:
    """Rich text for a snippet: the text escaped, each ``[[word]]`` as ``<b>word</b>``."""
    style = f' style="color:{strong_colour}"' if strong_colour else ""
    parts: list[str] = []
    last = 0
    for match in _MARKED.finditer(snippet):
        parts.append(html.escape(snippet[last : match.start()]))
        parts.append(f"<b{style}>{html.escape(match[1])}</b>")
        last = match.end()
    parts.append(html.escape(snippet[last:]))
    return "".join(parts).replace("\n", " ")


def snippet_plain(snippet: str) -> str:
    """The snippet without marks (what a screen reader is told)."""
    return _MARKED.sub(lambda m: m[1], snippet).replace("\n", " ")


@dataclass(frozen=True)
class ResultRow:
    """One result: ``title``, ``date`` and ``snippet`` (with its marks) are shown; ``name`` and
    ``description`` are read."""

    kind: ResultKind
    id: str
    title: str
    date: str
    snippet: str
    name: str
    description: str
    starred: bool = False

    def html(self, strong: str = "", muted: str = "") -> str:
        """The title in bold (and its ★) and the date beside it, then the snippet in ``muted``
        with the matched words in bold ``strong``."""
        tone = f' style="color:{muted}"' if muted else ""
        title, date = html.escape(self.title), html.escape(self.date)
        star = f"&nbsp;{STAR}" if self.starred else ""
        head = f"<b>{title}</b>{star}&nbsp;&nbsp;<span{tone}>{date}</span>"
        if not self.snippet:
            return head
        return f"{head}<br><span{tone}>{snippet_html(self.snippet, strong or None)}</span>"


def _name(date_text: str, title: str, snippet: str, *, starred: bool = False) -> str:
    plain = snippet_plain(snippet).strip()
    named = f"{date_text}, {title}, starred" if starred else f"{date_text}, {title}"
    return f"{named}: {plain}" if plain else named


def entry_row(result: SearchResult) -> ResultRow:
    when = local_time(result.created_at, result.tz_offset_min)
    date_text = f"{when:%a %d %b %Y}"
    if result.source is EntrySource.VOICE:
        date_text += " · voice"
    title = result.title.strip() or "Untitled"
    name = _name(date_text, title, result.snippet, starred=result.starred)
    return ResultRow(
        "entry",
        result.entry_id,
        title,
        date_text,
        result.snippet,
        name,
        OPEN_ENTRY,
        starred=result.starred,
    )


def checkin_row(result: CheckinNoteResult) -> ResultRow:
    when = local_time(result.logged_at, result.tz_offset_min)
    date_text = f"{when:%a %d %b %Y, %H:%M} · check-in"
    title = f"Check-in · mood {result.mood}/10"
    name = _name(date_text, title, result.snippet)
    return ResultRow(
        "checkin", result.checkin_id, title, date_text, result.snippet, name, OPEN_CHECKIN
    )


def result_rows(
    entries: Sequence[SearchResult], checkins: Sequence[CheckinNoteResult] = ()
) -> list[ResultRow]:
    """The entries in the order found, then the check-ins."""
    return [entry_row(r) for r in entries] + [checkin_row(c) for c in checkins]


def _picks_by_date(entries: int, limit: int | None, mode: str, order: SearchOrder) -> bool:
    """Whether a full list was chosen by date: a search by words at a date order takes the
    newest (earliest) of all its matches, so its count already says the order."""
    full = limit is not None and entries >= limit
    return full and mode == "fulltext" and order is not SearchOrder.BEST


def _entries_words(entries: int, limit: int | None, mode: str, order: SearchOrder) -> str:
    """The entries part: "12 entries", or, when the list stopped at ``limit``, which ones
    these are (the best matches, or the newest / earliest of all of them)."""
    if limit is None or entries < limit:
        return plural(entries, "entry") if entries else ""
    if _picks_by_date(entries, limit, mode, order):
        which = "newest" if order is SearchOrder.NEWEST else "earliest"
        return f"The {limit} {which} matches"
    return f"The {limit} best matches"


def _order_words(order: SearchOrder) -> str:
    return {SearchOrder.NEWEST: "newest first", SearchOrder.OLDEST: "oldest first"}.get(order, "")


def found_status(
    entries: int,
    checkins: int = 0,
    *,
    limit: int | None = None,
    mode: str = "fulltext",
    order: SearchOrder = SearchOrder.BEST,
) -> str:
    """The line above the results: "12 entries · 2 check-ins · newest first", "The 50 best
    matches"; empty when nothing was found."""
    parts = [_entries_words(entries, limit, mode, order)]
    parts.append(plural(checkins, "check-in") if checkins else "")
    if (entries or checkins) and not _picks_by_date(entries, limit, mode, order):
        parts.append(_order_words(order))
    return " · ".join(part for part in parts if part)


def count_announcement(
    entries: int,
    checkins: int = 0,
    *,
    limit: int | None = None,
    mode: str = "fulltext",
    order: SearchOrder = SearchOrder.BEST,
) -> str:
    """What is said when a search finishes: "12 entries found", "1 entry and 2 check-ins
    found", "The 50 best matches found", "3 entries found, newest first", "No entries
    found"."""
    said = _entries_words(entries, limit, mode, order)
    if checkins:
        found = plural(checkins, "check-in")
        said = f"{said} and {found}" if said else found
    if not said:
        return "No entries found"
    how = _order_words(order)
    if _picks_by_date(entries, limit, mode, order) or not how:
        return f"{said} found"
    return f"{said} found, {how}"
