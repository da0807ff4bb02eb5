"""Cut an entry into overlapping chunks for embedding (pure: no I/O).

all-MiniLM-L6-v2 reads at most 256 word pieces (≈ 180-200 English words); text beyond that is
silently dropped. So a long entry is split into chunks of about ``target_words`` words,
preferring paragraph and sentence boundaries, each chunk repeating the last ``overlap_words``
words (whole sentences when possible) of the previous one so that a thought spanning a
boundary is still seen whole by one chunk.

A chunk is described by character offsets into the *document* text (``entry_document``), so
the stored vectors carry no text: the snippet for a semantic hit is cut from the decrypted
entry at search time.

Guarantees (property-tested): chunks are non-empty, ``text[start:end]`` is the chunk's text,
starts strictly increase, every word of the text lies in at least one chunk, and no chunk has
more than ``target_words`` words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_TARGET_WORDS = 200
DEFAULT_OVERLAP_WORDS = 40

_WORD = re.compile(r"\S+")
# A sentence ends after . ! ? … (with closing quotes/brackets) followed by white space, or at a
# blank line (paragraph break). The regex finds the *ends* of sentences.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*\n")


@dataclass(frozen=True)
class Chunk:
    no: int
    start: int  # character offsets into the document text: text[start:end]
    end: int
    words: int


def entry_document(title: str, body: str) -> str:
    """The text that is embedded for an entry: the title (if any), a blank line, the body."""
    title, body = title.strip(), body.strip()
    if title and body:
        return f"{title}\n\n{body}"
    return title or body


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    words: int


def _word_spans(text: str, start: int, end: int) -> list[_Span]:
    return [_Span(m.start() + start, m.end() + start, 1) for m in _WORD.finditer(text[start:end])]


def _sentences(text: str, target_words: int) -> list[_Span]:
    """Sentence spans (trimmed), each at most ``target_words`` words (long ones are cut)."""
    spans: list[_Span] = []
    pos = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for bound in bounds:
        words = _word_spans(text, pos, bound)
        pos = bound
        for i in range(0, len(words), target_words):
            piece = words[i : i + target_words]
            if piece:
                spans.append(_Span(piece[0].start, piece[-1].end, len(piece)))
    return spans


def chunk_text(
    text: str,
    *,
    target_words: int = DEFAULT_TARGET_WORDS,
    overlap_words: int = DEFAULT_OVERLAP_WORDS,
) -> list[Chunk]:
    """Split ``text`` into chunks of at most ``target_words`` words with some overlap."""
    if target_words < 1:
        raise ValueError("target_words must be >= 1")
    if not 0 <= overlap_words < target_words:
        raise ValueError("overlap_words must be in [0, target_words)")
    sentences = _sentences(text, target_words)
    if not sentences:
        return []
    chunks: list[Chunk] = []
    first = 0  # index of the first sentence of the current chunk
    n = len(sentences)
    while first < n:
        last = first
        words = sentences[first].words
        while last + 1 < n and words + sentences[last + 1].words <= target_words:
            last += 1
            words += sentences[last].words
        chunks.append(Chunk(len(chunks), sentences[first].start, sentences[last].end, words))
        if last + 1 >= n:
            break
        # Next chunk: step back over whole sentences worth at most ``overlap_words`` words,
        # but always make progress (start after the current chunk's first sentence) and leave
        # room for the first new sentence.
        nxt = last + 1
        room = min(overlap_words, target_words - sentences[nxt].words)
        back = 0
        while nxt - 1 > first and back + sentences[nxt - 1].words <= room:
            nxt -= 1
            back += sentences[nxt].words
        first = nxt
    return chunks
