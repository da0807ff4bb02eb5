"""Turn what a person types into a safe FTS5 query.

People type words, not FTS5 syntax: quotes, dashes or a lone ``*`` must never raise a syntax
error. Each whitespace-separated chunk becomes a quoted FTS5 string, so operators (``NOT``,
``OR``, ``-``, ``:``) are literal, and FTS5 splits the chunk with the *same* tokenizer that
indexed the text (our own word regex would disagree with unicode61 on some scripts). The last
chunk also matches as a prefix, so results appear while typing. "Quoted phrases" stay phrases.
"""

from __future__ import annotations

import re
import unicodedata

_PHRASE = re.compile(r'"([^"]+)"')


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _searchable(chunk: str) -> bool:
    return any(ch.isalnum() for ch in chunk)


def to_fts_query(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\x00", " ")
    parts = [_quote(" ".join(p.split())) for p in _PHRASE.findall(text) if _searchable(p)]
    chunks = [c for c in _PHRASE.sub(" ", text).replace('"', " ").split() if _searchable(c)]
    for i, chunk in enumerate(chunks):
        term = _quote(chunk)
        if i == len(chunks) - 1 and sum(ch.isalnum() for ch in chunk) >= 2:
            term += "*"
        parts.append(term)
    return " ".join(parts)
