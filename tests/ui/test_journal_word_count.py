"""The editor's word count counts words, not the marks of plain-text formatting."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.ui.journal.model import word_count


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("A slow morning with tea.", 5),
        ("# Which place made you feel at home recently?", 8),
        ("## Sunday\n- bread\n- milk\n* eggs", 4),
        ("Tired — but okay … I think", 5),
        ("well-being and a 10-minute walk", 5),
        ("so happy 😊 today", 4),
        ("«Bonjour», dit-il.", 2),
        ("> a quote I liked", 4),
    ],
)
def test_words_are_counted_as_a_person_counts_them(text: str, words: int) -> None:
    assert word_count(text) == words
