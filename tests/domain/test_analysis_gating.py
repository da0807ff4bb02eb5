"""Withdrawing doubted chips from an analysis: only takes away, and every reader sees it."""

from __future__ import annotations

from neuroleaf_desktop.domain.analysis.agreement import CHIP_MINIMUM
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.gating import without_labels
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of


def _categories(keywords: tuple[tuple[str, float], ...]) -> set[str | None]:
    return {category_of(k) for k, _w in keywords}


def test_a_withdrawn_category_takes_all_its_keywords_and_leaves_the_others() -> None:
    full = analyse(
        "", "The rent went up and my landlord still won't fix the boiler, I'm so anxious."
    )
    assert {"money", "home"} <= _categories(full.stress_keywords)
    gated = without_labels(full, {"home"}, ())
    assert "home" not in _categories(gated.stress_keywords)
    assert "money" in _categories(gated.stress_keywords)
    assert gated.emotions == full.emotions and gated.sentiment == full.sentiment


def test_a_withdrawn_emotion_scores_zero_and_leaves_the_chips() -> None:
    full = analyse("", "Grateful for my sister, but so lonely since the move.")
    chips = {e for e, _s in full.agreeing_emotions(9, CHIP_MINIMUM)}
    assert {"gratitude", "loneliness"} <= chips
    gated = without_labels(full, (), {"loneliness"})
    assert gated.emotions["loneliness"] == 0.0
    assert {e for e, _s in gated.agreeing_emotions(9, CHIP_MINIMUM)} == chips - {"loneliness"}
    assert gated.stress_keywords == full.stress_keywords


def test_nothing_withdrawn_returns_the_same_analysis() -> None:
    full = analyse("", "Deadline tomorrow and I'm panicking.")
    assert without_labels(full, {"family"}, {"joy"}) is full
    assert without_labels(full, (), ()) is full


def test_withdrawing_never_adds_a_label() -> None:
    full = analyse("", "Lovely quiet walk by the canal.")
    gated = without_labels(full, {"work", "money"}, {"anxiety", "anger"})
    assert not gated.stress_keywords
    assert {e for e, s in gated.emotions.items() if s > 0} <= {
        e for e, s in full.emotions.items() if s > 0
    }
