"""One word of a sentence said again alone ("… on a Saturday. Two.") is the writer's
indignation.

Why: a blind batch (test46) missed the anger in "Manager's cut us to two on the door on a
Saturday. Two."; the other writers labelled eleven of twelve such echoes anger. After a good
part the echo is delight, after a feeling named the feeling decides, and a negation or a
question is no echo. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Parking at the hospital is now six pounds an hour. Six.",
        "Rota has me on for eleven days straight. Eleven.",
    ],
)
def test_an_echoed_word_is_anger(text: str) -> None:
    got = predict(text)
    assert "anger" in got.emotions
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Finished the marathon in under four hours, so proud. Four!",
        "Launch went out with zero bugs. Zero.",
        "Doctor said I should slow down. Slow down?",
    ],
)
def test_an_echo_after_good_news_a_negation_or_a_question_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The landlord sent the plumber round on a Sunday without asking. Again.",
        "Night bus didn't stop for me at the shelter. Again.",
    ],
)
def test_a_trouble_come_round_again_is_anger(text: str) -> None:
    got = predict(text)
    assert "anger" in got.emotions
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Missed the kids' bedtime for a late meeting. Again.",
        "Forgot to pay the window cleaner. Again.",
        "Rain. Again.",
        "Is it raining again? Again?",
    ],
)
def test_again_after_a_miss_a_slip_or_a_bare_word_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions


def test_a_word_echoed_with_its_article_is_anger() -> None:
    got = predict("Dentist says the wait for a crown is a year. A year.")
    assert "anger" in got.emotions
    assert "anger" not in predict("Finally got a kitten, so happy. A kitten!").emotions
