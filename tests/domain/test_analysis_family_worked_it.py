"""The writer's family told as the line that worked their trade before them ("three generations
of our family worked them", "my family have fished this bay for a hundred years") names the
writer's work, as "Dad ran this shop" already did: a licence, a lease or a quota lost is the
work's trouble, no trouble with the family. The family as the trouble itself ("my family ran
out of patience with me", "my family kept asking when I'll get a proper job") stays family.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Still can't believe they took the mooring off us, four generations of our family worked "
        "that boat",
        "Council won't renew the lease on the boatyard, my family have built boats here since "
        "1890, devastated",
        "Quota cut again and I'm scared, our family has fished this bay for a hundred years",
        "Losing the allotment tenancy after forty years, my family worked that plot since "
        "grandad, heartbroken",
        "Fuel costs are crippling us and my family have farmed this hill for five generations",
        "They're shutting the quarry and the family mined it since before the war, I feel sick",
    ],
)
def test_a_family_that_worked_the_trade_names_the_writers_work(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My family ran out of patience with me and I feel awful",
        "My family kept asking when I'll get a proper job, it's wearing me down",
    ],
)
def test_the_family_as_the_trouble_stays_family(text: str) -> None:
    assert "family" in predict(text).stress
