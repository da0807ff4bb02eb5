"""A parent or a partner who belongs to someone the writer names is theirs, not the writer's.

Why: a parent named without "my" or "our" in a sentence that names their own child ("her
son", "their kids") is a client's or a stranger's parent, and a partner after a possessive
opening the clause ("My player's wife is pregnant") is the possessor's partner; every such
chip was wrong across the labelled writers. The writer's own parents and a partner the writer
is strained by stay. A job lost by a relative named as "my brother's" is theirs, as any other
person's is; the writer's own stays work. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Parent rang the office to complain that her daughter got a detention, awful call.",
        "Half the parents were late picking their kids up again, so annoying.",
    ],
)
def test_a_parent_named_with_their_own_child_is_not_the_writers_family(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My parents keep fighting about money and I'm stuck in the middle.",
        "My parents are fighting over their son again and I hate it at home.",
    ],
)
def test_the_writers_own_parents_stay_family(text: str) -> None:
    assert "family" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My client's husband is in hospital, she's all over the place.",
        "My gaffer's girlfriend left him, he's been in a foul mood all week.",
    ],
)
def test_a_partner_of_someone_named_is_not_the_writers_relationship(text: str) -> None:
    assert "relationships" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I can't stand my flatmate's boyfriend, he's always here.",
        "My boyfriend forgot my birthday again and I'm so hurt.",
    ],
)
def test_a_partner_the_writer_is_strained_by_stays(text: str) -> None:
    assert "relationships" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My sister's been made redundant from the council, she keeps ringing me about it.",
        "My brother's been laid off from the yard.",
    ],
)
def test_a_relatives_job_lost_is_not_the_writers_work_strain(text: str) -> None:
    assert "work" not in predict(text).stress


def test_the_writers_own_job_lost_stays_work() -> None:
    assert "work" in predict("I've been laid off from the warehouse and I'm terrified.").stress
