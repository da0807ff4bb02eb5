"""The writer's help to someone in trouble joined by "and" is an act, no state of their own.

Why: someone else's trouble told with the writer's help after "and" ("My friend got her
passport nicked … and I'm helping her sort the embassy stuff") read the help as a bad state of
the writer's stacked on the event ("… and I'm two hundred short"), so the friend chipped as the
writer's strain and the sentence read negative, where writers label such a report neutral with
no stressor, as they did when a comma joined the two. A state of the writer's own after "and"
("… and I'm two hundred short", "… and I'm gutted") still reads bad, and a friend who is the
trouble still chips. Each case shows the rule both ways. The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "relationships", "polarity"),
    [
        ("My mate's van got broken into and I'm helping him board up the window", False, "neutral"),
        ("My friend's flat got burgled and I'm helping her list what went", False, "neutral"),
        ("My friend got her car towed and I'm helping her get it back", False, "neutral"),
        ("My friend keeps ignoring my texts and I'm gutted", True, "neg"),
    ],
)
def test_help_joined_by_and_is_an_act(text: str, relationships: bool, polarity: str) -> None:
    got = predict(text)
    assert ("relationships" in got.stress) is relationships
    assert got.polarity == polarity


def test_a_state_of_the_writers_own_joined_by_and_still_reads_bad() -> None:
    assert predict("Van's failed its MOT and I'm three hundred short").polarity == "neg"
