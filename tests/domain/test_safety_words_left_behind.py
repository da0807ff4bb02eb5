"""Words left for the people closest, for a time the writer is not there, are a goodbye.

Letters to one's children "in case I'm not here to tell them myself" and affairs put in order
"so it's all easy for them" are final arrangements on every warning-sign list; a note for the
cat sitter "in case I'm not here when she comes" is an errand.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

GOODBYES = [
    "Wrote letters to my kids in case I'm not here to tell them myself.",
    "Left little notes for each of my grandkids for when I'm gone.",
    "Sorted out my passwords and the life insurance so it's all easy for them.",
    "Updated my will and the pension forms so everything is simple for my husband.",
]

ERRANDS = [
    "Wrote a note for the cat sitter in case I'm not here when she comes.",
    "Left a letter for the postman in case I'm not in.",
    "Sorted out my passwords with a password manager so it's easier for me.",
    "Updated the home insurance so it's all easy for the renewal in March.",
    "Left a note for my husband in case I'm not home for dinner.",
]


@pytest.mark.parametrize("text", GOODBYES)
def test_words_left_for_after_are_a_goodbye(text: str) -> None:
    result = assess(text)
    assert result.flagged
    assert Category.GOODBYES in result.categories


@pytest.mark.parametrize("text", ERRANDS)
def test_an_errand_is_not(text: str) -> None:
    assert not assess(text).flagged
