"""Where each stress chip came from: the person's own words, quoted short, for its tooltip.

Why: a chip that says "work" about an entry is a claim about someone's life; they should be
able to see which of their words it was read from and judge it. The analyser says where, as
character offsets (``stress_spans.keyword_spans``, read again on demand); this module turns
those into short quotes: the matched words with a little of the sentence around them, cut at
whole words and clause or sentence ends, an ellipsis where words were left out.

Rules the quotes keep:

* a keyword with no span gets no quote: nothing is paraphrased or made up;
* a quote is always a stretch of what was typed (plus ellipses), inside the title or inside
  the body, never across the line the analyser puts between them;
* a word's trailing combining marks stay with it ("café" typed as ``cafe`` + U+0301), and a
  quote is cut only at spaces, so an accent, an emoji sequence or a right-to-left word is never
  split;
* a keyword read in several places shows at most ``MAX_QUOTES`` of them; places in the same
  stretch of text share one quote, and the rest are counted (``KeywordSource.more``).

Pure and fast (one re-reading of the entry, no model, no disk). The quotes hold the person's
words: they live in memory for tooltips and the CLI's answer only, never in a log or a file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.stress_spans import keyword_spans

Part = Literal["title", "body"]

MAX_QUOTE_CHARS: Final = 80  # a tooltip line; the matched words alone may be longer
MAX_QUOTES: Final = 2  # places quoted per keyword
ELLIPSIS: Final = "…"

# Where a sentence ends: . ! ? … (and their full-width / Arabic forms), then any closing
# quote marks or brackets (‹He said "no."›), before a space; or a line break. A clause also ends
# at , ; : dashes and brackets.
_CLOSERS: Final = "\"'”’»)]」』"
_SENTENCE_END: Final = re.compile(
    rf"[.!?…。！？؟۔][{re.escape(_CLOSERS)}]*(?=\s)|[\r\n\u2028\u2029]+"
)
_CLAUSE_END: Final = re.compile(
    rf"[.!?…。！？؟۔,;:，、؛)\]][{re.escape(_CLOSERS)}]*(?=\s)"
    r"|\s[—–(\[]\s?|\s-\s|[\r\n\u2028\u2029]+"
)
_REACH: Final = 4 * MAX_QUOTE_CHARS
_FINAL: Final = ".!?…。！？؟۔"
_TRIM: Final = " \t\u00a0\u200e\u200f,;:—–-"


@dataclass(frozen=True)
class Quote:
    """One place a keyword was read. ``text`` is what a tooltip shows; ``words`` are exactly
    the words the analyser matched, as typed, at ``start:end`` of the entry's ``part``."""

    text: str
    words: str
    part: Part
    start: int
    end: int


@dataclass(frozen=True)
class KeywordSource:
    """A shown stress keyword and where it came from (``more``: places not quoted)."""

    keyword: str
    quotes: tuple[Quote, ...]
    more: int = 0


def _parts(title: str, body: str) -> list[tuple[Part, int, str]]:
    """(part, offset in the analysed text, text) of the title and the body as the analyser
    joins them: the title, one newline, the body; or the body alone under a blank title."""
    if not title.strip():
        return [("body", 0, body)]
    return [("title", 0, title), ("body", len(title) + 1, body)]


def _place(title: str, body: str, start: int, end: int) -> tuple[Part, str, int, int] | None:
    """The part a span starts in and its offsets there, cut back to that part if a span ever
    ran over the newline between title and body (it would then be two stretches of text)."""
    for part, offset, text in reversed(_parts(title, body)):
        if start >= offset:
            local_start, local_end = start - offset, min(end - offset, len(text))
            while local_end < len(text) and unicodedata.combining(text[local_end]):
                local_end += 1  # the accents typed after a word's last letter are the word's
            while local_end > local_start and text[local_end - 1].isspace():
                local_end -= 1
            if local_end <= local_start:
                return None
            return part, text, local_start, local_end
    return None


def _bounds(text: str, start: int, end: int, pattern: re.Pattern[str]) -> tuple[int, int]:
    """The stretch around ``start:end`` up to the nearest ``pattern`` boundary on each side
    (the boundary's own punctuation kept on the right: "the rent is due."). Boundaries are
    looked for within ``_REACH`` characters only: a stretch that long is cut at words anyway,
    and a pasted book costs time in proportion to its length, not to its square."""
    left = max(0, start - _REACH)
    for match in pattern.finditer(text, left, start):
        if match.end() <= start:
            left = match.end()
    found = pattern.search(text, end, end + _REACH)
    right = min(len(text), end + _REACH) if found is None else found.start()
    if right < len(text) and text[right] in _FINAL:
        right += 1
        while right < len(text) and text[right] in _CLOSERS:
            right += 1  # the quote mark that closes the sentence belongs to it
    return left, right


