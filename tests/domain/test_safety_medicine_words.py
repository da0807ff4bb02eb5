"""The shared medicine words: every module's narrower set is built from them, and a word not
listed there is refused, so the lists cannot drift apart again."""

from __future__ import annotations

import re

import pytest

from neuroleaf_desktop.domain.safety.medicine_words import CORE, WORDS, words


def test_a_word_not_shared_is_refused() -> None:
    with pytest.raises(ValueError):
        words("de", "tabletten", "hustensaft")


def test_words_keep_the_order_given() -> None:
    assert words("fr", "cachets", "comprimes") == "(?:cachets|comprimes)"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "my sleeping pills"),
        ("de", "die schlaftabletten"),
        ("fr", "mes somniferes"),
        ("es", "los calmantes"),
        ("pt", "os remedios"),
        ("it", "i sonniferi"),
    ],
)
def test_the_core_set_reads_each_language(lang: str, sentence: str) -> None:
    assert re.search(rf"\b{CORE[lang]}\b", sentence)


def test_every_language_has_its_words() -> None:
    assert set(WORDS) == {"en", "de", "fr", "es", "pt", "it"}
    assert all(len(set(names)) == len(names) for names in WORDS.values())
