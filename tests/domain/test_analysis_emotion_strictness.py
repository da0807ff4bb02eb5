"""Emotion chips only where the wording says the writer feels it, across writers.

Why: a chip about a person must be true. Auditing every labelled writer's rows, a few
triggers were wrong for several writers at once, each time in the same kind of use: a wish
for someone else's health ("hope she's OK"), stress as a colleague's sick note or an injury,
the holiday Thanksgiving, gladness at a hard road endured ("Glad I stuck it out", which
writers label as relief or nothing), a machine's failure, laughing about a hard time that is
over, another person's tears ("the client burst into tears"), and a hard time of "years
back" or "last Diwali" told against now. Each case below shows the trigger both ways: still
a chip in a plain first-person feeling, no chip in the use that was wrong. The sentences are
new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> frozenset[str]:
    return predict(text).emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("I hope I get the flat on Elm Road.", "hope"),
        ("I'm so stressed about the move on Friday.", "anxiety"),
        ("So thankful my brother drove up to help.", "gratitude"),
        ("So glad the sun came out for the picnic.", "joy"),
        ("I feel like a failure at this job.", "shame"),
        ("Laughed so much at the pub quiz tonight.", "joy"),
        ("I cried every night this week over the debts.", "sadness"),
        ("After the call I sat in the van in tears.", "sadness"),
    ],
)
def test_a_plain_first_person_feeling_still_chips(text: str, emotion: str) -> None:
    assert emotion in chips(text)


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        # a wish for someone else's health or luck is care for them, not hope
        ("Neighbour's had a fall. Hope she's back on her feet soon.", "hope"),
        ("The lad from accounts got made redundant, really hope he's alright.", "hope"),
        # stress as someone's sick note, or as an injury
        (
            "Trev from the depot has been signed off with stress for weeks. Dropped round some "
            "biscuits.",
            "anxiety",
        ),
        ("Kerry's off with long-term stress, sent her a card.", "anxiety"),
        ("Turns out I've got a stress fracture in my shin.", "anxiety"),
        # the holiday is not thanks
        ("Cooked the turkey for Thanksgiving with my aunt.", "gratitude"),
        # gladness at a hard road endured or not taken is relief, not joy
        ("Nearly dropped out of the course last spring. Glad I stuck with it.", "joy"),
        ("Almost sold the boat in the spring. Glad I didn't.", "joy"),
        # a machine or a line failing
        ("Signal failure outside Leeds, sat on the train an hour.", "shame"),
        ("Practised the engine failure drill twice before lunch.", "shame"),
        # laughing about a hard time that is over
        ("Fell off the stage at my first gig. I laugh about it these days.", "joy"),
        # another person's tears, the writer not in the clause
        ("The customer burst into tears at the till over a refund.", "sadness"),
        # a hard time of years back or of a past holiday, told against now
        (
            "Years back I was crying every night over the debts. Now the flat is paid off.",
            "sadness",
        ),
        (
            "Last Christmas I was crying in the kitchen over the bills. This year it's sorted.",
            "sadness",
        ),
    ],
)
def test_the_unreliable_use_gives_no_chip(text: str, emotion: str) -> None:
    assert emotion not in chips(text)
