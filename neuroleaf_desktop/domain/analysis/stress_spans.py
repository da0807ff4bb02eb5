"""Where in the text each counted stress keyword was read: character offsets, never words.

Why: a chip says what the entry's stress is about; a later reader (the learned gate, which
doubts a chip from the clause it came from) needs to know which words gave it. The reading
itself works on rewritten sentences (whitespace joined, first names written as "someone",
contrasts cut into segments, contractions spelt out), so a stressor's token positions are
positions in its segment's tokens, not in the text. They are found again here by aligning those
tokens with the words of the text as written (the rewrites are few and local), so
the offsets point at what the writer typed. A stressor whose words fall in a rewritten stretch
("5.12am" read as "5am") gets the whole stretch; one that cannot be placed gets no span.

Offsets index the analysed text: the title, a newline and the body, or the body alone when the
title is blank (``analyzer.analysed_text``). They are read again on demand from the entry's text
(``keyword_spans``), not carried in every analysis: no part of the app needs them on each save,
and they are never stored or exported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from neuroleaf_desktop.domain.analysis.analyzer import analysed_text
from neuroleaf_desktop.domain.analysis.clause import Clause
from neuroleaf_desktop.domain.analysis.clauses import read_clauses, segment_texts
from neuroleaf_desktop.domain.analysis.entry_scores import counted_stressors
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, tokenize

# A word as ``lexicon.tokenize`` reads one: letters or digits, one inner apostrophe of any kind.
_WORD: Final = re.compile(r"[^\W_]+(?:['’‘`´][^\W_]+)?")
_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})

Span = tuple[str, int, int]  # (keyword, start, end) in the analysed text


def _written_words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` as typed, lower-cased for matching, with their offsets."""
    return [
        (m[0].lower().translate(_APOSTROPHES), m.start(), m.end()) for m in _WORD.finditer(text)
    ]


def _read_words(text: str) -> list[tuple[int, int, str]]:
    """(segment, position, token) of every word the reading saw, in order (no breaks)."""
    return [
        (number, position, token)
        for number, segment in enumerate(segment_texts(text))
        for position, token in enumerate(tokenize(segment))
        if token != BREAK
    ]


# How far either side may run ahead to find the two agree again after a rewrite ("Priya" read as
# "someone", "5.12am" as "5am", "but" cut out as a contrast, an emoji read as a word).
_RESYNC_REACH: Final = 6


def _agree(
    read: list[tuple[int, int, str]], written: list[tuple[str, int, int]], r: int, w: int
) -> bool:
    """Do the read and written words agree at ``r`` and ``w``, and at the next pair too (so a
    lone "the" does not pass for the place they meet again)?"""
    if r >= len(read) or w >= len(written) or read[r][2] != written[w][0]:
        return False
    return r + 1 >= len(read) or w + 1 >= len(written) or read[r + 1][2] == written[w + 1][0]


def _resync(
    read: list[tuple[int, int, str]], written: list[tuple[str, int, int]], r: int, w: int
) -> tuple[int, int] | None:
    """The fewest read and written words to pass over before the two agree again."""
    for total in range(1, 2 * _RESYNC_REACH + 1):
        for skip_read in range(max(0, total - _RESYNC_REACH), min(total, _RESYNC_REACH) + 1):
            if _agree(read, written, r + skip_read, w + total - skip_read):
                return skip_read, total - skip_read
    return None


def _aligned(
    read: list[tuple[int, int, str]], written: list[tuple[str, int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(segment, position) of each read word → the offsets of the written word(s) it came from.
    One pass, each side running ahead at most ``_RESYNC_REACH`` words, so a pasted book costs
    time in proportion to its length."""
    placed: dict[tuple[int, int], tuple[int, int]] = {}
    r = w = 0
    while r < len(read) and w < len(written):
        if read[r][2] == written[w][0]:
            placed[read[r][:2]] = written[w][1:]
            r, w = r + 1, w + 1
            continue
        step = _resync(read, written, r, w)
        if step is None:
            break  # too far apart to place the rest: those stressors get no span
        skip_read, skip_written = step
        if skip_written:  # a rewritten stretch: each read word in it gets the whole stretch
            stretch = (written[w][1], written[w + skip_written - 1][2])
            for k in range(r, r + skip_read):
                placed[read[k][:2]] = stretch
        r, w = r + skip_read, w + skip_written
    return placed


def stress_spans(text: str, clauses: list[Clause], keywords: set[str]) -> tuple[Span, ...]:
    """(keyword, start, end) for every counted stressor of ``keywords``, in the text's order:
    the offsets in ``text`` of the words that gave it."""
    counted = [(c, s) for c, s in counted_stressors(clauses) if s.keyword in keywords]
    if not counted:
        return ()
    placed = _aligned(_read_words(text), _written_words(text))
    spans: list[Span] = []
    for clause, stressor in counted:
        first, last = stressor.at
        found = [
            placed[(clause.segment, p)] for p in range(first, last) if (clause.segment, p) in placed
        ]
        if found:
            spans.append((stressor.keyword, min(s for s, _ in found), max(e for _, e in found)))
    return tuple(spans)


def keyword_spans(title: str, body: str, keywords: Iterable[str]) -> tuple[Span, ...]:
    """(keyword, start, end) in ``analyzer.analysed_text(title, body)`` for every counted reading
    of ``keywords``: pass the keywords a result shows, so one the learned gate withdrew has none.
    The entry is read again, so an analysis pays nothing for spans no one asks for."""
    text = analysed_text(title, body)
    return stress_spans(text, read_clauses(text), set(keywords))
