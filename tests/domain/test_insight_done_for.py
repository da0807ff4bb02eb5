"""Whom or what a thing is done for is not part of it: "has dog-sitting for the neighbours done
anything" weighs dog-sitting, as "volunteering at the food bank" weighs volunteering. A named
person it is done for still wins, as a named person does everywhere."""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has dog-sitting for the neighbours done anything for my mood",
         ("activity", "dog-sitting")),
        ("does volunteering for the food bank help when I'm low", ("activity", "volunteering")),
        ("has tutoring for the library helped my anxiety", ("activity", "tutoring")),
        ("does baking for the school fair lift my mood", ("activity", "cooking")),
        # unchanged: a named person it is done for, and a thing done for a while
        ("has gardening for Mrs Okoro done anything for my mood", ("activity", "Okoro")),
        ("does knitting for ten minutes help my anxiety", ("activity", "knitting")),
    ],
)  # fmt: skip
def test_what_a_thing_is_done_for_is_not_part_of_it(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected
