"""Search results as rows and what is said when a search finishes, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime

from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.services.search_service import CheckinNoteResult, SearchOrder, SearchResult
from neuroleaf_desktop.services.search_text import (
    count_announcement,
    found_status,
    result_rows,
    snippet_html,
    snippet_plain,
)


def _entry(title: str, snippet: str, **kw: object) -> SearchResult:
    return SearchResult(
        entry_id="e1",
        created_at=datetime(2026, 1, 31, 23, 30, tzinfo=UTC),
        tz_offset_min=60,  # already 1 February where it was written
        title=title,
        snippet=snippet,
        score=1.0,
        **kw,  # type: ignore[arg-type]
    )


def test_an_entry_row_is_named_by_its_local_date_title_and_shown_snippet() -> None:
    (row,) = result_rows([_entry("Allotment", "Dug the [[beans]] in.\nRain later.")])
    assert row.kind == "entry" and row.id == "e1"
    assert row.date == "Sun 01 Feb 2026"
    assert row.name == "Sun 01 Feb 2026, Allotment: Dug the beans in. Rain later."
    assert row.description == "Enter opens the entry."


def test_untitled_voice_and_empty_snippets() -> None:
    (row,) = result_rows([_entry("  ", "", source=EntrySource.VOICE)])
    assert row.title == "Untitled" and row.date == "Sun 01 Feb 2026 · voice"
    assert row.name == "Sun 01 Feb 2026 · voice, Untitled"
    assert "<br>" not in row.html()


def test_checkins_follow_the_entries_and_open_for_correction() -> None:
    note = CheckinNoteResult("c1", datetime(2026, 5, 4, 7, 5, tzinfo=UTC), 0, 6, "[[slept]] ok", 1)
    rows = result_rows([_entry("A", "x")], [note])
    assert [r.kind for r in rows] == ["entry", "checkin"]
    assert rows[1].name == "Mon 04 May 2026, 07:05 · check-in, Check-in · mood 6/10: slept ok"
    assert rows[1].description == "Enter opens the check-in to correct it."


def test_the_persons_markup_is_escaped_before_the_matches_are_bolded() -> None:
    shown = snippet_html("a <b>x</b> & [[word]]", "#111111")
    assert shown == 'a &lt;b&gt;x&lt;/b&gt; &amp; <b style="color:#111111">word</b>'
    assert snippet_plain("[[two]] [[marks]]\nhere") == "two marks here"
    (row,) = result_rows([_entry("<i>T</i>", "[[w]]")])
    html = row.html("#000000", "#777777")
    assert "<b>&lt;i&gt;T&lt;/i&gt;</b>" in html and "color:#777777" in html


def test_the_count_said_when_a_search_finishes() -> None:
    assert count_announcement(12) == "12 entries found"
    assert count_announcement(1) == "1 entry found"
    assert count_announcement(0) == "No entries found"
    assert count_announcement(0, 2) == "2 check-ins found"
    assert count_announcement(1, 1) == "1 entry and 1 check-in found"
    assert count_announcement(50, limit=50) == "The 50 best matches found"
    assert count_announcement(49, limit=50) == "49 entries found"


def test_the_order_is_said_and_a_full_list_says_which_matches_it_holds() -> None:
    newest, oldest = SearchOrder.NEWEST, SearchOrder.OLDEST
    assert count_announcement(3, order=newest) == "3 entries found, newest first"
    assert count_announcement(0, order=newest) == "No entries found"
    # words at a date order took the newest (earliest) of all their matches
    assert count_announcement(50, limit=50, order=newest) == "The 50 newest matches found"
    assert count_announcement(50, limit=50, order=oldest) == "The 50 earliest matches found"
    # meaning kept its best matches and only lists them by date
    said = count_announcement(50, limit=50, mode="hybrid", order=oldest)
    assert said == "The 50 best matches found, oldest first"

    assert found_status(12, 2) == "12 entries · 2 check-ins"
    assert found_status(12, 2, order=newest) == "12 entries · 2 check-ins · newest first"
    assert found_status(50, limit=50) == "The 50 best matches"
    assert found_status(50, limit=50, order=newest) == "The 50 newest matches"
    assert found_status(50, limit=50, mode="semantic", order=newest) == (
        "The 50 best matches · newest first"
    )
    assert found_status(0, 1, order=oldest) == "1 check-in · oldest first"
    assert found_status(0, 0, order=oldest) == ""
