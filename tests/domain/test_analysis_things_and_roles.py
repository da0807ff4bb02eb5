"""Stressor words told of a thing, a role or someone else: no chip of the writer's.

The blind batch ``test47`` (crofters, dietitians, chauffeurs, hand-therapy patients,
proofreaders, window dressers, adult swimmers …) showed chips read from words that named
something other than the writer's trouble; each reading below was kept only where it held on
every other writer's labelled rows. Each test pairs the abstention with a look-alike where the
chip must stay. The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> set[str]:
    return set(predict(text).stress)


@pytest.mark.parametrize(
    "text",
    [
        "The new snorkel leaks and I'm too shy to ask for another",
        "My sleep mask keeps leaking and I wake at five",
        "The coffee machine at work is leaking all over the counter",
        "The paddling pool leaked on the patio, so much for that",
    ],
)
def test_a_named_things_leak_is_no_home_repair(text: str) -> None:
    assert "home" not in stress(text)
    assert predict(text).polarity in ("neg", "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "The kitchen ceiling is leaking again and nobody's come",
        "Landlord still hasn't fixed the leak under the sink",
        "Our roof leaks every time it rains and I'm sick with worry",
        "The washing machine leaked all over the bathroom, again",
    ],
)
def test_a_homes_leak_stays_a_home_repair(text: str) -> None:
    assert "home" in stress(text)
