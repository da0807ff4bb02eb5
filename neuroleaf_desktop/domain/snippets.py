"""Snippets for search results: a short window of text with the query's words marked.

Marks use the same ``[[ ]]`` convention as the FTS5 snippets, so the CLI and the UI render
both kinds alike. Pure functions, no I/O.

Work is bounded whatever the entry's size: in a long text the first match is found by one
compiled regular expression (C speed, accents and case ignored), and only a window of
``WINDOW_CHARS`` around it is split into words and marked. FTS5's own ``snippet()`` is not used
for that reason: it is quadratic in the entry's length (a 1 MB entry took over a minute).
"""

from __future__ import annotations

import re
import unicodedata

OPEN, CLOSE = "[[", "]]"
ELLIPSIS = "…"
_WORD = re.compile(r"\w+", re.UNICODE)
# Words too common to be worth highlighting in a semantic snippet.
_STOP_WORDS = (
    "the a an and or but of to in on at by for with from about as is are was were be been "
    "being it its this that these those i me my we our you your he she they them his her "
    "their not no so do did does have has had what when where how why which who whom can "
    "could would should will just very too than then there here"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
# Texts up to this many characters are marked whole; longer ones through a window this wide.
WINDOW_CHARS = 4000
_COMBINING = "[\u0300-\u036f]*"


def query_terms(query: str) -> list[str]:
    """Lower-cased, accent-folded words of the query worth highlighting (2+ letters)."""
    seen: list[str] = []
    for word in _WORD.findall(_fold(query)):
        if len(word) >= 2 and word not in _STOP and word not in seen:
            seen.append(word)
    return seen


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _matches(word: str, terms: list[str]) -> bool:
    folded = _fold(word)
    # A term matches a word starting with it ("walk" marks "walking"); a word also matches a
    # term sharing its stem, the word minus a two-letter ending, when that stem is still a
    # real word part of 4+ letters ("walked" vs query "walking"). A shorter stem would mark
    # unrelated words: "last" minus "st" is "la", which "lake" starts with.
    stem = folded[:-2]
    return any(folded.startswith(t) or (len(stem) >= 4 and t.startswith(stem)) for t in terms)


def _accented_variants() -> dict[str, str]:
    """For each ASCII letter, the Latin letters that fold to it ("e" -> "eéèêë..."), so a
    regular expression can match "cafe" in "café" without folding the whole text."""
    variants: dict[str, list[str]] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = _fold(char)
        if len(base) == 1 and base.isascii() and base.isalpha():
            variants.setdefault(base, [base]).append(char)
    return {base: "".join(chars) for base, chars in variants.items()}


_VARIANTS = _accented_variants()


def _term_pattern(term: str) -> str:
    parts = []
    for ch in term:
        chars = _VARIANTS.get(ch)
        parts.append(f"[{re.escape(chars)}]" if chars else re.escape(ch))
    return _COMBINING.join(parts)


def first_match_offset(text: str, query: str) -> int | None:
    """Where the first word starting with a query term begins in ``text`` (None: nowhere).

    One regular-expression scan, so the cost is linear and in C even for megabytes of text.
    """
    terms = query_terms(query)
    if not terms:
        return None
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(_term_pattern(t) for t in terms) + ")", re.IGNORECASE
    )
    found = pattern.search(text)
    return found.start() if found else None


def bounded_window(text: str, query: str, width: int = WINDOW_CHARS) -> str:
    """At most ``width`` characters of ``text``: around the first match, else the start."""
    if len(text) <= width:
        return text
    at = first_match_offset(text, query) or 0
    lo = max(0, at - width // 3)
    hi = min(len(text), lo + width)
    window = text[lo:hi]
    # Whole words only at the cut edges (a cut word would be marked or shown half).
    if lo > 0:
        cut = window.find(" ", 0, 64)
        window = ELLIPSIS + window[cut + 1 :]
    if hi < len(text):
        cut = window.rfind(" ", len(window) - 64)
        window = (window[:cut] if cut > 0 else window) + ELLIPSIS
    return window


def highlight(text: str, query: str, *, max_words: int = 30) -> str:
    """A window of at most ``max_words`` words of ``text`` around the first query word, with
    matching words wrapped in ``[[ ]]``; the start of ``text`` when nothing matches."""
    return _highlight_words(bounded_window(text, query), query, max_words)


def _highlight_words(text: str, query: str, max_words: int) -> str:
    words = list(_WORD.finditer(text))
    if not words:
        return " ".join(text.split())
    terms = query_terms(query)
    hits = [i for i, m in enumerate(words) if terms and _matches(m.group(), terms)]
    first = hits[0] if hits else 0
    lo = max(0, min(first - max_words // 3, len(words) - max_words))
    hi = min(len(words), lo + max_words)
    start = words[lo].start() if lo > 0 else 0
    end = words[hi - 1].end() if hi < len(words) else len(text)
    marked: list[str] = []
    pos = start
    hit_set = set(hits)
    for i in range(lo, hi):
        m = words[i]
        marked.append(text[pos : m.start()])
        marked.append(f"{OPEN}{m.group()}{CLOSE}" if i in hit_set else m.group())
        pos = m.end()
    marked.append(text[pos:end])
    out = " ".join("".join(marked).split())
    if lo > 0:
        out = ELLIPSIS + out
    if hi < len(words):
        out += ELLIPSIS
    return out
