"""Snippets for search results: a short window of text with the query's words marked.

Marks use the same ``[[ ]]`` convention as the FTS5 snippets, so the CLI and the UI render
both kinds alike. Pure functions, no I/O.
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


def highlight(text: str, query: str, *, max_words: int = 30) -> str:
    """A window of at most ``max_words`` words of ``text`` around the first query word, with
    matching words wrapped in ``[[ ]]``; the start of ``text`` when nothing matches."""
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
