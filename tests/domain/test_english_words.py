"""The shipped English word list is the voice models' vocabulary, and it tells names from words."""

from __future__ import annotations

import sys
from pathlib import Path

from neuroleaf_desktop.domain.insights.english_words import english_words, known

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import generate_english_words


def test_the_shipped_list_is_the_installed_vocabulary() -> None:
    # a stale file would read names differently from the words the script derives today
    assert sorted(english_words()) == generate_english_words.vocabulary_words()


def test_the_list_holds_everyday_words_and_not_rare_names() -> None:
    assert known()
    assert {"every", "said", "and", "week", "gonna"} <= english_words()
    assert not {"ngaire", "oskar", "tavita", "kwame"} & english_words()


def test_the_list_ships_as_package_data() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert '"domain/insights/data/*.txt"' in pyproject
