"""Chunking (pure) and snippet highlighting: property tests."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from neuroleaf_desktop.domain.chunking import chunk_text, entry_document
from neuroleaf_desktop.domain.snippets import highlight

WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
SEPS = st.sampled_from([" ", "  ", ". ", "! ", "\n", "\n\n", "? ", "… ", '." '])
TEXT = st.lists(st.tuples(WORDS, SEPS), max_size=400).map(lambda p: "".join(a + b for a, b in p))


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(5, 60), st.integers(0, 30))
def test_chunks_cover_the_text_within_size(text: str, target: int, overlap: int) -> None:
    overlap = min(overlap, target - 1)
    chunks = chunk_text(text, target_words=target, overlap_words=overlap)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if not words:
        assert chunks == []
        return
    assert chunks and [c.no for c in chunks] == list(range(len(chunks)))
    starts = [c.start for c in chunks]
    assert starts == sorted(set(starts))  # strictly increasing
    for c in chunks:
        piece = text[c.start : c.end]
        assert piece == piece.strip() and piece
        assert len(piece.split()) == c.words <= target
    for ws, we in words:  # every word lies in some chunk
        assert any(c.start <= ws and we <= c.end for c in chunks)
    for a, b in itertools.pairwise(chunks):  # each chunk adds new text
        assert b.end > a.end


def test_short_text_is_one_chunk_and_long_text_overlaps() -> None:
    assert [(c.start, c.end) for c in chunk_text("Just one line.")] == [(0, 14)]
    sentence = "I walked along the river and thought about the week ahead of me. "
    long = sentence * 60  # 13 words x 60
    chunks = chunk_text(long, target_words=200, overlap_words=40)
    assert len(chunks) >= 4
    assert all(c.words <= 200 for c in chunks)
    assert chunks[1].start < chunks[0].end  # overlap


def test_entry_document() -> None:
    assert entry_document(" Title ", " body ") == "Title\n\nbody"
    assert entry_document("", "body") == "body"
    assert entry_document("Title", "") == "Title"


@given(st.text(max_size=300), st.text(max_size=40))
def test_highlight_never_fails_and_keeps_words(text: str, query: str) -> None:
    out = highlight(text, query)
    # The marks added around words come in pairs (brackets the person typed stay as typed).
    if "[" not in text and "]" not in text:
        assert out.count("[[") == out.count("]]")


def test_highlight_marks_query_words() -> None:
    text = "Yesterday I went walking by the river. It was calm and the water was bright."
    assert "[[walking]]" in highlight(text, "walk river")
    assert "[[river]]" in highlight(text, "walk river")
    assert "[[the]]" not in highlight(text, "the river")  # stop words are not marked
