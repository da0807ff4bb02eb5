"""A relative's home left unsaid, and coming in or back from work.

Why: a relative's home named by the possessive alone, with only where or when after it
("everyone's at Nan's for dinner without me", "Sunday roast at Mom's in Dudley") chipped the
family as a trouble, where every writer labelled it a place, as "at my sister's house" already
was; the relative named as the trouble ("at Mum's and she's in a state", "Mum's furious") stays
family. Coming in or back from work ("The quiet when I get in from work gets to me") says when,
as "home from work" already did; the work named as the trouble still chips. Each case shows
the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Missing everyone tonight, they're all at Gran's for the bonfire without me.", False),
        ("Stuck at my brother's till Monday because the trains are off, grim.", False),
        ("Awful drive to my sister's in the sleet, three hours of it.", False),
        ("Raining all weekend at Mum's, bored out of my mind.", False),
        ("Mum's furious with me about Christmas and won't pick up.", True),
        ("My sister's not speaking to me again and I hate it.", True),
    ],
)
def test_a_relatives_home_left_unsaid_is_a_place(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("The flat feels so empty when I get in from work, I hate it.", False),
        ("Got back from work to find the kitchen flooded, nightmare.", False),
        ("Work was horrendous today, the rota's a joke.", True),
        ("Came in from work shattered after my boss kept us till eight.", True),
    ],
)
def test_coming_in_from_work_says_when(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
