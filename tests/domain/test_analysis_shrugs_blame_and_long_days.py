"""Knowing shrugs, blame by its noun, short day names, hours cut and long days on foot.

Why: forms several writers label alike were missed in a blind batch, and each was added with
its record on every other writer's rows. A knowing shrug alone after a trouble ("… for free.
Obviously.", "Of course it was.") is irony, the writer's anger, but not the answer to a
question put as one; blame told by its noun ("got the blame") is anger as "gets blamed" is;
a day shortened as notes write it ("due Wed") is a time limit; hours cut are the work's strain
as well as the money's; a working day told by hours on foot is the work's. A feeling right
after "who" is the one just named's ("a guy who panicked"). Staying power ("glad I stuck it
out", "and it stuck") is no grumble. Each case shows the rule both ways. The sentences are
new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import Prediction, predict


def chips(text: str) -> Prediction:
    return predict(text)


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("Landlord wants the deposit for repairs he never did. Obviously.", True),
        ("Agency cancelled my shift an hour before. Naturally.", True),
        ("Got the blame for the stock count in front of everyone.", True),
        # an answer to a question put as one, praise that is meant, blame offered
        ("Was the meeting moved again? Of course it was.", False),
        ("The new job is brilliant. Obviously.", False),
        ("I'll take the blame if it goes wrong, no big deal.", False),
    ],
)
def test_a_knowing_shrug_or_blame_put_on_the_writer_is_anger(text: str, angry: bool) -> None:
    assert ("anger" in chips(text).emotions) is angry


@pytest.mark.parametrize(
    ("text", "category", "chipped"),
    [
        ("Essay due Thurs and I've written the intro.", "deadlines", True),
        ("Lab report due Fri and I haven't started.", "deadlines", True),
        ("Invoice sent Wed, all done.", "deadlines", False),
        ("They cut my hours to twelve a week, can't cover the rent.", "work", True),
        ("They cut my hair too short and I look ridiculous.", "work", False),
        ("On my feet twelve hours at the warehouse and my back is killing me.", "work", True),
        ("On my feet all day at the craft fair, sold loads, buzzing.", "work", False),
    ],
)
def test_strain_told_by_a_short_day_hours_cut_or_a_long_day(
    text: str, category: str, chipped: bool
) -> None:
    assert (category in chips(text).stress) is chipped


@pytest.mark.parametrize(
    ("text", "anxious"),
    [
        ("Went on one date with a guy who panicked at my scar.", False),
        ("A bloke who freaked out at the price, not my problem.", False),
        ("I panicked at the price and froze.", True),
    ],
)
def test_a_feeling_right_after_who_is_theirs(text: str, anxious: bool) -> None:
    assert ("anxiety" in chips(text).emotions) is anxious


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Stopped checking emails at night in March and it stuck.", False),
        ("Glad I stuck it out with the course, I finally passed.", False),
        ("Stuck in traffic for two hours, furious.", True),
        ("The lid came off and it stuck to everything, ruined my shirt.", True),
    ],
)
def test_staying_power_is_no_grumble(text: str, negative: bool) -> None:
    assert (chips(text).polarity in ("neg", "mixed")) is negative