def _words_around(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` word by word inside ``left:right`` while it fits ``MAX_QUOTE_CHARS``,
    alternating sides, cutting only at whitespace."""
    lo, hi = start, end
    while True:
        grown = False
        for side in ("right", "left"):
            if side == "right" and hi < right:
                nxt = hi
                while nxt < right and text[nxt].isspace():
                    nxt += 1
                while nxt < right and not text[nxt].isspace():
                    nxt += 1
                if len(text[lo:nxt].strip()) <= MAX_QUOTE_CHARS - 2:
                    hi, grown = nxt, True
            if side == "left" and lo > left:
                prv = lo
                while prv > left and text[prv - 1].isspace():
                    prv -= 1
                while prv > left and not text[prv - 1].isspace():
                    prv -= 1
                if len(text[prv:hi].strip()) <= MAX_QUOTE_CHARS - 2:
                    lo, grown = prv, True
        if not grown:
            return lo, hi


def _window(text: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """(from, to, cut on the left, cut on the right): the sentence round the words if short
    enough, else their clause, else as many whole words of the clause as fit; "cut" where the
    sentence goes on beyond the quote, so the person sees that it was shortened."""
    sentence_left, sentence_right = _bounds(text, start, end, _SENTENCE_END)
    if len(text[sentence_left:sentence_right].strip(_TRIM)) <= MAX_QUOTE_CHARS:
        return sentence_left, sentence_right, False, False
    left, right = _bounds(text, start, end, _CLAUSE_END)
    lo, hi = (
        (left, right)
        if len(text[left:right].strip(_TRIM)) <= MAX_QUOTE_CHARS
        else _words_around(text, left, right, start, end)
    )
    cut_left = bool(text[sentence_left:lo].strip(_TRIM))
    cut_right = bool(text[hi:sentence_right].strip(_TRIM + _FINAL + _CLOSERS))
    return lo, hi, cut_left, cut_right


def _quote_text(text: str, lo: int, hi: int, cut_left: bool, cut_right: bool) -> str:
    inner = text[lo:hi].strip(_TRIM)
    return f"{ELLIPSIS if cut_left else ''}{inner}{ELLIPSIS if cut_right else ''}"


def quotes_of(
    title: str, body: str, spans: Sequence[tuple[int, int]]
) -> tuple[tuple[Quote, ...], int]:
    """Quotes for ``spans`` (offsets into ``analysed_text(title, body)``) of one keyword, in
    the text's order, places in one stretch sharing a quote; and how many were left out."""
    windows: list[tuple[Part, str, int, int, bool, bool, int, int]] = []
    for start, end in sorted(spans):
        placed = _place(title, body, start, end)
        if placed is None:
            continue
        part, text, s, e = placed
        lo, hi, cut_left, cut_right = _window(text, s, e)
        last = windows[-1] if windows else None
        if last is not None and last[0] == part and lo < last[3]:
            continue  # the same stretch of text already quoted for this keyword
        windows.append((part, text, lo, hi, cut_left, cut_right, s, e))
    quotes = tuple(
        Quote(_quote_text(text, lo, hi, cl, cr), text[s:e], part, s, e)
        for part, text, lo, hi, cl, cr, s, e in windows
    )
    return quotes[:MAX_QUOTES], max(0, len(quotes) - MAX_QUOTES)


def stress_sources(title: str, body: str, analysis: EntryAnalysis) -> tuple[KeywordSource, ...]:
    """Where each stress keyword of ``analysis`` came from, in the order the chips show them.

    ``analysis`` must describe this title and body (``AnalysisReader.current``); a keyword the
    analyser cannot place in the text is left out rather than quoted from elsewhere."""
    shown = [keyword for keyword, _weight in analysis.stress_keywords]
    if not shown:
        return ()
    by_keyword: dict[str, list[tuple[int, int]]] = {}
    for keyword, start, end in keyword_spans(title, body, shown):
        by_keyword.setdefault(keyword, []).append((start, end))
    sources: list[KeywordSource] = []
    for keyword in shown:
        quotes, more = quotes_of(title, body, by_keyword.get(keyword, ()))
        if quotes:
            sources.append(KeywordSource(keyword, quotes, more))
    return tuple(sources)
