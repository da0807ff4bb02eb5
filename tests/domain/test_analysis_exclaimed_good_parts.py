"""A sentence the writer exclaims, with only good parts and no feeling named, is joy, whether
or not the news lexicon knows the event.

Why: exclaimed good news was read as joy only where the news lexicon knew the event ("Passed
my exam!"); across every writer, sentences exclaimed with good parts the lexicon did not know
("Won gold at the county sausage awards!", "Shortlisted for an award! Me!") were labelled joy
nine times in ten. A trouble ended ("not sick anymore!") is relief, as an all-clear is. The
sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Won first prize in the village marrow contest!",
        "Ran my first 10k without stopping!",
        "Sold out of bread before ten this morning!",
    ],
)
def test_an_exclaimed_good_sentence_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "My back doesn't hurt anymore!",
        "The bus was on time for once!",
        "Won first prize in the marrow contest?!",
        "Won first prize in the marrow contest.",
    ],
)
def test_relief_a_question_or_a_plain_telling_is_no_exclaimed_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions


def test_an_exclaimed_sentence_with_a_bad_part_is_no_joy() -> None:
    assert "joy" not in predict("Won the raffle but lost my wallet on the way home!").emotions
