"""A place of another time a scene is likened to, and a bank that is someone else's.

Why: a stressor word naming the place a scene is likened to ("queue for the shower, like
sharing at uni again") chipped that place's category, though the likeness only describes the
scene: the scene carries its own words. A bank after someone else's possessive ("every
client's bank feed went down", "Dad's bank wants the certificate") chipped money, though the
account is the one named, not the writer's money; the writer's own bank ("my bank") and the
bank that holds the writer to account ("the bank wants a meeting") stay money. Each case shows
the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category", "chipped"),
    [
        ("Six of us and one kettle, like living at uni again.", "study", False),
        ("Lunch queue out the door, like being back at school, awful.", "study", False),
        ("Failed my resit at uni again and I'm gutted.", "study", True),
        ("I don't like being at uni, the exams are too much.", "study", True),
        ("Hate being back at school after the holidays, the marking is endless.", "work", True),
    ],
)
def test_a_place_a_scene_is_likened_to_names_no_stressor(
    text: str, category: str, chipped: bool
) -> None:
    assert (category in predict(text).stress) is chipped


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The accounting app lost every customer's bank feed again, awful morning.", False),
        ("Mum's bank still won't accept the power of attorney, third letter.", False),
        ("My bank froze my card again and I can't pay for the shopping.", True),
        ("The bank wants a meeting about the overdraft and I feel sick.", True),
    ],
)
def test_a_bank_after_someone_elses_possessive_is_theirs(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
