"""A heart still going after a fright, and a letter the writer has not dared open.

Why: a heart told racing with "'s" and "still" ("my heart's still going", "heart's still
pounding") fell between the lexicon's forms ("heart going", "heart * going"), where every
writer who told one labelled anxiety; not daring ("haven't dared open it", "didn't dare look")
is fear the lexicon did not know. A heart going out to someone is sympathy and a heart that is
still in something is no fright. Each case shows the rule both ways. The sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "anxious"),
    [
        ("Nearly reversed into a bollard at the depot, my heart's still going.", True),
        ("A kid ran out in front of the van, heart's still racing an hour later.", True),
        ("Phone rang at 4am and my heart's still pounding.", True),
        ("The tax letter came on Monday and I haven't dared open it.", True),
        ("Didn't dare check my bank balance after the weekend.", True),
        ("My heart's still in this job after twenty years, love it.", False),
        ("Dared myself to swim in the lake and loved it.", False),
    ],
)
def test_a_fright_still_felt_and_a_thing_not_dared_are_anxiety(text: str, anxious: bool) -> None:
    assert ("anxiety" in predict(text).emotions) is anxious
