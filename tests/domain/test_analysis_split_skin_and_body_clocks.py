"""Skin split by a named cause, a joint worn out, and a body clock in pieces.

Why: "Knuckles split from handling coins in the frost", "hands are cracking from all the
sanitiser" and "Knees are done from skirting boards" chipped nothing where five of the six
rows that tell one label health; the part alone ("hands cracked." after a chore, no cause
named) is left as it was, since writers split on it. A body clock named in a bad part ("my
body clock is in pieces", "Body clock's stuck on 4:45") is sleep for every writer who told one;
the first winter of a job, told in the past, is a season gone, as "last winter" was. Ears
"blocked for days" are health, and a shift with "no co-worker" (an interpreter alone in court)
the work's, as both writers who told one labelled; so is falling asleep where one sits ("Fell
asleep on the sofa at 6pm, missed my daughter's call") sleep in a bad part. The writer's own
shaking after a scare ("Still shaking writing this", "I'm shaking a bit") is anxiety in every
row told so; someone else shaking is left out. Feeling a fool without "like"
("feel an idiot for not muzzling him", "felt a right fool") is shame, as with it, and
"Cringing" is as "cringe" is. The
sentences are new, written for these tests, and each case shows the rule both ways.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Knuckles split from lugging crates in the frost all week.", True),
        ("Shoulders are done from holding the drill overhead, fed up.", True),
        ("Split the logs from the old oak, all done by lunch.", False),
    ],
)
def test_skin_split_by_a_cause_and_a_worn_joint_are_health(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health


@pytest.mark.parametrize(
    ("text", "sleep"),
    [
        ("Three lates then an early, my body clock is all over the place.", True),
        ("The first winter on nights my body clock was wrecked. Five years in, I love it.", False),
        ("Body clock's fine these days, up with the birds and happy.", False),
    ],
)
def test_a_body_clock_in_a_bad_part_is_sleep(text: str, sleep: bool) -> None:
    assert ("sleep" in predict(text).stress) is sleep


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Ears have been blocked since the flight, can't hear a thing.", True),
        ("The lane's been blocked all morning by a tractor.", False),
    ],
)
def test_ears_blocked_are_health(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Four hours signing at the tribunal, no co-worker, arms like lead.", True),
        ("Four hours signing at the tribunal with a co-worker, arms fine.", False),
    ],
)
def test_working_with_no_co_worker_is_work(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "sleep"),
    [
        ("Fell asleep on the settee at seven and missed the whole quiz, gutted.", True),
        ("Fell asleep on the sofa with the cat after a lovely walk, bliss.", False),
    ],
)
def test_falling_asleep_where_one_sits_in_a_bad_part_is_sleep(text: str, sleep: bool) -> None:
    assert ("sleep" in predict(text).stress) is sleep


@pytest.mark.parametrize(
    ("text", "anxious"),
    [
        ("A van mounted the kerb right where I'd been standing. I'm still shaking.", True),
        ("Shaking the rug out on the step, sun's out, lovely.", False),
        ("She was shaking when she came in, so I made her a tea.", False),
    ],
)
def test_the_writer_still_shaking_is_fright(text: str, anxious: bool) -> None:
    assert ("anxiety" in predict(text).emotions) is anxious


@pytest.mark.parametrize(
    ("text", "shame"),
    [
        ("Locked my keys in the van again, felt a right muppet ringing the AA.", True),
        ("Watched a fool of a pigeon chase a crisp packet, lovely morning.", False),
    ],
)
def test_feeling_a_fool_is_shame(text: str, shame: bool) -> None:
    assert ("shame" in predict(text).emotions) is shame


def test_cringing_is_shame_as_cringe_is() -> None:
    assert "shame" in predict("Called my teacher mum in front of the class. Cringing").emotions
