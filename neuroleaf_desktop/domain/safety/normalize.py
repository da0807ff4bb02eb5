"""Text normalisation with a map back to the person's original offsets.

Unicode NFKC + case folding, curly apostrophes and quotes made straight, zero-width
characters dropped. With ``fold=True`` accents are dropped too ("morirme" and "morírme",
"é" typed as e + combining accent): people type fast, on foreign keyboards, without accents,
and a rule must not miss "quiero morir" because of a missing tilde. German umlauts are handled
in the rules themselves ("mo(?:e)?chte" matches "möchte", "mochte" and "moechte").
"""

from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07"
_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_TRANSLATE = str.maketrans(
    {**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_QUOTES, '"')}
    | dict.fromkeys(_DASHES, "-")
)


def _strip_accents(piece: str) -> str:
    decomposed = unicodedata.normalize("NFD", piece)
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or piece


def normalize(text: str, *, fold: bool = False) -> tuple[str, list[int]]:
    """Lower-cased NFKC text with plain punctuation, and a map back to original offsets.

    ``mapping[i]`` is the index in ``text`` of the character that produced normalised
    character ``i``; ``mapping[len(norm)] == len(text)``. A base character and its combining
    marks are normalised together so "é" typed as e + accent becomes one "é" (or one "e" with
    ``fold``).
    """
    out: list[str] = []
    mapping: list[int] = []
    n = len(text)
    done = 0
    # Runs of ASCII (most of any text) are normalised whole: each character is its own
    # cluster and becomes one character (lower case, "`" made "'"), so the map is the identity.
    for run in _ASCII_RUN.finditer(text):
        start, end = run.span()
        if end < n and unicodedata.combining(text[end]):
            end -= 1  # the base character of the marks that follow goes with them
        _normalize_clusters(text, done, start, fold, out, mapping)
        if start < end:
            out.append(text[start:end].lower().translate(_TRANSLATE))
            mapping.extend(range(start, end))
        done = max(start, end)
    _normalize_clusters(text, done, n, fold, out, mapping)
    mapping.append(n)
    return "".join(out), mapping


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _normalize_clusters(
    text: str, start: int, end: int, fold: bool, out: list[str], mapping: list[int]
) -> None:
    """``text[start:end]`` cluster by cluster (a character and its combining marks)."""
    i = start
    while i < end:
        j = i + 1
        while j < end and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster not in _INVISIBLE:
            piece = _normalize_cluster(cluster, fold)
            out.append(piece)
            mapping.extend([i] * len(piece))
        i = j


@functools.lru_cache(maxsize=4096)
def _normalize_cluster(cluster: str, fold: bool) -> str:
    piece = unicodedata.normalize("NFKC", cluster.translate(_TRANSLATE))
    piece = piece.casefold().translate(_TRANSLATE)
    if fold:
        piece = _strip_accents(piece)
    return piece
