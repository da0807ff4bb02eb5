"""Someone met who took ill, and someone at work named by whose relative follows: theirs.

Why: "a passenger took ill" read as the writer's health, and "a customer's husband died" as
the writer's work strain, where the writers label neither: the illness is the passenger's,
the loss the customer's. One of the writer's own who falls ill ("our boy fell ill") and the
writer taken ill themself stay health; someone at work whose relative keeps at the writer or
acts on them ("the boss's son keeps ordering us about", "a client's wife rang me screaming")
stays the work's strain. Each case shows the rule both ways.
The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("A guest was taken ill during the speeches and I rang for an ambulance.", False),
        ("A lady fell ill on the coach trip and we waited an hour for help.", False),
        ("Our boy fell ill on the ferry and I'm so worried about him.", True),
        ("I took ill at the wedding and spent the night being sick.", True),
    ],
)
def test_someone_met_taken_ill_is_ill_themself(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("A client's wife died last month, he came in to cancel her appointments.", False),
        ("My colleague's dad passed away, we all signed a card for her.", False),
        ("The boss's son keeps ordering everyone around and I'm sick of it.", True),
        ("A client's wife rang me at midnight screaming about the invoice.", True),
    ],
)
def test_someone_at_work_named_by_their_relative(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
