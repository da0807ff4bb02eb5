"""A match called off is not the writer left alone, manners named are not thanks felt, and a
skill lacking ("hopeless at it") is no despair.

Why: a blind batch (test46) read loneliness in a day's play "abandoned by four", gratitude in a
quiet shift that was "all please and thank you" and sadness in "I was hopeless at it myself".
The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Drizzle all morning, match abandoned by two, back home by three.",
        "Sunday league game abandoned due to a waterlogged pitch.",
    ],
)
def test_a_match_called_off_is_no_loneliness(text: str) -> None:
    assert "loneliness" not in predict(text).emotions


def test_being_abandoned_by_people_is_still_loneliness() -> None:
    assert "loneliness" in predict("Felt totally abandoned by my mates at the party.").emotions


def test_manners_named_are_no_gratitude() -> None:
    got = predict("Easy shift, regulars only, all please and thank you.")
    assert "gratitude" not in got.emotions


def test_thanks_the_writer_gives_is_still_gratitude() -> None:
    got = predict("So grateful to the regulars who kept the shop going this winter.")
    assert "gratitude" in got.emotions


def test_a_skill_lacking_is_no_sadness() -> None:
    assert "sadness" not in predict("Worried about the quiz, I'm hopeless with dates.").emotions


def test_hopelessness_felt_is_still_sadness() -> None:
    assert "sadness" in predict("Feeling completely hopeless about the flat tonight.").emotions
