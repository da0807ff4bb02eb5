"""Strength worn out by a day, and a vet called to a yard's horses.

Why: a day named after the writer worn out ("my eyes are shot by Friday", "Nerves shot by
Friday") chipped a time limit, though the day only says how long the body lasts, as "back's
gone by Thursday" already did; every writer who told one labelled no time limit. A thing to be
done by a day ("wants it done by Friday") stays a limit. A vet beside a yard's horses named by
their kind ("the old cob", "the ponies") chipped health, where the guide gives a vet called to
a farm's or a yard's stock to the work, as it already was for colts and ewes. Each case shows
the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        ("Three double shifts in a row, I'm knackered by Wednesday every week.", False),
        ("Staring at tiny stitches all day, my eyes are wrecked by Thursday.", False),
        ("Kids up all night, nerves frazzled by Monday lunchtime.", False),
        ("Boss wants the whole report by Friday and I've barely started.", True),
        ("Client wants it done by Thursday and I haven't got the parts.", True),
    ],
)
def test_strength_worn_out_by_a_day_is_no_time_limit(text: str, deadlines: bool) -> None:
    assert ("deadlines" in predict(text).stress) is deadlines


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Two of the ponies have coughs and the vet can't come till Monday, awful.", False),
        ("The grey cob is lame again and the vet has no idea why, awful week.", False),
        ("My cat is limping and the vet can't see her till Monday, awful.", True),
        ("The dog's been sick all night and the vet can't come, I'm so worried.", True),
    ],
)
def test_a_vet_called_to_a_yards_horses_is_the_works(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health
