"""A person the writer thanks in the same breath ("I owe her big time", "bless him", "so
kind", "don't know what I'd do without them") is support, not a stressor, though the hard time
around the kindness makes the sentence negative (the labelling guide: people as company or
support are not stressors). A thanks beside a repeated act ("keeps ringing me, bless her") or
a set form of irony ("thanks for that") leaves the person the trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "My sister came round at midnight with a flask of soup after the worst day, "
            "I owe her big time",
            "family",
        ),
        (
            "My mates turned up with pizza when I was at my lowest, "
            "don't know what I'd do without them",
            "relationships",
        ),
        (
            "My husband sat up with me every night after the miscarriage, "
            "I can never thank him enough",
            "relationships",
        ),
        (
            "My wife sat with me through every horrible night of it, I owe her everything",
            "relationships",
        ),
        (
            "My dad drove through the storm at 3am to pick me up from the wreck, "
            "can't thank him enough",
            "family",
        ),
        (
            "The neighbours took in our post all through the terrible month we were away, so kind",
            "home",
        ),
        (
            "My girlfriend put up with my awful moods all winter, so lucky to have her",
            "relationships",
        ),
    ],
)
def test_a_person_thanked_is_no_stressor(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mum keeps ringing me at work to nag about the wedding, bless her", "family"),
        ("My partner forgot my birthday again, thanks for that", "relationships"),
        ("My flatmate left the kitchen in a disgusting state again, thank you so much", "home"),
    ],
)
def test_a_repeated_act_or_ironic_thanks_keeps_the_person(text: str, category: str) -> None:
    assert category in predict(text).stress
