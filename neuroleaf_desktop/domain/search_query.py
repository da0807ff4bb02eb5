"""Turn what a person types into a safe FTS5 query.

People type words, not FTS5 syntax: quotes, dashes or a lone ``*`` must never raise a syntax
error. Each word becomes a quoted term (so ``NOT``, ``OR``, ``-`` are literal); the last word
also matches as a prefix, so results appear while typing. "quoted phrases" stay phrases.
"""

from __future__ import annotations

import re
import unicodedata

_PHRASE = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"\w+", re.UNICODE)


def to_fts_query(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\x00", " ")
    parts: list[str] = []
    for phrase in _PHRASE.findall(text):
        words = _WORD.findall(phrase)
        if words:
            parts.append('"' + " ".join(words) + '"')
    rest = _PHRASE.sub(" ", text)
    words = _WORD.findall(rest)
    for i, word in enumerate(words):
        term = f'"{word}"'
        if i == len(words) - 1 and len(word) >= 2:
            term += "*"
        parts.append(term)
    return " ".join(parts)
