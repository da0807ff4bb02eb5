"""The questionnaires in words, without Qt: names, the score said, a chart's history as text."""

from __future__ import annotations

from datetime import datetime

from neuroleaf_desktop.domain.questionnaires import GAD7, PHQ9, score
from neuroleaf_desktop.services.questionnaire_text import (
    SAFETY_SAID,
    answer_name,
    history_text,
    progress_text,
    question_name,
    score_announcement,
)


def test_names_carry_the_place_and_the_total() -> None:
    assert question_name(2, 9, "Trouble sleeping") == "Question 3 of 9: Trouble sleeping"
    assert answer_name(0, 7, "Several days") == "Question 1 of 7: Several days"
    assert progress_text(4, 9) == "4 of 9 answered"


def test_the_score_is_said_with_its_band_and_the_note_and_the_card_when_it_opened() -> None:
    calm = score(GAD7, [0, 0, 1, 0, 0, 0, 0])
    assert score_announcement(GAD7, calm) == (
        "GAD-7 score: 1 of 21, minimal range. A score is not a diagnosis."
    )
    heavy = score(PHQ9, [2, 2, 2, 2, 2, 2, 2, 2, 1])
    said = score_announcement(PHQ9, heavy)
    assert said.startswith("PHQ-9 score: 17 of 27, moderately severe range.")
    assert said.endswith(SAFETY_SAID)


def test_history_lists_every_result_oldest_first_then_the_latest() -> None:
    points = [(datetime(2026, 6, 14, 9), 11), (datetime(2026, 5, 31, 20), 4)]
    assert history_text(GAD7, points).splitlines() == [
        "GAD-7: 2 results, oldest first.",
        "31 May 2026: 4 of 21, minimal.",
        "14 Jun 2026: 11 of 21, moderate.",
        "Latest: 11 of 21 (moderate) on 14 Jun 2026.",
    ]
    assert history_text(PHQ9, []) == "PHQ-9: no results yet."
