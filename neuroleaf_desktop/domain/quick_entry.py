"""Turn one line of typed text into a journal entry, the way jrnl users write.

`neuroleaf write Walked by the lake. Felt lighter @nature @calm` becomes an entry titled
"Walked by the lake." whose body is the rest, tagged nature and calm. The first sentence is the
title because that is how jrnl reads a line, and people switching from it expect the same.
Tags stay in the text as written (jrnl keeps them too), so nothing typed is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A tag is @ followed by letters, digits, '-' or '_' (any script), not part of an e-mail address.
_TAG = re.compile(r"(?<![\w.])@([^\W_][\w-]*)", re.UNICODE)
# The title ends at the first sentence end followed by a space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
TITLE_LIMIT = 120


@dataclass(frozen=True)
class QuickEntry:
    title: str
    body: str
    tags: tuple[str, ...]


def parse_quick_entry(text: str) -> QuickEntry:
    """Split typed text into title, body and @tags (lower-cased, unique, in order)."""
    clean = text.strip()
    tags: list[str] = []
    for match in _TAG.finditer(clean):
        tag = match.group(1).lower()
        if tag not in tags:
            tags.append(tag)
    end = _SENTENCE_END.search(clean)
    if end is None:
        title, body = clean, ""
    else:
        title, body = clean[: end.start()].strip(), clean[end.end() :].strip()
    if len(title) > TITLE_LIMIT:
        # A long first sentence is the text itself, not a title.
        title, body = "", clean
    return QuickEntry(title=title, body=body or title, tags=tuple(tags))
