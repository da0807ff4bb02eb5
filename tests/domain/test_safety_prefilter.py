"""The proofs the detector skips work with (``prefilter``) and the fast normalisation.

Every skip must leave the matches exactly as they were: these tests hold the analysis to
hand-made expressions, and every rule to its own matches on rows of the labelled corpus (on a
long text of them: ``test_safety_long_text``).
"""

from __future__ import annotations

import csv
import importlib
import io
import random
import re
import unicodedata
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import prefilter, scan_order
from neuroleaf_desktop.domain.safety.detector import ALL_RULES, respelt
from neuroleaf_desktop.domain.safety.normalize import normalize

DATA = Path(__file__).resolve().parents[1] / "data" / "safety"


@pytest.mark.parametrize(
    ("source", "needs"),
    [
        (r"\b(?:kill|end)\s+myself\b", {"myself"}),
        (r"\bi\s+(?:kill|end)\b", {"kill", "end"}),
        (r"mo(?:e)?chte", {"mochte", "moechte"}),
        (r"[bc]at\b", {"bat", "cat"}),
        (r"Quiero\s+MORIR", {"quiero"}),  # read with the case ignored: lower case
        (r"(?=kill)\w+", None),  # a look-ahead is not part of the match
        (r"(?:die)?\s*now", {"now"}),
        (r"x|\w+", None),
    ],
)
def test_required_strings(source: str, needs: set[str] | None) -> None:
    found = prefilter.required(source, re.IGNORECASE)
    assert found == (None if needs is None else frozenset(needs))


@pytest.mark.parametrize(
    ("source", "free"),
    [
        (r"\bkill\s+myself[.!]?", True),
        (r"[^a-z]die\b", True),
        (r"Kill", False),
        (r"[A-Z]", False),
        (r"(a)\1", False),  # a back-reference compares ignoring case
        ("m\u00fcde", False),
    ],
)
def test_case_free(source: str, free: bool) -> None:
    assert prefilter.case_free(source) is free


def test_unread_stops() -> None:
    assert prefilter.analyse(r"i\s+want\s+to\s+die\b", re.IGNORECASE).unread_stops == {
        ".",
        "!",
        "?",
    }
    assert prefilter.analyse(r"want(?=\s*[.!])", re.IGNORECASE).unread_stops == {"?"}
    assert prefilter.analyse(r"want.{0,20}die", re.IGNORECASE).unread_stops == frozenset()


def test_a_look_behind_does_not_keep_a_rule_from_being_cut() -> None:
    """A stop read only behind the position ("at a sentence's start") is still seen from a cut;
    one read ahead is not."""
    at_start = prefilter.analyse(r"(?:^|(?<=[.!?\n]))\s*i\s+want\b", re.IGNORECASE)
    assert at_start.unread_stops == {".", "!", "?"}
    ahead = prefilter.analyse(r"(?<=[.!?\n])\s*want(?=\s*[.!])", re.IGNORECASE)
    assert ahead.unread_stops == {"?"}
    assert re.compile(r"(?<=[.!?])\s*want").search("no. want", 3) is not None


def _same_code(tree: object, source: str) -> bool:
    compiler = importlib.import_module("re._compiler")
    parser = importlib.import_module("re._parser")
    return bool(compiler.compile(tree, 0) == compiler.compile(parser.parse(source, 0), 0))


@pytest.mark.parametrize(
    ("source", "reordered"),
    [
        # the body (what follows the run of look-arounds and anchors) before a long scan ahead
        (
            r"(?![^\n]{0,240}?\bbought\b)\bgave\b",
            r"(?=gave\b)(?![^\n]{0,240}?\bbought\b)\bgave\b",
        ),
        # an anchor stays first; every look-around of the run stays in its order
        (
            r"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\bparty\b)(?=[^.!?\n]*x)[^.!?\n]*?\bbridge\b",
            r"(?:^|(?<=[.!?\n]))(?=[^.!?\n]*?\bbridge\b)(?![^.!?\n]*\bparty\b)(?=[^.!?\n]*x)"
            r"[^.!?\n]*?\bbridge\b",
        ),
        # a choice that makes the whole expression: alternative by alternative
        (
            r"(?!.{0,90}party)\bgave\b|\bsold\b",
            r"(?=gave\b)(?!.{0,90}party)\bgave\b|\bsold\b",
        ),
        # a body whose alternatives open with scans of their own: each read body first too
        (
            r"(?!.{0,90}party)(?:(?=[^\n]{0,50}?bridge)gave|(?=[^\n]{0,50}?x)sold)",
            r"(?=(?=gave)(?=[^\n]{0,50}?bridge)gave|(?=sold)(?=[^\n]{0,50}?x)sold)"
            r"(?!.{0,90}party)(?:(?=[^\n]{0,50}?bridge)gave|(?=[^\n]{0,50}?x)sold)",
        ),
        # a short look-around is cheaper than the body: left alone
        (r"(?<=\s)(?!x)\bgave\b", r"(?<=\s)(?!x)\bgave\b"),
        # nothing after the scan
        (r"gave(?!.{0,90}party)", r"gave(?!.{0,90}party)"),
    ],
)
def test_body_first(source: str, reordered: str) -> None:
    parser = importlib.import_module("re._parser")
    assert _same_code(scan_order.body_first(parser.parse(source, 0)), reordered)
    pattern, fast = re.compile(source), prefilter.prepare(source, 0)[1]
    rng = random.Random(3)
    words = ["gave", "sold", "party", "bridge", "x", "no", ".", "\n", " ", "  ", "a"]
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_could_match_reads_case_sensitive_text_the_slow_way() -> None:
    pattern = re.compile(r"\bkill\b", re.IGNORECASE)
    assert not prefilter.could_match(pattern, "a quiet day")
    # The dotless i matches "i" when the case is ignored: no skipping on such a text.
    assert prefilter.could_match(pattern, "k\u0131ll")
    assert pattern.search("k\u0131ll") is not None


