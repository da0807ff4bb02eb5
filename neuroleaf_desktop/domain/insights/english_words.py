"""The lower-case English words people write, to tell a name typed in lower case from a word.

"my running buddy oskar" names someone; "my flatmate and I", "my teammate every week" do not.
No rule can list every English word, so the list is the whole-word lower-case tokens of the
Whisper tokenizer's vocabulary, the words written in lower case often enough to get a token of
their own ("every", "said", "yeah", "gonna"); a given name is mostly a token only with its
capital ("Kate", "Oscar"), and a rarer one not at all ("Ngaire", "Oskar"). A common word that is
also a name ("will", "grace", "sam") stays a word: the reading never turns an ordinary word into
a person, at the price of missing such names.

The list ships beside the rules (``data/english_words.txt``, written by
``scripts/generate_english_words.py`` from the voice models' vocabulary), so a source checkout
and the frozen app read the same words. Should the file be missing, the list is empty and
``known`` says so: no lower-case word is then read as a name (``names``).

Reads one package data file once; no other state.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def english_words() -> frozenset[str]:
    """Every word of the shipped list (about 20,000), or none when the file cannot be read."""
    try:
        text = (
            resources.files(__package__ or "")
            .joinpath("data/english_words.txt")
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(word for word in text.splitlines() if word)


def known() -> bool:
    """Whether the word list could be read (without it no lower-case word is a name)."""
    return bool(english_words())
