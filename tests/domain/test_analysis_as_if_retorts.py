"""A part opened by "as if" after a trouble is the writer's retort: sarcasm, which is anger.

Why: "Manager wants photos of every activity, as if I've got a third arm" and "As if I set the
prices" are the writer's sarcasm at what they live through, which the labelling guide names
anger; every writer who told one labelled it so, yet only the retorts beside a shout were read.
"As if" after a verb of likeness ("it felt as if the floor tilted") likens, and a retort in a
glad sentence ("as if by magic, the sun came out and we had a lovely walk") is meant. Each case
shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "anger"),
    [
        ("Landlord wants the windows cleaned weekly, as if I've nothing else to do.", True),
        ("The council says to recycle more. As if I've got room for six bins.", True),
        ("My sister keeps telling me to get a proper job, as if I haven't tried.", True),
        ("It felt as if the floor tilted when I stood up too fast.", False),
        ("As if by magic, the sun came out and we had a lovely walk.", False),
    ],
)
def test_an_as_if_retort_is_anger(text: str, anger: bool) -> None:
    assert ("anger" in predict(text).emotions) is anger
