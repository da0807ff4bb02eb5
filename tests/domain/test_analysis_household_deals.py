"""A household deal is no employment: a phone, a handset or broadband "on contract", as "my
phone contract" already was ("Can't get a phone on contract for seven years", "got the kids'
mobiles on contract"). The writer's own work contract ("my contract ends in March and there's
nothing lined up") stays work.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Can't get a phone on contract for seven years after the default, brilliant",
        "They turned me down for a mobile on contract, the credit check again",
        "Still paying off two phones on contract I never wanted, ugh",
        "Got refused a handset on contract because of the bankruptcy, humiliating",
        "Broadband on contract till 2028 and it drops every evening",
        "My mobile on contract costs more than the car insurance now",
    ],
)
def test_a_deal_on_contract_is_no_work(text: str) -> None:
    assert "work" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My contract ends in March and there's nothing lined up",
        "Contract's up in June and nobody will say if I'm kept on, dreading it",
    ],
)
def test_the_writers_work_contract_stays_work(text: str) -> None:
    assert "work" in predict(text).stress
