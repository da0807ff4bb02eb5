"""The partner of a person the writer has just named ("a guy whose wife just died", "a lady
whose husband has dementia") is that person's, no relationship trouble of the writer's, as a
child or parent after "whose" already was no family of theirs. The writer's own partner ("my
wife", "I'm the one whose husband never helps") stays relationships.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Had to chase a man whose wife just died for his gas arrears, felt rotten",
        "Sat with a lady whose husband has dementia and she cried the whole visit",
        "Served a bloke whose girlfriend had dumped him by text, he was a mess, I felt awful",
        "Interviewed a witness whose partner had hit her, awful case, couldn't sleep",
        "Cold-calling a widower whose wife's pension got stopped, horrible job",
        "Rang a customer whose boyfriend ran up debts in her name, heartbreaking",
        "He's the one whose wife keeps ringing the office, what a nightmare for him",
    ],
)
def test_a_partner_after_whose_is_theirs(text: str) -> None:
    assert "relationships" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I'm the one whose husband never helps, so tired of it",
        "Arguing with my wife again about money",
        "My husband, whose job keeps him away, barely texts anymore and I'm lonely",
    ],
)
def test_the_writers_partner_stays_relationships(text: str) -> None:
    assert "relationships" in predict(text).stress
