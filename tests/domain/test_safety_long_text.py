"""Every safety rule on one long text: the shortcuts the detector takes on a long entry leave
its matches exactly as the rule's plain ignore-case pattern finds them.

Two shortcuts are proved here, on the same text: the prepared pattern (its body read first
where the expression opens with a scan, and read only between the sentence ends it never
reads across), and the staged path that leaves a rule uncompiled where the text cannot hold
it. Both are held to the plain pattern's matches on the whole text. Those matches are the
costly part (a pattern opening with a look-ahead over the rest of the line reads a long line
once per position), so each rule's are found once and shared by both checks.

The text joins labelled rows of every language (the first rows of each language's file) and
the opening rows of every written corpus file (long entries of several sentences), folded and
respelt as the detector reads them, without rows holding a ``CASE_SENSITIVE`` character.
"""

from __future__ import annotations

import csv
import importlib
import io
import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import context, detector, prefilter, scan_order, text_presence
from neuroleaf_desktop.domain.safety.detector import ALL_RULES, respelt
from neuroleaf_desktop.domain.safety.rules import Rule

DATA = Path(__file__).resolve().parents[1] / "data" / "safety"
ROWS_PER_LANGUAGE = 30
ROWS_PER_CORPUS_FILE = 1

Spans = list[tuple[int, int]]


def _rows(path: Path, count: int) -> list[str]:
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [r["text"] for r in reader][:count]


@pytest.fixture(scope="module")
def long_text() -> str:
    rows: list[str] = []
    for lang in ("en", "es", "de", "fr", "pt", "it"):
        rows += _rows(DATA / f"{lang}.tsv", ROWS_PER_LANGUAGE)
    for path in sorted((DATA / "corpus").glob("*.tsv")):
        rows += _rows(path, ROWS_PER_CORPUS_FILE)
    folded = [respelt(t)[0] for t in rows]
    text = " ".join(t.rstrip(".") + "." for t in folded if not prefilter.CASE_SENSITIVE.search(t))
    assert len(text) > max(8000, detector.LONG_TEXT)
    return text


@pytest.fixture(scope="module")
def plain_matches(long_text: str) -> Callable[[Rule], Spans]:
    """A rule's matches by its plain ignore-case pattern on the long text, found once."""
    found: dict[str, Spans] = {}

    def matches(rule: Rule) -> Spans:
        if rule.source not in found:
            found[rule.source] = [m.span() for m in rule.pattern.finditer(long_text)]
        return found[rule.source]

    return matches


# Every rule's plain pattern on a long line: about two minutes of CPU by design (it grows with
# the rules), shared with the next test, so it gets more room than the suite's default.
@pytest.mark.timeout(900)
def test_every_rule_reads_a_long_text_the_same_whole_and_cut(
    long_text: str, plain_matches: Callable[[Rule], Spans]
) -> None:
    """The prepared pattern (its body read first where it opens with a scan) finds the plain
    pattern's matches, and reading only the stretches between the sentence ends it never
    reads finds them too."""
    text = long_text
    bounds = context.boundaries(context.SENTENCE_BREAK, text)
    parser = importlib.import_module("re._parser")  # private: reached by name
    cut = reordered = 0
    for rule in ALL_RULES:
        analysis, fast = rule.prepared
        whole = [m.span() for m in fast.finditer(text)]
        tree = parser.parse(rule.source, 0)
        if scan_order.body_first(tree) is not tree:  # (the others: the prefilter's rows test)
            assert whole == plain_matches(rule), rule.name
            reordered += 1
        if not analysis.unread_stops:
            continue
        cuts = [0, *(b for b in bounds if text[b - 1] in analysis.unread_stops), len(text)]
        pieces = [m.span() for a, b in itertools.pairwise(cuts) for m in fast.finditer(text, a, b)]
        assert pieces == whole, rule.name
        cut += 1
    assert cut > len(ALL_RULES) // 2
    assert reordered > 100


def test_a_rule_left_uncompiled_on_a_long_text_cannot_match_it(
    long_text: str, plain_matches: Callable[[Rule], Spans]
) -> None:
    """For every rule the text's gate lets through: where the staged path rules it out (no
    required string, or none in a piece it reads) the plain pattern finds nothing; where it
    reads, it finds the same."""
    text = long_text
    present = text_presence.Presence(text)
    bounds = context.boundaries(context.SENTENCE_BREAK, text)
    whole = [(0, len(text))]
    cuts: dict[frozenset[str], list[int]] = {}
    skipped = read = matched = 0
    for rule in detector.ALL_RULES:
        if not rule.may_match(text):
            continue
        needs = rule.needs
        pieces = whole
        if needs is not None and present.any(needs):
            stops = rule.analysis.unread_stops
            # kept per set of stops, as the detector keeps them: the pieces are remembered by
            # the lists' identity, so a list must live as long as ``present``
            cut = cuts.setdefault(stops, [b for b in bounds if text[b - 1] in stops])
            pieces = present.pieces(needs, whole, cut)
        elif needs is not None:
            pieces = []
        full = plain_matches(rule)
        if not pieces:
            assert full == [], rule.name
            skipped += 1
            continue
        fast = rule.prepared[1]
        found = [m.span() for a, b in pieces for m in fast.finditer(text, a, b)]
        assert found == full, rule.name
        read += 1
        matched += bool(full)
    assert skipped > 100
    assert read > 100
    assert matched > 20


def test_the_long_text_is_one_line_of_many_sentences(long_text: str) -> None:
    """The plain patterns' look-aheads over ``[^\\n]`` read the whole text as one line."""
    assert "\n" not in long_text
    assert len(re.findall(r"\.\s", long_text)) > 200
