"""A university or college someone else goes to or is at ("Everyone's off to uni", "my eldest
starts college in September", "all my mates are at university") is where they are: the
writer's comparison or their family's news, no study strain of the writer's. The writer's
own place of study ("I'm off to uni next week and terrified") stays study.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Everybody from my year has gone off to university and I'm still behind the bar, gutted",
        "All my mates are at uni now and the town feels dead",
        "Half my friends went back to college last week and I miss them terribly",
        "My daughter starts uni in September and I'm already a wreck about the empty house",
        "He's off to college in the autumn and I don't know what I'll do without him",
        "My sister got into university and I didn't, feel like such a failure",
        "Everyone else is heading to uni while I'm stuck filling shelves, it stings",
    ],
)
def test_someone_elses_place_of_study_is_not_the_writers_study(text: str) -> None:
    assert "study" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "I'm off to uni next week and absolutely terrified",
        "Dreading going back to college after the break",
        "We start university on Monday and I haven't done any of the reading, panicking",
        "Everyone at uni seems to get it except me, I'm drowning in this module",
        "My tutor at college keeps marking my essays down and I'm fed up",
    ],
)
def test_the_writers_own_place_of_study_stays_study(text: str) -> None:
    assert "study" in predict(text).stress
