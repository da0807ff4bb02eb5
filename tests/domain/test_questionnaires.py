"""PHQ-9 / GAD-7 scoring (domain/questionnaires.py): exact texts, bands and validation."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.questionnaires import (
    ANSWER_LABELS,
    GAD7,
    INSTRUMENTS,
    NOT_A_DIAGNOSIS,
    PHQ9,
    Instrument,
    Severity,
    score,
    score_gad7,
    score_phq9,
)
from neuroleaf_desktop.errors import ExitCode, ValidationError


def answers_for(instrument: Instrument, total: int, *, safety_item: int | None = None) -> list[int]:
    """Answers adding up to ``total``; ``safety_item`` pins the safety item's answer if given."""
    answers = [0] * len(instrument.items)
    rest = total
    fixed = instrument.safety_item if safety_item is not None else None
    if fixed is not None and safety_item is not None:
        answers[fixed] = safety_item
        rest -= safety_item
    for i in range(len(answers)):
        if i == fixed:
            continue
        answers[i] = min(3, rest)
        rest -= answers[i]
    assert rest == 0 and sum(answers) == total
    return answers


# ------------------------------------------------------------------------------------------
# Published texts


def test_answer_scale_labels() -> None:
    assert ANSWER_LABELS == (
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    )


def test_phq9_items_are_the_published_ones() -> None:
    assert len(PHQ9.items) == 9
    assert PHQ9.items[0] == "Little interest or pleasure in doing things"
    assert PHQ9.items[1] == "Feeling down, depressed, or hopeless"
    assert PHQ9.items[2] == "Trouble falling or staying asleep, or sleeping too much"
    assert PHQ9.items[3] == "Feeling tired or having little energy"
    assert PHQ9.items[4] == "Poor appetite or overeating"
    assert PHQ9.items[5].startswith("Feeling bad about yourself — or that you are a failure")
    assert PHQ9.items[6].startswith("Trouble concentrating on things, such as reading")
    assert PHQ9.items[7].startswith("Moving or speaking so slowly that other people")
    assert PHQ9.items[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert PHQ9.stem.startswith("Over the last 2 weeks, how often have you been bothered")
    assert PHQ9.max_total == 27


def test_gad7_items_are_the_published_ones() -> None:
    assert GAD7.items == (
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    )
    assert GAD7.max_total == 21


def test_disclaimer_says_not_a_diagnosis() -> None:
    assert "not a diagnosis" in NOT_A_DIAGNOSIS


def test_instrument_registry() -> None:
    assert INSTRUMENTS == {"phq9": PHQ9, "gad7": GAD7}


# ------------------------------------------------------------------------------------------
# Bands: every boundary, and every possible total


PHQ9_EXPECTED = {
    0: Severity.MINIMAL,
    4: Severity.MINIMAL,
    5: Severity.MILD,
    9: Severity.MILD,
    10: Severity.MODERATE,
    14: Severity.MODERATE,
    15: Severity.MODERATELY_SEVERE,
    19: Severity.MODERATELY_SEVERE,
    20: Severity.SEVERE,
    27: Severity.SEVERE,
}
GAD7_EXPECTED = {
    0: Severity.MINIMAL,
    4: Severity.MINIMAL,
    5: Severity.MILD,
    9: Severity.MILD,
    10: Severity.MODERATE,
    14: Severity.MODERATE,
    15: Severity.SEVERE,
    21: Severity.SEVERE,
}


@pytest.mark.parametrize(("total", "band"), sorted(PHQ9_EXPECTED.items()))
def test_phq9_band_boundaries(total: int, band: Severity) -> None:
    result = score_phq9(answers_for(PHQ9, total))
    assert result.total == total
    assert result.band is band


@pytest.mark.parametrize(("total", "band"), sorted(GAD7_EXPECTED.items()))
def test_gad7_band_boundaries(total: int, band: Severity) -> None:
    result = score_gad7(answers_for(GAD7, total))
    assert result.total == total
    assert result.band is band


def _reference_phq9(total: int) -> Severity:
    if total <= 4:
        return Severity.MINIMAL
    if total <= 9:
        return Severity.MILD
    if total <= 14:
        return Severity.MODERATE
    if total <= 19:
        return Severity.MODERATELY_SEVERE
    return Severity.SEVERE


def _reference_gad7(total: int) -> Severity:
    if total <= 4:
        return Severity.MINIMAL
    if total <= 9:
        return Severity.MILD
    if total <= 14:
        return Severity.MODERATE
    return Severity.SEVERE


def test_every_possible_total_has_the_published_band() -> None:
    for total in range(28):
        assert score_phq9(answers_for(PHQ9, total)).band is _reference_phq9(total)
    for total in range(22):
        assert score_gad7(answers_for(GAD7, total)).band is _reference_gad7(total)


def test_bands_cover_the_range_without_gaps_or_overlap() -> None:
    for inst in (PHQ9, GAD7):
        assert inst.bands[0].low == 0
        assert inst.bands[-1].high == inst.max_total
        for a, b in zip(inst.bands, inst.bands[1:], strict=False):
            assert b.low == a.high + 1


def test_band_labels() -> None:
    assert Severity.MODERATELY_SEVERE.label == "Moderately severe"
    assert score_phq9([3] * 9).band_label == "Severe"
    assert score_phq9([1] * 9).summary == "PHQ-9 score 9 of 27: Mild"
    assert score_gad7([2] * 7).summary == "GAD-7 score 14 of 21: Moderate"


# ------------------------------------------------------------------------------------------
# Item 9: the safety card


def test_item9_above_zero_needs_safety_card_even_with_a_low_total() -> None:
    result = score_phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.total == 1
    assert result.band is Severity.MINIMAL
    assert result.needs_safety_card


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_any_positive_item9_answer_needs_the_card(item9: int) -> None:
    assert score_phq9(answers_for(PHQ9, 12, safety_item=item9)).needs_safety_card


def test_item9_zero_never_needs_the_card_even_when_severe() -> None:
    result = score_phq9([3, 3, 3, 3, 3, 3, 3, 3, 0])
    assert result.band is Severity.SEVERE
    assert not result.needs_safety_card


def test_gad7_never_asks_for_the_safety_card() -> None:
    assert not score_gad7([3] * 7).needs_safety_card


def test_result_keeps_answers_and_instrument() -> None:
    result = score(GAD7, [0, 1, 2, 3, 0, 1, 2])
    assert result.instrument == "gad7"
    assert result.answers == (0, 1, 2, 3, 0, 1, 2)
    assert result.total == 9


# ------------------------------------------------------------------------------------------
# Validation


@pytest.mark.parametrize("count", [0, 1, 8, 10])
def test_phq9_wrong_count(count: int) -> None:
    with pytest.raises(ValidationError, match="9 questions"):
        score_phq9([0] * count)


@pytest.mark.parametrize("count", [0, 6, 8, 9])
def test_gad7_wrong_count(count: int) -> None:
    with pytest.raises(ValidationError, match="7 questions"):
        score_gad7([0] * count)


@pytest.mark.parametrize("bad", [-1, 4, 10, 100])
def test_out_of_range_answer(bad: int) -> None:
    answers: list[object] = [0] * 9
    answers[4] = bad
    with pytest.raises(ValidationError, match="Answer 5"):
        score_phq9(answers)


@pytest.mark.parametrize("bad", [1.0, "1", None, True, False, 2.5])
def test_non_int_answer(bad: object) -> None:
    answers: list[object] = [0] * 7
    answers[0] = bad
    with pytest.raises(ValidationError, match="whole number"):
        score_gad7(answers)


def test_a_string_is_not_a_list_of_answers() -> None:
    with pytest.raises(ValidationError):
        score_gad7("0123012")


def test_validation_error_is_a_usage_error_with_a_human_message() -> None:
    with pytest.raises(ValidationError) as info:
        score_phq9([0] * 8)
    assert info.value.exit_code == ExitCode.USAGE
    assert "Please answer every question" in info.value.user_message
