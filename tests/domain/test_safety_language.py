"""The language guess decides which threshold the semantic layer reads a sentence at.

A wrong guess reads an Italian sentence at the French threshold, or not at all (""), so each
language's guess is measured on every labelled sentence of the tuned sets, and the short
sentences that used to fool it are pinned down both ways.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety.language import guess_language

DATA = Path(__file__).parents[1] / "data"
#: Share of a language's labelled sentences the guess must name correctly.
FLOOR = {"en": 0.99, "es": 0.95, "de": 0.97, "fr": 0.96, "it": 0.97, "pt": 0.93}


def _labelled() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for path in sorted((DATA / "safety").rglob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [(r["lang"], r["text"]) for r in csv.DictReader(handle, delimiter="\t")]
    return rows


def test_each_language_is_named_for_nearly_all_of_its_labelled_sentences() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for lang, text in _labelled():
        total[lang] += 1
        right[lang] += guess_language(text) == lang
    shares = {lang: right[lang] / total[lang] for lang in total}
    assert set(shares) == set(FLOOR)
    assert all(shares[lang] >= FLOOR[lang] for lang in FLOOR), shares


def test_english_journal_sentences_stay_english() -> None:
    with (DATA / "analysis" / "sentences.tsv").open(encoding="utf-8", newline="") as handle:
        texts = [r["text"] for r in csv.DictReader(handle, delimiter="\t")]
    foreign = [t for t in texts if guess_language(t) not in ("en", "")]
    assert len(foreign) <= len(texts) // 200, foreign[:10]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mi butterò dal ponte.", "it"),
        ("Ho scritto una lettera d'addio ai miei genitori.", "it"),
        ("Vendo i vecchi mobili prima del trasloco.", "it"),
        ("Quero me matar.", "pt"),
        ("tô morta de saudade de vocês", "pt"),
        ("me cortei de novo", "pt"),
        ("Quiero morirme.", "es"),
        ("Ich möchte sterben.", "de"),
        ("Je veux mourir.", "fr"),
        ("Mum's test results aren't back yet and I'm on edge.", "en"),
        ("Burnt the dinner, whatever, ordered pizza.", "en"),
        ("Delivery app cut our pay per drop again, I'm furious.", "en"),
    ],
)
def test_short_sentences_are_named_by_their_distinctive_words(text: str, lang: str) -> None:
    assert guess_language(text) == lang
