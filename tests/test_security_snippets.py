"""Search on a huge entry: the snippet comes from a bounded window, never the whole text."""

from __future__ import annotations

from typing import Any

import pytest

from neuroleaf_desktop.domain import snippets
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session

FILLER = "ordinary words about an ordinary day "


def test_highlight_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    inner = snippets._highlight_words

    def spy(text: str, query: str, max_words: int) -> str:
        seen.append(len(text))
        return inner(text, query, max_words)

    monkeypatch.setattr(snippets, "_highlight_words", spy)
    text = FILLER * 140_000 + "then a Café by the river " + FILLER * 1000  # ~5 MB
    out = snippets.highlight(text, "cafe river")
    assert "[[Café]]" in out and "[[river]]" in out and out.startswith(snippets.ELLIPSIS)
    assert seen and max(seen) <= snippets.WINDOW_CHARS + 2
    # Nothing matches: still only the start, still bounded.
    assert snippets.highlight(text, "zebra").startswith("ordinary words")
    assert max(seen) <= snippets.WINDOW_CHARS + 2
    # Short texts are marked exactly as before.
    assert snippets.highlight("I walked to the café", "walking cafe") == (
        "I [[walked]] to the [[café]]"
    )


@pytest.mark.timeout(120)  # a hang guard only: before, a 5 MB entry ran past 300 s
def test_search_of_a_5_mb_entry_uses_no_fts_snippet(session: Session) -> None:
    body = FILLER * 135_000 + "the lighthouse keeper waved " + FILLER * 100
    assert len(body) > 4_900_000  # about the size the review found hanging past 300 s
    session.journal.add(NewEntry("long day", body))
    session.journal.add(NewEntry("short", "a lighthouse in the fog"))
    statements: list[str] = []
    conn: Any = session.vault._connection()
    conn.set_trace_callback(statements.append)
    try:
        hits = session.search.fulltext("lighthouse")
    finally:
        conn.set_trace_callback(None)
    assert len(hits) == 2
    assert all("[[lighthouse]]" in h.snippet for h in hits)
    assert all(len(h.snippet) < 400 for h in hits)
    assert not any("snippet(" in s for s in statements)
