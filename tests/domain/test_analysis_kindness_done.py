"""A trouble told of another person, then a kindness the writer does them ("Priya from the
choir has just been diagnosed with lupus. Cooked her a lasagne tonight.", "Sara from work is
being bullied by her manager, I keep texting her to check in") is theirs: the writer's part is
sympathy, no stressor of their own (the labelling guide: someone else's trouble is not the
writer's stress). The writer named before the kindness, a deed that hurts, or someone chased
or written to ("sent him an email") keeps the trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Priya from the choir has just been diagnosed with lupus. Cooked her a lasagne "
            "tonight.",
            "health",
        ),
        (
            "Ahmed in the flat upstairs is drowning in debt, I've been making him dinner on "
            "Sundays",
            "money",
        ),
        ("Sara from work is being bullied by her manager, I keep texting her to check in", "work"),
        ("Benji at the allotment is behind on his rent, lent him fifty quid", "money"),
        (
            "Zainab from book club has an exam on Friday and she's a wreck, baked her some "
            "flapjacks",
            "study",
        ),
        (
            "Gemma on reception has a nasty migraine today, made her a cuppa and hid her from "
            "the phones",
            "health",
        ),
    ],
)
def test_a_trouble_met_with_kindness_is_theirs(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My exam is tomorrow and I'm panicking, sending him my notes anyway", "study"),
        ("My landlord has ignored the damp for months, sent him an email today", "home"),
        (
            "My landlord has ignored the damp for months, sent him another email today, fuming",
            "home",
        ),
    ],
)
def test_the_writers_own_trouble_or_a_chase_keeps_it(text: str, category: str) -> None:
    assert category in predict(text).stress
