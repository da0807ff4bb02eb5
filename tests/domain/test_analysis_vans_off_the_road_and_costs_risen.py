"""The trade's van failing its MOT, and a cost risen told past what it is on or as a sum hit.

Why: "Van failed its MOT" chipped nothing (the "failed" read only as a weak shame cue), where
every writer who told one labelled money (most the work too, one not: the work is left to the
sentence's other words); a car failing is as often told with a shrug and is left. A cost risen
read only within three words of the cost, so one told past what it is on ("rent on the workshop
goes up in April", "rent on the unit up fifteen percent") or as a sum it has reached ("costs
have hit 600") read neutral and chipped nothing. A sum that is no cost ("the score hit 600")
and a rise that is no cost ("walked up the hill for the view") stay unread. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Van failed its MOT on the tyres and I've got four jobs booked tomorrow.", True),
        ("The van's failed the MOT again, no van no wages.", True),
        ("Van passed its MOT first time, relief.", False),
    ],
)
def test_the_trades_van_failing_its_mot_is_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Insurance on the van up twenty percent this year.", True),
        ("Rent on the lock-up goes up in June.", True),
        ("Stag weekend costs have hit 450 and now they want Prague.", True),
        ("Our quiz score hit 60 for the first time, brilliant.", False),
        ("Walked up the hill for the view, lovely evening.", False),
    ],
)
def test_a_cost_risen_past_what_it_is_on_or_to_a_sum_is_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