def test_plain_gate_alternatives() -> None:
    assert prefilter.alternatives("step|schritt|pas") == {"step", "schritt", "pas"}
    assert prefilter.alternatives(r"\bstep") is None
    assert prefilter.alternatives(r"all\s") is None


def _corpus_rows(per_file: int) -> list[str]:
    rows: list[str] = []
    for lang in ("en", "es", "de", "fr", "pt", "it"):
        text = (DATA / f"{lang}.tsv").read_text(encoding="utf-8")
        reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
        rows += [r["text"] for r in reader][:per_file]
    return rows


def test_every_rule_reads_its_rows_the_same_with_its_analysis() -> None:
    """On labelled rows: the prepared pattern finds exactly the ignore-case pattern's matches,
    every match holds one of the required strings, and none runs over an unread stop."""
    texts = [respelt(t)[0] for t in _corpus_rows(25)]
    texts = [t for t in texts if not prefilter.CASE_SENSITIVE.search(t)]
    assert len(texts) > 120
    matched = 0
    for rule in ALL_RULES:
        analysis, fast = rule.prepared
        for text in texts:
            spans = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == spans, rule.name
            for start, end in spans:
                matched += 1
                assert analysis.needs is None or any(s in text[start:end] for s in analysis.needs)
                assert not set(text[start:end]) & analysis.unread_stops, rule.name
    assert matched > 60


def test_prepared_code_is_what_re_compiles_from_the_rule_flags() -> None:
    """``prepare`` hands the parser and compiler plain int flags (fast); the code it builds must
    be the code ``re`` builds from the rule's own ``re.RegexFlag`` flags, parsed the same way
    (two patterns compiled from a tree compare equal exactly when their code is the same)."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    for rule in ALL_RULES[::7]:
        analysis, fast = rule.prepared
        flags = re.IGNORECASE if not analysis.case_free else re.RegexFlag(0)
        tree = scan_order.body_first(parser.parse(rule.source, re.RegexFlag(0)))
        reference = compiler.compile(tree, flags)
        assert fast == reference, rule.name
        assert fast.flags == re.compile(rule.source, flags).flags, rule.name


def _normalize_by_cluster(text: str, fold: bool) -> tuple[str, list[int]]:
    """The plain reading of ``normalize``'s contract, one cluster at a time."""
    out: list[str] = []
    mapping: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster not in {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}:
            quotes = str.maketrans({"`": "'", "\u2019": "'", "\u201c": '"', "\u2014": "-"})
            piece = unicodedata.normalize("NFKC", cluster.translate(quotes))
            piece = piece.casefold().translate(quotes)
            if fold:
                bare = "".join(
                    c for c in unicodedata.normalize("NFD", piece) if not unicodedata.combining(c)
                )
                piece = bare or piece
            out.append(piece)
            mapping.extend([i] * len(piece))
        i = j
    mapping.append(len(text))
    return "".join(out), mapping


def test_normalize_reads_ascii_runs_as_clusters_would() -> None:
    alphabet = [*"aAzZ `'.,\n", "e\u0301", "\u0301", "\u0308", "\u200b", "\u00ad", "\u2019"]
    alphabet += [*"\u201c\u2014\u00e9\u00df\u0130\ufb01\uff21"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for fold in (False, True):
            assert normalize(text, fold=fold) == _normalize_by_cluster(text, fold), repr(text)
