"""Names the writer is called, "mortifying", a grounded flight and a loan shark.

Why: forms several writers label alike were missed or misread in a blind batch, and each was
changed with its record on every other writer's rows. Being called a name, told as done
("called me a parasite", "got called a loan shark", "called me every name going"), is the
writer's anger whatever the name (eleven rows, ten writers), but praise ("called me a hero"),
a taxi called and a pet name ("the wife calls me the raccoon") are not; praise alone after
it ("… Lovely.") is irony at it. "Mortifying" is shame as "mortified" is. Grounded as a feeling
is felt ("feeling grounded"); a flight or a pilot grounded is no calm. A loan shark is a name,
no money. Each case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("A customer called me a thief in front of the queue.", True),
        ("Got called a scrounger on the bus by some old man.", True),
        ("Bloke on the phone called me every name going over a parking fine.", True),
        ("The lady in room four called me a hero today.", False),
        ("Reception called me a taxi after the late shift.", False),
        ("My nephew calls me the tickle monster.", False),
    ],
)
def test_a_name_the_writer_is_called_is_anger(text: str, angry: bool) -> None:
    assert ("anger" in predict(text).emotions) is angry


def test_praise_alone_after_a_name_called_is_irony() -> None:
    got = predict("Some lad in a van called me a dinosaur at the lights. Lovely.")
    assert got.emotions == {"anger"} and got.polarity == "neg"


@pytest.mark.parametrize(
    ("text", "ashamed"),
    [
        ("Forgot the client's name mid-pitch, mortifying.", True),
        ("Tripped on the stage steps in front of everyone. Mortifying.", True),
        ("The mortifying stories my nan tells are the best part of Christmas.", False),
        ("Gave the best-man speech without a single stumble.", False),
    ],
)
def test_mortifying_is_shame(text: str, ashamed: bool) -> None:
    assert ("shame" in predict(text).emotions) is ashamed


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        ("Yoga by the window this morning, feeling grounded.", True),
        ("Grounded all week by the wind, bookings cancelled.", False),
        ("The whole fleet was grounded after the storm.", False),
    ],
)
def test_grounded_is_calm_only_as_a_feeling(text: str, calm: bool) -> None:
    assert ("calm" in predict(text).emotions) is calm


def test_a_loan_shark_named_is_no_money() -> None:
    assert "money" not in predict("Got called a loan shark by a neighbour, charming.").stress
    assert "money" in predict("Can't make the loan repayment this month, terrified.").stress
