"""Someone snapping at the writer, and the writer's own voice raised or temper lost at someone.

Why: "keeps snapping at me in front of patients" chipped no quarrel, though "snapped at me"
and "shouting at me" already did; the writer raising their voice ("I ended up raising my
voice") or losing their temper with someone ("Lost my temper with the receptionist") chipped
none either, where every writer who told one labelled conflict. Snapping at someone else, a
temper lost with no one named, or a voice raised in song are not read. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("The new supervisor snaps at me every time I ask a question.", True),
        ("My sister-in-law keeps snapping at me over the wedding plans.", True),
        ("Had to stop myself raising my voice at the plumber, he just would not listen.", True),
        ("Raised my voice at the landlord on the phone and I'm still shaking.", True),
        ("Lost my temper with the bloke at the garage over the bill.", True),
        ("Raised my voice in the choir for the first time, felt amazing.", False),
        ("The dog snaps at the postman every single morning.", False),
    ],
)
def test_snapping_at_me_and_a_raised_voice_are_a_quarrel(text: str, conflict: bool) -> None:
    assert ("conflict" in predict(text).stress) is conflict
