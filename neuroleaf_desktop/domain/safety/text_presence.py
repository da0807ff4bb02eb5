"""Which of the strings rules require one text holds, and where: ``prefilter``'s proofs put to use.

Why: ``prefilter.required`` says which strings a rule's every match contains; ~1,900 rules ask
about a few thousand such strings, many of them shared ("myself", "kill"). Looking each one up
once per text, and on a long text through its distinct words rather than the whole text, keeps
the cost of ruling rules out far below the cost of running them. Nothing here changes a match:
it only tells the detector which rules, and which stretches of text, can hold one.
"""

from __future__ import annotations

import bisect
import re

_WORD = re.compile(r"\w+")
#: Texts at least this long are looked through by their distinct words.
_WORDS_FROM = 5000


class Presence:
    """Which required strings one text holds, and in which of a list of windows: each string
    is looked for once per text however many rules require it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: str | None = None
        self._long = len(text) >= _WORDS_FROM
        self._has: dict[str, bool] = {}
        self._starts: dict[int, list[int]] = {}
        self._at: dict[str, list[int]] = {}
        self._pieces: dict[tuple[str, int, int], set[tuple[int, int]]] = {}

    def has(self, string: str) -> bool:
        found = self._has.get(string)
        if found is None:
            found = self._has[string] = string in self._haystack(string)
        return found

    def _haystack(self, string: str) -> str:
        """Where to look for ``string``: a long text's distinct words, joined by a character
        no word holds, when ``string`` is all word characters (each occurrence of it then lies
        inside one word); the text itself otherwise."""
        if not self._long or not _WORD.fullmatch(string):
            return self._text
        if self._words is None:
            self._words = "\0".join(set(_WORD.findall(self._text)))
        return self._words

    def any(self, strings: frozenset[str]) -> bool:
        if not self._long:  # a short text: looking is cheaper than remembering
            return any(map(self._text.__contains__, strings))
        return any(self.has(s) for s in strings)

    def _positions(self, string: str) -> list[int]:
        found = self._at.get(string)
        if found is None:
            found = self._at[string] = []
            at = self._text.find(string)
            while at >= 0:
                found.append(at)
                at = self._text.find(string, at + 1)
        return found

    def _pieces_holding(
        self, string: str, windows: list[tuple[int, int]], cuts: list[int]
    ) -> set[tuple[int, int]]:
        key = (string, id(windows), id(cuts))
        pieces = self._pieces.get(key)
        if pieces is None:
            starts = self._starts.get(id(windows))
            if starts is None:
                starts = self._starts[id(windows)] = [start for start, _ in windows]
            pieces = self._pieces[key] = set()
            for at in self._positions(string):
                end = at + len(string)
                k = bisect.bisect_right(starts, at) - 1
                j = bisect.bisect_right(cuts, at)
                left = cuts[j - 1] if j else 0
                right = cuts[j] if j < len(cuts) else len(self._text)
                if k >= 0 and end <= windows[k][1] and end <= right:
                    pieces.add((max(windows[k][0], left), min(windows[k][1], right)))
        return pieces

    def pieces(
        self, strings: frozenset[str], windows: list[tuple[int, int]], cuts: list[int]
    ) -> list[tuple[int, int]]:
        """The stretches of ``windows`` (sorted, each read on its own), cut at ``cuts``, that
        hold one of ``strings`` whole, in order: a match inside a window and between two cuts
        contains one of them there. The caller cuts only where a match cannot run across.

        The pieces are remembered by the identity of ``windows`` and ``cuts``, so both lists
        must stay alive and unchanged while this ``Presence`` is used (a freed list's id may be
        reused by another, which would then be handed the first one's pieces)."""
        keep: set[tuple[int, int]] = set()
        for string in strings:
            if self.has(string):
                keep |= self._pieces_holding(string, windows, cuts)
        return sorted(keep)
