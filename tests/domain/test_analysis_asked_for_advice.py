"""Someone who keeps ringing, texting or messaging the writer for advice or with questions
("Auntie keeps phoning me with questions", "my brother keeps ringing me for tips") is asking
for what the writer knows, no repeated annoyance and no money: no family strain. Someone who
keeps ringing for money, or to moan, or for advice the writer cannot give, stays a trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My sister keeps texting me with questions about the baby",
        "Dad keeps ringing me for advice about his new phone",
        "My cousin's starting uni in the autumn and keeps messaging me for tips",
        "Mum keeps calling me with questions about her tablet",
        "My brother keeps phoning me for recipes since he moved out",
        "Nan's been booked in for the same op and keeps ringing me with questions",
        "Our lad keeps texting me for driving tips before his test",
    ],
)
def test_asked_for_advice_is_no_strain(text: str) -> None:
    got = predict(text).stress
    assert "family" not in got
    assert "money" not in got


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My brother keeps ringing me for money again", "family"),
        ("Mum keeps ringing me at work to moan about Dad", "family"),
        ("My dad keeps texting me for advice I can't give him, it's wearing me down", "family"),
    ],
)
def test_a_relative_who_is_the_trouble_stays(text: str, category: str) -> None:
    assert category in predict(text).stress
