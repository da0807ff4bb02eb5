"""The folding machinery every dialect table uses: whole-word and in-context respellings,
applied with the offset map kept in step, and only in the sentences that carry a dialect's own
marker words.

Why one module: the dialect tables are spread over several modules (each stays small), and the
way a fold is applied must be the same for all of them, so that a match always maps back to the
writer's own words.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.spelling_en import substitute

Fold = tuple[re.Pattern[str], dict[str, str] | str]


def words(mapping: dict[str, str]) -> Fold:
    """Whole words of ``mapping`` (apostrophes count as word characters on the left)."""
    alternatives = "|".join(re.escape(w) for w in sorted(mapping, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])"), mapping


def ctx(source: str, word: str) -> Fold:
    """The group ``w`` of ``source`` respelt as ``word``."""
    return re.compile(source), word


def apply(norm: str, mapping: list[int], folds: tuple[Fold, ...]) -> tuple[str, list[int]]:
    """Every fold of ``folds`` in turn, over the whole text."""
    for pattern, word in folds:
        norm, mapping = substitute(norm, mapping, pattern, word)
    return norm, mapping


_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*|[.!?\n]+")


def apply_where(
    norm: str,
    mapping: list[int],
    markers: re.Pattern[str],
    folds: tuple[Fold, ...],
    least: int = 1,
    unless: re.Pattern[str] | None = None,
) -> tuple[str, list[int]]:
    """``folds`` applied only in the sentences holding ``least`` distinct ``markers``: one
    German sentence in an English entry must not turn every English "i" into "ich". A
    sentence holding two distinct ``unless`` words is another language's, whatever markers
    it shares ("seh" and "dem" are German words as well as patois) and is left alone."""
    if len(set(markers.findall(norm))) < least:
        return norm, mapping
    out: list[str] = []
    new_map: list[int] = []
    for m in _SENTENCE.finditer(norm):
        piece, piece_map = m.group(0), mapping[m.start() : m.end() + 1]
        if len(set(markers.findall(piece))) >= least and (
            unless is None or len(set(unless.findall(piece))) < 2
        ):
            piece, piece_map = apply(piece, piece_map, folds)
        out.append(piece)
        new_map.extend(piece_map[:-1])
    new_map.append(mapping[len(norm)] if len(mapping) > len(norm) else mapping[-1])
    return "".join(out), new_map
