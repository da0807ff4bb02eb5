"""Stress chips only where the writer voices their own, present trouble, across writers.

Why: a chip about a person must be true. Auditing every labelled writer's rows, a few stress
triggers were wrong for several writers at once, each time in the same kind of use: an
illness, a job loss or burnout of someone else named as the subject ("Sue's husband has been
made redundant"), one set in the writer's past ("in 2020", "years back", "behind me"), chores
named as a task or a place rather than an unfair share, and a clinic named as where the
writer drives or works. Each case below shows the trigger both ways: still a chip where the
trouble is the writer's, no chip in the use that was wrong. The sentences are new, written
for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> frozenset[str]:
    return predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm terrified I'll be made redundant before Christmas.", "work"),
        ("Honestly think I'm burnt out, can't face another week of this.", "work"),
        ("Still coughing and feverish, this illness is wiping me out.", "health"),
        ("Dreading the hospital appointment on Monday.", "health"),
        ("The clinic still hasn't rung with my results and I'm a wreck.", "health"),
        ("My housemates never do the dishes and I'm fuming.", "home"),
        ("Somehow all the laundry falls on me again, so fed up.", "home"),
        # a close relative's illness stays a worry of the writer's
        ("My dad's cancer is back and I'm scared.", "health"),
        ("Two of the kids are sick and I haven't slept.", "health"),
    ],
)
def test_the_writers_own_trouble_still_chips(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # another person's job loss, burnout or illness, named as the subject, is theirs
        ("Dave's missus got laid off from the bakery. Took them round a casserole.", "work"),
        ("Rang my niece, she's being made redundant in March.", "work"),
        ("Gemma's dad is having chemo, so I covered her Saturday.", "health"),
        ("Short-handed again, four drivers down with flu and the depot in chaos.", "health"),
        # a trouble set in the writer's past is history, not a present worry
        ("Fifteen years back I was fired from the docks. Started my own firm after.", "work"),
        ("In 2019 I burned out badly. These days I paint on Sundays.", "work"),
        # a chore as a task or a place, no unfair share in it
        ("Twisted my wrist carrying the laundry upstairs, furious with myself.", "home"),
        ("We had words about the dishes again.", "home"),
        # a clinic as a destination or named by its kind is a place
        ("Awful drive, an hour in traffic to get to the clinic.", "health"),
        ("The vaccine clinic was chaos today and I'm shattered.", "health"),
    ],
)
def test_the_use_that_was_wrong_gives_no_chip(text: str, category: str) -> None:
    assert category not in stress(text)
