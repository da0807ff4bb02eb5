"""A happening counted as it comes round again, and praise after a sentence of anger.

Why: a trouble counted by its repeats ("changed the tap for the fourth time", "chasing it for
the fifth time") named no feeling, where nearly every writer who counted one labelled anger; a
first or a second time counts nothing. A short pleasant sentence after one that names the
writer's anger ("… for the hundredth time today. Festive joy.") is the same irony a sarcastic
sentence carries on, and read as good news. The writer snapping at everyone ("I've started
snapping at everyone") is anger; an animal or another person snapping is theirs. Each case
shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("The council moved the bin day for the third time this year.", True),
        ("Emailed the letting agent for the fifth time about the window.", True),
        ("Client changed the logo colours for the umpteenth time.", True),
        ("Swam a full length for the first time since the op.", False),
        ("Saw the sea for the second time this summer, gorgeous.", False),
    ],
)
def test_a_trouble_counted_by_its_repeats_is_anger(text: str, angry: bool) -> None:
    assert ("anger" in predict(text).emotions) is angry


@pytest.mark.parametrize(
    ("text", "polarity", "joy"),
    [
        ("Printer jammed for the fourth time today. Marvellous.", "neg", False),
        ("The van got towed for the third time this month. Lovely stuff.", "neg", False),
        ("Got the keys to the new flat today. Lovely.", "pos", False),
    ],
)
def test_praise_after_a_sentence_of_anger_is_irony(text: str, polarity: str, joy: bool) -> None:
    got = predict(text)
    assert got.polarity == polarity
    assert ("joy" in got.emotions) is joy


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("Three weeks of nights and I'm snapping at everyone.", True),
        ("Hungry and tired, kept snapping at people all afternoon.", True),
        ("The turtle was snapping at everyone who came near the tank.", False),
        ("My brother was snapping at everyone at dinner.", False),
    ],
)
def test_the_writer_snapping_at_everyone_is_anger(text: str, angry: bool) -> None:
    assert ("anger" in predict(text).emotions) is angry
